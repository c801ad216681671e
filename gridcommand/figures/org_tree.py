"""The organisation as the org panel shows it (SPEC §2, 网格融合制): county → township → village
→ grid → micro-grid, each grid with its open and overdue incidents and key persons by colour —
a few grouped queries for a whole city — and, for the grid chosen, its 1+3+N team: the grid
leader, the full-time worker, the part-time worker, the grid auxiliary police, the community
police as chief grid leader where set, the volunteers; and who answered for it when."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import OPEN_STATUSES, StaffRole
from ..base.errors import InputError
from ..base.masking import mask_phone
from ..models import Grid, Incident, KeyPerson, Staff, Village, staff_extra_grid
from ..org import responsibility
from ..org.township import require
from ..workflow.deadlines import overdue_clause

# The team in the order of 1+3+N: the grid's leader, its three, then the many.
TEAM_ORDER = (StaffRole.CHIEF_GRID_LEADER, StaffRole.GRID_LEADER, StaffRole.FULL_TIME, StaffRole.PART_TIME,
              StaffRole.AUXILIARY_POLICE, StaffRole.COMMUNITY_POLICE, StaffRole.LIAISON_CADRE, StaffRole.VOLUNTEER,
              StaffRole.COMMAND_ROOM)


@dataclass(frozen=True)
class GridNode:
    id: int
    code: str
    name: str
    kind: str
    parent_id: int | None
    worker: str | None           # the full-time worker answering for it now
    open_incidents: int
    overdue: int
    key_persons: dict[str, int]  # colour → persons


@dataclass(frozen=True)
class VillageNode:
    id: int
    name: str
    kind: str
    grids: list[GridNode]        # by code; a micro-grid follows its parent's (parent_id)


@dataclass(frozen=True)
class OrgTree:
    county: str
    township: str
    villages: list[VillageNode]


def tree(session: Session, now: dt.datetime | None = None) -> OrgTree:
    now = now or clock.now()
    open_by = dict(session.execute(select(Incident.grid_id, func.count()).where(Incident.status.in_(OPEN_STATUSES))
                                   .group_by(Incident.grid_id)).all())
    late_by = dict(session.execute(select(Incident.grid_id, func.count()).where(
        Incident.status.in_(OPEN_STATUSES), overdue_clause(now)).group_by(Incident.grid_id)).all())
    persons: dict[int, dict[str, int]] = defaultdict(dict)
    for grid_id, colour, n in session.execute(select(KeyPerson.grid_id, KeyPerson.colour, func.count())
                                              .group_by(KeyPerson.grid_id, KeyPerson.colour)):
        persons[grid_id][colour] = n
    workers = dict(session.execute(select(Staff.grid_id, func.min(Staff.name)).where(
        Staff.role == StaffRole.FULL_TIME, Staff.status.in_(responsibility.SERVING), Staff.grid_id.is_not(None))
        .group_by(Staff.grid_id)).all())
    grids: dict[int, list[GridNode]] = defaultdict(list)
    for g in session.execute(select(Grid.id, Grid.code, Grid.name, Grid.kind, Grid.parent_id, Grid.village_id)
                             .order_by(Grid.code)):
        grids[g.village_id].append(GridNode(g.id, g.code, g.name, g.kind, g.parent_id, workers.get(g.id),
                                            open_by.get(g.id, 0), late_by.get(g.id, 0), dict(persons.get(g.id, {}))))
    place = require(session)
    return OrgTree(place.county.name, place.name, [
        VillageNode(v.id, v.name, v.kind, grids.get(v.id, []))
        for v in session.execute(select(Village.id, Village.name, Village.kind).order_by(Village.name))])


@dataclass(frozen=True)
class Member:
    id: int
    staff_no: str
    name: str
    role: str
    status: str
    phone: str                   # masked
    here: bool                   # the grid is their own; else they cover it too (a chief grid leader's)


@dataclass(frozen=True)
class GridTeam:
    id: int
    code: str
    name: str
    village: str
    kind: str
    parent: str | None
    households: int | None
    population: int | None
    members: list[Member]        # in the order of 1+3+N
    key_persons: dict[str, int]  # colour → persons
    open_incidents: int
    overdue: int
    responsible: list[tuple[dt.datetime, str]] = field(default_factory=list)  # (from when, who), oldest first


def team(session: Session, grid_id: int, now: dt.datetime | None = None) -> GridTeam:
    now = now or clock.now()
    grid = session.get(Grid, grid_id)
    if grid is None:
        raise InputError("网格 {grid_id} 不存在", grid_id=grid_id)
    covering = select(staff_extra_grid.c.staff_id).where(staff_extra_grid.c.grid_id == grid_id)
    rows = session.execute(select(Staff.id, Staff.staff_no, Staff.name, Staff.role, Staff.status, Staff.phone,
                                  Staff.grid_id).where((Staff.grid_id == grid_id) | Staff.id.in_(covering))).all()
    order = {role.value: n for n, role in enumerate(TEAM_ORDER)}
    members = sorted((Member(r.id, r.staff_no, r.name, r.role, r.status, mask_phone(r.phone), r.grid_id == grid_id)
                      for r in rows), key=lambda m: (order.get(m.role, len(order)), m.status not in responsibility.SERVING,
                                                     m.staff_no))
    counts = dict(session.execute(select(KeyPerson.colour, func.count()).where(KeyPerson.grid_id == grid_id)
                                  .group_by(KeyPerson.colour)).all())
    opened = select(func.count()).select_from(Incident).where(Incident.grid_id == grid_id,
                                                               Incident.status.in_(OPEN_STATUSES))
    parent = session.get(Grid, grid.parent_id).name if grid.parent_id else None
    history = responsibility.grid_history(session, grid_id)
    names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_([s for _t, s in history]))).all())
    return GridTeam(grid.id, grid.code, grid.name, grid.village.name, grid.kind, parent, grid.households,
                    grid.population, members, counts, session.scalar(opened),
                    session.scalar(opened.where(overdue_clause(now))),
                    [(since, names.get(staff, "")) for since, staff in history])

