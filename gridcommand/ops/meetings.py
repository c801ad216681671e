"""Meeting operations (SPEC §5): the chair's work on a meeting, its agenda, attendance, minutes
and action items, each one unit of work that names the meeting it changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..access.permissions import Can
from ..base.changes import Area, Changes
from ..base.errors import InputError
from ..meetings import service, views
from ..meetings.brief import Brief, brief as brief_of
from ..meetings.service import OUTCOMES as OUTCOMES
from ..meetings.settings import KINDS as KINDS, MeetingSettings as MeetingSettings
from ..meetings.views import ActionView, AgendaView, ItemView as ItemView, MeetingRow
from ..models import AgendaItem, MeetingAttendee, User
from ..record import audit
from ..store.database import Database
from .actor import Actor
from .unit_of_work import Result, look, perform

T = TypeVar("T")


def _changed(meeting_id: int | None, *areas: Area, **ids: Iterable[Any]) -> Changes:
    return Changes.of(*areas, meetings={meeting_id} if meeting_id else set(), **ids)


def _item_meeting(session: Session, item_id: int) -> int | None:
    meeting_id = session.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
    if meeting_id is None and session.get(AgendaItem, item_id) is None:
        raise InputError("议程事项 {item_id} 不存在", item_id=item_id)
    return meeting_id


def _on_meeting(db: Database, actor: Actor, meeting_id: int, fn: Callable[[Session, User], T], action: str,
                **said: Any) -> Result[T]:
    """``fn(session, user)`` on one meeting; the value is what it returned."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        value = fn(session, user)
        audit.note(session, action, "meeting", meeting_id, **said)
        return value, _changed(meeting_id)
    return perform(db, actor, work, needs=Can.RUN_MEETINGS)


def _on_item(db: Database, actor: Actor, item_id: int, fn: Callable[[Session, User], T], action: str,
             **said: Any) -> Result[T]:
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        meeting_id = _item_meeting(session, item_id)
        value = fn(session, user)
        audit.note(session, action, "agenda_item", item_id, meeting=meeting_id, **said)
        return value, _changed(meeting_id)
    return perform(db, actor, work, needs=Can.RUN_MEETINGS)


