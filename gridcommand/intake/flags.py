"""Orders flagged as likely repeats of an open incident, for the duty officer to link as 重复
or keep."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..base import clock
from ..base.changes import Changes
from ..base.errors import InputError
from ..models import DuplicateFlag, Grid, Incident, User, Village
from ..record import audit
from ..workflow.moves import Workflow

LINKED, KEPT = "linked", "kept"


@dataclass(frozen=True)
class Side:
    id: int
    code: str
    title: str
    reported_at: dt.datetime
    grid: str
    status: str
    location: str


@dataclass(frozen=True)
class Flag:
    id: int
    new: Side
    original: Side
    reason: str        # enums.RepeatReason
    similarity: float  # 0..1


def open_flags(session: Session, limit: int = 500) -> list[Flag]:
    """Flags still to decide, newest incident first."""
    new, old = aliased(Incident), aliased(Incident)
    new_grid, old_grid = aliased(Grid), aliased(Grid)
    new_village, old_village = aliased(Village), aliased(Village)

    def side(i, g, v):
        return (i.id, i.code, i.title, i.reported_at, v.name + g.name, i.status, i.location)
    rows = session.execute(
        select(DuplicateFlag.id, DuplicateFlag.reason, DuplicateFlag.similarity,
               *side(new, new_grid, new_village), *side(old, old_grid, old_village))
        .join(new, new.id == DuplicateFlag.incident_id).join(new_grid, new_grid.id == new.grid_id)
        .join(new_village, new_village.id == new_grid.village_id)
        .join(old, old.id == DuplicateFlag.original_id).join(old_grid, old_grid.id == old.grid_id)
        .join(old_village, old_village.id == old_grid.village_id)
        .where(DuplicateFlag.decision.is_(None))
        .order_by(new.reported_at.desc(), DuplicateFlag.id.desc()).limit(limit)).all()
    return [Flag(r[0], Side(*r[3:10]), Side(*r[10:17]), r[1], r[2]) for r in rows]


def decide(session: Session, actor: User, flag_id: int, link: bool) -> Changes:
    """Link the flagged incident to its original as 重复 (it is cancelled as such), or keep it."""
    flag = session.get(DuplicateFlag, flag_id)
    if flag is None:
        raise InputError("疑似重复记录 {flag_id} 不存在", flag_id=flag_id)
    if flag.decision is not None:
        raise InputError("该疑似重复已处理")
    changes = Changes(incidents=frozenset({flag.incident_id}))
    original = session.get(Incident, flag.original_id)
    if link:
        changes = Workflow(session, actor).mark_duplicate(flag.incident_id, original.code)
    flag.decision, flag.decided_by, flag.decided_at = (LINKED if link else KEPT), actor.id, clock.now()
    audit.note(session, "intake.duplicate", "incident", flag.incident_id, decision=flag.decision,
               original=original.code)
    return changes
