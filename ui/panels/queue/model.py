"""Table model of the incident queue, fed page by page from the database.

The model keeps the row count and a small cache of pages of plain ``QueueRow``s; a page is
fetched when the view first paints one of its rows, sought from the page next to it when that is
cached (scrolling), else from the key found at its first row (a jump). Sorting asks the database,
never a proxy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from gridcommand.base import clock
from gridcommand.base.enums import HoldingLevel, Status, WarningColour
from gridcommand.ops import queue
from gridcommand.ops.queue import COLUMNS, PAGE_SIZE, Page, QueueQuery, QueueRow

from ...display import LIGHT_COLOURS, WARNING_COLOURS, countdown, local_time, track
from ...labels import label
from ...ops import OpRunner

MAX_CACHED_PAGES = 64
ID_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, ID_ROLE,
                    Qt.ItemDataRole.ToolTipRole})


class QueueModel(QAbstractTableModel):
    def __init__(self, runner: OpRunner, parent=None):
        super().__init__(parent)
        self._read = runner.read
        self._query = QueueQuery()
        self._count = 0
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self.count_known = False
        self._now = clock.now()
        self._headers = {
            "code": self.tr("Code"), "reported_at": self.tr("Reported"),
            "village": self.tr("Village"), "grid": self.tr("Grid"),
            "category": self.tr("Category"), "title": self.tr("Title"),
            "colour": self.tr("Colour"), "status": self.tr("Status"),
            "level": self.tr("Level"), "unit": self.tr("Unit"),
            "deadline": self.tr("Deadline"), "reporter": self.tr("Reporter"),
            "unsigned": self.tr("Not signed in"), "track": self.tr("Track"),
        }
        self.reload()

    # -- queries --------------------------------------------------------------------------------

    @property
    def query(self) -> QueueQuery:
        return self._query

    def set_query(self, query: QueueQuery) -> bool:
        """Show ``query``'s rows; False, reading nothing, if it is the query shown already."""
        if query == self._query:
            return False
        resorted = query.filter == self._query.filter  # the same rows in another order
        known = self.count_known
        self._query = query
        self.reload(keep_count=resorted)
        self.count_known = self.count_known or (resorted and known)
        return True

    def reload(self, keep_count: bool = False) -> None:
        """Read the first page again. A full page leaves the count to ``set_count``: counting
        half a million rows is read on the worker thread, with the tabs' counts. Meanwhile the
        queue is one page long, or as long as it was (``keep_count``: the same rows, perhaps
        changed, so that the view keeps its scroll position)."""
        before = self._count
        self.beginResetModel()
        self._pages.clear()
        self._now = clock.now()
        first = self._read(queue.page, self._query)
        self._pages[0] = first
        self._count = len(first.rows)
        self.count_known = self._count < PAGE_SIZE
        if keep_count and not self.count_known:
            self._count = max(before, self._count)
        self.endResetModel()

    def set_count(self, count: int) -> None:
        """The number of rows the query has, counted elsewhere: rows are added or taken off
        the end, so the view keeps its selection and scroll position."""
        self.count_known = True
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self._pages = OrderedDict((n, p) for n, p in self._pages.items() if n * PAGE_SIZE < count)
            self.endRemoveRows()

    def tick(self) -> None:
        """Move the countdowns on; nothing is fetched again."""
        self._now = clock.now()
        if self._count:
            column = COLUMNS.index("deadline")
            self.dataChanged.emit(self.index(0, column), self.index(self._count - 1, column))

    def row_at(self, row: int) -> QueueRow | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
            self._pages[number] = page
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page.rows[offset] if offset < len(page.rows) else None

    def _fetch(self, number: int) -> Page:
        previous, following = self._pages.get(number - 1), self._pages.get(number + 1)
        if number == 0:
            return self._read(queue.page, self._query)
        if previous is not None and previous.last is not None:
            return self._read(queue.page, self._query, after=previous.last)
        if following is not None and following.first is not None:
            return self._read(queue.page, self._query, before=following.first)
        return self._read(queue.jump, self._query, number * PAGE_SIZE)

    def rows_of(self, ids: set[int], near_row: int, pages: int = 3) -> dict[int, int]:
        """Row numbers of ``ids`` found in the pages from ``near_row`` on (loading them)."""
        found: dict[int, int] = {}
        first = (near_row // PAGE_SIZE) * PAGE_SIZE
        for row in range(first, min(self._count, first + pages * PAGE_SIZE)):
            item = self.row_at(row)
            if item is not None and item.id in ids:
                found[item.id] = row
        return found

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        # A repaint asks every cell for a dozen roles; most are answered before finding the row.
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, key)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and key == "title":
            return row.title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_query(dataclasses.replace(
                self._query, sort=COLUMNS[column],
                descending=order == Qt.SortOrder.DescendingOrder))

    # -- presentation -------------------------------------------------------------------------

    def _display(self, row: QueueRow, key: str):
        return cell_text(row, key, self._now)

    def _foreground(self, row: QueueRow, key: str):
        return cell_colour(row, key, self._now)


def cell_text(row: QueueRow, key: str, now: dt.datetime) -> str:
    """A queue row's cell as shown — the township's queue and the county's alike."""
    if key == "reported_at":
        return local_time(row.reported_at)
    if key == "colour":
        return label(WarningColour, row.colour)
    if key == "status":
        return label(Status, row.status)
    if key == "level":
        return label(HoldingLevel, row.level)
    if key == "deadline":
        if not row.is_open:
            return local_time(row.deadline)
        return countdown(row.step_warn_at, row.step_due_at, now)[0]
    if key == "unsigned":
        return "、".join(row.unsigned)
    if key == "track":
        return track(row.track)
    if key == "title" and row.instructed:  # until the township marks the county's 批示 read
        return QCoreApplication.translate("QueueModel", "[County instruction] %1").replace("%1", row.title)
    return getattr(row, key) or ""


def cell_colour(row: QueueRow, key: str, now: dt.datetime) -> QColor | None:
    """The warning colour's own colour; the countdown's traffic light (green stays plain)."""
    if key == "colour":
        return WARNING_COLOURS.get(row.colour)
    if key == "deadline" and row.is_open:
        light = countdown(row.step_warn_at, row.step_due_at, now)[1]
        return LIGHT_COLOURS.get(light) if light != "green" else None
    return None
