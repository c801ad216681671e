"""The numbers the administrator sets for the whole township that have no screen of their own:
when an idle seat locks (SPEC §12.1), how long backups are kept (§12), the county's targets the
dashboard measures against (§10). Each is read where it is used, with its default there."""

from __future__ import annotations

from sqlalchemy.orm import Session

from . import audit
from .accounts import IDLE_MINUTES, IDLE_MINUTES_KEY
from .backup import KEEP_DAYS, KEEP_DAYS_KEY, KEEP_MONTHS, KEEP_MONTHS_KEY
from .dashboard import CLOSURE_TARGET, ON_TIME_TARGET
from .messages import Message
from .settings import Number, store

NUMBERS = (
    Number(IDLE_MINUTES_KEY, IDLE_MINUTES, 1, 240, Message("无操作自动锁定(分钟)")),
    Number(KEEP_DAYS_KEY, KEEP_DAYS, 1, 3650, Message("每日备份保留天数")),
    Number(KEEP_MONTHS_KEY, KEEP_MONTHS, 0, 120, Message("月末备份保留月数")),
    Number(*CLOSURE_TARGET, 1, 100, Message("办结率目标(%)")),
    Number(*ON_TIME_TARGET, 1, 100, Message("按期办结率目标(%)")),
)


def load(session: Session) -> dict[str, int]:
    return {n.key: n.read(session) for n in NUMBERS}


def save(session: Session, typed: dict[str, object]) -> dict[str, int]:
    checked = store(session, NUMBERS, typed)
    audit.note(session, "settings.system", "setting", "system", **{k.replace(".", "_"): v for k, v in checked.items()})
    return load(session)
