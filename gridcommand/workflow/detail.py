"""Everything the detail view shows about one incident, as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..access.users import SYSTEM_USERNAME
from ..base import clock
from ..base.masking import mask_id, mask_phone
from ..models import (
    Attachment,
    Category,
    DuplicateFlag,
    Grid,
    Incident,
    IncidentCard,
    IncidentEvent,
    IncidentUnit,
    KeyPerson,
    Staff,
    Unit,
    User,
    Village,
    incident_key_person,
)


@dataclass(frozen=True)
class EventLine:
    """One step of the timeline; the action and states as stored values (the screen words them)."""

    at: dt.datetime
    actor: str
    action: str
    from_status: str | None
    to_status: str
    note: str | None
    by_rules: bool = False  # the system's automatic rules, not a person: the screen says so in its words


@dataclass(frozen=True)
class UnitLine:
    name: str
    role: str  # UnitRole value
    dispatched_at: dt.datetime
    signed_at: dt.datetime | None


@dataclass(frozen=True)
class PersonLine:
    name: str
    colour: str  # PersonColour value
    id_number: str  # masked


@dataclass(frozen=True)
class AttachmentLine:
    id: int
    kind: str
    filename: str
    mime: str


@dataclass(frozen=True)
class CardLine:
    colour: str
    step: str
    issued_at: dt.datetime


@dataclass(frozen=True)
class IncidentDetail:
    id: int
    code: str
    title: str
    description: str
    category: str
    subcategory: str | None
    colour: str
    status: str
    level: str
    village: str
    grid: str
    location: str | None
    source: str
    reporter: str | None
    reporter_phone: str  # masked
    unit: str | None
    responsible: str | None
    reported_at: dt.datetime
    deadline: dt.datetime | None
    result: str | None
    satisfaction: int | None
    serious: bool
    units: tuple[UnitLine, ...]
    events: tuple[EventLine, ...]
    persons: tuple[PersonLine, ...]
    version: int = 1
    step: str | None = None
    step_warn_at: dt.datetime | None = None
    step_due_at: dt.datetime | None = None
    level_raw: str = ""
    flagged: bool = False
    allowed: tuple[str, ...] = ()
    unsigned_unit_ids: tuple[tuple[int, str], ...] = ()
    attachments: tuple[AttachmentLine, ...] = ()
    cards: tuple[CardLine, ...] = ()
    next_event: tuple[dt.datetime, str] | None = None
    pending_extension: tuple[int, float, str] | None = None
    mediation_failures: int = 0
    return_count: int = 0
    rework_count: int = 0
    track: str = ""
    limit_at: dt.datetime | None = None          # the source's own time limit
    where: tuple[int, int, int | None] = (0, 0, None)  # (grid, category, sub-category) ids
    repeat_of: tuple[str, str, float] | None = None  # (original's code, why, text alike) still to decide


def load_detail(session: Session, incident_id: int, now: dt.datetime | None = None,
                viewer: User | None = None) -> IncidentDetail | None:
    """The incident as ``viewer`` sees it: the moves allowed are theirs (a county account's are
    only the county's)."""
    from . import Workflow, next_event, pending
    from .supervision import county_after

    now = now or clock.now()
    incident = session.get(Incident, incident_id)
    if incident is None:
        return None
    grid = session.get(Grid, incident.grid_id)
    village = session.get(Village, grid.village_id)
    category = session.get(Category, incident.category_id)
    sub = session.get(Category, incident.subcategory_id) if incident.subcategory_id else None
    reporter = session.get(Staff, incident.reporter_staff_id) if incident.reporter_staff_id else None
    responsible = (session.get(Staff, incident.responsible_staff_id)
                   if incident.responsible_staff_id else None)
    unit = session.get(Unit, incident.unit_id) if incident.unit_id else None
    events = session.execute(
        select(IncidentEvent.at, User.display_name, IncidentEvent.action,
               IncidentEvent.from_status, IncidentEvent.to_status, IncidentEvent.note,
               User.username == SYSTEM_USERNAME)
        .join(User, User.id == IncidentEvent.actor_id)
        .where(IncidentEvent.incident_id == incident_id)
        .order_by(IncidentEvent.at, IncidentEvent.id)).all()
    units = session.execute(
        select(Unit.name, IncidentUnit.role, IncidentUnit.dispatched_at, IncidentUnit.signed_at)
        .join(Unit, Unit.id == IncidentUnit.unit_id)
        .where(IncidentUnit.incident_id == incident_id)
        .order_by(IncidentUnit.role.desc(), Unit.name)).all()
    persons = session.execute(
        select(KeyPerson.name, KeyPerson.colour, KeyPerson.id_number)
        .join(incident_key_person, incident_key_person.c.key_person_id == KeyPerson.id)
        .where(incident_key_person.c.incident_id == incident_id)).all()
    cards = session.execute(select(IncidentCard.colour, IncidentCard.step, IncidentCard.issued_at,
                                   IncidentCard.step_due_at)
                            .where(IncidentCard.incident_id == incident_id)
                            .order_by(IncidentCard.issued_at)).all()
    known = {(incident_id, step, due, colour) for colour, step, _at, due in cards}
    unsigned = session.execute(
        select(IncidentUnit.unit_id, Unit.name).join(Unit, Unit.id == IncidentUnit.unit_id)
        .where(IncidentUnit.incident_id == incident_id, IncidentUnit.signed_at.is_(None))
        .order_by(IncidentUnit.role.desc(), Unit.name)).all()
    attachments = session.execute(select(Attachment.id, Attachment.kind, Attachment.filename,
                                         Attachment.mime)
                                  .where(Attachment.incident_id == incident_id)
                                  .order_by(Attachment.id)).all()
    extension = pending(session, incident_id)
    repeat = session.execute(select(Incident.code, DuplicateFlag.reason, DuplicateFlag.similarity)
                             .join(DuplicateFlag, DuplicateFlag.original_id == Incident.id)
                             .where(DuplicateFlag.incident_id == incident_id,
                                    DuplicateFlag.decision.is_(None))).first()
    return IncidentDetail(
        id=incident.id, code=incident.code, title=incident.title,
        description=incident.description, category=category.name,
        subcategory=sub.name if sub else None, colour=incident.colour, status=incident.status,
        level=incident.level, village=village.name, grid=f"{grid.code} {grid.name}",
        location=incident.location, source=incident.source,
        reporter=reporter.name if reporter else incident.reporter_name,
        reporter_phone=mask_phone(reporter.phone if reporter else incident.reporter_phone),
        unit=unit.name if unit else None, responsible=responsible.name if responsible else None,
        reported_at=incident.reported_at, deadline=incident.deadline, result=incident.result,
        satisfaction=incident.satisfaction, serious=incident.serious,
        units=tuple(UnitLine(n, r, d, s) for n, r, d, s in units),
        events=tuple(EventLine(*event) for event in events),
        persons=tuple(PersonLine(n, c, mask_id(i)) for n, c, i in persons),
        version=incident.version, step=incident.step, step_warn_at=incident.step_warn_at,
        step_due_at=incident.step_due_at, level_raw=incident.level, flagged=incident.flagged,
        allowed=tuple(a.value for a in Workflow(session, viewer, now).allowed(incident)),
        unsigned_unit_ids=tuple((i, n) for i, n in unsigned),
        attachments=tuple(AttachmentLine(*a) for a in attachments),
        cards=tuple(CardLine(c, s, at) for c, s, at, _due in cards),
        next_event=next_event(incident, known, now, county_after(session)),
        pending_extension=(extension.id, extension.hours, extension.reason) if extension else None,
        mediation_failures=incident.mediation_failures, return_count=incident.return_count,
        rework_count=incident.rework_count, track=incident.track, limit_at=incident.limit_at,
        repeat_of=tuple(repeat) if repeat else None,
        where=(incident.grid_id, incident.category_id, incident.subcategory_id))


def attachment_data(session: Session, attachment_id: int) -> tuple[str, str, bytes] | None:
    row = session.execute(select(Attachment.filename, Attachment.mime, Attachment.data)
                          .where(Attachment.id == attachment_id)).first()
    return tuple(row) if row else None


@dataclass(frozen=True)
class Revealed:
    """An incident's personal numbers unmasked: the caller's phone, the key persons' IDs."""

    code: str
    reporter: str | None
    reporter_phone: str | None
    persons: tuple[tuple[str, str, str | None], ...]  # (name, ID number, phone)


def personal_numbers(session: Session, incident_id: int) -> Revealed | None:
    incident = session.get(Incident, incident_id)
    if incident is None:
        return None
    reporter = session.get(Staff, incident.reporter_staff_id) if incident.reporter_staff_id else None
    persons = session.execute(
        select(KeyPerson.name, KeyPerson.id_number, KeyPerson.phone)
        .join(incident_key_person, incident_key_person.c.key_person_id == KeyPerson.id)
        .where(incident_key_person.c.incident_id == incident_id)).all()
    return Revealed(incident.code, reporter.name if reporter else incident.reporter_name,
                    reporter.phone if reporter else incident.reporter_phone,
                    tuple(tuple(p) for p in persons))
