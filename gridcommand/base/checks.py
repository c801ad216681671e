"""What an administrator typed into a form, the command line or a JSON file, checked the same
way everywhere: a required text of a bounded length, a count that is a whole number not below 0,
a number within stated bounds (finite: never infinity or NaN), a phone number."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, NoReturn

from .errors import InputError
from .messages import Message


def text(value: str | None, what: Message, most: int) -> str:
    value = (value or "").strip()
    if not value:
        raise InputError("{what}不能为空", what=what)
    if len(value) > most:
        raise InputError("{what}不能超过 {n} 个字", what=what, n=most)
    return value


def count(value: Any, what: Message) -> int | None:
    """None when left empty."""
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InputError("{what}应为整数:{value}", what=what, value=value) from None
    if number < 0:
        raise InputError("{what}不能为负数", what=what)
    return number


@dataclass(frozen=True)
class Bounds:
    """Where a number may lie: from ``low`` (or, ``above_low``, more than it) to ``high``, a whole
    number if ``whole``. Dialogs take their spin boxes' ranges from here too."""

    low: float
    high: float
    above_low: bool = False
    whole: bool = False

    def holds(self, number: object) -> bool:
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            return False
        if isinstance(number, float) and not math.isfinite(number):
            return False
        if self.whole and number != int(number):
            return False
        return bool(self.low < number if self.above_low else self.low <= number) and number <= self.high

    def check(self, value: object, what: Message) -> int | float:
        """``value`` (a number, or typed as text) if it holds, else refused with the range named."""
        number = _parsed(value)
        if number is None or not self.holds(number):
            self._refuse(value, what)
        return int(number) if self.whole else number

    def require(self, value: object, what: Message) -> int | float:
        """``value`` as given in a file (JSON): a number already, never text, and within."""
        if not self.holds(value) or not isinstance(value, (int, float)):
            self._refuse(value, what)
        return value

    def _refuse(self, value: object, what: Message) -> NoReturn:
        said = dict(what=what, low=f"{self.low:,g}", high=f"{self.high:,g}", value=str(value)[:40])
        if self.whole:
            raise InputError("{what}应为 {low} 到 {high} 之间的整数:{value}", **said)
        if self.above_low:
            raise InputError("{what}应大于 {low}、不超过 {high}:{value}", **said)
        raise InputError("{what}应为 {low} 到 {high} 之间的数:{value}", **said)


def _parsed(value: object) -> int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    try:
        text = str(value).strip().replace("−", "-")  # a minus sign may be the typographic one
        return int(text) if text.lstrip("+-").isdigit() else float(text)
    except (TypeError, ValueError):
        return None


def within(value: object, what: Message, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` (typed as text too)."""
    return int(Bounds(low, high, whole=True).check(value, what))


PHONE = re.compile(r"\+?[\d-]{7,20}")


def phone_shape(text: str) -> str:
    """A phone number as written, spaces dropped; ValueError naming it when it is not one."""
    s = text.replace(" ", "")
    if not PHONE.fullmatch(s):
        raise ValueError(Message("“{s}”不是电话号码", s=s))
    return s


def phone(value: str | None) -> str | None:
    """None when left empty."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return phone_shape(value)
    except ValueError as exc:
        raise InputError(exc.args[0]) from None
