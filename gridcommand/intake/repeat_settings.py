"""How likely repeats are found, stored with the data: how far apart an order and the open
incident it may repeat can be, and how alike two texts must be to read as the same complaint."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..base.messages import Message
from ..record import audit
from ..settings.stored import Number, store

DAYS = Number("intake.duplicate_days", 7, 1, 30, Message("疑似重复的时间窗(天)"))
PERCENT = Number("intake.similarity_percent", 70, 30, 100, Message("文字相似度(%)"))


@dataclass(frozen=True)
class RepeatSettings:
    days: int = DAYS.default
    percent: int = PERCENT.default


def load(session: Session) -> RepeatSettings:
    return RepeatSettings(DAYS.read(session), PERCENT.read(session))


def save(session: Session, days: object | None = None, percent: object | None = None) -> RepeatSettings:
    """Store what the administrator typed (numbers as text too), each within its range."""
    typed = {n.key: value for n, value in ((DAYS, days), (PERCENT, percent)) if value is not None}
    audit.note(session, "intake.repeat_settings", "setting", "intake", **{
        k.split(".")[1]: v for k, v in store(session, (DAYS, PERCENT), typed).items()})
    return load(session)
