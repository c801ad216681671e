"""The grid workers' evaluations summed up (``gridcommand.evaluation.summary``) for a year or a
month, as PDF and xlsx; the pay column only for those who may see pay."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..base.enums import Level
from ..evaluation import summary as summaries
from ..evaluation.summary import Summary
from .report import Document, TableSpec

POINTS, MONEY = ("0.00", "{:.2f}"), ("#,##0.00", "{:,.2f}")


def _ranks(averages: list[float]) -> list[int]:
    """1, 2, 2, 4: equal scores share a place (``averages`` best first)."""
    return [averages.index(a) + 1 for a in averages]


def _workers(summary: Summary) -> TableSpec:
    names, month = summary.grade_names, summary.is_month
    pay = ["绩效工资"] if summary.with_pay and month else ["绩效工资合计"] if summary.with_pay else []
    header = ["名次", "工号", "姓名", "职级"] + (["得分", "等次"] if month else ["考核月数", "平均分", *names]) + pay
    rows = []
    for rank, w in zip(_ranks([w.average for w in summary.workers]), summary.workers):
        shown = [w.average, next((n for n in names if w.grades[n]), "")] if month else \
                [w.months, w.average, *(w.grades[n] for n in names)]
        rows.append([rank, w.staff_no, w.name, Level.label_of(w.level), *shown]
                    + ([w.performance_pay] if summary.with_pay else []))
    formats = {4 if month else 5: POINTS} | ({len(header) - 1: MONEY} if summary.with_pay else {})
    return "各网格员", "网格员", header, rows, formats


def _months(summary: Summary) -> TableSpec:
    names = summary.grade_names
    return ("各月等次分布", "各月", ["月份", "人数", "平均分", *names],
            [[m.month, m.workers, m.average, *(m.grades[n] for n in names)] for m in summary.months], {2: POINTS})


def document(summary: Summary) -> Document:
    year, _dash, month = summary.period.partition("-")
    when = f"{year} 年 {int(month)} 月" if month else f"{year} 年"
    said = (f"已锁定月份 {len(summary.months)} 个,专职网格员 {len(summary.workers)} 人。" if not summary.is_month
            else f"专职网格员 {len(summary.workers)} 人。" if summary.months else "该月尚未锁定,暂无考核结果。")
    said += "" if summary.with_pay else "不含薪金(查看者无权查看薪金)。"
    tables = [_workers(summary)] if summary.is_month else [_months(summary), _workers(summary)]
    return Document(f"{summary.township} {when}网格员考核汇总", "仅计已锁定的月份", said, tables)


def make(session: Session, viewer, period: str, village_id: int | None) -> Document:
    """The report centre's entry (``gridcommand.ops.reports.REPORTS``): pay only for a viewer who
    may see it."""
    return document(summaries.summary(session, period, viewer))
