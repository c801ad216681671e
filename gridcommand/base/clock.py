"""Time in the product: stored in UTC, shown and reasoned about in Asia/Shanghai; and the
one arithmetic of months (YYYY-MM) and of days as instants."""

from __future__ import annotations

import datetime as dt
import functools
import re
from zoneinfo import ZoneInfo

from .errors import InputError

SHANGHAI = ZoneInfo("Asia/Shanghai")
UTC = dt.timezone.utc
MONTH = re.compile(r"^20\d\d-(0[1-9]|1[0-2])$")  # a month the product reasons about: 2000-01 … 2099-12


def now() -> dt.datetime:
    return dt.datetime.now(UTC)


def local(value: dt.datetime) -> dt.datetime:
    return value.astimezone(SHANGHAI)


def today() -> dt.date:
    return now().astimezone(SHANGHAI).date()


def at_local(day: dt.date, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)


def format_local(value: dt.datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return "" if value is None else local(value).strftime(fmt)


def format_span(delta: dt.timedelta) -> str:
    """How long, as the command room says it: "3 天 5 小时", "7 小时", "12 分钟" (rounded down)."""
    minutes = int(delta.total_seconds() // 60)
    hours = minutes // 60
    if hours >= 24:
        return f"{hours // 24} 天 {hours % 24} 小时"
    return f"{hours} 小时" if hours else f"{minutes} 分钟"


def check_month(month: str) -> str:
    if not MONTH.match(month or ""):
        raise InputError("月份“{month}”应为 2000-01 到 2099-12 之间的 YYYY-MM", month=month)
    return month


@functools.lru_cache(maxsize=4096)  # a city's careers ask it ~40,000 times for a dozen months
def shift_month(month: str, by: int) -> str:
    """The month ``by`` months after ``month`` (before it when negative): "2026-01", -1 → "2025-12"."""
    year, number = (int(x) for x in month.split("-"))
    index = year * 12 + number - 1 + by
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_bounds(month: str) -> tuple[dt.date, dt.date, dt.datetime, dt.datetime]:
    """First day, last day, and [start, end) instants of a month in Asia/Shanghai."""
    year, number = (int(x) for x in month.split("-"))
    first = dt.date(year, number, 1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1), at_local(first), at_local(following)


def day_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[first 00:00, the day after last 00:00) in Asia/Shanghai."""
    return at_local(first), at_local(last + dt.timedelta(days=1))
