"""The queue's filter bar: text search, colour, track, village → grid, category, unit, due state
and report date range. It only collects choices; the query is built in the core."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QToolButton, QWidget

from gridcommand.base import clock
from gridcommand.base.enums import Track, WarningColour
from gridcommand.ops.queue import QueueFilter
from gridcommand.ops.reference import Lists

from ...display import track
from ...labels import choices
from ...settings import TRACK_FILTER
from ...widgets.flow_layout import FlowLayout

SEARCH_DELAY_MS = 250
NO_DATE = QDate(2000, 1, 1)


class FilterBar(QWidget):
    sig_changed = Signal()
    """The user changed a filter (text search after a short pause)."""

    def __init__(self, lists: Lists, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("queueFilters")
        self._grids = lists.grids
        self.search = QLineEdit(self)
        self.search.setObjectName("queueSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search code, title, description (Ctrl+F)"))
        self.colour = self._combo("colourFilter", self.tr("All colours"),
                                  choices(WarningColour))
        self.track = self._combo("trackFilter", self.tr("All tracks"),
                                 [(t.value, track(t.value, centre=True)) for t in Track])
        self.village = self._combo("villageFilter", self.tr("All villages"), [])
        self.grid = self._combo("gridFilter", self.tr("All grids"), [])
        self.category = self._combo("categoryFilter", self.tr("All categories"), [])
        self.unit = self._combo("unitFilter", self.tr("All units"), [])
        self.set_lists(lists)
        self.due = self._combo("dueFilter", self.tr("Any time left"),
                               [("warning", self.tr("Warning")), ("overdue", self.tr("Overdue"))])
        self.date_from = self._date("dateFrom")
        self.date_to = self._date("dateTo")
        self.clear = QToolButton(self)
        self.clear.setObjectName("queueClearFilters")
        self.clear.setText(self.tr("Clear filters"))
        self.clear.clicked.connect(lambda: self.show_only())
        # Wraps onto a second line on a narrow screen instead of widening the window.
        layout = FlowLayout(self)
        self.search.setMinimumWidth(240)
        for widget in (self.search, self.colour, self.track, self.village, self.grid, self.category, self.unit,
                       self.due, self.date_from, self.date_to, self.clear):
            layout.addWidget(widget)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.sig_changed)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self._typing.stop)  # Enter: search now, not after the pause
        self.search.returnPressed.connect(self.sig_changed)
        self.village.currentIndexChanged.connect(lambda: self._fill_grids())
        for combo in (self.colour, self.track, self.grid, self.category, self.unit, self.due):
            combo.currentIndexChanged.connect(self.sig_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.sig_changed)

    def _combo(self, name: str, everything: str, options) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        _fill(combo, everything, options)
        return combo

    def set_lists(self, lists: Lists) -> None:
        """New villages, grids, categories or units (here or at another seat), keeping what is
        chosen if it is still there."""
        self._grids = lists.grids
        for combo, everything, options in (
                (self.village, self.tr("All villages"), lists.villages),
                (self.category, self.tr("All categories"), lists.top_categories),
                (self.unit, self.tr("All units"), lists.units)):
            _fill(combo, everything, [(o.id, o.label) for o in options])
        self._fill_grids(announce=False)

    def remember_track(self, settings: QSettings) -> None:
        """The track this seat watches, kept on this PC: the police-grid centre's seat opens on
        safety matters whoever signs in there."""
        self.track.setCurrentIndex(max(0, self.track.findData(settings.value(TRACK_FILTER) or None)))
        self.track.currentIndexChanged.connect(lambda: settings.setValue(TRACK_FILTER, self.track.currentData() or ""))

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any date"))
        edit.setDate(NO_DATE)
        return edit

    def _fill_grids(self, announce: bool = True) -> None:
        village = self.village.currentData()
        _fill(self.grid, self.tr("All grids"),
              [(o.id, o.label) for o in self._grids if o.parent_id == village])
        if announce:
            self.sig_changed.emit()

    def show_only(self, colour: str | None = None, village_id: int | None = None, grid_id: int | None = None,
                  category_id: int | None = None, due: str | None = None, first_day: dt.date | None = None,
                  last_day: dt.date | None = None) -> None:
        """Set every filter at once — those not named to "all" — and announce it once: a chart's
        bar clicked on the dashboard, or the filters cleared."""
        widgets = (self.search, self.colour, self.track, self.village, self.grid, self.category, self.unit,
                   self.due, self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo, value in ((self.colour, colour), (self.track, None), (self.village, village_id),
                             (self.category, category_id), (self.unit, None), (self.due, due)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._fill_grids(announce=False)
        self.grid.setCurrentIndex(max(0, self.grid.findData(grid_id)))
        for edit, day in ((self.date_from, first_day), (self.date_to, last_day)):
            edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        for widget in widgets:
            widget.blockSignals(False)
        self.sig_changed.emit()

    def filter(self, statuses: tuple[str, ...] = ()) -> QueueFilter:
        now = clock.now()
        due = self.due.currentData()
        return QueueFilter(
            statuses=statuses, colours=(self.colour.currentData(),) if self.colour.currentData() else (),
            tracks=(self.track.currentData(),) if self.track.currentData() else (),
            village_id=self.village.currentData(), grid_id=self.grid.currentData(),
            category_id=self.category.currentData(), unit_id=self.unit.currentData(),
            text=self.search.text(), reported_from=_day_start(self.date_from.date()),
            reported_to=_day_start(self.date_to.date(), 1),
            overdue_at=now if due == "overdue" else None,
            warning_at=now if due == "warning" else None)


def _fill(combo: QComboBox, everything: str, options) -> None:
    """Replace a filter's choices without announcing it; the choice made stays if it still can."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for value, text in options:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


def _day_start(date: QDate, plus_days: int = 0) -> dt.datetime | None:
    if date == NO_DATE:
        return None
    day = dt.date(date.year(), date.month(), date.day()) + dt.timedelta(days=plus_days)
    return clock.at_local(day)
