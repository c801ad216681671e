"""The weekly meeting's numbers (SPEC §5), declared once — key, *default*, range, name — by the
field of ``meetings.settings.MeetingSettings`` that holds each; its start time (HH:MM) is kept
beside them. The administrator's dialog is built from these."""

from __future__ import annotations

import datetime as dt

from ..base.messages import Message
from .stored import Number

START_KEY, START = "meeting.start", dt.time(9, 0)

NUMBERS: dict[str, Number] = {
    "weekday": Number("meeting.weekday", 0, 0, 6, Message("星期")),  # 0: Monday
    "length_minutes": Number("meeting.length_minutes", 90, 15, 480, Message("会议时长(分钟)")),
    "window_days": Number("meeting.window_days", 7, 1, 31, Message("统计天数")),
    "hotspot_threshold": Number("meeting.hotspot_threshold", 3, 2, 100, Message("多发问题的件数")),
    # Sections 2, 3 and 6 list at most this many items; the rest are counted in one line.
    "max_items_per_section": Number("meeting.max_items", 30, 5, 500, Message("每节最多列出的事项")),
    # Fitting the agenda to the meeting (``meetings.fit``): a unit with this many overdue items
    # reports on them in one slot of base + each × items minutes (at most ``unit_minutes_most``);
    # what does not fit is noted in one written report 书面通报 of ``written_minutes``.
    "group_units_from": Number("meeting.group_units_from", 2, 1, 50, Message("单位合并报到的最少超期事项")),
    "unit_minutes_base": Number("meeting.unit_minutes_base", 3, 0, 60, Message("单位报到的基本时长(分钟)")),
    "unit_minutes_each": Number("meeting.unit_minutes_each", 1, 0, 30, Message("单位报到每项加时(分钟)")),
    "unit_minutes_most": Number("meeting.unit_minutes_most", 10, 1, 120, Message("单位报到的最长时长(分钟)")),
    "written_minutes": Number("meeting.written_minutes", 3, 0, 30, Message("书面通报的时长(分钟)")),
}
