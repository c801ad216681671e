"""Columns of the performance dock's tables, and its village filter. A month has at most a few
thousand workers, so the tables hold the month's rows (``RowsModel``) and sort and filter them
through a proxy (a small list)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel

from gridcommand.base import clock
from gridcommand.base.enums import Level, PersonColour

from ...labels import career_kind, grade, label
from ...messages import text
from ...widgets.rows_model import SORT_ROLE


def _level(r) -> str:
    return label(Level, r.level)


def _points(name: str):
    return lambda r: r.indicator(name).points


def ranking_columns():
    return [(QCoreApplication.translate("performance", "Staff no."), lambda r: r.staff_no),
            (QCoreApplication.translate("performance", "Name"), lambda r: r.name),
            (QCoreApplication.translate("performance", "Worker level"), _level),
            (QCoreApplication.translate("performance", "Village"), lambda r: r.village),
            (QCoreApplication.translate("performance", "Grid"), lambda r: r.grid),
            (QCoreApplication.translate("performance", "Reporting"), _points("reporting")),
            (QCoreApplication.translate("performance", "On time"), _points("on_time")),
            (QCoreApplication.translate("performance", "Visits"), _points("visits")),
            (QCoreApplication.translate("performance", "Meeting attendance"), _points("meetings")),
            (QCoreApplication.translate("performance", "Satisfaction"), _points("satisfaction")),
            (QCoreApplication.translate("performance", "Total"), lambda r: r.total),
            (QCoreApplication.translate("performance", "Grade"), lambda r: grade(r.grade))]


def salary_columns():
    return [(QCoreApplication.translate("performance", "Staff no."), lambda r: r.staff_no),
            (QCoreApplication.translate("performance", "Name"), lambda r: r.name),
            (QCoreApplication.translate("performance", "Worker level"), _level),
            (QCoreApplication.translate("performance", "Grade"), lambda r: grade(r.grade)),
            (QCoreApplication.translate("performance", "Base pay"), lambda r: r.pay.base),
            (QCoreApplication.translate("performance", "Standard"), lambda r: r.pay.standard),
            (QCoreApplication.translate("performance", "Coefficient"),
             lambda r: r.pay.coefficient),
            (QCoreApplication.translate("performance", "Performance pay"),
             lambda r: r.pay.performance),
            (QCoreApplication.translate("performance", "Float"), lambda r: r.pay.floating),
            (QCoreApplication.translate("performance", "Total pay"), lambda r: r.pay.total)]


def candidate_columns():
    return [(QCoreApplication.translate("performance", "Staff no."), lambda r: r.staff_no),
            (QCoreApplication.translate("performance", "Name"), lambda r: r.name),
            (QCoreApplication.translate("performance", "Worker level"), _level),
            (QCoreApplication.translate("performance", "Kind"), lambda r: career_kind(r.kind)),
            (QCoreApplication.translate("performance", "To"),
             lambda r: label(Level, r.to_level)),
            (QCoreApplication.translate("performance", "Why"), lambda r: text(r.finding))]


def reminder_columns():
    overdue = QCoreApplication.translate("performance", "overdue")
    today = QCoreApplication.translate("performance", "due today")
    return [(QCoreApplication.translate("performance", "State"),
             lambda r: overdue if r.state == "overdue" else today),
            (QCoreApplication.translate("performance", "Village"), lambda r: r.village),
            (QCoreApplication.translate("performance", "Grid"), lambda r: r.grid),
            (QCoreApplication.translate("performance", "Key person"), lambda r: r.name),
            (QCoreApplication.translate("performance", "ID number"), lambda r: r.id_number),
            (QCoreApplication.translate("performance", "Tag colour"),
             lambda r: label(PersonColour, r.colour)),
            (QCoreApplication.translate("performance", "Grid worker"),
             lambda r: f"{r.worker}({r.staff_no})"),
            (QCoreApplication.translate("performance", "Last visit"),
             lambda r: clock.format_local(r.last_visit) or "—"),
            (QCoreApplication.translate("performance", "Due"), lambda r: r.due_on.isoformat())]


class VillageFilter(QSortFilterProxyModel):
    """Sorting on raw values and a filter by village, for the month's few thousand rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.village = ""
        self.setSortRole(SORT_ROLE)

    def set_village(self, village: str) -> None:
        self.beginFilterChange()
        self.village = village
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        if not self.village:
            return True
        return self.sourceModel().rows[source_row].village == self.village
