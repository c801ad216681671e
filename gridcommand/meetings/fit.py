"""An agenda that fits the meeting (SPEC §5): the builder proposes everything the record asks
about; the meeting has its length. The fitting ranks what must be decided first — red and
serious before yellow and blue, escalated and flagged before the merely overdue, the most
overdue first, key persons by colour — lets a unit with several overdue items answer for them in
one slot (吹哨报到: the items listed beneath it), gives time in that order while it lasts, and
notes the rest in one written report 书面通报 that the meeting takes without discussing. The same
record gives the same agenda."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base.enums import PersonColour, WarningColour
from ..models import Unit
from .builder import Draft, build
from .settings import MeetingSettings

ALWAYS = (1, 7)    # last meeting's actions and the week's figures: every meeting hears them
OVERDUE = 2        # the section whose items a unit reports on together
WRITTEN_SECTION = 7  # the written report is read out with the week's figures
URGENCY = {WarningColour.RED: 0, PersonColour.RED: 0, WarningColour.YELLOW: 1, PersonColour.ORANGE: 1}


@dataclass
class Slot:
    """What the meeting gives time to: an item, a unit's report on its items, or the written
    report of what did not fit (``children``: the items beneath it, each still linked)."""
    kind: str          # "item" | "unit" | "written"
    draft: Draft
    minutes: int
    children: list[Draft] = field(default_factory=list)


@dataclass
class Plan:
    slots: list[Slot]   # in the order of §5's sections, the most pressing first within each
    minutes: int        # planned
    length: int         # the meeting's


GROUPS = {2: 0, 3: 0, 4: 0, 6: 1, 5: 2, 8: 3}  # incidents, then key persons, then frequent problems


def rank(draft: Draft) -> tuple:
    """Smaller first: what the meeting must decide before anything else."""
    if draft.section in ALWAYS:
        return (-1, draft.section)
    urgency = 0 if draft.serious else URGENCY.get(draft.colour, 2)
    return (GROUPS.get(draft.section, 3), urgency, 0 if draft.pressing else 1, -draft.overdue_s, draft.section,
            draft.incident_id or draft.key_person_id or 0, draft.title)


def _is_note(draft: Draft) -> bool:
    """A line that only counts what a section left out ("另有 N 件…"): it goes in writing."""
    return not any((draft.incident_id, draft.key_person_id, draft.action_item_id, draft.grid_id, draft.unit_id))


def plan(session: Session, starts_at: dt.datetime) -> Plan:
    """What the builder proposes for a meeting at ``starts_at``, fitted to its length."""
    settings = MeetingSettings.load(session)
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    return fit(build(session, starts_at, settings), settings, units)


def fit(drafts: list[Draft], settings: MeetingSettings, unit_names: dict[int, str]) -> Plan:
    notes = [d for d in drafts if _is_note(d) and d.section not in ALWAYS]
    drafts = [d for d in drafts if d not in notes]
    by_unit: dict[int, list[Draft]] = {}
    for draft in drafts:
        if draft.section == OVERDUE and draft.unit_id is not None:
            by_unit.setdefault(draft.unit_id, []).append(draft)
    grouped = {unit: items for unit, items in by_unit.items() if len(items) >= settings.group_units_from}
    slots = [Slot("item", d, d.minutes) for d in drafts
             if not (d.section == OVERDUE and d.unit_id in grouped)]
    for unit, items in grouped.items():
        items.sort(key=rank)
        slots.append(_unit_slot(unit_names.get(unit, ""), unit, items, settings))
    slots.sort(key=lambda s: rank(s.children[0] if s.children else s.draft))
    kept, left = _within(slots, settings.length_minutes, settings, unit_names)
    if left or notes:
        kept, left = _within(slots, settings.length_minutes - settings.written_minutes, settings, unit_names)
        written = [d for s in left for d in (s.children or [s.draft])] + notes
        kept.append(Slot("written", Draft(WRITTEN_SECTION, f"书面通报:{len(written)} 项(会议知悉,不作讨论)",
                                          "未排入本次会议讨论的事项,以书面形式通报;可移至下次会议",
                                          minutes=settings.written_minutes), settings.written_minutes, written))
    kept.sort(key=lambda s: (s.draft.section, s.kind == "written", rank(s.children[0] if s.children else s.draft)))
    return Plan(kept, sum(s.minutes for s in kept), settings.length_minutes)


def _unit_minutes(items: int, settings: MeetingSettings) -> int:
    return min(settings.unit_minutes_most, settings.unit_minutes_base + settings.unit_minutes_each * items)


def _unit_slot(name: str, unit: int, items: list[Draft], settings: MeetingSettings, of: int = 0) -> Slot:
    """A unit's report on ``items`` (the first ``len(items)`` of ``of``, when the rest is written)."""
    said = f"{name}报到:超期事项 {len(items)} 件" + (f"(另 {of - len(items)} 件见书面通报)" if of > len(items) else "")
    minutes = _unit_minutes(len(items), settings)
    return Slot("unit", Draft(OVERDUE, said, "吹哨报到:单位逐件说明进展、原因和办结时间", unit_id=unit,
                              minutes=minutes), minutes, items)


def _within(slots: list[Slot], minutes: int, settings: MeetingSettings, unit_names: dict[int, str]
            ) -> tuple[list[Slot], list[Slot]]:
    """Time to each slot in turn while it lasts. A unit's report too long for what is left
    answers for its most pressing items only, the others go in writing; any other slot too long
    goes in writing, and a shorter one after it may still fit."""
    kept, left, used = [], [], 0
    for slot in slots:
        if used + slot.minutes <= minutes:
            kept.append(slot)
            used += slot.minutes
            continue
        fits = (minutes - used - settings.unit_minutes_base) // max(1, settings.unit_minutes_each)
        if slot.kind == "unit" and fits >= 1:
            unit, items = slot.draft.unit_id, slot.children
            first = _unit_slot(unit_names.get(unit, ""), unit, items[:fits], settings, len(items))
            kept.append(first)
            used += first.minutes
            left.append(Slot("unit", slot.draft, 0, items[fits:]))
        else:
            left.append(slot)
    return kept, left
