"""Everything the detail view shows about one incident, as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .enums import Action, PersonColour, Status, UnitRole
from .masking import mask_id, mask_phone
from .models import (Category, Grid, Incident, IncidentEvent, IncidentUnit, KeyPerson, Staff,
                     Unit, User, Village, incident_key_person)


@dataclass(frozen=True)
class EventLine:
    at: dt.datetime
    actor: str
    action: str
    from_status: str | None
    to_status: str
    note: str | None


@dataclass(frozen=True)
class UnitLine:
    name: str
    role: str
    dispatched_at: dt.datetime
    signed_at: dt.datetime | None


@dataclass(frozen=True)
class PersonLine:
    name: str
    colour: str
    id_number: str  # masked


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


def load_detail(session: Session, incident_id: int) -> IncidentDetail | None:
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
               IncidentEvent.from_status, IncidentEvent.to_status, IncidentEvent.note)
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
        units=tuple(UnitLine(n, UnitRole(r).label, d, s) for n, r, d, s in units),
        events=tuple(EventLine(at, who, Action(a).label, Status(f).label if f else None,
                               Status(t).label, note) for at, who, a, f, t, note in events),
        persons=tuple(PersonLine(n, PersonColour(c).label, mask_id(i)) for n, c, i in persons))
