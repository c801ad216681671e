"""The organisation panel's operations (SPEC §2): everyone signed in may look at the tree and a
grid's team; the administrator changes grids and people, each change audited and announced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from ..access.permissions import Can
from ..base.changes import Area, Changes
from ..figures import org_tree
from ..figures.org_tree import GridNode as GridNode, GridTeam as GridTeam, Member as Member, OrgTree as OrgTree
from ..models import User
from ..org import edits
from ..record import audit
from ..store.database import Database
from .actor import Actor
from .unit_of_work import Result, look, perform

REFERENCE = Changes.of(Area.REFERENCE)


def tree(db: Database, actor: Actor) -> org_tree.OrgTree:
    return look(db, actor, org_tree.tree, needs=Can.REPORTS)


def team(db: Database, actor: Actor, grid_id: int) -> org_tree.GridTeam:
    return look(db, actor, org_tree.team, grid_id, needs=Can.REPORTS)


def _change(db: Database, actor: Actor, change: Callable[[Session, User], Any], action: str, entity: str,
            changes: Changes = REFERENCE,
            **said: Any) -> Result[int]:
    """``change(session, user)`` returns the changed row; the audit entry records it as it now is
    (personal numbers left out) and what ``said`` adds."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        row = change(session, user)
        audit.note(session, action, entity, row.id, **{c.key: getattr(row, c.key) for c in row.__table__.columns
                                                       if c.key not in ("id", "id_number", "phone")}, **said)
        return row.id, changes
    return perform(db, actor, work, needs=Can.ADMINISTER)


def add_grid(db: Database, actor: Actor, code: str, name: str, village_id: int, kind: str, parent_id: int | None = None,
             households: int | str | None = None, population: int | str | None = None) -> Result[int]:
    return _change(db, actor, lambda s, _u: edits.add_grid(s, code, name, village_id, kind, parent_id,
                                                               households, population), "grid.add", "grid")


def update_grid(db: Database, actor: Actor, grid_id: int, name: str, kind: str, households: int | str | None = None,
                population: int | str | None = None) -> Result[int]:
    return _change(db, actor, lambda s, _u: edits.update_grid(s, grid_id, name, kind, households, population),
                   "grid.update", "grid")


def move_grid(db: Database, actor: Actor, grid_id: int, village_id: int, parent_id: int | None = None) -> Result[int]:
    return _change(db, actor, lambda s, _u: edits.move_grid(s, grid_id, village_id, parent_id),
                   "grid.move", "grid")


def add_person(db: Database, actor: Actor, staff_no: str, name: str, role: str, grid_id: int | None = None,
               phone: str | None = None) -> Result[int]:
    return _change(db, actor, lambda s, _u: edits.add_person(s, staff_no, name, role, grid_id, phone),
                   "staff.add", "staff")


def update_person(db: Database, actor: Actor, staff_id: int, name: str, role: str, phone: str | None, status: str) -> Result[int]:
    return _change(db, actor, lambda s, _u: edits.update_person(s, staff_id, name, role, phone, status),
                   "staff.update", "staff")


def move_person(db: Database, actor: Actor, staff_id: int, grid_id: int | None) -> Result[int]:
    return _change(db, actor, lambda s, _u: edits.move_person(s, staff_id, grid_id), "staff.move", "staff")


def hand_over(db: Database, actor: Actor, grid_id: int, staff_id: int, since: dt.datetime) -> Result[int]:
    """Another full-time worker answers for the grid (and its key persons) from ``since``."""
    return _change(db, actor, lambda s, user: edits.hand_over(s, grid_id, staff_id, since, user.id),
                   "grid.hand_over", "staff", Changes.of(Area.REFERENCE, Area.VISITS), since=since.isoformat())
