"""Supervision notices as an operation (SPEC §3.4): issued to chosen units, to every unit with
overdue or carded items, or to the units of incidents chosen in the queue — numbered, noted on
each incident's timeline and in the audit log, written as one PDF or one file per unit. The file
is written before the notices are committed: a file that cannot be written issues nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from .. import audit, notices
from ..changes import Changes
from ..database import Database
from ..permissions import Can
from .actor import Actor
from .reports import _pin, _write
from .unit_of_work import Result, perform


def issue(db: Database, actor: Actor, unit_ids: list[int] | None, path: str | Path, separate: bool = False,
          incident_ids: list[int] | None = None) -> Result[list[Path]]:
    """``unit_ids`` None: every unit with overdue or carded items; ``incident_ids``: only these
    incidents, for their units. ``separate``: ``path`` is a folder, a file a notice."""
    pin = _pin(db)

    def work(session: Session, user):
        only = set(incident_ids) if incident_ids else None
        units = notices.units_of(session, incident_ids) if incident_ids else \
            unit_ids if unit_ids is not None else notices.due_units(session)
        issued = notices.issue(session, user, units, only=only)
        for notice in issued:
            audit.note(session, "notice.issue", "supervision_notice", notice.id, serial=notice.serial, unit=notice.unit,
                       answer_by=notice.answer_by, incidents=[i.code for i in notice.items])
        written = _written(issued, Path(path), separate, pin, actor.name)
        touched = frozenset(i.incident_id for n in issued for i in n.items)
        return written, Changes(incidents=touched)
    return perform(db, actor, work, needs=Can.MOVE_INCIDENTS)


def _written(issued: list[notices.Notice], path: Path, separate: bool, pin: str, made_by: str) -> list[Path]:
    from ..reports.notice_pdf import notices_pdf

    if not separate:
        return [_write(path, lambda: notices_pdf(issued, path, pin, made_by))]
    return [_write(path / f"{n.serial} {n.unit}.pdf",
                   lambda n=n: notices_pdf([n], path / f"{n.serial} {n.unit}.pdf", pin, made_by)) for n in issued]
