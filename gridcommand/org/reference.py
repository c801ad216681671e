"""Short reference lists for forms and filters, as plain (id, label) data."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base.enums import StaffRole, StaffStatus, UnitKind
from ..models import Category, Grid, Staff, Unit, Village


@dataclass(frozen=True)
class Option:
    id: int
    label: str
    parent_id: int | None = None
    track: str | None = None  # a category's default track 三类分流


def villages(session: Session) -> list[Option]:
    return [Option(i, n) for i, n in session.execute(select(Village.id, Village.name).order_by(Village.name))]


def grids(session: Session) -> list[Option]:
    rows = session.execute(select(Grid.id, Grid.code, Grid.name, Grid.village_id).order_by(Grid.code))
    return [Option(i, f"{c} {n}", v) for i, c, n, v in rows]


def categories(session: Session) -> list[Option]:
    """Categories 大类 (parent_id None) and sub-categories 小类 in use, in their order."""
    rows = session.execute(select(Category.id, Category.name, Category.parent_id, Category.track)
                           .where(Category.active).order_by(Category.parent_id.is_not(None), Category.sort_order))
    return [Option(i, n, p, t) for i, n, p, t in rows]


def units(session: Session) -> list[Option]:
    """The units in use, departments first, then villages, each by name."""
    rows = session.execute(select(Unit.id, Unit.name, Unit.kind).where(Unit.active)
                           .order_by(Unit.kind != UnitKind.DEPARTMENT, Unit.name))
    return [Option(i, n) for i, n, _k in rows]


def grid_workers(session: Session, roles=(StaffRole.FULL_TIME, StaffRole.PART_TIME, StaffRole.GRID_LEADER)
                 ) -> list[Option]:
    """Serving grid workers of ``roles`` (full-time and part-time workers and grid leaders),
    with their grid."""
    rows = session.execute(
        select(Staff.id, Staff.staff_no, Staff.name, Staff.grid_id)
        .where(Staff.role.in_(roles), Staff.status.in_((StaffStatus.ACTIVE, StaffStatus.PROBATION)))
        .order_by(Staff.staff_no))
    return [Option(i, f"{n}({no})", g) for i, no, n, g in rows]
