"""A year of evaluations (``gridcommand.evaluation.year``) as PDF and xlsx; the pay column only
for those who may see pay."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..evaluation.year import YearSummary
from .tabular import TableSpec, tables_pdf, tables_xlsx

POINTS, MONEY = ("0.00", "{:.2f}"), ("#,##0.00", "{:,.2f}")


def _tables(summary: YearSummary) -> list[TableSpec]:
    names = summary.grade_names
    months = ("各月等次分布", "各月", ["月份", "人数", "平均分", *names],
              [[m.month, m.workers, m.average, *(m.grades[n] for n in names)] for m in summary.months], {2: POINTS})
    header = ["工号", "姓名", "考核月数", "平均分", *names] + (["绩效工资合计"] if summary.with_pay else [])
    rows = [[w.staff_no, w.name, w.months, w.average, *(w.grades[n] for n in names)]
            + ([w.performance_pay] if summary.with_pay else []) for w in summary.workers]
    formats = {3: POINTS} | ({4 + len(names): MONEY} if summary.with_pay else {})
    return [months, ("各网格员", "网格员", header, rows, formats)]


def title_of(summary: YearSummary) -> str:
    return f"{summary.township} {summary.year} 年网格员考核汇总"


def summary_pdf(summary: YearSummary, path, pin: str = "", made_by: str = "",
                made_at: dt.datetime | None = None) -> Path:
    said = (f"已锁定月份 {len(summary.months)} 个,专职网格员 {len(summary.workers)} 人。"
            + ("" if summary.with_pay else "不含薪金(查看者无权查看薪金)。"))
    return tables_pdf(path, title_of(summary), "仅计已锁定的月份", said, _tables(summary), pin, made_by, made_at)


def summary_xlsx(summary: YearSummary, path) -> Path:
    return tables_xlsx(path, _tables(summary))
