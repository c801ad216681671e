"""How core values look on screen: colours, countdowns, local times."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from gridcommand.base import clock
from gridcommand.base.enums import Track
from gridcommand.ops.incidents import rule_notes
from gridcommand.ops.queue import is_overdue, light

from .labels import deadline_step, label

WARNING_COLOURS = {"red": QColor("#d93025"), "yellow": QColor("#e0a800"), "blue": QColor("#1a73e8")}
PERSON_COLOURS = {"green": "#188038", "blue": "#1a73e8", "orange": "#e37400", "red": "#d93025"}
LIGHT_COLOURS = {"red": QColor("#c5221f"), "yellow": QColor("#b06000"), "green": QColor("#188038")}


def satisfaction(score: int) -> str:
    """A resident's rating of 1–5 as the verification form and the detail show it."""
    words = {5: QCoreApplication.translate("display", "very satisfied"),
             4: QCoreApplication.translate("display", "satisfied"),
             3: QCoreApplication.translate("display", "neutral"),
             2: QCoreApplication.translate("display", "dissatisfied"),
             1: QCoreApplication.translate("display", "very dissatisfied")}
    return f"{score} {words[score]}" if score in words else str(score)


def track(value: str | None, centre: bool = False) -> str:
    """A track 三类分流 (SPEC §3.2); ``centre``: with the centre that handles it."""
    centres = {"general": QCoreApplication.translate("display", "consultation centre"),
               "safety": QCoreApplication.translate("display", "police-grid centre"),
               "complex": QCoreApplication.translate("display", "mediation centre")}
    name = label(Track, value)
    if not centre or value not in centres:
        return name
    return aside(name, centres[value])


def aside(text: str, note: str) -> str:
    """``text`` with ``note`` in brackets, as each language writes it: "Reported (overdue 28 min)",
    "上报(超期 28 分钟)"."""
    return QCoreApplication.translate("display", "%1 (%2)").replace("%1", text).replace("%2", note)


def rule_note(note: str | None) -> str:
    """A timeline note in the UI's language when an automatic rule wrote it (the record keeps the
    Chinese sentence); a person's note as they wrote it."""
    found = rule_notes.read(note)
    if found is None:
        return note or ""
    template, keys = found
    translate = QCoreApplication.translate
    words = {"card": {"yellow": translate("RuleNote", "Yellow card"), "red": translate("RuleNote", "Red card")},
             "step": {key: deadline_step(key) for key in rule_notes.STEP_LABELS},
             "reason": {"returned": translate("RuleNote", "returned twice"),
                        "reworked": translate("RuleNote", "reworked twice"),
                        "either": translate("RuleNote", "returned or reworked twice")}}
    sentence = {
        rule_notes.CARD: translate("RuleNote", "{card}: {step} overdue"),
        rule_notes.ESCALATION: translate("RuleNote", "{step} overdue by more than 24 hours: escalated to the "
                                                     "township automatically"),
        rule_notes.COUNTY_ESCALATION: translate("RuleNote", "{step} overdue by more than {hours} hours: escalated "
                                                            "to the county automatically"),
        rule_notes.FLAG: translate("RuleNote", "{reason}: put on the next weekly meeting")}[template]
    return sentence.format(**{name: key if name == "hours" else words[name][key] for name, key in keys.items()})


def local_time(value: dt.datetime | None) -> str:
    return clock.format_local(value)


def duration(delta: dt.timedelta) -> str:
    minutes = int(abs(delta.total_seconds()) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        text = QCoreApplication.translate("display", "%1 d %2 h")
        return text.replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        text = QCoreApplication.translate("display", "%1 h %2 min")
        return text.replace("%1", str(hours)).replace("%2", str(minutes))
    return QCoreApplication.translate("display", "%1 min").replace("%1", str(minutes))


def countdown(warn: dt.datetime | None, deadline: dt.datetime | None, now: dt.datetime
              ) -> tuple[str, str | None]:
    """The deadline cell: text with the time left (or overdue), and its traffic light."""
    if deadline is None:
        return "", None
    left = deadline - now
    shade = light(warn, deadline, now)
    if is_overdue(deadline, now):
        return QCoreApplication.translate("display", "overdue %1").replace("%1", duration(left)), shade
    return QCoreApplication.translate("display", "%1 left").replace("%1", duration(left)), shade
