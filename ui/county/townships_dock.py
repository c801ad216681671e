"""Townships side by side (SPEC §13): a month's figures of each township — the ones its own
statistics give — ranked, with the closure and on-time rates as a chart, and each township's
closure rate over the months before. Read on the worker thread: twelve townships' databases
answer in parallel, but not instantly."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base import clock
from gridcommand.county.figures import TREND_MONTHS, TownshipLine, Trend, grades_text, side_by_side, trends
from gridcommand.county.seat import Seat

from ..display import local_time
from ..messages import text
from ..panels.dashboard.charts import BarChart
from ..worker import Task

MONTHS = 12
# One colour per township, told apart on a projector (a county has up to a dozen or so).
TOWNSHIP_COLOURS = ("#1a73e8", "#d93025", "#2ea043", "#e8a800", "#9334e6", "#12b5cb", "#e52592", "#795548",
                    "#5f6368", "#f57c00", "#0b8043", "#3f51b5")


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


class TownshipsDock(QDockWidget):
    OBJECT_NAME = "townshipsDock"
    sig_township = Signal(str)
    """A township's line was double-clicked: open its own dashboard."""

    def __init__(self, seat: Seat, parent: QWidget | None = None):
        super().__init__(self.tr("Townships side by side"), parent)
        self.setObjectName(self.OBJECT_NAME)
        self.seat = seat
        self.lines: list[TownshipLine] = []
        self._task: Task | None = None
        body = QWidget(self)
        self.month = QComboBox(body)
        self.month.setObjectName("countyMonth")
        month = clock.today().strftime("%Y-%m")
        for _ in range(MONTHS):
            self.month.addItem(month, month)
            month = clock.shift_month(month, -1)
        self.month.setCurrentIndex(1)  # last month: the one a county reports on
        self.state = QLabel(body)
        self.state.setObjectName("townshipsState")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month"), body))
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.state)
        self.headers = [self.tr("Rank"), self.tr("Township"), self.tr("Reported"), self.tr("Closed"),
                        self.tr("Closure rate"), self.tr("On-time rate"), self.tr("Overdue now"),
                        self.tr("At county level"), self.tr("Yellow cards"), self.tr("Red cards"),
                        self.tr("Reached the county"), self.tr("Visits done"), self.tr("Grades (last locked month)"),
                        self.tr("Read at")]
        self.table = QTableWidget(0, len(self.headers), body)
        self.table.setObjectName("townshipsTable")
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.itemDoubleClicked.connect(lambda item: self.sig_township.emit(self.table.item(item.row(), 1).text()))
        self.chart = BarChart("townshipsChart", self.tr("Closure and on-time rates, %"), parent=body)
        self.trend = BarChart("townshipsTrend", self.tr("Closure rate over %n month(s), %", "", TREND_MONTHS),
                              parent=body)
        charts = QHBoxLayout()
        for chart in (self.chart, self.trend):
            chart.setMinimumHeight(180)
            charts.addWidget(chart, 1)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(charts, 1)
        self.setWidget(body)
        self.month.currentIndexChanged.connect(self.load)
        self._stale = True
        self.visibilityChanged.connect(lambda shown: shown and self._stale and self.load())

    @Slot()
    def load(self) -> None:
        """Read the chosen month in every township, in the background — once the tab is shown:
        twelve townships' figures are not read for a tab nobody looks at, nor while the seat opens."""
        self._stale = True
        if self._task is not None or not self.isVisible():
            return
        self._stale = False
        month = self.month.currentData()
        first, last, _start, _end = clock.month_bounds(month)
        self.state.setText(self.tr("Reading the townships…"))
        self._task = Task(self, "", lambda _progress: (side_by_side(self.seat, first, last), trends(self.seat, month)),
                          self._show, self._failed, show_progress=False)
        self._task.start()

    def wait(self, ms: int = 30_000) -> None:
        """Tests and shutdown: let the reading finish."""
        if self._task is not None:
            self._task.wait(ms)

    def _failed(self, exc: Exception, _traceback: str) -> None:
        self._task = None
        self.state.setText(text(exc))
        self._again()

    def _again(self) -> None:
        """Asked for again while it was read (another month chosen): read what is asked now."""
        if self._stale:
            self.load()

    def _show(self, read: tuple[list[TownshipLine], list[Trend]]) -> None:
        self._task = None
        lines, rates = read
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            f = line.figures
            b = line.beyond
            cells = ([line.rank, line.township, f.reported, f.closed, _rate(f.closure_rate), _rate(f.on_time_rate),
                      f.overdue_now, line.county_items, b.yellow_cards, b.red_cards, b.reached_county,
                      _rate(b.visits.rate), grades_text(b), local_time(line.last_read)]
                     if f is not None and b is not None else
                     ["—", line.township, *[""] * 11, self.tr("not reached: %1").replace("%1", text(line.trouble))])
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        reached = [line for line in lines if line.figures is not None]
        self.chart.show_bars([line.township for line in reached], [
            ([100 * (line.figures.closure_rate or 0) for line in reached], "#1a73e8", self.tr("Closure rate")),
            ([100 * (line.figures.on_time_rate or 0) for line in reached], "#2ea043", self.tr("On-time rate"))],
            top=100.0, shown="{:.1f}")
        self.trend.show_lines(list(rates[0].months) if rates else [], [
            ([None if r is None else 100 * r for r in t.closure_rates], TOWNSHIP_COLOURS[n % len(TOWNSHIP_COLOURS)],
             t.township) for n, t in enumerate(rates)], top=100.0)
        self.state.setText(self.tr("%1 of %2 townships reached").replace("%1", str(len(reached)))
                           .replace("%2", str(len(lines))) + " · " + local_time(clock.now()))
        self._again()
