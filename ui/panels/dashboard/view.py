"""The dashboard's charts, drawn from ``gridcommand.figures.dashboard``'s figures: the same view in the
dock and, dark and large, on the big screen. A click on a bar that counts incidents asks the
queue to show exactly those incidents (``sig_drill``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from gridcommand.base.enums import PersonColour, WarningColour
from gridcommand.ops.dashboard import Live, Monthly, open_count
from gridcommand.ops.reference import Lists

from ...display import PERSON_COLOURS, WARNING_COLOURS
from ...labels import grade, label
from .charts import SERIES, BarChart
from .headline import Headline

TOP_VILLAGES = 10
MIN_CHART_WIDTH = 330  # narrower, a chart's words overlap: the charts stack instead
BIN = 5  # points per bar of the score distribution
BAND_COLOURS = ("#2ea043", "#1a73e8", "#e8a800", "#d93025")  # grade bands, best first


class DashboardView(QWidget):
    sig_drill = Signal(str, dict)
    """Show in the queue: the status tab and the filters (``QueueDock.drill``)."""

    def __init__(self, dark: bool = False, columns: int = 2, parent: QWidget | None = None):
        """``columns``: at most this many charts side by side; fewer when the view is narrow."""
        super().__init__(parent)
        self.setObjectName("dashboardView")
        specs = [("days", self.tr("Reported and closed per day")), ("colours", self.tr("Open by colour")),
                 ("villages", self.tr("Overdue by village")), ("rates", self.tr("Closure and on-time rates (%)")),
                 ("categories", self.tr("Reported by category")),
                 ("scores", self.tr("Scores")),
                 ("visits", self.tr("Visits done (%) by colour")), ("units", self.tr("Cards and returns"))]
        self.charts = {key: BarChart(f"{key}Chart", title, dark, self) for key, title in specs}
        self.headline = Headline(dark, self)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.most_columns, self.columns = columns, 0
        self._arrange(columns)
        self.live: Live | None = None
        self._drills: dict[str, list[tuple[str, dict]]] = {}
        for key, chart in self.charts.items():
            chart.sig_clicked.connect(lambda index, k=key: self._clicked(k, index))

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        self.grid.removeWidget(self.headline)
        self.grid.addWidget(self.headline, 0, 0, 1, columns)
        for n, chart in enumerate(self.charts.values()):
            self.grid.removeWidget(chart)
            self.grid.addWidget(chart, 1 + n // columns, n % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(max(1, min(self.most_columns, event.size().width() // MIN_CHART_WIDTH)))
        super().resizeEvent(event)

    def _clicked(self, key: str, index: int) -> None:
        drills = self._drills.get(key, [])
        if index < len(drills):
            self.sig_drill.emit(*drills[index])

    def show_live(self, live: Live, lists: Lists) -> None:
        self.live = live
        self.headline.show_live(live)
        period = {"first_day": live.first_day, "last_day": live.last_day}
        days = live.by_day
        self.charts["days"].show_bars([f.key[5:] for f in days],
                                      [([f.reported for f in days], SERIES[0], self.tr("Reported")),
                                       ([f.closed for f in days], SERIES[1], self.tr("Closed"))],
                                      every=max(1, -(-len(days) // 4)) if len(days) > 7 else 1)
        self._drills["days"] = [("all", {"first_day": _day(f.key), "last_day": _day(f.key)}) for f in days]

        colours = {f.key: f for f in live.by_colour}
        order = [c.value for c in WarningColour]
        self.charts["colours"].show_bars([label(WarningColour, c) for c in order], [(
            [open_count(colours[c]) if c in colours else 0 for c in order],
            [WARNING_COLOURS[c].name() for c in order])])
        self._drills["colours"] = [("open", {"colour": c, **period}) for c in order]

        village_ids = {o.label: o.id for o in lists.villages}
        worst = sorted((f for f in live.by_village if f.overdue_now), key=lambda f: (-f.overdue_now, f.key))
        worst = worst[:TOP_VILLAGES]
        self.charts["villages"].show_bars([f.key for f in worst], [([f.overdue_now for f in worst], SERIES[3])],
                                          horizontal=True)
        self._drills["villages"] = [("open", {"village_id": village_ids.get(f.key), "due": "overdue", **period})
                                    for f in worst]

        rates = [live.total.closure_rate, live.total.on_time_rate]
        self.charts["rates"].show_bars([self.tr("Closure"), self.tr("On time")],
                                       [([100 * (r or 0) for r in rates], [SERIES[0], SERIES[1]])],
                                       targets=[100 * live.closure_target, 100 * live.on_time_target], top=100,
                                       shown="{:.1f}%")

        category_ids = {o.label: o.id for o in lists.top_categories}
        mix = sorted(live.by_category, key=lambda f: (-f.reported, f.key))
        self.charts["categories"].show_bars([f.key for f in mix], [([f.reported for f in mix], SERIES[0])],
                                            horizontal=True)
        self._drills["categories"] = [("all", {"category_id": category_ids.get(f.key), **period}) for f in mix]

    def show_monthly(self, monthly: Monthly) -> None:
        highest = 105
        # From just below the lowest score: the bars get the width, not the empty range under them.
        lowest = max(0, int(min(monthly.scores) // BIN) * BIN - BIN) if monthly.scores else 0
        bins = list(range(lowest, highest, BIN))
        counts = [sum(1 for s in monthly.scores if low <= s < low + BIN or (low == bins[-1] and s >= low))
                  for low in bins]
        bands = monthly.grade_bands
        colour = lambda low: next((BAND_COLOURS[min(n, 3)] for n, (floor, _g) in enumerate(bands)  # noqa: E731
                                   if low >= floor), BAND_COLOURS[-1])
        self.charts["scores"].show_histogram(bins + [highest], counts, [colour(low) for low in bins],
                                             [(floor, grade(name)) for floor, name in bands if floor > lowest])
        self.charts["scores"].set_title(self.tr("Scores of %1").replace("%1", monthly.scores_month)
                                        if monthly.scores_month else self.tr("No month locked yet"))

        order = [c.value for c in PersonColour]
        found = {colour: (required, done) for colour, required, done in monthly.visits}
        share = [100 * found[c][1] / found[c][0] if found.get(c, (0, 0))[0] else 0 for c in order]
        self.charts["visits"].show_bars([label(PersonColour, c) for c in order],
                                        [(share, [PERSON_COLOURS[c] for c in order])], top=100, shown="{:.0f}%")

        units = monthly.units
        self.charts["units"].show_bars([u.unit for u in units],
                                       [([u.cards for u in units], SERIES[3], self.tr("Cards")),
                                        ([u.returns for u in units], SERIES[2], self.tr("Returns"))],
                                       horizontal=True)


def _day(key: str):
    import datetime as dt

    return dt.date.fromisoformat(key)
