"""Metrics and unit scores on a hand-built month with known answers."""

import datetime as dt

import pytest

from gridcommand.base import clock
from gridcommand.figures.metrics import figures, months
from gridcommand.figures.unit_scores import monthly_ranking, score

from .test_workflow import T0, H, Office

NOW = T0 + 100 * H


@pytest.fixture
def month(township_db):
    """March 2026: A closed on time, B closed late (a yellow card), C cancelled, D overdue."""
    office = Office(township_db)
    a = office.through_to_resolved()                    # accepted +0.1 h, resolved +5 h
    office.move("verify_ok", a, T0 + 6 * H, "resolved", satisfaction=5)
    b = office.report()
    office.move("accept", b, T0)
    office.move("dispatch", b, T0 + 0.1 * H, office.village_unit, responsible_staff_id=office.worker_id)
    office.move("sign", b, T0 + 0.2 * H, office.village_unit)
    office.move("resolve", b, T0 + 80 * H, "修好")       # deadline was +72 h
    office.move("verify_ok", b, T0 + 81 * H)
    c = office.report()
    office.move("cancel", c, T0 + H, "重复上报")
    d = office.report()
    office.move("accept", d, T0)
    office.ids = dict(a=a, b=b, c=c, d=d)
    return office


def test_totals(month):
    start, end = clock.day_bounds(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    with month.db.session() as s:
        (total,) = figures(s, start, end, now=NOW)
    assert (total.reported, total.accepted, total.closed, total.cancelled) == (4, 3, 2, 1)
    assert total.closure_rate == pytest.approx(2 / 3)
    assert total.on_time_rate == pytest.approx(0.5)
    assert total.avg_handling_hours == pytest.approx((4.9 + 80) / 2)
    assert total.overdue_now == 1


def test_groupings(month):
    start, end = clock.day_bounds(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    with month.db.session() as s:
        by_unit = {f.key: f for f in figures(s, start, end, "unit", NOW)}
        by_colour = figures(s, start, end, "colour", NOW)
        by_village = figures(s, start, end, "village", NOW)
        by_track = figures(s, start, end, "track", NOW)
        by_period = figures(s, clock.day_bounds(dt.date(2026, 2, 1), dt.date(2026, 3, 31))[0], end,
                            "period", NOW)
    assert by_unit["东塘村"].closed == 2 and by_unit["(未交办)"].reported == 2
    assert [(f.key, f.reported) for f in by_colour] == [("blue", 4)]
    assert [(f.key, f.reported) for f in by_village] == [("东塘村", 4)]
    assert [(f.key, f.reported) for f in by_track] == [("general", 4)]
    assert [(f.key, f.reported) for f in by_period] == [("2026-02", 0), ("2026-03", 4)]
    with pytest.raises(ValueError):
        figures(None, start, end, "weather")


def test_unit_ranking(month):
    with month.db.session() as s:
        ranking = {u.unit: u for u in monthly_ranking(s, "2026-03")}
    village = ranking["东塘村"]
    assert (village.dispatched, village.signed, village.closed, village.on_time) == (2, 2, 2, 1)
    assert village.avg_sign_hours == pytest.approx(0.1)
    assert (village.yellow_cards, village.red_cards, village.returns, village.reworks) == (1, 0, 0, 0)
    assert village.satisfaction == 5
    assert village.score == 20 + 20 + 20 + 18
    police = ranking["派出所"]
    assert (police.dispatched, police.signed) == (1, 0)  # called in on A as a co-unit, never signed
    assert sorted(u.rank for u in ranking.values()) == list(range(1, len(ranking) + 1))


def test_score_formula_edges():
    assert score(None, None, None, 0, 0, 0, 0) == 40 + 20 + 16 + 20
    assert score(1.0, 24.0, 1.0, 0, 0, 0, 0) == 40 + 0 + 0 + 20
    assert score(1.0, 13.0, 3.0, 10, 0, 0, 0) == 40 + 10 + 10 + 0
    assert score(0.5, 1.0, 5.0, 0, 0, 1, 1) == 20 + 20 + 20 + 13


def test_months_are_local():
    start, end = clock.day_bounds(dt.date(2026, 1, 15), dt.date(2026, 3, 10))
    labels = [m[0] for m in months(start, end)]
    assert labels == ["2026-01", "2026-02", "2026-03"]
    assert months(start, end)[0][1] == start and months(start, end)[-1][2] == end
