"""What the command line accepts as a month, a day or a count: checked while the arguments are
read, so that a wrong one is a usage error (exit code 2) naming the option, never a traceback."""

from __future__ import annotations

import argparse
import datetime as dt

from ..base import clock
from ..base.errors import InputError

FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2099, 12, 31)


def month(text: str) -> str:
    """YYYY-MM, from 2000-01 to 2099-12."""
    try:
        return clock.check_month(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def day(text: str) -> dt.date:
    """YYYY-MM-DD, from 2000-01-01 to 2099-12-31."""
    try:
        found = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期,应为 YYYY-MM-DD") from None
    if not FIRST_DAY <= found <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"日期 {text} 应在 {FIRST_DAY} 到 {LAST_DAY} 之间")
    return found


def count(low: int, high: int):
    """A whole number from ``low`` to ``high``."""
    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            raise argparse.ArgumentTypeError(f"应为 {low:,} 到 {high:,} 之间的整数:{text[:40]}")
        return number
    parse.__name__ = "count"  # argparse names the type in its message
    return parse
