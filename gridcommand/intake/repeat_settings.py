"""How likely repeats are found, stored with the data: how far apart an order and the open
incident it may repeat can be, and how alike two texts must be to read as the same complaint."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..record import audit
from ..settings.intake import DAYS, PERCENT
from ..settings.stored import store


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
