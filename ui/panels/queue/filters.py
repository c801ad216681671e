"""The queue's filter bar: text search, colour, village → grid, category, unit, due state and
report date range. It only collects choices; the query is built in the core."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from gridcommand import clock, reference
from gridcommand.database import Database
from gridcommand.enums import WarningColour
from gridcommand.queue import QueueFilter

from ...flow_layout import FlowLayout

SEARCH_DELAY_MS = 250
NO_DATE = QDate(2000, 1, 1)


class FilterBar(QWidget):
    sig_changed = Signal()
    """The user changed a filter (text search after a short pause)."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("queueFilters")
        with db.session() as session:
            self._villages = reference.villages(session)
            self._grids = reference.grids(session)
            categories = [o for o in reference.categories(session) if o.parent_id is None]
            units = reference.units(session)
        self.search = QLineEdit(self)
        self.search.setObjectName("queueSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search code, title, description (Ctrl+F)"))
        self.colour = self._combo("colourFilter", self.tr("All colours"),
                                  [(c.value, c.label) for c in WarningColour])
        self.village = self._combo("villageFilter", self.tr("All villages"),
                                   [(o.id, o.label) for o in self._villages])
        self.grid = self._combo("gridFilter", self.tr("All grids"), [])
        self.category = self._combo("categoryFilter", self.tr("All categories"),
                                    [(o.id, o.label) for o in categories])
        self.unit = self._combo("unitFilter", self.tr("All units"), [(o.id, o.label) for o in units])
        self.due = self._combo("dueFilter", self.tr("Any time left"),
                               [("warning", self.tr("Warning")), ("overdue", self.tr("Overdue"))])
        self.date_from = self._date("dateFrom")
        self.date_to = self._date("dateTo")
        # Wraps onto a second line on a narrow screen instead of widening the window.
        layout = FlowLayout(self)
        self.search.setMinimumWidth(240)
        for widget in (self.search, self.colour, self.village, self.grid, self.category, self.unit,
                       self.due, self.date_from, self.date_to):
            layout.addWidget(widget)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.sig_changed)
        self.search.textChanged.connect(self._typing.start)
        self.village.currentIndexChanged.connect(self._fill_grids)
        for combo in (self.colour, self.grid, self.category, self.unit, self.due):
            combo.currentIndexChanged.connect(self.sig_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.sig_changed)

    def _combo(self, name: str, everything: str, options) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for value, text in options:
            combo.addItem(text, value)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any date"))
        edit.setDate(NO_DATE)
        return edit

    @Slot()
    def _fill_grids(self) -> None:
        village = self.village.currentData()
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.addItem(self.tr("All grids"), None)
        for option in self._grids:
            if option.parent_id == village:
                self.grid.addItem(option.label, option.id)
        self.grid.blockSignals(False)
        self.sig_changed.emit()

    def filter(self, statuses: tuple[str, ...] = ()) -> QueueFilter:
        now = clock.now()
        due = self.due.currentData()
        return QueueFilter(
            statuses=statuses, colours=(self.colour.currentData(),) if self.colour.currentData() else (),
            village_id=self.village.currentData(), grid_id=self.grid.currentData(),
            category_id=self.category.currentData(), unit_id=self.unit.currentData(),
            text=self.search.text(), reported_from=_day_start(self.date_from.date()),
            reported_to=_day_start(self.date_to.date(), 1),
            overdue_at=now if due == "overdue" else None,
            warning_at=now if due == "warning" else None)


def _day_start(date: QDate, plus_days: int = 0) -> dt.datetime | None:
    if date == NO_DATE:
        return None
    day = dt.date(date.year(), date.month(), date.day()) + dt.timedelta(days=plus_days)
    return clock.at_local(day)
