"""The county queue dock: every township's open county-level items in one table, filtered by
township and colour, sorted by the database; townships not reached are named with when they
last answered."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base.enums import WarningColour
from gridcommand.county.queue import CountyRow
from gridcommand.county.seat import Seat
from gridcommand.ops.queue import QueueFilter

from ..display import local_time
from ..labels import choices
from ..messages import text
from ..worker import Task
from .queue_model import ROW_ROLE, CountyQueueModel

TICK_MS = 60_000  # the countdowns move on each minute


class CountyQueueDock(QDockWidget):
    OBJECT_NAME = "countyQueueDock"
    sig_current = Signal(object)
    """The chosen row (a ``CountyRow``), or None."""

    def __init__(self, seat: Seat, parent: QWidget | None = None):
        super().__init__(self.tr("County queue"), parent)
        self.setObjectName(self.OBJECT_NAME)
        self.seat = seat
        body = QWidget(self)
        self.township = QComboBox(body)
        self.township.setObjectName("countyTownshipFilter")
        self.township.addItem(self.tr("All townships"), None)
        for t in seat.townships:
            self.township.addItem(t.name, t.name)
        self.colour = QComboBox(body)
        self.colour.setObjectName("countyColourFilter")
        self.colour.addItem(self.tr("All colours"), None)
        for value, shown in choices(WarningColour):
            self.colour.addItem(shown, value)
        self.count = QLabel(body)
        self.count.setObjectName("countyCount")
        filters = QHBoxLayout()
        filters.addWidget(self.township)
        filters.addWidget(self.colour)
        filters.addStretch(1)
        filters.addWidget(self.count)
        self.unreachable = QLabel(body)
        self.unreachable.setObjectName("countyUnreachable")
        self.unreachable.setStyleSheet("color: #c5221f;")
        self.unreachable.setWordWrap(True)
        self.model = CountyQueueModel(seat, self)
        self._reading: Task | None = None
        self.view = QTableView(body)
        self.view.setObjectName("countyQueue")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(7, Qt.SortOrder.DescendingOrder)  # newest first
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # the rows on screen, not every row loaded, at each new page
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the title takes what is left
        layout = QVBoxLayout(body)
        layout.addLayout(filters)
        layout.addWidget(self.unreachable)
        layout.addWidget(self.view, 1)
        self.setWidget(body)
        self.township.currentIndexChanged.connect(self.apply_filter)
        self.colour.currentIndexChanged.connect(self.apply_filter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.sig_current.emit(self.current()))
        self.model.modelReset.connect(self._said)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.model.tick)
        self._timer.start(TICK_MS)
        self.model.reload()  # the sort indicator set above is the model's own order: it read nothing
        self._said()

    def current(self) -> CountyRow | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    @Slot()
    def apply_filter(self) -> None:
        colour = self.colour.currentData()
        name = self.township.currentData()
        self.model.set_filter(QueueFilter(colours=(colour,) if colour else ()),
                              [self.seat.township(name)] if name else None)

    def refresh(self) -> None:
        """Read again in the background — a township that does not answer costs its connection
        timeout, never the screen's — then show it, keeping the chosen item chosen where it still is."""
        if self._reading is not None:
            return
        self._reading = Task(self, "", lambda _progress: self.model.read_first(), self._read, self._not_read,
                             show_progress=False)
        self._reading.start()

    def wait(self, ms: int = 30_000) -> None:
        """Tests and shutdown: let the reading finish."""
        if self._reading is not None:
            self._reading.wait(ms)

    def _not_read(self, exc: Exception, _traceback: str) -> None:
        self._reading = None
        self.count.setText(text(exc))

    def _read(self, read) -> None:
        self._reading = None
        chosen = self.current()
        self.model.show_first(read)
        if chosen is not None:
            for row in range(self.model.rowCount()):
                item = self.model.row_at(row)
                if item is not None and (item.township, item.row.id) == (chosen.township, chosen.row.id):
                    self.view.selectRow(row)
                    break

    def _said(self) -> None:
        self.count.setText(self.tr("%n item(s) at county level", "", self.model.total))
        lines = [self.tr("%1 cannot be reached (last read %2): %3. Tried again at %4, or now with F5.")
                 .replace("%1", a.township.name)
                 .replace("%2", local_time(a.township.last_read) or self.tr("never"))
                 .replace("%3", text(a.trouble)).replace("%4", local_time(a.township.retry_at) or "—")
                 for a in self.model.unreachable]
        self.unreachable.setText("\n".join(lines))
        self.unreachable.setVisible(bool(lines))
