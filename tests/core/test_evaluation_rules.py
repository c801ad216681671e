"""SPEC §6 scoring on synthetic inputs: every indicator at its boundaries, caps, clamps,
rounding half up, grade band edges, and pay in normal and budget-neutral modes."""

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from gridcommand.evaluation.engine import Worker, half_up, pay, required_visits, score
from gridcommand.evaluation.scheme import DEFAULT_RULES

W = Worker(1, "W1", "张伟", "l2", "G1")


def sheet(facts=None, adjustment=Fraction(0), rules=DEFAULT_RULES):
    facts = {k: {1: v} for k, v in (facts or {}).items()}
    return score(rules, facts, W, adjustment)


def points(s, name):
    return s["indicators"][name]["points"]


@pytest.mark.parametrize("n,expected", [(0, 0), (7, Fraction(35, 3)), (15, 25), (40, 25)])
def test_reporting(n, expected):
    assert points(sheet({"reporting": {"n": n}}), "reporting") == expected


def test_on_time():
    assert points(sheet(), "on_time") == 20  # D empty
    assert points(sheet({"on_time": {"d": 3, "on_time": 1}}), "on_time") == Fraction(20, 3)
    assert points(sheet({"on_time": {"d": 4, "on_time": 0}}), "on_time") == 0


def test_visits():
    assert points(sheet(), "visits") == 25  # no key persons
    assert points(sheet({"visits": {"persons": 2, "required": 8, "counted": 6, "done": 9}}), "visits") == Fraction(75, 4)


@pytest.mark.parametrize("colour,days,expected", [
    ("green", 31, 1), ("blue", 31, 2), ("orange", 31, 4), ("red", 31, 31),
    ("green", 22, 1), ("blue", 22, 1), ("orange", 22, 3), ("blue", 7, 0), ("blue", 8, 1)])
def test_required_visits_examples_of_spec_9(colour, days, expected):
    first, last = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    tagged = last - dt.timedelta(days=days - 1)
    assert required_visits(tagged, colour, first, last) == expected
    assert required_visits(dt.date(2026, 11, 1), colour, first, last) == 0  # tagged after the month


def test_meetings_and_satisfaction():
    assert points(sheet(), "meetings") == 10
    assert points(sheet({"meetings": {"expected": 4, "attended": 3}}), "meetings") == Fraction(15, 2)
    assert points(sheet(), "satisfaction") == 16  # nothing rated
    assert points(sheet({"satisfaction": {"ratings": 2, "sum": 10}}), "satisfaction") == 20
    assert points(sheet({"satisfaction": {"ratings": 3, "sum": 3}}), "satisfaction") == 0
    assert points(sheet({"satisfaction": {"ratings": 2, "sum": 7}}), "satisfaction") == Fraction(25, 2)


def test_bonus_cap_and_rework_cap():
    s = sheet({"bonus": {"pennant": 2, "praise": 1}})
    assert (s["bonus"]["raw"], s["bonus"]["points"]) == (7, 5)
    s = sheet({"reworks": {"events": 6, "imported": 1}})
    assert s["deductions"]["points"] == 5
    assert sheet({"reworks": {"events": 2, "imported": 1}})["deductions"]["points"] == 3


def test_clamp_between_0_and_105():
    full = {"reporting": {"n": 15}, "bonus": {"pennant": 3}}
    assert sheet(full)["total"] == Decimal("101.0")  # 25+20+25+10+16 = 96, +5 (bonus capped)
    assert sheet(full, Fraction(20))["total"] == Decimal("105.0")
    empty = {"on_time": {"d": 1, "on_time": 0}, "visits": {"persons": 1, "required": 4, "counted": 0, "done": 0},
             "meetings": {"expected": 1, "attended": 0}, "satisfaction": {"ratings": 1, "sum": 1},
             "reworks": {"events": 9, "imported": 0}}
    assert sheet(empty)["total"] == Decimal("0.0")


def test_rounding_is_half_up_on_exact_values():
    full = {"reporting": {"n": 15}, "satisfaction": {"ratings": 1, "sum": 5}}  # 100 points
    s = sheet(full, Fraction("-10.05"))  # 89.95 exactly: a float would give 89.94999…
    assert s["total"] == Decimal("90.0") and s["grade"] == "优秀"
    assert half_up(Fraction(1, 40), 2) == Decimal("0.03") and half_up(Fraction(-1, 40), 2) == Decimal("-0.03")


@pytest.mark.parametrize("total,grade", [("90", "优秀"), ("89.9", "良好"), ("80", "良好"),
                                         ("79.9", "合格"), ("60", "合格"), ("59.9", "不合格")])
def test_grade_band_edges(total, grade):
    full = {"reporting": {"n": 15}, "satisfaction": {"ratings": 1, "sum": 5}}
    assert sheet(full, Fraction(total) - 100)["grade"] == grade


def test_pay_normal_and_budget_neutral():
    full = {"reporting": {"n": 15}, "satisfaction": {"ratings": 1, "sum": 5}}
    good = (Worker(1, "W1", "a", "l2", ""), sheet(full))
    pay(DEFAULT_RULES, [good])
    assert good[1]["pay"]["performance"] == Decimal("1320.00") and good[1]["pay"]["float"] == Decimal("220.00")
    assert good[1]["pay"]["total"] == Decimal("4620.00")
    poor_sheet = sheet(full, Fraction(-50))
    top, poor = (Worker(1, "W1", "a", "l1", ""), sheet(full)), (Worker(2, "W2", "b", "l1", ""), poor_sheet)
    neutral = {**DEFAULT_RULES, "budget_neutral": True}
    pay(neutral, [top, poor])
    # 1000 × 1.2 + 1000 × 0.4 = 1600 scaled to the 2000 of standards: × 1.25.
    assert top[1]["pay"]["performance"] == Decimal("1500.00") and poor[1]["pay"]["performance"] == Decimal("500.00")
    assert top[1]["pay"]["float"] + poor[1]["pay"]["float"] == 0


def test_points_shown_to_hundredths_round_as_half_up_does():
    import random

    from gridcommand.evaluation.service import _hundredths

    ties = [Fraction(n, 200) for n in range(-7, 8)] + [Fraction(12345, 1000), Fraction(-12345, 1000)]
    rng = random.Random(7)
    others = [Fraction(rng.randint(-10**6, 10**6), rng.choice([1, 3, 7, 400, rng.randint(1, 10**5)]))
              for _ in range(20_000)]
    for value in ties + others:
        assert _hundredths(value) == float(half_up(value, 2)), value


def test_the_cycle_collector_is_paused_only_inside_and_left_as_it_was():
    import gc

    from gridcommand.base.gc_pause import cycle_collector_paused

    # A UI test run before in the same process leaves it off, as the desktop app does.
    was_enabled = gc.isenabled()
    gc.enable()
    with cycle_collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()  # as the desktop app keeps it
    try:
        with cycle_collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        (gc.enable if was_enabled else gc.disable)()
