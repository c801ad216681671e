"""Working days in China: weekends off, public holidays off, make-up working weekends 调休 on.

The holiday data comes from the ``chinese-calendar`` package, which knows the State Council's
arrangements year by year; for a year it does not know yet, Monday to Friday are the working
days (update the package when the new year's arrangement is published).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import chinese_calendar

from .clock import SHANGHAI, UTC


@lru_cache(maxsize=4096)
def is_working_day(day: dt.date) -> bool:
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


def add_working_time(start: dt.datetime, duration: dt.timedelta) -> dt.datetime:
    """``start`` + ``duration``, counting only time on working days (Asia/Shanghai days).

    Started on a day off, the clock begins at the next working day's midnight.
    """
    remaining = duration
    t = start.astimezone(SHANGHAI)
    while True:
        midnight = dt.datetime.combine(t.date() + dt.timedelta(days=1), dt.time(), SHANGHAI)
        if is_working_day(t.date()):
            if remaining <= midnight - t:
                return (t + remaining).astimezone(UTC)
            remaining -= midnight - t
        t = midnight


def working_time_between(start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    """How much of [start, end) falls on working days (Asia/Shanghai days); the inverse of
    ``add_working_time``."""
    total = dt.timedelta()
    t, end = start.astimezone(SHANGHAI), end.astimezone(SHANGHAI)
    while t < end:
        midnight = dt.datetime.combine(t.date() + dt.timedelta(days=1), dt.time(), SHANGHAI)
        if is_working_day(t.date()):
            total += min(midnight, end) - t
        t = midnight
    return total
