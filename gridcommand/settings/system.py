"""The numbers the administrator sets for the whole township that have no screen of their own:
when an idle seat locks (SPEC §12.1), how long backups are kept (§12), the county's targets the
dashboard measures against (§10). Each is declared here once and read where it is used."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..base.messages import Message
from .stored import Number

IDLE_MINUTES = Number("security.idle_minutes", 15, 1, 240, Message("无操作自动锁定(分钟)"))
KEEP_DAYS = Number("backup.keep_days", 30, 1, 3650, Message("每日备份保留天数"))
KEEP_MONTHS = Number("backup.keep_months", 12, 0, 120, Message("月末备份保留月数"))
CLOSURE_TARGET = Number("dashboard.closure_target", 95, 1, 100, Message("办结率目标(%)"))
ON_TIME_TARGET = Number("dashboard.on_time_target", 90, 1, 100, Message("按期办结率目标(%)"))

NUMBERS = (IDLE_MINUTES, KEEP_DAYS, KEEP_MONTHS, CLOSURE_TARGET, ON_TIME_TARGET)


def load(session: Session) -> dict[str, int]:
    return {n.key: n.read(session) for n in NUMBERS}
