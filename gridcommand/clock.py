"""Time in the product: stored in UTC, shown and reasoned about in Asia/Shanghai."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
UTC = dt.timezone.utc


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
