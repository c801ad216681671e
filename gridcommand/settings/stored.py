"""Settings stored with the data (table ``setting``): key → text, read with their default; and
the whole numbers an administrator sets, each checked against its range before it is stored."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..base.checks import within
from ..base.messages import Message
from ..models import Setting


def number(session: Session, key: str, default: int) -> int:
    found = session.get(Setting, key)
    return int(found.value) if found is not None else default


@dataclass(frozen=True)
class Number:
    """A whole-number setting: its key, default and range, and what the screen calls it."""

    key: str
    default: int
    low: int
    high: int
    what: Message

    def read(self, session: Session) -> int:
        return number(session, self.key, self.default)


def store(session: Session, numbers: tuple[Number, ...], typed: dict[str, object]) -> dict[str, int]:
    """What the administrator typed (numbers as text too) for ``numbers`` by key, each within
    its range — refused at the first that is not, nothing stored — then stored."""
    known = {n.key: n for n in numbers}
    checked = {key: within(value, known[key].what, known[key].low, known[key].high)
               for key, value in typed.items() if key in known}
    for key, value in checked.items():
        session.merge(Setting(key=key, value=str(value)))
    return checked
