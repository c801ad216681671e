"""What belongs on a unit's notice: the items the unit holds (dispatched to it, signed in or
not) whose own open step is overdue now, or that carry a card given to that unit. An item
overdue at another unit, a card given to another unit, or an item waiting for the command
room's own step (acceptance, verification) is not the unit's to answer for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...base import clock
from ...base.enums import Status
from ...models import Incident, IncidentCard, Unit
from ..deadlines import is_overdue, overdue_clause

ANSWER_DAYS = ("notice.answer_days", 3)  # the unit answers within this many days of the notice
UNITS_STEPS = (Status.DISPATCHED, Status.IN_PROGRESS)  # signing in and resolving: the unit's own steps
CHUNK = 500


@dataclass(frozen=True)
class NoticeItem:
    incident_id: int
    code: str
    title: str
    status: str
    deadline: dt.datetime | None  # the open step's due time
    late: dt.timedelta | None     # how late the open step is; None: not overdue (carded)
    yellow_cards: int             # cards given to the notice's unit on this item
    red_cards: int

    @property
    def carded(self) -> bool:
        return bool(self.yellow_cards or self.red_cards)


@dataclass(frozen=True)
class Planned:
    """A notice as it would be issued: the unit and its items, most overdue first."""

    unit_id: int
    unit: str
    items: list[NoticeItem]


def _carded_by_holder():
    """SQL: the incident carries a card given to the unit now holding it."""
    return select(IncidentCard.id).where(IncidentCard.incident_id == Incident.id,
                                         IncidentCard.unit_id == Incident.unit_id).exists()


def answerable(now: dt.datetime):
    """SQL: the incident's lead unit must answer for it at ``now`` (the one rule of this module)."""
    return (Incident.status.in_(UNITS_STEPS) & Incident.unit_id.is_not(None)
            & (overdue_clause(now) | _carded_by_holder()))


def due_units(session: Session, now: dt.datetime | None = None) -> list[int]:
    """Units with items to answer for: those a notice is for."""
    now = now or clock.now()
    return sorted(session.scalars(select(Incident.unit_id).distinct().where(answerable(now))))


def units_of(session: Session, incident_ids: Iterable[int]) -> list[int]:
    """The units leading these incidents (a notice for each, from the queue's selection)."""
    ids = sorted(set(incident_ids))
    found: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        found.update(session.scalars(select(Incident.unit_id).where(
            Incident.id.in_(ids[start:start + CHUNK]), Incident.unit_id.is_not(None))))
    return sorted(found)


def _cards(session: Session, held: dict[int, int]) -> dict[tuple[int, str], int]:
    """(incident, colour) → cards given to the unit holding it (``held``: incident → unit)."""
    ids = sorted(held)
    out: dict[tuple[int, str], int] = {}
    for start in range(0, len(ids), CHUNK):
        for incident_id, unit_id, colour, n in session.execute(
                select(IncidentCard.incident_id, IncidentCard.unit_id, IncidentCard.colour, func.count())
                .where(IncidentCard.incident_id.in_(ids[start:start + CHUNK]))
                .group_by(IncidentCard.incident_id, IncidentCard.unit_id, IncidentCard.colour)):
            if held[incident_id] == unit_id:
                out[incident_id, colour] = n
    return out


def items_by_unit(session: Session, unit_ids: Iterable[int], now: dt.datetime,
                  only: set[int] | None = None) -> dict[int, list[NoticeItem]]:
    """Each unit's items to answer for at ``now`` (``only``: those of these incidents), most
    overdue first; a unit without any is left out."""
    wanted = sorted(set(unit_ids))
    rows = []
    for start in range(0, len(wanted), CHUNK):
        query = select(Incident.id, Incident.unit_id, Incident.code, Incident.title, Incident.status,
                       Incident.step_due_at).where(Incident.unit_id.in_(wanted[start:start + CHUNK]),
                                                   answerable(now))
        rows += session.execute(query).all()
    if only is not None:
        rows = [r for r in rows if r.id in only]
    cards = _cards(session, {r.id: r.unit_id for r in rows})
    out: dict[int, list[NoticeItem]] = {}
    for r in sorted(rows, key=lambda r: (r.step_due_at is None, r.step_due_at or now, r.id)):
        late = now - r.step_due_at if is_overdue(r.step_due_at, now) else None
        out.setdefault(r.unit_id, []).append(NoticeItem(
            r.id, r.code, r.title, r.status, r.step_due_at, late,
            cards.get((r.id, "yellow"), 0), cards.get((r.id, "red"), 0)))
    return out


def plan(session: Session, unit_ids: list[int] | None = None, incident_ids: list[int] | None = None,
         now: dt.datetime | None = None) -> list[Planned]:
    """The notices that would be issued now: to the units of ``incident_ids`` (only those
    items), else to ``unit_ids``, else to every unit with items to answer for."""
    now = now or clock.now()
    only = set(incident_ids) if incident_ids else None
    units = units_of(session, incident_ids) if incident_ids else \
        unit_ids if unit_ids is not None else due_units(session, now)
    items = items_by_unit(session, units, now, only)
    names = unit_names(session, list(items))
    return [Planned(u, names.get(u, ""), items[u]) for u in dict.fromkeys(units) if u in items]


def unit_names(session: Session, unit_ids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for start in range(0, len(unit_ids), CHUNK):
        out.update(session.execute(select(Unit.id, Unit.name).where(
            Unit.id.in_(unit_ids[start:start + CHUNK]))).all())
    return out
