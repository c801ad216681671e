"""Table models of the performance dock. A month has at most a few thousand workers, so each
model holds the month's plain rows; sorting and the village filter use a proxy (small list)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from gridcommand.enums import PersonColour

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
LEVELS = {"probation": "见习", "l1": "一级", "l2": "二级", "l3": "三级", "l4": "四级", "l5": "五级"}
INDICATORS = ("reporting", "on_time", "visits", "meetings", "satisfaction")


class RowsModel(QAbstractTableModel):
    """Rows of dicts shown through (header, getter) columns."""

    def __init__(self, columns, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict] = []

    def show(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        value = self.columns[index.column()][1](row)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,.2f}" if isinstance(value, float) else str(value)
        if role == SORT_ROLE:
            return value  # raw values sort as numbers, not text
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def ranking_columns(tr):
    return [(tr("Staff no."), lambda r: r["staff_no"]), (tr("Name"), lambda r: r["name"]),
            (tr("Worker level"), lambda r: LEVELS.get(r["level"], r["level"])), (tr("Village"), lambda r: r.get("village", "")),
            (tr("Grid"), lambda r: r["grid"]),
            (tr("Reporting"), lambda r: r["indicators"]["reporting"]["points"]),
            (tr("On time"), lambda r: r["indicators"]["on_time"]["points"]),
            (tr("Visits"), lambda r: r["indicators"]["visits"]["points"]),
            (tr("Meeting attendance"), lambda r: r["indicators"]["meetings"]["points"]),
            (tr("Satisfaction"), lambda r: r["indicators"]["satisfaction"]["points"]),
            (tr("Total"), lambda r: r["total"]), (tr("Grade"), lambda r: r["grade"])]


def salary_columns(tr):
    return [(tr("Staff no."), lambda r: r["staff_no"]), (tr("Name"), lambda r: r["name"]),
            (tr("Worker level"), lambda r: LEVELS.get(r["level"], r["level"])), (tr("Grade"), lambda r: r["grade"]),
            (tr("Base pay"), lambda r: r["pay"]["base"]), (tr("Standard"), lambda r: r["pay"]["standard"]),
            (tr("Coefficient"), lambda r: r["pay"]["coefficient"]),
            (tr("Performance pay"), lambda r: r["pay"]["performance"]),
            (tr("Float"), lambda r: r["pay"]["float"]), (tr("Total pay"), lambda r: r["pay"]["total"])]


def candidate_columns(tr):
    return [(tr("Staff no."), lambda r: r["staff_no"]), (tr("Name"), lambda r: r["name"]),
            (tr("Worker level"), lambda r: LEVELS.get(r["level"], r["level"])), (tr("Kind"), lambda r: r["kind_label"]),
            (tr("To"), lambda r: LEVELS.get(r["to_level"], r["to_level"] or "")),
            (tr("Why"), lambda r: r["finding"])]


def reminder_columns(tr):
    return [(tr("State"), lambda r: tr("overdue") if r["state"] == "overdue" else tr("due today")),
            (tr("Village"), lambda r: r["village"]), (tr("Grid"), lambda r: r["grid"]),
            (tr("Key person"), lambda r: r["name"]), (tr("ID number"), lambda r: r["id_number"]),
            (tr("Tag colour"), lambda r: PersonColour(r["colour"]).label), (tr("Grid worker"), lambda r: f"{r['worker']}({r['staff_no']})"),
            (tr("Last visit"), lambda r: r["last_visit"] or "—"), (tr("Due"), lambda r: r["due_at"])]


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
        return self.sourceModel().rows[source_row].get("village") == self.village
