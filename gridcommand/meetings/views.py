"""A meeting as the screens and the PDFs show it: plain data, personal numbers masked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..base import clock
from ..base.errors import InputError
from ..models import ActionItem, AgendaItem, Incident, Meeting, MeetingAttendee, Staff, Unit
from ..org.township import label as township_label
from .settings import ACTION_SECTION, KEY_PERSON_SECTION, KINDS, SECTIONS


@dataclass(frozen=True)
class ItemView:
    id: int | None
    position: int
    section: int
    title: str
    detail: str
    incident_id: int | None
    incident_code: str | None
    colour: str | None
    due_at: dt.datetime | None
    unit: str | None
    presenter: str
    minutes: int
    outcome: str | None
    outcome_note: str | None
    kind: str = "item"               # "unit": a unit's report; "written": what did not fit
    parent_id: int | None = None     # the slot it is listed beneath (0 in a draft not saved); its minutes are the slot's
    unit_id: int | None = None       # who an outcome is first offered to: the item's unit …
    grid_id: int | None = None       # … and the workers of its incident's grid
    key_person_id: int | None = None
    action_item_id: int | None = None

    @property
    def section_name(self) -> str:
        return SECTIONS[self.section]


@dataclass(frozen=True)
class ActionView:
    id: int
    title: str
    who: str  # the unit and the person answering for it; "" if nobody was named
    due_date: dt.date
    status: str
    done_note: str | None


@dataclass(frozen=True)
class AgendaView:
    meeting_id: int | None
    township: str
    title: str
    kind: str
    starts_at: dt.datetime
    length_minutes: int
    chair: str
    location: str
    locked: bool
    items: list[ItemView]
    attendees: list[tuple[int, str, bool | None]] = field(default_factory=list)
    actions: list[ActionView] = field(default_factory=list)  # decided at this meeting

    @property
    def total_minutes(self) -> int:
        return sum(i.minutes for i in self.items)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    title: str
    starts_at: dt.datetime
    locked: bool


def meetings(session: Session) -> list[MeetingRow]:
    rows = session.execute(select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.locked_at)
                           .order_by(Meeting.starts_at.desc()))
    return [MeetingRow(i, t, s, locked is not None) for i, t, s, locked in rows]


def agenda(session: Session, meeting_id: int) -> AgendaView:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise InputError("会议 {meeting_id} 不存在", meeting_id=meeting_id)
    incident = aliased(Incident)
    rows = session.execute(
        select(AgendaItem, incident.code, incident.colour, incident.step_due_at, Unit.name, incident.grid_id)
        .outerjoin(incident, incident.id == AgendaItem.incident_id)
        .outerjoin(Unit, Unit.id == AgendaItem.unit_id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.section, AgendaItem.position, AgendaItem.id)).all()
    items = [ItemView(a.id, a.position, a.section, a.title, a.detail, a.incident_id, code, colour, due,
                      unit, a.presenter, a.minutes, a.outcome, a.outcome_note, a.kind, a.parent_id,
                      a.unit_id, grid, a.key_person_id, a.action_item_id)
             for a, code, colour, due, unit, grid in rows]
    attendees = session.execute(select(MeetingAttendee.id, MeetingAttendee.name, MeetingAttendee.present)
                                .where(MeetingAttendee.meeting_id == meeting_id)
                                .order_by(MeetingAttendee.id)).all()
    return AgendaView(meeting.id, township_label(session), meeting.title, meeting.kind, meeting.starts_at,
                      meeting.length_minutes, meeting.chair, meeting.location,
                      meeting.locked_at is not None, items, [tuple(a) for a in attendees],
                      actions(session, ActionItem.meeting_id == meeting_id))


def written_by_section(view: AgendaView) -> dict[int, int]:
    """How many items of a section the written report 书面通报 took instead of the meeting: its
    items stand under the report on the agenda; what they concern says which section they are
    of (a key person's visit, last meeting's action item)."""
    written = {item.id for item in view.items if item.kind == "written"}
    counted: dict[int, int] = {}
    for item in view.items:
        if item.parent_id in written:
            section = KEY_PERSON_SECTION if item.key_person_id else ACTION_SECTION if item.action_item_id else None
            if section is not None:
                counted[section] = counted.get(section, 0) + 1
    return counted


def actions(session: Session, *where) -> list[ActionView]:
    rows = session.execute(
        select(ActionItem, Unit.name, Staff.name)
        .outerjoin(Unit, Unit.id == ActionItem.unit_id).outerjoin(Staff, Staff.id == ActionItem.staff_id)
        .where(*where).order_by(ActionItem.due_date, ActionItem.id)).all()
    return [ActionView(a.id, a.title, "、".join(x for x in (unit, person) if x),
                       a.due_date, a.status, a.done_note) for a, unit, person in rows]


def open_actions(session: Session) -> list[ActionView]:
    return actions(session, ActionItem.status == "open")


def draft(session: Session, day: dt.date) -> AgendaView:
    """The agenda proposed for a weekly meeting on ``day``, fitted to its length, not saved."""
    from .fit import plan
    from .settings import MeetingSettings

    settings = MeetingSettings.load(session)
    starts = clock.at_local(day, settings.start.hour, settings.start.minute)
    slots = plan(session, starts).slots
    ids = [d.incident_id for s in slots for d in (s.draft, *s.children) if d.incident_id]
    codes = {i: (c, col, due) for i, c, col, due in session.execute(
        select(Incident.id, Incident.code, Incident.colour, Incident.step_due_at).where(Incident.id.in_(ids)))}
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    items = []
    for slot in slots:
        lines = [(slot.draft, slot.minutes, slot.kind, None)] + [(d, 0, "item", 0) for d in slot.children]
        items += [ItemView(None, len(items), slot.draft.section, d.title, d.detail, d.incident_id,
                           *(codes.get(d.incident_id, (None, None, None))), units.get(d.unit_id), "", minutes,
                           None, None, kind, parent) for d, minutes, kind, parent in lines]
    return AgendaView(None, township_label(session), f"{day:%Y-%m-%d} {KINDS['weekly']}(草案)", "weekly",
                      starts, settings.length_minutes, "", "", False, items)


__all__ = ["AgendaView", "ActionView", "ItemView", "MeetingRow", "actions", "agenda", "draft",
           "meetings", "open_actions", "written_by_section"]