def create(db: Database, actor: Actor, starts_at: dt.datetime | None = None, kind: str = "weekly",
           chair: str = "", location: str = "", length_minutes: int | None = None,
           build: bool = True) -> Result[int]:
    """A new meeting with its agenda built from the record; the value is its id."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        meeting = service.create_meeting(session, user, starts_at, kind, chair, length_minutes,
                                         location)
        items = service.build_agenda(session, meeting.id) if build else 0
        audit.note(session, "meeting.create", "meeting", meeting.id, title=meeting.title, items=items)
        return meeting.id, _changed(meeting.id)
    return perform(db, actor, work, needs=Can.RUN_MEETINGS)


def build_agenda(db: Database, actor: Actor, meeting_id: int) -> Result[int]:
    return _on_meeting(db, actor, meeting_id, lambda s, _u: service.build_agenda(s, meeting_id),
                       "meeting.build_agenda")


def lock(db: Database, actor: Actor, meeting_id: int) -> Result[None]:
    return _on_meeting(db, actor, meeting_id, lambda s, u: service.lock(s, meeting_id, u), "meeting.lock")


def add_item(db: Database, actor: Actor, meeting_id: int, title: str, detail: str = "", minutes: int | str = 5,
             presenter: str = "", unit_id: int | None = None) -> Result[int]:
    return _on_meeting(db, actor, meeting_id, lambda s, _u: service.add_item(
        s, meeting_id, title, detail, minutes, presenter, unit_id).id, "agenda.add", title=title)


def update_item(db: Database, actor: Actor, item_id: int, presenter: str | None = None,
                minutes: int | str | None = None) -> Result[None]:
    return _on_item(db, actor, item_id, lambda s, _u: service.update_item(
        s, item_id, presenter=presenter, minutes=minutes), "agenda.edit", presenter=presenter,
        minutes=minutes)


def move_item(db: Database, actor: Actor, item_id: int, to_position: int) -> Result[None]:
    return _on_item(db, actor, item_id, lambda s, _u: service.move_item(s, item_id, to_position),
                    "agenda.move", position=to_position)


def drop_item(db: Database, actor: Actor, item_id: int) -> Result[None]:
    return _on_item(db, actor, item_id, lambda s, _u: service.drop_item(s, item_id), "agenda.drop")


def to_backlog(db: Database, actor: Actor, item_id: int) -> Result[None]:
    return _on_item(db, actor, item_id, lambda s, _u: service.to_backlog(s, item_id), "agenda.backlog")


def add_attendee(db: Database, actor: Actor, meeting_id: int, staff_id: int) -> Result[int]:
    return _on_meeting(db, actor, meeting_id,
                       lambda s, _u: service.add_attendee(s, meeting_id, staff_id).id,
                       "meeting.expect", staff=staff_id)


def set_present(db: Database, actor: Actor, attendee_id: int, present: bool) -> Result[None]:
    def work(session: Session, _user: User) -> tuple[Any, Changes]:
        meeting_id = session.scalar(select(MeetingAttendee.meeting_id)
                                    .where(MeetingAttendee.id == attendee_id))
        service.set_present(session, attendee_id, present)
        audit.note(session, "meeting.attendance", "meeting", meeting_id, attendee=attendee_id,
                   present=present)
        return None, _changed(meeting_id)
    return perform(db, actor, work, needs=Can.RUN_MEETINGS)


def record_outcome(db: Database, actor: Actor, item_id: int, outcome: str, note: str = "",
                   unit_id: int | None = None, staff_id: int | None = None,
                   due_date: dt.date | None = None) -> Result[None]:
    """The minutes of one item; a decision becomes an action item, a dispatch moves the
    linked incident (both named in what changed)."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        meeting_id = _item_meeting(session, item_id)
        moved = service.record_outcome(session, user, item_id, outcome, note, unit_id, staff_id,
                                       due_date)
        audit.note(session, "agenda.outcome", "agenda_item", item_id, meeting=meeting_id,
                   outcome=outcome, note=note, unit=unit_id, staff=staff_id, due=due_date)
        areas = (Area.ACTION_ITEMS,) if outcome == "decision" else ()
        return None, _changed(meeting_id, *areas) | moved
    return perform(db, actor, work, needs=Can.RUN_MEETINGS)


def complete_action(db: Database, actor: Actor, action_id: int, note: str) -> Result[None]:
    def work(session: Session, _user: User) -> tuple[Any, Changes]:
        service.complete_action(session, action_id, note)
        audit.note(session, "action_item.done", "action_item", action_id, note=note)
        return None, Changes.of(Area.ACTION_ITEMS)
    return perform(db, actor, work, needs=Can.RUN_MEETINGS)


# -- reading --------------------------------------------------------------------------------------

def meetings(db: Database, actor: Actor) -> list[MeetingRow]:
    """The meetings, newest first."""
    return look(db, actor, views.meetings, needs=Can.VIEW_MEETINGS)


def agenda(db: Database, actor: Actor, meeting_id: int) -> AgendaView:
    return look(db, actor, views.agenda, meeting_id, needs=Can.VIEW_MEETINGS)


def draft(db: Database, actor: Actor, day: dt.date) -> AgendaView:
    """The agenda a meeting on ``day`` would have, built now and stored nowhere."""
    return look(db, actor, views.draft, day, needs=Can.VIEW_MEETINGS)


def open_actions(db: Database, actor: Actor) -> list[ActionView]:
    """The action items of every meeting not yet done."""
    return look(db, actor, views.open_actions, needs=Can.VIEW_MEETINGS)


def brief(db: Database, actor: Actor, item_id: int) -> Brief:
    """What the projector shows of an agenda item: its incident's story, in short."""
    return look(db, actor, brief_of, item_id, needs=Can.VIEW_MEETINGS)
