"""What a review looks at (SPEC §8): the window before the event, and the scope — the event's
grid (or its whole village), its linked key persons with the red and orange persons of those
grids, the incidents of those grids alive in the window, and the units that handled them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..base.enums import PersonColour, Status
from ..models import Grid, Incident, IncidentUnit, KeyPerson, Review, review_key_person

WINDOW_DAYS = 90  # *default*: how far a review looks back from the event


@dataclass(frozen=True)
class Scope:
    start: dt.datetime                  # the window is [start, end)
    end: dt.datetime                    # the event
    grid_ids: frozenset[int]
    linked_person_ids: frozenset[int]
    person_ids: frozenset[int]          # linked, and the red and orange persons of the grids
    incident_ids: tuple[int, ...]       # in id order
    unit_ids: frozenset[int]


def grids_of(session: Session, grid_id: int, whole_village: bool) -> frozenset[int]:
    if not whole_village:
        return frozenset({grid_id})
    village = select(Grid.village_id).where(Grid.id == grid_id).scalar_subquery()
    return frozenset(session.scalars(select(Grid.id).where(Grid.village_id == village)))


def scope_of(session: Session, review: Review) -> Scope:
    end = review.event_at
    start = end - dt.timedelta(days=review.window_days)
    grid_ids = grids_of(session, review.grid_id, review.whole_village)
    linked = frozenset(session.scalars(select(review_key_person.c.key_person_id)
                                       .where(review_key_person.c.review_id == review.id)))
    watched = frozenset(session.scalars(select(KeyPerson.id).where(
        KeyPerson.grid_id.in_(grid_ids), KeyPerson.colour.in_((PersonColour.RED, PersonColour.ORANGE)))))
    incidents = tuple(session.scalars(
        select(Incident.id).where(Incident.grid_id.in_(grid_ids), Incident.reported_at < end,
                                  Incident.status != Status.CANCELLED,
                                  or_(Incident.closed_at.is_(None), Incident.closed_at >= start),
                                  Incident.id != (review.incident_id or 0))
        .order_by(Incident.id)))
    units = frozenset()
    for chunk in range(0, len(incidents), 500):
        units |= frozenset(session.scalars(select(IncidentUnit.unit_id).distinct().where(
            IncidentUnit.incident_id.in_(incidents[chunk:chunk + 500]))))
        units |= frozenset(u for u in session.scalars(select(Incident.unit_id).distinct().where(
            Incident.id.in_(incidents[chunk:chunk + 500]))) if u is not None)
    return Scope(start, end, grid_ids, linked, linked | watched, incidents, units)
