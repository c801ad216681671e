"""The deadline matrix: calendar hours, working days with holidays and make-up weekends,
category overrides, versions by date."""

import datetime as dt

import pytest

from gridcommand.clock import SHANGHAI
from gridcommand.deadlines import DEFAULT_HOURS, RuleBook, RuleSet
from gridcommand.errors import InputError
from gridcommand.workcalendar import add_working_time, is_working_day


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
