"""What the meeting needs on the projector to decide an agenda item (SPEC §5): for an incident,
its last steps, who has it, its cards and level, how late its open step is and its latest
photo; for a key person, their visits. Plain data, personal numbers masked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import OPEN_STATUSES
from ..base.masking import mask_id
from ..models import AgendaItem, Attachment, KeyPerson, Staff, Visit
from ..workflow.deadlines import is_overdue
from ..workflow.detail import CardLine, EventLine, load_detail

STEPS = 5  # the last steps shown: what happened lately, not the whole history
VISITS = 6
PHOTO_KINDS = ("after", "before")  # the latest photo: what it looks like now, if anyone took it


@dataclass(frozen=True)
class VisitLine:
    at: dt.datetime
    worker: str
    mode: str  # VisitMode value
    note: str | None


@dataclass(frozen=True)
class Brief:
    steps: tuple[EventLine, ...] = ()
    unit: str | None = None
    responsible: str | None = None
    level: str | None = None  # HoldingLevel value
    cards: tuple[CardLine, ...] = ()
    overdue_since: dt.datetime | None = None  # the open step's due time, once passed
    photo: bytes | None = None
    person: tuple[str, str, str] | None = None  # name, PersonColour value, masked ID number
    visits: tuple[VisitLine, ...] = ()


def brief(session: Session, item_id: int, now: dt.datetime | None = None) -> Brief:
    now = now or clock.now()
    item = session.get(AgendaItem, item_id)
    if item is None:
        return Brief()
    if item.incident_id is not None:
        return _incident(session, item.incident_id, now)
    if item.key_person_id is not None:
        return _person(session, item.key_person_id)
    return Brief()


def _incident(session: Session, incident_id: int, now: dt.datetime) -> Brief:
    d = load_detail(session, incident_id, now)
    if d is None:
        return Brief()
    late = d.status in OPEN_STATUSES and d.step_due_at is not None and is_overdue(d.step_due_at, now)
    photo = session.scalar(select(Attachment.data).where(
        Attachment.incident_id == incident_id, Attachment.kind.in_(PHOTO_KINDS),
        Attachment.mime.like("image/%")).order_by(Attachment.id.desc()).limit(1))
    return Brief(d.events[-STEPS:], d.unit, d.responsible, d.level, d.cards,
                 d.step_due_at if late else None, photo)


def _person(session: Session, person_id: int) -> Brief:
    person = session.get(KeyPerson, person_id)
    rows = session.execute(select(Visit.visited_at, Staff.name, Visit.mode, Visit.note)
                           .join(Staff, Staff.id == Visit.staff_id).where(Visit.key_person_id == person_id)
                           .order_by(Visit.visited_at.desc()).limit(VISITS)).all()
    return Brief(person=(person.name, person.colour, mask_id(person.id_number)),
                 visits=tuple(VisitLine(*row) for row in rows))
