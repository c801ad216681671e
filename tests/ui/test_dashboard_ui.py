"""一屏观天下: the dashboard shows the period's figures, a click on a bar shows exactly those
incidents in the queue (filters visible, and cleared in one click), and the big screen follows."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPointF, Qt

from gridcommand.base import clock
from gridcommand.figures.dashboard import open_count

from ..factories import TODAY
from .conftest import make_window

NOON = dt.datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=clock.SHANGHAI)


@pytest.fixture
def window(qtbot, runner, settings, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: NOON)
    window = make_window(qtbot, runner, settings)
    window.dashboard.show()
    window.dashboard.raise_()
    qtbot.waitUntil(lambda: window.dashboard.live is not None, timeout=10_000)
    return window


def _click_bar(qtbot, chart, index: int) -> None:
    """A real click on the middle of bar ``index``'s column."""
    chart.plot.resize(400, 300)
    box = chart.plot.getPlotItem().vb
    top = box.viewRange()[1][1]
    scene = box.mapViewToScene(QPointF(index, top / 2))
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=chart.plot.mapFromScene(scene))


def test_a_bar_shows_exactly_its_incidents_in_the_queue(qtbot, window):
    live = window.dashboard.live
    blue = next(f for f in live.by_colour if f.key == "blue")
    assert open_count(blue) > 0
    with qtbot.waitSignal(window.dashboard.sig_drill):
        _click_bar(qtbot, window.dashboard.view.charts["colours"], 2)  # red, yellow, blue
    filters, queue = window.queue.filters, window.queue
    assert filters.colour.currentData() == "blue" and queue.tabs.currentIndex() == 1  # open
    assert filters.date_from.date() == QDate(live.first_day.year, live.first_day.month, live.first_day.day)
    qtbot.waitUntil(lambda: queue.model.count_known and queue.model.rowCount() == open_count(blue))
    filters.clear.click()
    assert filters.colour.currentIndex() == 0 and filters.date_from.date() == filters.date_from.minimumDate()


def test_a_day_and_a_category(qtbot, window):
    live = window.dashboard.live
    busiest = max(range(len(live.by_day)), key=lambda n: live.by_day[n].reported)
    window.dashboard.view._clicked("days", busiest)
    queue = window.queue
    qtbot.waitUntil(lambda: queue.model.count_known and queue.model.rowCount() == live.by_day[busiest].reported)
    first = sorted(live.by_category, key=lambda f: (-f.reported, f.key))[0]
    window.dashboard.view._clicked("categories", 0)
    assert queue.filters.category.currentText() == first.key
    qtbot.waitUntil(lambda: queue.model.count_known and queue.model.rowCount() == first.reported)


def test_the_period_and_the_big_screen(qtbot, window):
    dock = window.dashboard
    dock.period.setCurrentIndex(dock.period.findData(7))
    assert len(dock.live.by_day) == 7
    dock.open_big_screen()
    qtbot.waitExposed(dock.big)
    assert dock.big.view.live is dock.live and dock.big.isFullScreen()
    qtbot.waitUntil(lambda: dock.big.view.charts["visits"].labels != [], timeout=20_000)  # finished months
    qtbot.keyClick(dock.big, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dock.big is None)


def test_a_grid_on_the_map_shows_its_open_incidents(qtbot, window):
    dock, queue = window.dashboard, window.queue
    dock.tabs.setCurrentWidget(dock.map)
    qtbot.waitUntil(lambda: dock.map.data is not None)
    grid = max(dock.map.data.grids, key=lambda g: g.open)
    assert grid.open > 0 and grid.ring  # the demo draws its grids' boundaries
    dock.map.plot.resize(400, 400)
    dock.map.fit()
    scene = dock.map.plot.getPlotItem().vb.mapViewToScene(QPointF(*grid.centre))
    qtbot.mouseClick(dock.map.plot.viewport(), Qt.MouseButton.LeftButton, pos=dock.map.plot.mapFromScene(scene))
    assert queue.filters.grid.currentData() == grid.id and queue.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: queue.model.count_known and queue.model.rowCount() == grid.open)
    assert dock.map.selected == grid and dock.map._selection is not None  # outlined, on top


