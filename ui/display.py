"""How core values look on screen: colours, countdowns, local times."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from gridcommand import clock, deadlines

WARNING_COLOURS = {"red": QColor("#d93025"), "yellow": QColor("#e0a800"), "blue": QColor("#1a73e8")}
LIGHT_COLOURS = {"red": QColor("#c5221f"), "yellow": QColor("#b06000"), "green": QColor("#188038")}


def tr(text: str) -> str:
    return QCoreApplication.translate("display", text)


def local_time(value: dt.datetime | None) -> str:
    return clock.format_local(value)


def duration(delta: dt.timedelta) -> str:
    minutes = int(abs(delta.total_seconds()) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return tr("%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
    return tr("%1 min").replace("%1", str(minutes))


def countdown(warn: dt.datetime | None, deadline: dt.datetime | None, now: dt.datetime
              ) -> tuple[str, str | None]:
    """The deadline cell: text with the time left (or overdue), and its traffic light."""
    if deadline is None:
        return "", None
    left = deadline - now
    light = deadlines.light(warn, deadline, now)
    if deadlines.is_overdue(deadline, now):
        return tr("overdue %1").replace("%1", duration(left)), light
    return tr("%1 left").replace("%1", duration(left)), light
