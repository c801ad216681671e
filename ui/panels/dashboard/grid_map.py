"""The grid map, offline: every grid drawn from its own coordinates (its boundary, or a square at
its centre point), coloured by its open and overdue incidents, with the red and orange key persons
as markers whose tooltip names them masked. Pan with the mouse, zoom with the wheel; a click on a
grid shows its open incidents in the queue (``sig_grid``).

The grids of one colour are one painter path, so a city's 3,261 grids are three items to draw."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QLabel, QVBoxLayout, QWidget

from gridcommand.base.enums import PersonColour
from gridcommand.ops.dashboard import GridMap, MapGrid, contains

from ...display import PERSON_COLOURS
from ...labels import label
from .charts import DARK, LIGHT

SHADES = {"overdue": "#d93025", "open": "#e8a800", "quiet": "#9fd3a8"}
POINT_SIZE = 0.0015  # degrees: the square drawn for a grid known only by its centre
NAMED_GRIDS = 40  # zoomed in to this many grids or fewer, each shows its name
NAMED_VILLAGES = 60  # and the villages, when no more of them are in view


def shade(grid: MapGrid) -> str:
    return "overdue" if grid.overdue else "open" if grid.open else "quiet"


class GridMapView(QWidget):
    sig_grid = Signal(int, int)
    """A grid was clicked: its id and its village's."""

    def __init__(self, dark: bool = False, parent: QWidget | None = None):
        import pyqtgraph as pg

        super().__init__(parent)
        self.setObjectName("gridMap")
        theme = DARK if dark else LIGHT
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName("gridMapPlot")
        self.plot.setBackground(theme["background"])
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        for axis in ("left", "bottom"):
            self.plot.hideAxis(axis)
        self.key = QLabel(self)
        self.key.setObjectName("gridMapKey")
        self.key.setText(" ".join([
            f"<span style='color:{SHADES['overdue']}'>■</span> " + self.tr("overdue"),
            f"<span style='color:{SHADES['open']}'>■</span> " + self.tr("open"),
            f"<span style='color:{SHADES['quiet']}'>■</span> " + self.tr("nothing open"),
            *(f"<span style='color:{PERSON_COLOURS[c.value]}'>●</span> "
              + self.tr("%1 key person").replace("%1", label(PersonColour, c.value))
              for c in (PersonColour.RED, PersonColour.ORANGE))]))
        self.key.setStyleSheet(f"color: {theme['text']}")
        self.key.setWordWrap(True)  # a narrow dock wraps the key instead of widening
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.key)
        self.data: GridMap | None = None
        self.theme = theme
        self._items: list = []
        self._names: list = []  # the grids' names, written when few enough are in view
        self.selected: MapGrid | None = None
        self._selection = None
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        self._villages: dict[int, tuple[float, float]] = {}
        # The names follow the view once it stops moving: panning stays as fast as without them.
        self._naming = QTimer(self, singleShot=True, interval=150)
        self._naming.timeout.connect(self._name_places)
        self.plot.getPlotItem().vb.sigRangeChanged.connect(self._naming.start)

    def show_map(self, data: GridMap) -> None:
        """Draw ``data``; the first time, fit every grid in view (later, the user's view stays)."""
        import pyqtgraph as pg

        first = self.data is None
        self.data = data
        for item in self._items:
            self.plot.removeItem(item)
        self._items = []
        paths = {name: QPainterPath() for name in SHADES}
        points = {name: [] for name in SHADES}
        for grid in data.grids:
            if grid.ring:
                paths[shade(grid)].addPolygon(QPolygonF([QPointF(x, y) for x, y in grid.ring + grid.ring[:1]]))
            else:
                points[shade(grid)].append(grid.centre)
        outline = QPen(QColor("#5f6368"))
        outline.setCosmetic(True)
        outline.setWidthF(0.6)
        for name, path in paths.items():
            if not path.isEmpty():
                item = QGraphicsPathItem(path)
                item.setBrush(QBrush(QColor(SHADES[name])))
                item.setPen(outline)
                self._add(item)
            if points[name]:
                self._add(pg.ScatterPlotItem(pos=points[name], symbol="s", size=POINT_SIZE, pxMode=False,
                                             brush=SHADES[name], pen=outline))
        if data.persons:  # on top of every fill, outlined so that a red marker shows on a red grid
            markers = pg.ScatterPlotItem(
                pos=[p.at for p in data.persons], data=[p.label for p in data.persons], size=7,
                brush=[PERSON_COLOURS[p.colour] for p in data.persons], pen=pg.mkPen(self.theme["text"], width=1),
                hoverable=True, tip=lambda x, y, data: data)
            markers.setZValue(10)
            self._add(markers)
        self._outline(self.selected)
        self._villages = _village_centres(data)
        if first and data.grids:
            self.fit()
        self._name_places()

    def fit(self) -> None:
        """Every grid in view."""
        xs = [x for g in self.data.grids for x, _y in (g.ring or (g.centre,))]
        ys = [y for g in self.data.grids for _x, y in (g.ring or (g.centre,))]
        # A degree of longitude is shorter than one of latitude away from the equator.
        self.plot.setAspectLocked(True, ratio=1 / math.cos(math.radians((min(ys) + max(ys)) / 2)))
        self.plot.setRange(xRange=(min(xs), max(xs)), yRange=(min(ys), max(ys)), padding=0.03)

    def _add(self, item) -> None:
        self.plot.addItem(item)
        self._items.append(item)

    def grid_at(self, lon: float, lat: float) -> MapGrid | None:
        for grid in self.data.grids if self.data else []:
            if grid.ring:
                xs, ys = [p[0] for p in grid.ring], [p[1] for p in grid.ring]
                if min(xs) <= lon <= max(xs) and min(ys) <= lat <= max(ys) and contains(list(grid.ring), (lon, lat)):
                    return grid
            elif abs(grid.centre[0] - lon) <= POINT_SIZE / 2 and abs(grid.centre[1] - lat) <= POINT_SIZE / 2:
                return grid
        return None

    def _clicked(self, event) -> None:
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        grid = self.grid_at(point.x(), point.y())
        if grid is not None:
            self._outline(grid)
            self.sig_grid.emit(grid.id, grid.village_id)

    def _hovered(self, position) -> None:
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        grid = self.grid_at(point.x(), point.y())
        self.plot.setToolTip(self.describe(grid) if grid is not None else "")

    def describe(self, grid: MapGrid) -> str:
        village = self.data.villages.get(grid.village_id, "") if self.data else ""
        return self.tr("%1 %2 · %3: %4 open, %5 overdue").replace("%1", grid.code).replace("%2", grid.name) \
            .replace("%3", village).replace("%4", str(grid.open)).replace("%5", str(grid.overdue))

    def _outline(self, grid: MapGrid | None) -> None:
        """The chosen grid drawn round in a thick line, on top."""
        if self._selection is not None:
            self.plot.removeItem(self._selection)
            self._selection = None
        self.selected = grid
        if grid is None:
            return
        ring = grid.ring or _square(grid.centre)
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring + ring[:1]]))
        pen = QPen(QColor(self.theme["text"]))
        pen.setCosmetic(True)
        pen.setWidthF(3)
        self._selection = QGraphicsPathItem(path)
        self._selection.setPen(pen)
        self._selection.setZValue(8)
        self.plot.addItem(self._selection)

    def _name_places(self) -> None:
        """The villages' names, and each grid's once zoomed in — only as many as can be read (a
        city's hundreds of names would cover the map and slow it down)."""
        import pyqtgraph as pg

        for item in self._names:
            self.plot.removeItem(item)
        self._names = []
        if self.data is None:
            return
        (left, right), (bottom, top) = self.plot.getPlotItem().vb.viewRange()

        def seen(point) -> bool:
            return point is not None and left <= point[0] <= right and bottom <= point[1] <= top
        villages = [(self.data.villages.get(v, ""), at, 0.5) for v, at in self._villages.items() if seen(at)]
        grids = [(g.name, g.centre, 1.2) for g in self.data.grids if seen(g.centre)]
        for words, at, above in (villages if len(villages) <= NAMED_VILLAGES else []) + \
                (grids if len(grids) <= NAMED_GRIDS else []):
            name = pg.TextItem(words, color=self.theme["text"], anchor=(0.5, above))
            name.setPos(*at)
            name.setZValue(6)
            self.plot.addItem(name)
            self._names.append(name)

def _square(centre) -> tuple:
    x, y, half = centre[0], centre[1], POINT_SIZE / 2
    return ((x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half))


def _village_centres(data: GridMap) -> dict[int, tuple[float, float]]:
    """Where a village's name stands: the middle of its grids' centres."""
    placed: dict[int, list] = {}
    for grid in data.grids:
        if grid.centre:
            placed.setdefault(grid.village_id, []).append(grid.centre)
    return {v: (sum(x for x, _ in c) / len(c), sum(y for _, y in c) / len(c)) for v, c in placed.items()}
