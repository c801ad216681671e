"""How likely repeats are found, stored with the data: how far apart an order and the open
incident it may repeat can be, and how alike two texts must be to read as the same complaint."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from .. import audit
from ..entered import within
from ..messages import Message
from ..models import Setting

# field → (setting key, default, lowest, highest, what it is)
KEYS = {
    "days": ("intake.duplicate_days", 7, 1, 30, Message("疑似重复的时间窗(天)")),
    "percent": ("intake.similarity_percent", 70, 30, 100, Message("文字相似度(%)")),
}


@dataclass(frozen=True)
class RepeatSettings:
    days: int = KEYS["days"][1]
    percent: int = KEYS["percent"][1]


def load(session: Session) -> RepeatSettings:
    found = {}
    for field, (key, _default, _low, _high, _what) in KEYS.items():
        stored = session.get(Setting, key)
        if stored is not None:
            found[field] = int(stored.value)
    return RepeatSettings(**found)


def save(session: Session, **typed) -> RepeatSettings:
    """Store what the administrator typed (numbers as text too), each within its range."""
    for field, value in typed.items():
        key, _default, low, high, what = KEYS[field]
        session.merge(Setting(key=key, value=str(within(value, what, low, high))))
    audit.note(session, "intake.repeat_settings", "setting", "intake", **typed)
    return load(session)
