"""The month's visits to key persons (``gridcommand.visits.report``) as PDF and xlsx; ID numbers
stay masked, as everywhere a list of persons is printed."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import PersonColour
from ..visits.report import Compliance, VisitReport, visit_report
from .report import WHEN, Document, TableSpec

RATE = ("0.0%", "{:.1%}")


def _compliance(section: str, sheet: str, name: str, rows: list[Compliance], label=str) -> TableSpec:
    return (section, sheet, [name, "重点人员", "应走访", "已走访(计入)", "完成率"],
            [[label(c.key), c.persons, c.required, c.done, c.rate] for c in rows], {4: RATE})


def _tables(report: VisitReport) -> list[TableSpec]:
    overdue = [[r.name, r.id_number, PersonColour.label_of(r.colour), r.village, r.grid, f"{r.worker}({r.staff_no})",
                clock.local(r.last_visit).replace(tzinfo=None) if r.last_visit else None,
                r.due_on] for r in report.overdue]
    return [_compliance("按颜色", "按颜色", "颜色", report.by_colour, PersonColour.label_of),
            _compliance("按村社", "按村社", "村社", report.by_village),
            _compliance("按网格员", "按网格员", "网格员", report.by_worker),
            (f"当前逾期未走访(共 {len(report.overdue)} 人)", "逾期未走访",
             ["姓名", "身份证号", "颜色", "村社", "网格", "责任网格员", "上次走访", "应走访日期"], overdue,
             {6: WHEN})]


def document(report: VisitReport) -> Document:
    t = report.total
    rate = "—" if t.rate is None else f"{t.rate:.1%}"
    said = (f"本月重点人员 {t.persons} 人,应走访 {t.required} 次,已走访(计入){t.done} 次,完成率 {rate};"
            f"截至 {clock.format_local(report.now)} 逾期未走访 {len(report.overdue)} 人。")
    return Document(f"{report.township} {report.month} 重点人员走访情况", "身份证号已脱敏", said, _tables(report))


def make(session: Session, viewer, month: str, village_id: int | None) -> Document:
    """The report centre's entry (``gridcommand.ops.reports.REPORTS``): the township's month."""
    return document(visit_report(session, month))
