"""Reworks 返工 (SPEC §6, §8), one reading for the evaluation and the reviews: each failed
verification, and — for an incident imported from a ledger, which has no such events — each of
its 返工次数 at its 办结时间; every one with the worker and unit answering for the incident at
that instant (``responsibility``). The month's deduction and a review's rework findings are
made from the same list, so they name the same reworks and the same people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base.enums import Action
from ..models import Incident, IncidentEvent
from ..org import responsibility

CHUNK = 500


@dataclass(frozen=True)
class Rework:
    incident_id: int
    at: dt.datetime
    staff_id: int | None      # who answered for the incident then (None: nobody was named)
    unit_id: int | None
    event_id: int | None      # the failed verification; None for one counted from a ledger row
    number: int = 1           # a ledger row's reworks, numbered 1…返工次数
    note: str | None = None

    @property
    def imported(self) -> bool:
        return self.event_id is None


def _within(column, start: dt.datetime, end: dt.datetime):
    return (column >= start) & (column < end)


def _chunks(incident_ids: Sequence[int] | None):
    if incident_ids is None:
        yield None
        return
    for first in range(0, len(incident_ids), CHUNK):
        yield list(incident_ids[first:first + CHUNK])


def reworks(session: Session, start: dt.datetime, end: dt.datetime,
            incident_ids: Sequence[int] | None = None) -> list[Rework]:
    """The reworks in [start, end) (of ``incident_ids`` only, if given), in time order."""
    events, imported = [], []
    has_events = select(IncidentEvent.id).where(IncidentEvent.incident_id == Incident.id,
                                                IncidentEvent.action == Action.VERIFY_FAIL).exists()
    for chunk in _chunks(incident_ids):
        failed = select(IncidentEvent.id, IncidentEvent.incident_id, IncidentEvent.at, IncidentEvent.note).where(
            IncidentEvent.action == Action.VERIFY_FAIL, _within(IncidentEvent.at, start, end))
        counted = select(Incident.id, Incident.resolved_at, Incident.rework_count).where(
            Incident.rework_count > 0, _within(Incident.resolved_at, start, end), ~has_events)
        if chunk is not None:
            failed = failed.where(IncidentEvent.incident_id.in_(chunk))
            counted = counted.where(Incident.id.in_(chunk))
        events += session.execute(failed).all()
        imported += session.execute(counted).all()
    held = responsibility.incidents(session, {e.incident_id for e in events} | {i.id for i in imported})

    def holder(incident_id: int, at: dt.datetime) -> tuple[int | None, int | None]:
        return responsibility.at(held.get(incident_id, []), at, (None, None))

    found = [Rework(e.incident_id, e.at, *holder(e.incident_id, e.at), e.id, note=e.note) for e in events]
    found += [Rework(i.id, i.resolved_at, *holder(i.id, i.resolved_at), None, n)
              for i in imported for n in range(1, i.rework_count + 1)]
    return sorted(found, key=lambda r: (r.at, r.incident_id, r.event_id or 0, r.number))