def test_the_map_names_its_villages_and_grids_and_keeps_key_persons_on_top(qtbot, window):
    import pyqtgraph as pg

    dock = window.dashboard
    dock.tabs.setCurrentWidget(dock.map)
    qtbot.waitUntil(lambda: dock.map.data is not None)
    view, data = dock.map, dock.map.data
    view.plot.resize(400, 400)
    view.fit()
    view._name_places()  # as the view does once it stops moving
    words = {item.toPlainText() for item in view._names}
    assert set(data.villages.values()) <= words  # every village by name
    from ui.panels.dashboard.grid_map import NAMED_GRIDS

    named = {g.name for g in data.grids} <= words
    assert named == (len(data.grids) <= NAMED_GRIDS)  # a county's grids are named only when zoomed in
    grid = data.grids[0]
    view.plot.setRange(xRange=(grid.centre[0] - 0.001, grid.centre[0] + 0.001),
                       yRange=(grid.centre[1] - 0.001, grid.centre[1] + 0.001), padding=0)
    qtbot.waitUntil(lambda: grid.name in {item.toPlainText() for item in view._names})  # zoomed in: named
    scene = view.plot.getPlotItem().vb.mapViewToScene(QPointF(*grid.centre))
    view._hovered(scene)
    assert view.plot.toolTip().startswith(f"{grid.code} {grid.name} · ") and "open" in view.plot.toolTip()
    markers = [i for i in view.plot.getPlotItem().items if isinstance(i, pg.ScatterPlotItem) and i.zValue() == 10]
    assert len(markers) == 1 and markers[0].zValue() > max(i.zValue() for i in view.plot.getPlotItem().items
                                                            if i is not markers[0])


def test_headline_figures_with_targets_and_the_change_from_the_period_before(qtbot, window):
    from gridcommand.figures import dashboard
    from gridcommand.ops.unit_of_work import read

    live = window.dashboard.live
    before = read(window.runner.db, dashboard.live, 30, None, NOON - dt.timedelta(days=30))
    assert live.previous == before.total  # the 30 days before, as they stood at their end
    headline = window.dashboard.view.headline
    _title, figure, note = headline.cards["open"]
    assert figure.text() == f"{open_count(live.total):,}"
    change = open_count(live.total) - open_count(live.previous)
    assert note.text() == (f"{change:+,} on the period before" if change else "as in the period before")
    _title, rate, said = headline.cards["closure"]
    assert rate.text() == f"{100 * live.total.closure_rate:.1f}%"
    assert said.text().startswith(f"target {100 * live.closure_target:g}%") and "points on the period before" in said.text()


def test_charts_say_their_values_keep_legends_off_the_bars_and_count_in_whole_numbers(qtbot, window):
    import pyqtgraph as pg

    charts = window.dashboard.view.charts
    rates = [item.toPlainText() for item in charts["rates"].plot.getPlotItem().items if isinstance(item, pg.TextItem)]
    live = window.dashboard.live
    assert rates == [f"{100 * live.total.closure_rate:.1f}%", f"{100 * live.total.on_time_rate:.1f}%"]
    days = charts["days"]
    assert "■</span> Reported" in days.plot.getPlotItem().titleLabel.text  # the legend is in the title
    assert days.plot.getPlotItem().legend is None
    axis = days.plot.getAxis("left")
    assert axis._tickSpacing is not None and all(float(step).is_integer() for step, _offset in axis._tickSpacing)


def test_the_score_distribution_takes_the_width_of_the_scores(qtbot, window):
    from ui.panels.dashboard.view import BIN

    dock = window.dashboard
    qtbot.waitUntil(lambda: dock.monthly is not None, timeout=10_000)
    scores = dock.monthly.scores
    assert scores
    left, right = dock.view.charts["scores"].plot.getPlotItem().vb.viewRange()[0]
    assert min(scores) - 2 * BIN <= left <= min(scores) and right >= max(scores)
