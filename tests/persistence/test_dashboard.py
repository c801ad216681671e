"""The leaders' screen: its figures are the ones ``stats`` gives for the same period, and a day
is the Asia/Shanghai day (one minute before local midnight, at it, one minute after)."""

import datetime as dt

import pytest

from gridcommand.base.clock import SHANGHAI
from gridcommand.figures import dashboard
from gridcommand.figures.metrics import figures
from gridcommand.models import Grid

from .test_metrics import NOW, month  # noqa: F401 — the hand-built March
from .test_workflow import Office

MIDNIGHT = dt.datetime(2026, 3, 10, 0, 0, tzinfo=SHANGHAI)


@pytest.fixture
def night(township_db):
    office = Office(township_db)
    for at in (MIDNIGHT - dt.timedelta(minutes=1), MIDNIGHT, MIDNIGHT + dt.timedelta(minutes=1)):
        office.report(at=at)
    return office


def test_a_day_is_the_local_day(night):
    with night.db.session() as s:
        days = dashboard.live(s, 3, now=MIDNIGHT + dt.timedelta(hours=12)).by_day
    assert [(f.key, f.reported) for f in days] == [("2026-03-08", 0), ("2026-03-09", 1), ("2026-03-10", 2)]


def test_every_figure_is_the_one_stats_gives(month):  # noqa: F811
    with month.db.session() as s:
        live = dashboard.live(s, 31, now=NOW)
        period = (live.start, live.end)
        assert live.total == figures(s, *period, now=NOW)[0]
        assert live.by_colour == figures(s, *period, "colour", NOW)
        assert live.by_village == figures(s, *period, "village", NOW)
        assert live.by_category == figures(s, *period, "category", NOW)
        assert [f for f in live.by_day if f.reported] == figures(s, *period, "day", NOW)
        village = live.by_village[0]
        (only,) = figures(s, *period, "village", NOW)
    assert sum(f.reported for f in live.by_day) == live.total.reported == 4
    assert len(live.by_day) == 31 and live.by_day[-1].key == NOW.astimezone(SHANGHAI).date().isoformat()
    assert [dashboard.open_count(f) for f in live.by_colour] == [1]  # D: accepted, still open
    assert (live.closure_target, live.on_time_target) == (0.95, 0.90)
    assert village == only


def test_one_village_is_that_villages_figures(month):  # noqa: F811
    with month.db.session() as s:
        village_id = s.get(Grid, month.grid_id).village_id
        mine = dashboard.live(s, 31, village_id, now=NOW)
        other = dashboard.live(s, 31, village_id + 1000, now=NOW)
    assert mine.total.reported == 4 and other.total.reported == 0
    assert other.by_colour == [] and sum(f.reported for f in other.by_day) == 0


def test_finished_months(month):  # noqa: F811
    with month.db.session() as s:
        monthly = dashboard.monthly(s, now=dt.datetime(2026, 4, 5, tzinfo=SHANGHAI))
    assert monthly.month == "2026-03" and monthly.scores_month is None and monthly.scores == []
    assert [c for c, _r, _d in monthly.visits] == ["green", "blue", "orange", "red"]
    # B was closed late with a yellow card: its unit is the one with cards.
    assert [(u.unit, u.cards) for u in monthly.units] == [("东塘村", 1)]


def test_the_grid_map_counts_open_and_overdue_and_masks_persons(month):  # noqa: F811
    from gridcommand.figures.grid_map import grid_map
    from gridcommand.models import KeyPerson
    from gridcommand.org.geometry import to_geojson

    with month.db.session() as s:
        grid = s.get(Grid, month.grid_id)
        grid.polygon = to_geojson([(120.0, 30.0), (120.01, 30.0), (120.01, 30.01)])
        s.add_all([KeyPerson(id_number=f"33042119800101{n:04d}", name=f"人{n}", grid_id=grid.id, colour=colour,
                             responsible_staff_id=month.worker_id, tagged_on=dt.date(2026, 1, 1))
                   for n, colour in enumerate(("red", "orange", "green"))])
        s.commit()
        shown = grid_map(s, NOW)
    (only,) = shown.grids
    assert (only.open, only.overdue) == (1, 1)  # D: accepted, its acceptance long overdue at NOW
    assert only.centre == pytest.approx(((120.0 + 120.01 + 120.01) / 3, (30.0 + 30.0 + 30.01) / 3))
    assert sorted(p.colour for p in shown.persons) == ["orange", "red"]
    assert all("********" in p.label and "19800101" not in p.label for p in shown.persons)
