"""Supervision notices as operations (SPEC §3.4): what would be issued (``plan``: to chosen
units, to every unit with overdue or carded items, or to the units of incidents chosen in the
queue), issuing what the user kept of it — numbered, noted on each incident's timeline and in
the audit log, written as one PDF or one file per unit — the notices issued, and withdrawing
one. The file is written before the notices are committed: a file that cannot be written
issues nothing."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from ..access.permissions import Can
from ..base.changes import Changes
from ..models import User
from ..record import audit
from ..store.database import Database
from ..workflow import notices
from ..workflow.notices import Issued as Issued, NoticeItem as NoticeItem, Planned as Planned
from .actor import Actor
from .reports import _write, stamp
from .unit_of_work import Result, look, perform

if TYPE_CHECKING:  # reportlab loads with the writers, not with the screens
    from ..reports.document import Stamp


def plan(db: Database, actor: Actor, unit_ids: list[int] | None = None,
         incident_ids: list[int] | None = None) -> list[notices.Planned]:
    """The notices that would be issued now, each unit with its items (nothing is numbered)."""
    return look(db, actor, notices.plan, unit_ids, incident_ids, needs=Can.MOVE_INCIDENTS)


def chosen(planned: list[notices.Planned], leave_out: Collection[int] = ()) -> dict[int, list[int]]:
    """Unit → its incidents, from a plan, less the incidents in ``leave_out``."""
    out = {p.unit_id: [i.incident_id for i in p.items if i.incident_id not in leave_out] for p in planned}
    return {unit: ids for unit, ids in out.items() if ids}


def issue(db: Database, actor: Actor, chosen: Mapping[int, Collection[int]], path: str | Path,
          separate: bool = False) -> Result[list[Path]]:
    """Notices to the units of ``chosen`` (unit → the incidents kept for it, as planned).
    ``separate``: ``path`` is a folder, a file a notice."""
    made = stamp(db, actor)

    def work(session: Session, user: User) -> tuple[Any, Changes]:
        issued = notices.issue(session, user, chosen)
        for notice in issued:
            audit.note(session, "notice.issue", "supervision_notice", notice.id, serial=notice.serial, unit=notice.unit,
                       answer_by=notice.answer_by, incidents=[i.code for i in notice.items])
        written = _written(issued, Path(path), separate, made)
        touched = frozenset(i.incident_id for n in issued for i in n.items)
        return written, Changes(incidents=touched)
    return perform(db, actor, work, needs=Can.MOVE_INCIDENTS)


def issued(db: Database, actor: Actor, year: int | None = None) -> list[notices.Issued]:
    """The notices issued (in ``year``), newest first."""
    return look(db, actor, notices.issued, year, needs=Can.REPORTS)


def find(db: Database, actor: Actor, text: str) -> int:
    """The id of the notice named by ``text`` (督办〔2026〕第 3 号, 2026-3 …)."""
    return look(db, actor, notices.find, text, needs=Can.REPORTS)


def withdraw(db: Database, actor: Actor, notice_id: int, reason: str) -> Result[str]:
    """Withdraw a notice issued by mistake; the value is its serial."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        serial, incident_ids = notices.withdraw(session, user, notice_id, reason)
        audit.note(session, "notice.withdraw", "supervision_notice", notice_id, serial=serial,
                   reason=reason.strip(), incidents=len(incident_ids))
        return serial, Changes(incidents=frozenset(incident_ids))
    return perform(db, actor, work, needs=Can.MOVE_INCIDENTS)


def _written(issued: list[notices.Notice], path: Path, separate: bool, made: Stamp) -> list[Path]:
    from ..reports.notice_pdf import notices_pdf

    if not separate:
        return [_write(path, lambda: notices_pdf(issued, path, made))]
    return [_write(path / f"{n.serial} {n.unit}.pdf", partial(notices_pdf, [n], path / f"{n.serial} {n.unit}.pdf", made))
            for n in issued]
