"""Meeting settings kept with the township's data (*default* values of SPEC §5)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..base import clock
from ..base.checks import within
from ..base.errors import InputError
from ..models import Setting
from ..settings.meeting import NUMBERS, START, START_KEY

SECTIONS = {
    1: "上次会议待办回顾", 2: "超期未办结", 3: "提级事项", 4: "红黄预警纠纷",
    5: "多发问题研判", 6: "重点人员走访", 7: "本周数据通报", 8: "其他事项",
}
ACTION_SECTION, KEY_PERSON_SECTION = 1, 6
KINDS = {"weekly": "周例会", "daily": "每日会商", "monthly": "说事日"}


@dataclass(frozen=True)
class MeetingSettings:
    window_days: int = NUMBERS["window_days"].default
    hotspot_threshold: int = NUMBERS["hotspot_threshold"].default
    weekday: int = NUMBERS["weekday"].default
    start: dt.time = START
    length_minutes: int = NUMBERS["length_minutes"].default
    max_items_per_section: int = NUMBERS["max_items_per_section"].default
    group_units_from: int = NUMBERS["group_units_from"].default
    unit_minutes_base: int = NUMBERS["unit_minutes_base"].default
    unit_minutes_each: int = NUMBERS["unit_minutes_each"].default
    unit_minutes_most: int = NUMBERS["unit_minutes_most"].default
    written_minutes: int = NUMBERS["written_minutes"].default

    @classmethod
    def load(cls, session: Session) -> MeetingSettings:
        found = session.get(Setting, START_KEY)
        hh, mm = (found.value if found else START.strftime("%H:%M")).split(":")
        return cls(start=dt.time(int(hh), int(mm)), **{field: n.read(session) for field, n in NUMBERS.items()})

    def checked(self, start: str | None = None, **typed) -> MeetingSettings:
        """These settings with what the administrator typed (numbers as text too; what is not
        given stays), each within what a meeting can be (``settings.meeting.NUMBERS``)."""
        changed: dict = {}
        if start is not None:
            try:
                hh, mm = (int(part) for part in str(start).split(":"))
                changed["start"] = dt.time(hh, mm)
            except ValueError:
                raise InputError("开会时间应为 HH:MM:{start}", start=start) from None
        for field, value in typed.items():
            number = NUMBERS[field]
            changed[field] = within(value, number.what, number.low, number.high)
        return dataclasses.replace(self, **changed)

    def save(self, session: Session) -> None:
        session.merge(Setting(key=START_KEY, value=self.start.strftime("%H:%M")))
        for field, number in NUMBERS.items():
            session.merge(Setting(key=number.key, value=str(getattr(self, field))))

    def next_weekly(self, after: dt.datetime) -> dt.datetime:
        """The next weekly meeting's start after ``after`` (by default Monday 09:00)."""
        day = clock.local(after).date()
        for offset in range(8):
            candidate = clock.at_local(day + dt.timedelta(days=offset), self.start.hour, self.start.minute)
            if candidate.weekday() == self.weekday and candidate > after:
                return candidate
        raise AssertionError("a week always has the weekday")
