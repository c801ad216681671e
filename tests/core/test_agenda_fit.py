"""The agenda fitted to the meeting on a hand-built week: what must be decided first, a unit's
overdue items in one slot, what does not fit in the written report, the minutes within the
meeting's — and the same agenda every time."""

import dataclasses

from gridcommand.meetings.builder import Draft
from gridcommand.meetings.fit import fit, rank
from gridcommand.meetings.settings import MeetingSettings

DAY = 86_400
UNITS = {1: "住建办", 2: "派出所"}


def incident(n, section=2, colour="blue", overdue_days=0.0, unit=None, pressing=False, serious=False):
    return Draft(section, f"事件{n}", incident_id=n, unit_id=unit, colour=colour, pressing=pressing,
                 serious=serious, overdue_s=overdue_days * DAY, minutes=5)


def person(n, colour):
    return Draft(6, f"人员{n}", key_person_id=n, grid_id=1, colour=colour, minutes=3)


WEEK = [
    Draft(1, "待办:上次会议", action_item_id=1, minutes=3),
    incident(1, overdue_days=9, unit=1), incident(2, overdue_days=2, unit=1), incident(3, overdue_days=5, unit=1),
    incident(4, colour="red", overdue_days=1, unit=2),
    incident(5, section=3, pressing=True),
    incident(6, section=4, colour="yellow"),
    incident(7, section=3, serious=True),
    person(8, "orange"), person(9, "red"),
    Draft(7, "本周数据", minutes=10),
]


def test_what_must_be_decided_first():
    ordered = sorted([d for d in WEEK if d.section not in (1, 7)], key=rank)
    assert [d.title for d in ordered] == ["事件4", "事件7", "事件6", "事件5", "事件1", "事件3", "事件2", "人员9",
                                          "人员8"]


def test_a_unit_answers_for_its_overdue_items_in_one_slot():
    plan = fit(WEEK, MeetingSettings(length_minutes=90), UNITS)
    unit = next(s for s in plan.slots if s.kind == "unit")
    assert unit.draft.title == "住建办报到:超期事项 3 件" and unit.minutes == 3 + 1 * 3
    assert [d.title for d in unit.children] == ["事件1", "事件3", "事件2"]  # most overdue first
    assert not any(s.kind == "written" for s in plan.slots)  # everything fits: nothing in writing
    assert "事件4" in [s.draft.title for s in plan.slots]  # a unit with one item stays an item
    assert plan.minutes == 3 + 6 + 5 * 4 + 3 * 2 + 10 <= plan.length


def test_what_does_not_fit_goes_in_the_written_report():
    settings = MeetingSettings(length_minutes=30, written_minutes=3)
    plan = fit(WEEK, settings, UNITS)
    kinds = [(s.kind, s.draft.section) for s in plan.slots]
    assert plan.minutes <= 30 and kinds[-1] == ("written", 7)
    talked = [s.draft.title for s in plan.slots if s.kind == "item"]
    assert talked == ["待办:上次会议", "事件4", "事件7", "本周数据"]  # 3 + 5 + 5 + 10 = 23
    unit = next(s for s in plan.slots if s.kind == "unit")  # the 4 minutes left: its most overdue item
    assert [d.title for d in unit.children] == ["事件1"] and plan.minutes == 23 + 4 + 3
    assert unit.draft.title == "住建办报到:超期事项 1 件(另 2 件见书面通报)"
    written = plan.slots[-1]
    assert [d.title for d in written.children] == ["事件6", "事件5", "事件3", "事件2", "人员9", "人员8"]
    assert written.draft.title.startswith("书面通报:6 项")


def test_the_same_week_gives_the_same_agenda():
    settings = MeetingSettings(length_minutes=40)
    first = fit([dataclasses.replace(d) for d in WEEK], settings, UNITS)
    again = fit([dataclasses.replace(d) for d in reversed(WEEK)], settings, UNITS)
    shape = [(s.kind, s.draft.title, s.minutes, [c.title for c in s.children]) for s in first.slots]
    assert shape == [(s.kind, s.draft.title, s.minutes, [c.title for c in s.children]) for s in again.slots]
