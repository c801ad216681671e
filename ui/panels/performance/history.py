"""A worker's monthly totals over time, over the grade bands of the scheme."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

BANDS = ((90, 105, (46, 160, 67, 40)), (80, 90, (26, 115, 232, 35)), (60, 80, (224, 168, 0, 35)),
         (0, 60, (217, 48, 37, 35)))


class HistoryChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyChart")
        self.setBackground("w")
        self.setYRange(0, 105)

    def show_history(self, title: str, points: list[tuple[str, float, str, bool]]) -> None:
        """``points``: (month, total, grade, locked), oldest first."""
        self.clear()
        for low, high, colour in BANDS:
            band = pg.LinearRegionItem((low, high), orientation="horizontal", movable=False,
                                       brush=pg.mkBrush(*colour))
            band.setZValue(-10)
            self.addItem(band)
        if points:
            xs = list(range(len(points)))
            self.plot(xs, [p[1] for p in points], pen=pg.mkPen("#333", width=2), symbol="o")
            self.getAxis("bottom").setTicks([[(x, p[0]) for x, p in zip(xs, points)]])
        self.setTitle(title)
