"""The incident queue dock (``queueDock``): the duty staff's table of every incident."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHeaderView, QLabel, QTableView,
                               QVBoxLayout, QWidget)

from gridcommand.database import Database
from gridcommand.queue import COLUMNS

from ...settings import QUEUE_HEADER, read_bytes
from .model import ID_ROLE, QueueModel

COUNTDOWN_TICK_MS = 30_000
COLUMN_WIDTHS = {"code": 150, "reported_at": 125, "village": 90, "grid": 80, "category": 80,
                 "title": 260, "colour": 40, "status": 64, "level": 48, "unit": 110,
                 "deadline": 120, "reporter": 70, "unsigned": 120}


class QueueDock(QDockWidget):
    OBJECT_NAME = "queueDock"

    sig_incident_selected = Signal(int)
    """The id of the incident the user selected (the current row)."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(self.tr("Incident queue"), parent)
        self.setObjectName(self.OBJECT_NAME)
        self.model = QueueModel(db, self)
        self.view = self._make_view()
        self.summary = QLabel(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.setWidget(body)
        self.model.modelReset.connect(self._update_summary)
        self._update_summary()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.model.tick)
        self._timer.start(COUNTDOWN_TICK_MS)

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("queueTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        # Fixed row heights: the view never measures half a million rows.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(24)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for column, key in enumerate(COLUMNS):
            header.resizeSection(column, COLUMN_WIDTHS[key])
        header.setSortIndicator(COLUMNS.index("reported_at"), Qt.SortOrder.DescendingOrder)
        # Set after the indicator so that opening the dock does not query twice.
        view.setSortingEnabled(True)
        view.selectionModel().selectionChanged.connect(self._on_selection)
        return view

    @Slot()
    def _update_summary(self) -> None:
        self.summary.setText(self.tr("%n incident(s)", "", self.model.rowCount()))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected, _deselected) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            incident_id = self.model.data(index, ID_ROLE)
            if incident_id is not None:
                self.sig_incident_selected.emit(incident_id)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows if self.model.row_at(r) is not None]

    def refresh(self) -> None:
        self.model.reload()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(QUEUE_HEADER, self.view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = read_bytes(settings, QUEUE_HEADER)
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
