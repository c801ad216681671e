"""The county queue as a table: the open items held at county level in every township, read a
page at a time as the view scrolls (``fetchMore``), sorted by the database, never in a proxy."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from gridcommand.base import clock
from gridcommand.county.queue import CountyKey, CountyPage, CountyRow, county_query, first_page, page
from gridcommand.county.seat import Seat, Township
from gridcommand.ops.queue import PAGE_SIZE, QueueFilter, QueueQuery

from ..panels.queue.model import cell_colour, cell_text

INDEX = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# (column, the township queue's sort key it sorts by; None: not sortable)
COLUMNS = (("township", None), ("code", "code"), ("title", "title"), ("colour", "colour"),
           ("status", "status"), ("deadline", "deadline"), ("unit", "unit"), ("reported_at", "reported_at"),
           ("village", "village"))


class CountyQueueModel(QAbstractTableModel):
    def __init__(self, seat: Seat, parent=None):
        super().__init__(parent)
        self._seat = seat
        self._query: QueueQuery = county_query()
        self._townships: list[Township] | None = None
        self._rows: list[CountyRow] = []
        self._last: CountyKey | None = None
        self.total = 0
        self.unreachable: tuple = ()
        self._now = clock.now()
        self._headers = {"township": self.tr("Township"), "code": self.tr("Code"), "title": self.tr("Title"),
                         "colour": self.tr("Colour"), "status": self.tr("Status"), "deadline": self.tr("Deadline"),
                         "unit": self.tr("Unit"), "reported_at": self.tr("Reported"), "village": self.tr("Village")}

    # -- what is shown ------------------------------------------------------------------------------

    def set_filter(self, query_filter: QueueFilter, townships: list[Township] | None) -> None:
        self._query = county_query(query_filter, self._query.sort, self._query.descending)
        self._townships = townships
        self.reload()

    def reload(self) -> None:
        """The first page again (after a filter, a new sort), and the count."""
        self.show_first(self.read_first())

    def read_first(self) -> tuple[CountyPage, int, tuple]:
        """The first page and the count, read from every township, and what was asked: safe on
        the worker thread (it touches no Qt state), where the seat's periodic refresh reads it."""
        query, townships = self._query, self._townships
        first, total = first_page(self._seat, query, townships)
        return first, total, (query, townships)

    def show_first(self, read: tuple[CountyPage, int, tuple]) -> None:
        """Show a first page read — unless the filter or sort changed while it was read."""
        first, total, asked = read
        if asked != (self._query, self._townships):
            return
        self.beginResetModel()
        self._now = clock.now()
        self._rows, self._last, self.unreachable, self.total = list(first.rows), first.last, first.unreachable, total
        self.endResetModel()

    def canFetchMore(self, parent: INDEX = QModelIndex()) -> bool:
        return not parent.isValid() and self._last is not None

    def fetchMore(self, parent: INDEX = QModelIndex()) -> None:
        if parent.isValid() or self._last is None:
            return
        more: CountyPage = page(self._seat, self._query, self._last, PAGE_SIZE, self._townships)
        if more.rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more.rows) - 1)
            self._rows += more.rows
            self.endInsertRows()
        self._last = more.last

    def row_at(self, row: int) -> CountyRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def tick(self) -> None:
        """Move the countdowns on; nothing is read again."""
        self._now = clock.now()
        if self._rows:
            column = [c for c, _k in COLUMNS].index("deadline")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    # -- Qt's model interface -----------------------------------------------------------------------

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return self._headers[COLUMNS[section][0]]
        return None

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        key, row = COLUMNS[index.column()][0], item.row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return cell_colour(row, key, self._now)
        if role == Qt.ItemDataRole.ToolTipRole and key == "title":
            return row.title
        if role == ROW_ROLE:
            return item
        return None

    def flags(self, index: INDEX) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS) and COLUMNS[column][1] is not None:
            query = dataclasses.replace(self._query, sort=COLUMNS[column][1],
                                        descending=order == Qt.SortOrder.DescendingOrder)
            if query != self._query:  # QTableView.sortByColumn asks twice: the townships are read once
                self._query = query
                self.reload()

    def _display(self, item: CountyRow, key: str) -> str:
        return item.township if key == "township" else cell_text(item.row, key, self._now)
