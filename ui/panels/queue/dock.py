"""The incident queue dock (``queueDock``): the duty staff's table of every incident, with
status tabs and counts, filters, search, multi-select, and live countdowns."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTabBar, QTableView, QVBoxLayout, QWidget

from gridcommand.base import clock
from gridcommand.base.changes import Area, Changes
from gridcommand.base.enums import OPEN_STATUSES, HoldingLevel, Status, Track, WarningColour
from gridcommand.ops import queue
from gridcommand.ops.queue import COLUMNS
from gridcommand.ops.reference import lists

from ...display import countdown
from ...labels import label
from ...ops import OpRunner
from ...widgets.columns import ColumnLayout
from ...widgets.panel import PanelDock
from ...worker import Task
from .filters import FilterBar
from .model import ID_ROLE, QueueModel

COUNTDOWN_TICK_MS = 30_000
log = logging.getLogger(__name__)


BULK_LIMIT = 1000
# What a duty officer decides by, first: how urgent, which item, where it stands, how long is
# left, who has it and who has not signed in; then where it came from.
PRIORITY = ("colour", "code", "title", "status", "deadline", "unit", "unsigned", "reporter",
            "village", "grid", "category", "track", "level", "reported_at")
COLUMN_WIDTHS = {"code": 140, "reported_at": 125, "village": 90, "grid": 80, "category": 80,
                 "title": 240, "colour": 40, "status": 64, "level": 48, "unit": 110,
                 "deadline": 120, "reporter": 70, "unsigned": 110, "track": 100}
# Tabs: (key, statuses shown). "open" is every state still in the loop.
TABS = [("all", ()), ("open", OPEN_STATUSES)] + [(s.value, (s.value,)) for s in Status]


class QueueDock(PanelDock):
    OBJECT_NAME = "queueDock"

    sig_incident_selected = Signal(int)
    """The id of the incident the user made current."""
    sig_selection_changed = Signal()
    """The set of selected incidents changed (for enabling the bulk moves)."""

    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(self.tr("Incident queue"), self.OBJECT_NAME, runner, parent)
        self.model = QueueModel(runner, self)
        self.filters = FilterBar(runner.read(lists, workers=False), self)
        self.tabs = self._make_tabs()
        self.view = self._make_view()
        self.summary = QLabel(self)
        self.summary.setObjectName("queueSummary")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filters)
        layout.addWidget(self.tabs)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        self.setWidget(body)
        self.filters.sig_changed.connect(self.apply_filters)
        self.tabs.currentChanged.connect(self.apply_filters)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self._counting: Task | None = None
        self._count_again = False  # the filter changed while counting
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.timeout.connect(self.update_counts)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.model.tick)
        self._timer.start(COUNTDOWN_TICK_MS)
        self._update_summary()
        self._counts_timer.start(0)  # after the first page is on screen

    def _make_tabs(self) -> QTabBar:
        tabs = QTabBar(self)
        tabs.setObjectName("statusTabs")
        tabs.setExpanding(False)
        for key, _statuses in TABS:
            tabs.addTab(self._tab_label(key))  # the counts follow when they are read
        return tabs

    def _tab_label(self, key: str) -> str:
        if key == "all":
            return self.tr("All")
        if key == "open":
            return self.tr("Open")
        return label(Status, key)

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
        header.setHighlightSections(False)
        ColumnLayout(view, [COLUMNS.index(key) for key in PRIORITY],
                     {COLUMNS.index(key): width for key, width in self._widths(view.fontMetrics()).items()})
        header.setSortIndicator(COLUMNS.index("reported_at"), Qt.SortOrder.DescendingOrder)
        # Set after the indicator so that opening the dock does not query twice.
        view.setSortingEnabled(True)
        view.selectionModel().selectionChanged.connect(self._on_selection)
        view.selectionModel().currentRowChanged.connect(self._on_current)
        return view

    def _widths(self, metrics: QFontMetrics) -> dict[str, int]:
        """The default widths, widened to the longest words of the UI's language (English
        statuses and countdowns are longer than Chinese ones)."""
        now, day = clock.now(), dt.timedelta(hours=23, minutes=59)
        words = {"colour": [label(WarningColour, c) for c in WarningColour],
                 "status": [label(Status, s) for s in Status],
                 "level": [label(HoldingLevel, h) for h in HoldingLevel],
                 "track": [label(Track, t) for t in Track],
                 "deadline": [countdown(None, now + sample, now)[0] for sample in (day, -day, -9 * day)]}
        widths = dict(COLUMN_WIDTHS)
        for key, texts in words.items():
            texts.append(self.model.headerData(COLUMNS.index(key), Qt.Orientation.Horizontal))
            widths[key] = max(widths[key], max(metrics.horizontalAdvance(t) for t in texts) + 16)
        return widths

    # -- filters and counts ---------------------------------------------------------------------

    def _statuses(self) -> tuple[str, ...]:
        index = self.tabs.currentIndex()
        return TABS[index][1] if index >= 0 else ()

    @Slot()
    def apply_filters(self) -> None:
        query = dataclasses.replace(self.model.query, filter=self.filters.filter(self._statuses()))
        if not self.model.set_query(query):  # e.g. the search applied with Enter, then its pause ending
            return
        self._update_summary()
        # The tab counts come right after the first page is on screen, not before it.
        self._counts_timer.start(0)

    @Slot()
    def update_counts(self) -> None:
        """The status tabs' counts, read on the worker thread while the queue answers input; a
        filter changed meanwhile is counted when the running count ends."""
        if self._counting is not None:
            self._count_again = True
            return
        self._counting = self.runner.start(self, "", queue.counts, self.filters.filter(), on_done=self._show_counts,
                                           on_error=lambda exc, _trace: log.warning("tab counts: %s", exc),
                                           show_progress=False)
        self._counting.sig_finished.connect(self._counted)

    @Slot()
    def _counted(self) -> None:
        self._counting = None
        if self._count_again:
            self._count_again = False
            self.update_counts()

    def wait(self, ms: int = 60_000) -> None:
        """Tests and shutdown: let the count finish."""
        if self._counting is not None:
            self._counting.wait(ms)

    def _show_counts(self, counts: dict[str, int]) -> None:
        if self._count_again:  # counted for a filter no longer shown
            return
        totals = {"all": sum(counts.values()),
                  "open": sum(n for s, n in counts.items() if s in OPEN_STATUSES), **counts}
        for index, (key, _statuses) in enumerate(TABS):
            self.tabs.setTabText(index, f"{self._tab_label(key)} ({totals.get(key, 0):,})")
        # The queue's own length is its tab's count: one count answers both.
        shown = self.model.query.filter.statuses
        self.model.set_count(sum(n for s, n in counts.items() if not shown or s in shown))
        self._update_summary()

    def _update_summary(self) -> None:
        if self.model.count_known:
            self.summary.setText(self.tr("%n incident(s)", "", self.model.rowCount()))
        else:
            self.summary.setText(self.tr("Counting…"))

    @Slot()
    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- selection ------------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected, _deselected) -> None:
        self.sig_selection_changed.emit()

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            incident_id = self.model.data(current, ID_ROLE)
            if incident_id is not None:
                self.sig_incident_selected.emit(incident_id)

    def selection_size(self) -> int:
        """How many rows are selected, from the selection's ranges (cheap even for all rows)."""
        return sum(r.height() for r in self.view.selectionModel().selection())

    def selected_rows(self) -> list:
        """The selected rows, at most BULK_LIMIT of them (more would load the whole queue)."""
        if self.selection_size() > BULK_LIMIT:
            return []
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(n) for n in rows) if r is not None]

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def focus_widget(self) -> QWidget:
        return self.view  # the rows, to walk with the arrow keys; Ctrl+F reaches the search

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    # -- refresh --------------------------------------------------------------------------------

    def purpose(self) -> str:
        return self.tr(
            "Every incident of the township, newest first, paged from the database: filter by status tab, "
            "colour, track, village, grid, category, unit and date; search codes, titles and descriptions "
            "(Ctrl+F). The deadline column counts down the open step; red is overdue. Select rows to accept "
            "or dispatch several at once.")

    def concerns(self, changes: Changes) -> bool:
        return changes.touches(Area.INCIDENTS) or changes.touches(Area.REFERENCE)

    def refresh(self, changes: Changes | None = None) -> None:
        """Reload after a change here or at another seat, keeping selection and scroll."""
        if changes is not None and changes.touches(Area.REFERENCE):
            self.filters.set_lists(self.runner.read(lists, workers=False))
        selected, current = set(self.selected_ids()), self.current_id()
        shown = self.model.row_at(self.view.currentIndex().row()) if current is not None else None
        scroll = self.view.verticalScrollBar().value()
        self.model.reload(keep_count=True)
        self.view.verticalScrollBar().setValue(scroll)
        top = self.view.rowAt(0)
        rows = self.model.rows_of(selected | ({current} if current else set()), max(top, 0))
        selection = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for incident_id, row in rows.items():
            if incident_id in selected:
                selection.select(self.model.index(row, 0), flags)
        if current in rows:
            selection.setCurrentIndex(self.model.index(rows[current], 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        elif current is not None and not self.runner.read(queue.holds, self.model.query, current):
            # Never a neighbour in its place: the detail keeps the incident, and the user is told.
            self.sig_message.emit(self.tr("%1 no longer matches the queue's filters; the detail still "
                                          "shows it.").replace("%1", shown.code if shown else ""))
        self._update_summary()
        self.update_counts()

    def drill(self, tab: str, choices: dict) -> None:
        """Show exactly the incidents a dashboard element counts: the status tab ``tab`` ("all",
        "open" or a status) and the filters ``choices`` (``FilterBar.show_only``), the rest cleared."""
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex([key for key, _s in TABS].index(tab))
        self.tabs.blockSignals(False)
        self.filters.show_only(**choices)
        self.show()
        self.raise_()

    def select_id(self, incident_id: int) -> bool:
        """Make ``incident_id`` current if it is on the first pages of the queue as it stands."""
        found = self.model.rows_of({incident_id}, 0)
        if incident_id not in found:
            return False
        self.view.selectRow(found[incident_id])
        self.view.scrollTo(self.model.index(found[incident_id], 0))
        return True
