"""The month's ranking and salary float tables (SPEC §6): their rows as numbers, drawn as PDF
pages (``table_pages``) or written to xlsx with number formats — so that a spreadsheet can
total and sort them — from one definition of each column's format."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from ..base.enums import Level
from ..evaluation.explain import LABELS
from ..evaluation.results import MonthResult, Sheet
from .document import Stamp
from .table_pages import table_pdf
from .xlsx import write_table

# (spreadsheet number format, the same as text) of each kind of figure.
POINTS, TOTAL, MONEY, COEFFICIENT = ("0.00", "{:.2f}"), ("0.0", "{:.1f}"), ("#,##0.00", "{:,.2f}"), ("0.0000", "{:.4f}")

RANKING_HEADER = ["名次", "工号", "姓名", "等级", "网格", *LABELS.values(), "总分", "等次"]
RANKING_FORMATS = {**{5 + n: POINTS for n in range(len(LABELS))}, 5 + len(LABELS): TOTAL}
SALARY_HEADER = ["工号", "姓名", "等级", "等次", "基本工资", "绩效基数", "系数", "绩效工资", "浮动", "应发合计"]
SALARY_FORMATS = {4: MONEY, 5: MONEY, 6: COEFFICIENT, 7: MONEY, 8: MONEY, 9: MONEY}


def _pay(w: Sheet) -> tuple[float, ...]:
    if w.pay is None:
        raise ValueError("the salary table needs the month with its pay")
    return w.pay.amounts()


def ranking_rows(result: MonthResult) -> list[list]:
    ranked = sorted(result.workers, key=lambda w: (-w.total, w.staff_no))
    return [[n, w.staff_no, w.name, Level.label_of(w.level), w.grid,
             *(w.indicator(k).points for k in LABELS), w.total, w.grade]
            for n, w in enumerate(ranked, start=1)]


def salary_rows(result: MonthResult) -> list[list]:
    pays = [_pay(w) for w in result.workers]
    rows = [[w.staff_no, w.name, Level.label_of(w.level), w.grade, *p] for w, p in zip(result.workers, pays)]
    totals = [round(sum(p[k] for p in pays), 2) for k in range(6)]
    rows.append(["合计", "", "", "", *totals[:2], "", *totals[3:]])  # a sum of coefficients means nothing
    return rows


def as_text(rows: list[list], formats: dict[int, tuple[str, str]]) -> list[list]:
    return [[formats[c][1].format(v) if c in formats and isinstance(v, (int, float)) else v
             for c, v in enumerate(row)] for row in rows]


def ranking_pdf(township: str, result: MonthResult, path, stamp: Stamp | None = None) -> Path:
    widths = [10 * mm, 16 * mm, 16 * mm, 11 * mm, 17 * mm] + [16 * mm] * 5 + [13 * mm, 13 * mm]
    return table_pdf(path, township, f"{result.month} 专职网格员考核排名", RANKING_HEADER,
                     as_text(ranking_rows(result), RANKING_FORMATS), widths, stamp)


def salary_pdf(township: str, result: MonthResult, path, stamp: Stamp | None = None) -> Path:
    return table_pdf(path, township, f"{result.month} 薪金浮动表", SALARY_HEADER,
                     as_text(salary_rows(result), SALARY_FORMATS),
                     [16 * mm, 16 * mm, 11 * mm, 13 * mm] + [20 * mm] * 6, stamp)


def ranking_xlsx(result: MonthResult, path) -> Path:
    return write_table(path, "考核排名", RANKING_HEADER, ranking_rows(result),
                       {c: f[0] for c, f in RANKING_FORMATS.items()})


def salary_xlsx(result: MonthResult, path) -> Path:
    return write_table(path, "薪金浮动", SALARY_HEADER, salary_rows(result),
                       {c: f[0] for c, f in SALARY_FORMATS.items()})
