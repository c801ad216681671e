"""What the core says to a user, kept as a Chinese template and its values rather than as
finished text, so that each screen can say it in its own language.

``str(message)`` is the Chinese sentence (the command line, documents, the record). The screen
looks the template up (``ui/messages.py``) and fills in the same values: a value that is itself a
``Message``, a labelled enum member or a list of them is worded in the screen's language too;
numbers keep the template's format (``{points:g}``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .enums import Labelled

LIST_SEPARATOR = "、"


class Message:
    """One sentence: a template (``"事件 {code} 不存在"``) and the values it names."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: Any):
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return fill(self.template, self.values, chinese)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash(self.template)


class Several(Message):
    """Several sentences said at once: every problem of a form."""

    __slots__ = ()

    def __init__(self, parts: list[Message]):
        super().__init__("", parts=list(parts))

    def __str__(self) -> str:
        return ";".join(str(p) for p in self.values["parts"])


def fill(template: str, values: dict[str, Any], word: Callable[[Any], str]) -> str:
    """``template`` with each value worded by ``word`` (numbers left to the template's format).
    A template without values is taken as it is, braces and all."""
    if not values:
        return template
    return template.format(**{k: word(v) for k, v in values.items()})


def chinese(value: Any) -> Any:
    if isinstance(value, Message):
        return str(value)
    if isinstance(value, Labelled):
        return value.label
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(chinese(v)) for v in value)
    return value


def said(exc: BaseException) -> Message | str:
    """What an exception says: its ``Message`` when it carries one, else its text."""
    found = getattr(exc, "message", None) or (exc.args[0] if exc.args else None)
    return found if isinstance(found, Message) else str(exc)
