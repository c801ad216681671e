"""The deadline matrix: calendar hours, working days with holidays and make-up weekends,
category overrides, versions by date."""

import datetime as dt

import pytest

from gridcommand.base.clock import SHANGHAI
from gridcommand.base.errors import InputError
from gridcommand.base.workcalendar import add_working_time, is_working_day, working_time_between
from gridcommand.workflow.deadlines import DEFAULT_HOURS, RuleBook, RuleSet, in_warning, is_overdue, light


def local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=SHANGHAI)


def rule_set(mode="calendar", set_id=1, start=local(2000, 1, 1), overrides=None) -> RuleSet:
    hours = {(s, c, None): h for (s, c), h in DEFAULT_HOURS.items()}
    hours.update(overrides or {})
    return RuleSet(set_id, start, mode, hours)


def test_default_matrix_in_calendar_hours():
    rules = rule_set()
    t0 = local(2026, 3, 2, 10, 0)
    assert rules.due("accept", "red", t0) == t0 + dt.timedelta(minutes=30)
    assert rules.due("accept", "yellow", t0) == t0 + dt.timedelta(hours=4)
    assert rules.due("accept", "blue", t0) == t0 + dt.timedelta(hours=24)
    assert rules.due("resolve", "red", t0) == t0 + dt.timedelta(hours=24)
    assert rules.due("resolve", "yellow", t0) == t0 + dt.timedelta(days=7)
    assert rules.due("resolve", "blue", t0) == t0 + dt.timedelta(days=3)
    assert rules.due("verify", "blue", t0) == t0 + dt.timedelta(hours=24)


def test_category_override_wins():
    rules = rule_set(overrides={("resolve", "blue", 7): 12.0})
    t0 = local(2026, 3, 2, 10, 0)
    assert rules.due("resolve", "blue", t0, category_id=7) == t0 + dt.timedelta(hours=12)
    assert rules.due("resolve", "blue", t0, category_id=8) == t0 + dt.timedelta(days=3)


def test_holidays_and_make_up_working_weekends():
    assert not is_working_day(dt.date(2026, 10, 1))   # National Day
    assert not is_working_day(dt.date(2026, 3, 7))    # an ordinary Saturday
    assert is_working_day(dt.date(2026, 2, 14))       # Saturday made a working day (Spring Festival)
    assert is_working_day(dt.date(2026, 3, 2))
    assert is_working_day(dt.date(2031, 3, 3)) and not is_working_day(dt.date(2031, 3, 1))


def test_working_time_skips_days_off():
    friday_evening = local(2026, 3, 6, 18, 0)
    # 6 h left on Friday, the weekend skipped, 18 h of Monday.
    assert add_working_time(friday_evening, dt.timedelta(hours=24)) == local(2026, 3, 9, 18, 0)
    saturday = local(2026, 3, 7, 10, 0)
    assert add_working_time(saturday, dt.timedelta(minutes=30)) == local(2026, 3, 9, 0, 30)
    # National Day week 2026: 1–7 Oct off; 3 working days from 30 Sept 12:00.
    assert add_working_time(local(2026, 9, 30, 12, 0), dt.timedelta(days=3)) == local(2026, 10, 10, 12, 0)


def test_working_mode_counts_on_working_days():
    rules = rule_set("working")
    assert rules.due("resolve", "blue", local(2026, 3, 6, 9, 0)) == local(2026, 3, 11, 9, 0)


def test_rule_book_picks_the_version_in_force():
    old = rule_set(set_id=1, start=local(2000, 1, 1))
    new = rule_set(set_id=2, start=local(2026, 6, 1), overrides={("resolve", "blue", None): 48.0})
    book = RuleBook([new, old])
    assert book.in_force(local(2026, 5, 31, 23, 59)).id == 1
    assert book.in_force(local(2026, 6, 1)).id == 2
    assert book.by_id(1, local(2026, 7, 1)).id == 1
    assert book.by_id(None, local(2026, 7, 1)).id == 2
    with pytest.raises(InputError):
        RuleBook([])


MINUTE = dt.timedelta(minutes=1)


def _around(t: dt.datetime) -> tuple[dt.datetime, dt.datetime, dt.datetime]:
    return t - MINUTE, t, t + MINUTE


def test_overdue_from_the_instant_of_the_deadline_and_warning_from_80_percent():
    rules = rule_set()
    start = local(2026, 3, 2, 10, 0)
    due = rules.due("accept", "yellow", start)  # 4 h
    warn = rules.warn_at(start, due)
    assert warn == start + dt.timedelta(hours=3, minutes=12)
    before, at, after = _around(warn)
    assert [light(warn, due, t) for t in (before, at, after)] == ["green", "yellow", "yellow"]
    assert [in_warning(warn, due, t) for t in (before, at, after)] == [False, True, True]
    before, at, after = _around(due)
    assert [light(warn, due, t) for t in (before, at, after)] == ["yellow", "red", "red"]
    assert [is_overdue(due, t) for t in (before, at, after)] == [False, True, True]
    assert [in_warning(warn, due, t) for t in (before, at, after)] == [True, False, False]


def test_in_working_mode_the_warning_point_is_80_percent_of_the_working_hours():
    """Yellow (7 working days) accepted Tue 22 Sep 2026 10:00, across the Mid-Autumn Festival
    (25–27 Sep) and National Day (1–7 Oct): 168 working hours end Fri 9 Oct 10:00. 80 % is
    134.4 h: 14 h on 22 Sep, 24 h each on 23, 24, 28, 29, 30 Sep make 134 h, and the last 0.4 h
    fall on the first working day after the holiday: 8 Oct 00:24. Taken on the calendar span
    (408 h) the point would fall on 6 Oct, in the holiday."""
    rules = rule_set("working")
    start = local(2026, 9, 22, 10, 0)
    due = rules.due("resolve", "yellow", start)
    assert due == local(2026, 10, 9, 10, 0)
    warn = rules.warn_at(start, due)
    assert warn == local(2026, 10, 8, 0, 24)
    assert light(warn, due, local(2026, 10, 6, 12, 0)) == "green"  # a holiday: still green
    assert [light(warn, due, t) for t in _around(warn)] == ["green", "yellow", "yellow"]


def test_working_time_between_is_the_inverse_of_adding_it():
    start = local(2026, 9, 24, 15, 30)
    for hours in (1, 9, 30, 100, 300):
        end = add_working_time(start, dt.timedelta(hours=hours))
        assert working_time_between(start, end) == dt.timedelta(hours=hours)
    assert working_time_between(local(2026, 10, 1), local(2026, 10, 8)) == dt.timedelta()  # National Day
