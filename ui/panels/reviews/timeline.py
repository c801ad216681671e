"""A review's timeline: one row of marks per kind of record in scope (incidents, visits, cards,
meetings) along the window, the findings below them, the event at the right edge. pyqtgraph is
imported when the first review is shown (it is a fifth of the app's start-up time)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gridcommand.ops.reviews import TIMELINE_ROWS, Timeline

from ...widgets.date_axis import date_axis

COLOURS = ("#1a73e8", "#188038", "#d93025", "#7b1fa2", "#e37400")


def _row_names() -> list[str]:
    return [QCoreApplication.translate("ReviewTimeline", "Incidents"),
            QCoreApplication.translate("ReviewTimeline", "Visits"),
            QCoreApplication.translate("ReviewTimeline", "Cards"),
            QCoreApplication.translate("ReviewTimeline", "Meetings"),
            QCoreApplication.translate("ReviewTimeline", "Findings")]


class ReviewTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewTimeline")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.plot_widget = None
        self.shown: Timeline | None = None

    def _plot(self):
        if self.plot_widget is None:
            import pyqtgraph as pg

            self.plot_widget = pg.PlotWidget(self, axisItems={"bottom": date_axis()})
            self.plot_widget.setBackground("w")
            self.plot_widget.setMouseEnabled(x=True, y=False)
            self._layout.addWidget(self.plot_widget)
        return self.plot_widget

    def show_timeline(self, line: Timeline | None) -> None:
        self.shown = line
        if line is None:  # no review: no empty chart with a meaningless axis
            if self.plot_widget is not None:
                self.plot_widget.hide()
            return
        plot = self._plot()
        plot.show()
        plot.clear()
        names = _row_names()
        plot.getAxis("left").setTicks([[(-n, name) for n, name in enumerate(names)]])
        series = [line.rows[name] for name in TIMELINE_ROWS] + [line.findings]
        for n, (instants, colour) in enumerate(zip(series, COLOURS)):
            xs = [at.timestamp() for at in instants]
            plot.plot(xs, [-n] * len(xs), pen=None, symbol="t" if n == len(series) - 1 else "s",
                      symbolSize=7, symbolBrush=colour, symbolPen=None)
        import pyqtgraph as pg  # imported by _plot already

        plot.addItem(pg.InfiniteLine(line.end.timestamp(), pen=pg.mkPen("#d93025", width=2)))
        plot.setXRange(line.start.timestamp(), line.end.timestamp(), padding=0.02)
        plot.setYRange(-len(series) + 0.5, 0.5, padding=0)
