"""The grid map of the leaders' screen (SPEC §2, §10): every grid as its boundary (or its centre
point when it has none) with its open and overdue incidents, and the red and orange key persons
as markers near their grid's centre — masked: a map is looked at by a room. Counted by grouped
SQL over the open incidents; drawn offline (no tiles: a command room's PC may have no internet)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import OPEN_STATUSES, PersonColour
from ..base.masking import mask_id
from ..models import Grid, Incident, KeyPerson, Village
from ..org.geometry import Point, centre_of, ring_of
from ..workflow.deadlines import overdue_clause

MARKED = (PersonColour.RED, PersonColour.ORANGE)
SPREAD = 0.0012  # degrees: how far from the grid's centre a person's marker may stand


@dataclass(frozen=True)
class MapGrid:
    id: int
    code: str
    name: str
    village_id: int
    ring: tuple[Point, ...] | None   # the boundary, when the grid has one
    centre: Point | None
    open: int
    overdue: int


@dataclass(frozen=True)
class MapPerson:
    id: int
    label: str        # name and masked ID number
    colour: str
    grid_id: int
    at: Point


@dataclass(frozen=True)
class GridMap:
    grids: list[MapGrid]
    persons: list[MapPerson]
    now: dt.datetime
    villages: dict[int, str] = field(default_factory=dict)  # id → name, for their labels


def grid_map(session: Session, now: dt.datetime | None = None) -> GridMap:
    now = now or clock.now()
    counts = {gid: (n, late or 0) for gid, n, late in session.execute(
        select(Incident.grid_id, func.count(), func.sum(case((overdue_clause(now), 1), else_=0)))
        .where(Incident.status.in_(OPEN_STATUSES)).group_by(Incident.grid_id))}
    grids = []
    for gid, code, name, village_id, lat, lon, polygon in session.execute(
            select(Grid.id, Grid.code, Grid.name, Grid.village_id, Grid.centre_lat, Grid.centre_lon, Grid.polygon)
            .order_by(Grid.code)):
        ring = ring_of(polygon)
        centre = (lon, lat) if lon is not None and lat is not None else (centre_of(ring) if ring else None)
        if ring is None and centre is None:
            continue  # a grid without a place is not on the map
        grids.append(MapGrid(gid, code, name, village_id, tuple(ring) if ring else None, centre,
                             *counts.get(gid, (0, 0))))
    centres = {g.id: g.centre for g in grids}
    persons = [MapPerson(pid, f"{name} {mask_id(id_number)}", colour, gid, _near(centres[gid], pid))
               for pid, name, id_number, colour, gid in session.execute(
                   select(KeyPerson.id, KeyPerson.name, KeyPerson.id_number, KeyPerson.colour, KeyPerson.grid_id)
                   .where(KeyPerson.colour.in_([c.value for c in MARKED])).order_by(KeyPerson.id))
               if centres.get(gid)]
    villages = dict(session.execute(select(Village.id, Village.name)).all())
    return GridMap(grids, persons, now, villages)


def _near(centre: Point, person_id: int) -> Point:
    """A place near the centre, the same for the same person every time (a sunflower spiral)."""
    angle = person_id * 2.39996  # the golden angle: markers of one grid do not pile up
    radius = SPREAD * math.sqrt((person_id % 37) / 37)
    return centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)
