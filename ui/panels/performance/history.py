"""A worker's monthly totals over time, over the grade bands of the scheme in force.

pyqtgraph is imported when the chart is first needed (shown, or given a history), not at start:
it is a fifth of the app's start-up time, and the chart sits on a tab most seats rarely open."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gridcommand.ops.evaluation import Grades

TOP, BOTTOM = (46, 160, 67, 40), (217, 48, 37, 35)  # the top grade green, the failing one red
BETWEEN = ((26, 115, 232, 35), (224, 168, 0, 35))
HIGHEST = 105


def bands(grades: Grades) -> list[tuple[float, float, tuple]]:
    """(from, to, colour) of each grade, best first, whatever the scheme calls its grades."""
    lows = [low for low, _name in grades.bands]
    highs = [HIGHEST] + lows[:-1]
    colours = [TOP] + [BETWEEN[n % len(BETWEEN)] for n in range(len(lows) - 2)] + [BOTTOM]
    return list(zip(lows, highs, colours))


class HistoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyChart")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.plot_widget = None

    def _plot(self):
        if self.plot_widget is None:
            import pyqtgraph as pg

            self.plot_widget = pg.PlotWidget(self)
            self.plot_widget.setBackground("w")
            self.plot_widget.setYRange(0, 105)
            self._layout.addWidget(self.plot_widget)
        return self.plot_widget

    def showEvent(self, event: QShowEvent) -> None:
        self._plot()
        super().showEvent(event)

    def show_history(self, title: str, points: list[tuple[str, float, str, bool]], grades: Grades) -> None:
        """``points``: (month, total, grade, locked), oldest first, over ``grades``' bands."""
        import pyqtgraph as pg

        plot = self._plot()
        plot.clear()
        for low, high, colour in bands(grades):
            band = pg.LinearRegionItem((low, high), orientation="horizontal", movable=False,
                                       brush=pg.mkBrush(*colour))
            band.setZValue(-10)
            plot.addItem(band)
        if points:
            xs = list(range(len(points)))
            plot.plot(xs, [p[1] for p in points], pen=pg.mkPen("#333", width=2), symbol="o")
            plot.getAxis("bottom").setTicks([[(x, p[0]) for x, p in zip(xs, points)]])
        plot.setTitle(title)
