"""What an administrator typed into a form, checked the same way everywhere: a required text of
a bounded length, a count that is a whole number not below 0, a whole number within a range,
a phone number."""

from __future__ import annotations

from .errors import InputError
from .imports.fields import phone as checked_phone
from .messages import Message


def text(value: str | None, what: Message, most: int) -> str:
    value = (value or "").strip()
    if not value:
        raise InputError("{what}不能为空", what=what)
    if len(value) > most:
        raise InputError("{what}不能超过 {n} 个字", what=what, n=most)
    return value


def count(value, what: Message) -> int | None:
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


def within(value, what: Message, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` (typed as text too)."""
    try:
        number = int(str(value).strip())
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        raise InputError("{what}应为 {low} 到 {high} 之间的整数:{value}", what=what, low=low, high=high,
                         value=value)
    return number


def phone(value: str | None) -> str | None:
    """None when left empty."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return checked_phone(value)
    except ValueError as exc:
        raise InputError(exc.args[0]) from None
