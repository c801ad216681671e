"""Key persons linked to an incident after it was reported (SPEC §8): the fire was reported
before anyone knew who rented the house; once the tenant is known they are linked, on the
incident's timeline, and a review of the event takes them into its scope."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base.enums import Action, PersonColour
from ..base.errors import InputError
from ..base.masking import mask_id
from ..base.messages import Message
from ..models import Incident, KeyPerson, incident_key_person
from .moves import Workflow, _text

NEARBY_SHOWN = 300


@dataclass(frozen=True)
class Nearby:
    """A key person of the incident's grid, as a chooser lists them (ID masked)."""

    id: int
    label: str


def link_person(workflow: Workflow, incident_id: int, key_person_id: int, note: str = "",
                version: int | None = None):
    incident = workflow._load(incident_id, Action.LINK_PERSON, version)
    person = workflow.session.get(KeyPerson, key_person_id)
    if person is None:
        raise InputError("重点人员 {person_id} 不存在", person_id=key_person_id)
    if workflow.session.scalar(select(incident_key_person.c.key_person_id).where(
            incident_key_person.c.incident_id == incident.id, incident_key_person.c.key_person_id == person.id)):
        raise InputError("重点人员 {name} 已关联事件 {code}", name=person.name, code=incident.code)
    note = _text(note, Message("备注"), required=False, limit=200)
    workflow.session.execute(incident_key_person.insert().values(incident_id=incident.id, key_person_id=person.id))
    workflow._record(incident, Action.LINK_PERSON, None,
                     f"关联重点人员 {person.name}({mask_id(person.id_number)})" + (f":{note}" if note else ""))
    return workflow._done(incident)


def nearby(session: Session, incident_id: int) -> list[Nearby]:
    """The key persons of the incident's grid not linked to it yet, by name."""
    grid = select(Incident.grid_id).where(Incident.id == incident_id).scalar_subquery()
    linked = select(incident_key_person.c.key_person_id).where(incident_key_person.c.incident_id == incident_id)
    rows = session.execute(select(KeyPerson.id, KeyPerson.name, KeyPerson.id_number, KeyPerson.colour)
                           .where(KeyPerson.grid_id == grid, KeyPerson.id.not_in(linked))
                           .order_by(KeyPerson.name, KeyPerson.id).limit(NEARBY_SHOWN)).all()
    return [Nearby(i, f"{name}({mask_id(number)},{PersonColour.label_of(colour)})") for i, name, number, colour in rows]
