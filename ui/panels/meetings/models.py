"""Table models of the meetings dock. A meeting has tens of items, so each model holds its
meeting's rows as plain data and reloads after every change. An edit in a table is handed to
the dock (``edit``, ``move``, ``mark``), which runs it as an operation; a model never writes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
)

from gridcommand.base import clock
from gridcommand.base.errors import InputError
from gridcommand.ops.meetings import AgendaView, ItemView

from ...labels import item_outcome, section
from ...messages import text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME = "application/x-gridcommand-agenda-item"


class AgendaModel(QAbstractTableModel):
    COLUMNS = ("section", "title", "presenter", "unit", "minutes", "outcome")

    def __init__(self, edit: Callable[..., object] | None, move: Callable[[int, int], object] | None,
                 parent=None):
        """``edit(item_id, presenter=…|minutes=…)`` and ``move(item_id, position)`` change the
        agenda (raising ``InputError`` when refused); None: the user may only read it."""
        super().__init__(parent)
        self._edit, self._move = edit, move
        self.view: AgendaView | None = None
        self.items: list[ItemView] = []
        self.last_error = ""
        self._headers = [self.tr("Section"), self.tr("Item"), self.tr("Presenter"), self.tr("Unit"),
                         self.tr("Min."), self.tr("Item outcome")]

    def show(self, view: AgendaView | None) -> None:
        self.beginResetModel()
        self.view = view
        self.items = list(view.items) if view else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        key = self.COLUMNS[index.column()]
        beneath = item.parent_id is not None  # under a unit's report or the written report: its time is theirs
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return {"section": "" if beneath else section(item.section),
                    "title": f"    · {item.title}" if beneath else item.title, "presenter": item.presenter,
                    "unit": item.unit or "", "minutes": "" if beneath else item.minutes,
                    "outcome": item_outcome(item.outcome)
                    + (f":{item.outcome_note}" if item.outcome_note else "")}[key]
        if role == Qt.ItemDataRole.ToolTipRole and key == "title" and item.detail:
            return item.detail
        if role == ID_ROLE:
            return item.id
        return None

    def flags(self, index):
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return flags
        locked = self.view is None or self.view.locked or self._edit is None
        if not locked and self.items[index.row()].parent_id is None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if self.COLUMNS[index.column()] in ("presenter", "minutes"):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item, key = self.items[index.row()], self.COLUMNS[index.column()]
        try:
            self._edit(item.id, **{key: str(value) if key == "presenter" else value})
        except InputError as exc:
            self.last_error = text(exc)
            return False
        self.last_error = ""
        self.dataChanged.emit(index, index)
        return True

    # -- drag to reorder (within a section) ------------------------------------------------------

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(MIME, QByteArray(str(self.items[rows[0]].id).encode()))
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(MIME) or self.view is None or self.view.locked or self._move is None:
            return False
        target = parent.row() if parent.isValid() else row
        target = len(self.items) - 1 if target < 0 else min(target, len(self.items) - 1)
        return self.move(int(bytes(data.data(MIME)).decode()), self.items[target].position)

    def move(self, item_id: int, position: int) -> bool:
        try:
            self._move(item_id, position)
        except InputError as exc:
            self.last_error = text(exc)
            return False
        return True


class AttendanceModel(QAbstractListModel):
    def __init__(self, mark: Callable[[int, bool], object] | None, parent=None):
        """``mark(attendee_id, present)`` records attendance; None: the user may only read it."""
        super().__init__(parent)
        self._mark = mark
        self.rows: list[tuple[int, str, bool | None]] = []

    def show(self, attendees) -> None:
        self.beginResetModel()
        self.rows = list(attendees)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        _id, name, present = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        return None

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() and self._mark else flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        attendee_id, name, _present = self.rows[index.row()]
        present = Qt.CheckState(value) == Qt.CheckState.Checked
        try:
            self._mark(attendee_id, present)
        except InputError:
            return False
        self.rows[index.row()] = (attendee_id, name, present)
        self.dataChanged.emit(index, index)
        return True


def action_columns():
    """Columns of the open action items (the rows are ActionView)."""
    def state(a) -> str:
        if a.status == "done":
            return QCoreApplication.translate("meetings", "done")
        if a.due_date < clock.today():
            return QCoreApplication.translate("meetings", "overdue")
        return QCoreApplication.translate("meetings", "open")

    return [(QCoreApplication.translate("meetings", "Action item"), lambda a: a.title),
            (QCoreApplication.translate("meetings", "Who"), lambda a: a.who or QCoreApplication.translate("meetings", "Not assigned")),
            (QCoreApplication.translate("meetings", "Due"), lambda a: f"{a.due_date:%Y-%m-%d}"),
            (QCoreApplication.translate("meetings", "State"), state)]
