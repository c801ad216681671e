"""Visits to key persons (SPEC §9), logged by the command room."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from ..access.permissions import Can
from ..base.changes import Changes
from ..base.enums import VisitMode
from ..models import User
from ..record import audit
from ..store.database import Database
from ..visits.reminders import Reminder, log_visit as _log, reminders as due_now
from .actor import Actor
from .unit_of_work import Result, look, perform


def log_visit(db: Database, actor: Actor, key_person_id: int, staff_id: int,
              mode: str = VisitMode.DOOR, note: str = "", at: dt.datetime | None = None
              ) -> Result[int]:
    """A visit made by ``staff_id``; the value is the visit's id."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        visit = _log(session, user, key_person_id, staff_id, at, mode, note)
        audit.note(session, "visit.log", "key_person", key_person_id, staff=staff_id, mode=mode,
                   at=visit.visited_at.isoformat(), note=note)
        return visit.id, Changes(key_persons=frozenset({key_person_id}))
    return perform(db, actor, work, needs=Can.LOG_VISITS)


def reminders(db: Database, actor: Actor) -> list[Reminder]:
    """The key persons due today or overdue, by how late, with their worker (SPEC §9)."""
    return look(db, actor, due_now, needs=Can.REPORTS)
