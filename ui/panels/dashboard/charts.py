"""One bar chart of the dashboard: bars with their words under them (or, horizontal, beside
them), one or more series side by side, optional target lines, and a click on a bar reported by
its index; or a histogram over a numeric axis; or lines over the same words (a trend per series).

pyqtgraph is imported when the first chart is made (the dashboard is built when first shown)."""

from __future__ import annotations

import itertools
import math
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

LIGHT = {"background": "w", "text": "#202124", "font": 9}
DARK = {"background": "#0b1320", "text": "#e8eaed", "font": 13}
SERIES = ("#1a73e8", "#2ea043", "#e8a800", "#d93025")  # first series blue, second green…


class BarChart(QWidget):
    sig_clicked = Signal(int)
    """The column of bar ``index`` was clicked."""

    def __init__(self, name: str, title: str, dark: bool = False, parent: QWidget | None = None):
        import pyqtgraph as pg

        super().__init__(parent)
        self.setObjectName(name)
        self.theme = DARK if dark else LIGHT
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName(f"{name}Plot")
        self.plot.setBackground(self.theme["background"])
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.title, self.keys = title, ""
        self.set_title(title)
        for axis in ("left", "bottom"):
            item = self.plot.getAxis(axis)
            item.setTextPen(self.theme["text"])
            item.setPen(self.theme["text"])
            font = item.font()
            font.setPointSize(self.theme["font"])
            item.setTickFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.labels: list[str] = []
        self.values: list[list[float]] = []
        self.horizontal = False
        self.plot.scene().sigMouseClicked.connect(self._clicked)

    def set_title(self, title: str) -> None:
        self.title = title
        self.plot.setTitle(title + self.keys, color=self.theme["text"], size=f"{self.theme['font'] + 1}pt")

    def _key_of(self, series: list[tuple]) -> None:
        """The series' names in the title, each after a square of its colour: a legend that never
        covers a bar."""
        named = [(colour, name[0]) for _values, colour, *name in series if name]
        self.keys = "".join(f"&nbsp;&nbsp;<span style='color:{colour}'>■</span> {escape(name)}"
                            for colour, name in named)
        self.set_title(self.title)

    def show_bars(self, labels: list[str], series: list[tuple],
                  targets: list[float | None] | None = None, every: int = 1, top: float | None = None,
                  horizontal: bool = False, shown: str | None = None) -> None:
        """``series``: (values, colour or a colour per bar[, name for the legend]) side by side at
        each label; ``targets``: a line across each bar (None: none there); ``every``: word every n-th bar only;
        ``horizontal``: bars to the right, the words on the left (long names stay readable);
        ``shown``: each bar's value written at its end, in this format ("{:.1f}%")."""
        import pyqtgraph as pg

        self.labels, self.values, self.horizontal = labels, [entry[0] for entry in series], horizontal
        self.plot.clear()
        self._key_of(series)
        width = 0.8 / max(1, len(series))
        for n, (values, colour, *name) in enumerate(series):
            places = [self._place(i) - 0.4 + width * (n + 0.5) for i in range(len(values))]
            paint = {"brushes": colour} if isinstance(colour, list) else {"brush": colour}
            shape = ({"x0": 0, "y": places, "width": values, "height": width * 0.9} if horizontal
                     else {"x": places, "height": values, "width": width * 0.9})
            self.plot.addItem(pg.BarGraphItem(pen=None, **shape, **paint))
            if shown is not None:  # above the bar, and above its target line: the line never crosses it
                lines = list(targets or []) + [None] * len(values)
                for place, value, line in zip(places, values, lines):
                    self._write_value(shown.format(value), place, max(value, line or 0))
        for i, target in enumerate(targets or []):
            if target is not None:
                across = [self._place(i) - 0.45, self._place(i) + 0.45]
                xs, ys = ([target, target], across) if horizontal else (across, [target, target])
                self.plot.plot(xs, ys, pen=pg.mkPen("#d93025", width=3))
        ticks = [(self._place(i), text) for i, text in enumerate(labels) if i % every == 0]
        words, numbers = ("left", "bottom") if horizontal else ("bottom", "left")
        self.plot.getAxis(words).setTicks([ticks, []])
        self.plot.getAxis(numbers).setTicks(None)
        highest = max([max(v) for v in self.values if v] + [t or 0 for t in targets or []] + [1])
        counted = all(float(v).is_integer() for v in itertools.chain(*self.values))
        whole = _whole_step(highest) if counted and top is None else None  # counts: no "2.5 incidents"
        self.plot.getAxis(numbers).setTickSpacing(whole, whole) if whole else \
            self.plot.getAxis(numbers).setTickSpacing()
        span = (-(len(labels) - 0.4), 0.6) if horizontal else (-0.6, len(labels) - 0.4)
        extent = (0, (top if top is not None else highest * 1.1) * (1.12 if shown else 1))  # room for the values
        (self.plot.setYRange if horizontal else self.plot.setXRange)(*span, padding=0)
        (self.plot.setXRange if horizontal else self.plot.setYRange)(*extent, padding=0)

    def show_lines(self, labels: list[str], series: list[tuple], top: float | None = None) -> None:
        """``series``: (values — None where there is none —, colour, name): a line through its
        points over ``labels``; the axis starts a little below the lowest point (on a multiple of
        5), so that rates close together stay apart."""
        import pyqtgraph as pg

        self.labels, self.values, self.horizontal = labels, [[v for v in s[0] if v is not None] for s in series], False
        self.plot.clear()
        self._key_of(series)
        for values, colour, *_name in series:
            xs = [float(i) for i, v in enumerate(values) if v is not None]
            ys = [float(v) for v in values if v is not None]
            self.plot.plot(xs, ys, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=6,
                           symbolBrush=colour, symbolPen=None, connect="finite")
        self.plot.getAxis("bottom").setTicks([list(enumerate(labels)), []])
        self.plot.getAxis("left").setTicks(None)
        points = [v for values in self.values for v in values]
        highest = top if top is not None else max(points + [1]) * 1.1
        lowest = 5 * math.floor((min(points) - 1) / 5) if points else 0
        self.plot.setXRange(-0.6, len(labels) - 0.4, padding=0)
        lowest = max(0, min(lowest, highest - 5))
        self.plot.setYRange(lowest, highest + (highest - lowest) * 0.04, padding=0)  # a point at the top shows whole

    def show_histogram(self, edges: list[float], counts: list[int], colours: list[str],
                       marks: list[tuple[float, str]] = ()) -> None:
        """Bars over a numeric axis: ``counts[i]`` between ``edges[i]`` and ``edges[i + 1]``;
        ``marks``: words written at the top of the chart from these values on (grade bands)."""
        import pyqtgraph as pg

        self.labels, self.values, self.horizontal = [], [counts], False
        self.plot.clear()
        self.plot.addItem(pg.BarGraphItem(x0=edges[:-1], x1=edges[1:], height=counts, brushes=colours,
                                          pen=pg.mkPen(self.theme["background"])))
        self.plot.getAxis("bottom").setTicks(None)
        self.plot.getAxis("left").setTicks(None)
        self.plot.setXRange(edges[0], edges[-1], padding=0)
        top = max(counts + [1]) * 1.25
        self.plot.setYRange(0, top, padding=0)
        for at, words in marks:
            mark = pg.TextItem(words, color=self.theme["text"], anchor=(0, 0))
            mark.setPos(at, top)
            self.plot.addItem(mark)

    def _write_value(self, text: str, place: float, value: float) -> None:
        import pyqtgraph as pg

        mark = pg.TextItem(text, color=self.theme["text"], anchor=(0, 0.5) if self.horizontal else (0.5, 1))
        mark.setPos(*((value, place) if self.horizontal else (place, value)))
        self.plot.addItem(mark)

    def _place(self, index: int) -> float:
        """Where bar ``index`` stands: left to right, or top to bottom when horizontal."""
        return -index if self.horizontal else index

    def _clicked(self, event) -> None:
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        along = -point.y() if self.horizontal else point.x()
        index = round(along)
        if self.labels and 0 <= index < len(self.labels) and abs(along - index) <= 0.45:
            self.sig_clicked.emit(index)


def _whole_step(highest: float) -> int:
    """A whole-number tick step of 1, 2 or 5 × 10ⁿ giving about five ticks up to ``highest``."""
    rough = max(1.0, highest / 5)
    power = 10 ** math.floor(math.log10(rough))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= rough))
