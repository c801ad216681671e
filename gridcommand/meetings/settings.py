"""Meeting settings kept with the township's data (*default* values of SPEC §5)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.checks import within
from ..base.errors import InputError
from ..base.messages import Message
from ..models import Setting

SECTIONS = {
    1: "上次会议待办回顾", 2: "超期未办结", 3: "提级事项", 4: "红黄预警纠纷",
    5: "多发问题研判", 6: "重点人员走访", 7: "本周数据通报", 8: "其他事项",
}
ACTION_SECTION, KEY_PERSON_SECTION = 1, 6
KINDS = {"weekly": "周例会", "daily": "每日会商", "monthly": "说事日"}
FITTING = ("group_units_from", "unit_minutes_base", "unit_minutes_each", "unit_minutes_most", "written_minutes")
# What each number may be, and what it is called when it is not.
LIMITS = {
    "weekday": (0, 6, Message("星期")), "length_minutes": (15, 480, Message("会议时长(分钟)")),
    "window_days": (1, 31, Message("统计天数")), "hotspot_threshold": (2, 100, Message("多发问题的件数")),
    "max_items_per_section": (5, 500, Message("每节最多列出的事项")),
    "group_units_from": (1, 50, Message("单位合并报到的最少超期事项")),
    "unit_minutes_base": (0, 60, Message("单位报到的基本时长(分钟)")),
    "unit_minutes_each": (0, 30, Message("单位报到每项加时(分钟)")),
    "unit_minutes_most": (1, 120, Message("单位报到的最长时长(分钟)")),
    "written_minutes": (0, 30, Message("书面通报的时长(分钟)")),
}


@dataclass(frozen=True)
class MeetingSettings:
    window_days: int = 7
    hotspot_threshold: int = 3
    weekday: int = 0  # Monday
    start: dt.time = dt.time(9, 0)
    length_minutes: int = 90
    # Sections 2, 3 and 6 list at most this many items; the rest are counted in one line.
    max_items_per_section: int = 30
    # Fitting the agenda to the meeting (``fit``): a unit with this many overdue items reports on
    # them in one slot of base + each × items minutes (at most ``unit_minutes_most``); what does
    # not fit is noted in one written report 书面通报 of ``written_minutes``.
    group_units_from: int = 2
    unit_minutes_base: int = 3
    unit_minutes_each: int = 1
    unit_minutes_most: int = 10
    written_minutes: int = 3

    @classmethod
    def load(cls, session: Session) -> MeetingSettings:
        stored = dict(session.execute(select(Setting.key, Setting.value).where(Setting.key.like("meeting.%"))).all())
        default = cls()
        hh, mm = stored.get("meeting.start", default.start.strftime("%H:%M")).split(":")
        fitting = {key: int(stored.get(f"meeting.{key}", getattr(default, key))) for key in FITTING}
        return cls(window_days=int(stored.get("meeting.window_days", default.window_days)),
                   hotspot_threshold=int(stored.get("meeting.hotspot_threshold", default.hotspot_threshold)),
                   weekday=int(stored.get("meeting.weekday", default.weekday)),
                   start=dt.time(int(hh), int(mm)),
                   length_minutes=int(stored.get("meeting.length_minutes", default.length_minutes)),
                   max_items_per_section=int(stored.get("meeting.max_items", default.max_items_per_section)),
                   **fitting)

    def checked(self, start: str | None = None, **typed) -> MeetingSettings:
        """These settings with what the administrator typed (numbers as text too; what is not
        given stays), each within what a meeting can be (``LIMITS``)."""
        changed: dict = {}
        if start is not None:
            try:
                hh, mm = (int(part) for part in str(start).split(":"))
                changed["start"] = dt.time(hh, mm)
            except ValueError:
                raise InputError("开会时间应为 HH:MM:{start}", start=start) from None
        for key, value in typed.items():
            low, high, what = LIMITS[key]
            changed[key] = within(value, what, low, high)
        return dataclasses.replace(self, **changed)

    def save(self, session: Session) -> None:
        for key, value in (("window_days", self.window_days), ("hotspot_threshold", self.hotspot_threshold),
                           ("weekday", self.weekday), ("start", self.start.strftime("%H:%M")),
                           ("length_minutes", self.length_minutes),
                           ("max_items", self.max_items_per_section),
                           *((key, getattr(self, key)) for key in FITTING)):
            session.merge(Setting(key=f"meeting.{key}", value=str(value)))

    def next_weekly(self, after: dt.datetime) -> dt.datetime:
        """The next weekly meeting's start after ``after`` (by default Monday 09:00)."""
        day = clock.local(after).date()
        for offset in range(8):
            candidate = clock.at_local(day + dt.timedelta(days=offset), self.start.hour, self.start.minute)
            if candidate.weekday() == self.weekday and candidate > after:
                return candidate
        raise AssertionError("a week always has the weekday")
