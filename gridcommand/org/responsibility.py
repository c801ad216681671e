"""Who answered for what, and when (SPEC §8: a finding names the person responsible at that
time, not whoever is responsible now). A key person's responsible worker is kept as a history
(``KeyPersonResponsible``); an incident's responsible worker and unit are those its dispatches
named (``IncidentEvent.staff_id`` and ``unit_id``), until a return gives it back to the
command room."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import Action, StaffRole, StaffStatus, Status
from ..models import GridResponsible, Incident, IncidentEvent, KeyPerson, KeyPersonResponsible, Staff
from .township import require

History = list[tuple[dt.datetime, object]]  # (from when, who), oldest first
SERVING = (StaffStatus.ACTIVE, StaffStatus.PROBATION)  # a worker who answers for a grid


def tagged_at(day: dt.date) -> dt.datetime:
    """The moment a person tagged on ``day`` came under watch — and under their first worker:
    Shanghai midnight."""
    return clock.at_local(day)


def record_key_persons(session: Session, assignments: Iterable[tuple[int, int]], since: dt.datetime) -> None:
    """(person, worker) responsible from ``since`` on."""
    session.add_all(KeyPersonResponsible(key_person_id=person, staff_id=staff, since=since)
                    for person, staff in assignments)


def at(history: History, when: dt.datetime, before_first=None):
    """Who, in ``history``, was responsible at ``when`` (``before_first`` before any entry)."""
    index = bisect.bisect_right([since for since, _who in history], when)
    return history[index - 1][1] if index else before_first


def before(history: History, when: dt.datetime, before_first=None):
    """Who was responsible just before ``when`` (a move at ``when`` itself, such as a return
    that hands the incident back, not yet counted)."""
    index = bisect.bisect_left([since for since, _who in history], when)
    return history[index - 1][1] if index else before_first


def key_persons(session: Session, person_ids: Iterable[int]) -> dict[int, History]:
    """Each person's responsible workers over time; a person without history (kept before it
    was) has their present worker from the day they were tagged."""
    ids = sorted(set(person_ids))
    out: dict[int, History] = defaultdict(list)
    for start in range(0, len(ids), 500):
        for person, staff, since in session.execute(
                select(KeyPersonResponsible.key_person_id, KeyPersonResponsible.staff_id,
                       KeyPersonResponsible.since)
                .where(KeyPersonResponsible.key_person_id.in_(ids[start:start + 500]))
                .order_by(KeyPersonResponsible.key_person_id, KeyPersonResponsible.since,
                          KeyPersonResponsible.id)):
            out[person].append((since, staff))
        missing = [i for i in ids[start:start + 500] if i not in out]
        for person, staff, tagged_on in session.execute(
                select(KeyPerson.id, KeyPerson.responsible_staff_id, KeyPerson.tagged_on)
                .where(KeyPerson.id.in_(missing))):
            out[person].append((tagged_at(tagged_on), staff))
    return dict(out)


WITH_THE_COMMAND_ROOM = (Status.REPORTED, Status.ACCEPTED, Status.CANCELLED)  # never dispatched, or returned


def holder_now(status: str, staff_id: int | None, unit_id: int | None) -> tuple[int | None, int | None]:
    """(worker, unit) answering now for an incident in ``status`` whose last dispatch named
    ``staff_id`` and ``unit_id``, as ``incidents`` reads its history: those, or nobody — the
    command room — before the first dispatch and after a return."""
    return (None, None) if status in WITH_THE_COMMAND_ROOM else (staff_id, unit_id)


def incidents(session: Session, incident_ids: Iterable[int]) -> dict[int, History]:
    """Each incident's (worker, unit) over time, as its dispatches set them. An incident with
    no dispatch on record has its present ones from when it was dispatched (a ledger row's
    责任人 from its 交办时间), or nobody if it never was."""
    ids = sorted(set(incident_ids))
    out: dict[int, History] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        # Every event of the incidents, the moves that matter picked here: filtered on the action
        # in SQL, SQLite walks the action index over the whole table instead of the incidents'.
        for incident, at_, action, staff, unit in session.execute(
                select(IncidentEvent.incident_id, IncidentEvent.at, IncidentEvent.action, IncidentEvent.staff_id,
                       IncidentEvent.unit_id)
                .where(IncidentEvent.incident_id.in_(chunk))
                .order_by(IncidentEvent.incident_id, IncidentEvent.at, IncidentEvent.id)):
            if action in (Action.DISPATCH, Action.RETURN):
                # A return hands the incident back to the command room until it is dispatched again.
                out[incident].append((at_, (staff, unit) if action == Action.DISPATCH else (None, None)))
        missing = [i for i in chunk if i not in out]
        for incident, staff, unit, dispatched in session.execute(
                select(Incident.id, Incident.responsible_staff_id, Incident.unit_id, Incident.dispatched_at)
                .where(Incident.id.in_(missing))):
            if dispatched is not None and (staff is not None or unit is not None):
                out[incident].append((dispatched, (staff, unit)))
    return dict(out)


def grid_history(session: Session, grid_id: int) -> History:
    """(from when, staff id) of the grid's full-time workers, oldest first; a grid never handed
    over has its present worker from when they were hired (or the township was set up)."""
    history = [(since, staff) for since, staff in session.execute(
        select(GridResponsible.since, GridResponsible.staff_id).where(GridResponsible.grid_id == grid_id)
        .order_by(GridResponsible.since, GridResponsible.id))]
    if history:
        return history
    present = session.execute(select(Staff.id, Staff.hire_date).where(
        Staff.grid_id == grid_id, Staff.role == StaffRole.FULL_TIME, Staff.status.in_(SERVING))
        .order_by(Staff.staff_no)).first()
    if present is None:
        return []
    start = clock.at_local(present.hire_date) if present.hire_date else require(session).created_at
    return [(start, present.id)]
