"""The demo township's organisation: villages, grids with 1+3+N teams, units, users."""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

from faker import Faker
from sqlalchemy import select

from ..access.passwords import hash_password
from ..base import clock
from ..base.enums import GridKind, Level, StaffRole, StaffStatus, UnitKind, UserRole, VillageKind
from ..models import Grid, Staff, Unit, User, Village
from ..org.geometry import centre_of, to_geojson
from ..store.bulk import BulkWriter
from . import DEMO_ACCOUNTS, DEMO_PASSWORD
from .scales import Scale
from .vocabulary import SPECIAL_GRIDS, VILLAGE_CHARS

T_VILLAGE, T_GRID, T_UNIT, T_STAFF, T_USER = (m.__table__ for m in (Village, Grid, Unit, Staff, User))

LEVEL_WEIGHTS = ((Level.PROBATION, 8), (Level.L1, 30), (Level.L2, 28), (Level.L3, 18),
                 (Level.L4, 11), (Level.L5, 5))


@dataclass
class OrgMap:
    """What the later stages need to know about the organisation, as plain ids."""

    village_ids: list[int] = field(default_factory=list)
    village_unit: dict[int, int] = field(default_factory=dict)
    grids: list[tuple[int, int]] = field(default_factory=list)  # (grid id, village id)
    grid_workers: dict[int, list[int]] = field(default_factory=dict)  # full-time per grid
    department_ids: dict[str, int] = field(default_factory=dict)
    duty_user_ids: list[int] = field(default_factory=list)
    system_user_id: int = 0


class People:
    """Chinese names, phones and ID numbers from one seeded Faker."""

    def __init__(self, rng: random.Random, seed: int):
        self.rng = rng
        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed)
        self._issued: set[str] = set()

    def name(self) -> str:
        return self.fake.name()

    def phone(self) -> str:
        return self.fake.phone_number()

    def id_number(self) -> str:
        """A well-formed, unique 18-digit ID number (regions of 嘉善 330421 and nearby)."""
        while True:
            born = dt.date(1940, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 365 * 65))
            body = f"3304{self.rng.randint(1, 99):02d}{born:%Y%m%d}{self.rng.randrange(1000):03d}"
            if body not in self._issued:
                self._issued.add(body)
                return body + id_check_digit(body)


def id_check_digit(body: str) -> str:
    """GB 11643 check digit of the first 17 digits."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def village_names(rng: random.Random, count: int) -> list[str]:
    pairs = [a + b for a in VILLAGE_CHARS for b in VILLAGE_CHARS if a != b]
    rng.shuffle(pairs)
    return [pair + ("社区" if i % 4 == 0 else "村") for i, pair in enumerate(pairs[:count])]


def build_org(w: BulkWriter, scale: Scale, township_id: int, rng: random.Random,
              people: People, today: dt.date) -> OrgMap:
    org = OrgMap()
    conn = w.connection
    org.department_ids = dict(conn.execute(
        select(Unit.name, Unit.id).where(Unit.kind == UnitKind.DEPARTMENT)).all())
    for name in village_names(rng, scale.villages):
        vid = w.next_id(T_VILLAGE)
        w.add(T_VILLAGE, dict(id=vid, township_id=township_id, name=name,
                              kind=VillageKind.COMMUNITY if name.endswith("社区") else VillageKind.VILLAGE))
        org.village_ids.append(vid)
        uid = w.next_id(T_UNIT)
        w.add(T_UNIT, dict(id=uid, name=name, kind=UnitKind.VILLAGE, village_id=vid,
                           contact_name=people.name(), contact_phone=people.phone()))
        org.village_unit[vid] = uid
    _build_grids(w, scale, rng, org)
    staff_no = _build_teams(w, scale, rng, people, today, org)
    _build_users(w, people, org, staff_no)
    return org


def _build_grids(w: BulkWriter, scale: Scale, rng: random.Random, org: OrgMap) -> None:
    # Every village gets at least one grid; the rest go to villages at random (big villages
    # have more grids). About one grid in twelve is special-purpose or a micro-grid.
    per_village = [1] * scale.villages
    for _ in range(scale.grids - scale.villages):
        per_village[rng.randrange(scale.villages)] += 1
    serial = 0
    for vindex, (vid, count) in enumerate(zip(org.village_ids, per_village), start=1):
        first_residential = None
        for n in range(1, count + 1):
            serial += 1
            gid = w.next_id(T_GRID)
            roll = rng.random()
            kind, parent, name = GridKind.RESIDENTIAL, None, f"第{n}网格"
            if n > 1 and roll < 0.05:
                kind, name = GridKind.SPECIAL, f"{rng.choice(SPECIAL_GRIDS)}专属网格"
            elif n > 1 and roll < 0.09 and first_residential:
                kind, parent, name = GridKind.MICRO, first_residential, f"第{n}微网格"
            first_residential = first_residential or gid
            households = rng.randint(150, 600) if kind != GridKind.MICRO else rng.randint(30, 120)
            w.add(T_GRID, dict(
                id=gid, code=f"G{vindex:03d}{n:02d}", name=name, village_id=vid, parent_id=parent,
                kind=kind, households=households, population=int(households * rng.uniform(2.3, 3.4)),
                map_colour=f"#{rng.randrange(0x40, 0xC0):02x}{rng.randrange(0x80, 0xE0):02x}{rng.randrange(0x80, 0xF0):02x}",
                **_place(scale.villages, vindex, count, n, rng.uniform(-0.2, 0.2), rng.uniform(-0.2, 0.2))))
            org.grids.append((gid, vid))


VILLAGE_SIZE = (0.03, 0.025)  # degrees of longitude, latitude: about 3 km each way
ORIGIN = (120.92, 30.84)       # the township's centre (嘉善)


def _place(villages: int, vindex: int, grids: int, n: int, jitter_x: float, jitter_y: float) -> dict:
    """Grid ``n`` of the ``vindex``-th village on a plausible map: the villages side by side on a
    lattice around the township's centre, each village's grids tiling its square, their corners
    nudged (by the ``jitter`` in ±0.2) so that the map does not look ruled."""
    columns = math.ceil(math.sqrt(villages))
    row, column = divmod(vindex - 1, columns)
    width, height = VILLAGE_SIZE
    left = ORIGIN[0] + (column - columns / 2) * width
    bottom = ORIGIN[1] + (math.ceil(villages / columns) / 2 - row - 1) * height
    across = math.ceil(math.sqrt(grids))
    gr, gc = divmod(n - 1, across)
    cell_w, cell_h = width / across, height / math.ceil(grids / across)
    x0, y0 = left + gc * cell_w, bottom + gr * cell_h
    nudge_x, nudge_y = jitter_x * cell_w * 0.3, jitter_y * cell_h * 0.3
    ring = [(round(x, 6), round(y, 6)) for x, y in
            ((x0, y0), (x0 + cell_w, y0 + nudge_y), (x0 + cell_w + nudge_x, y0 + cell_h), (x0 + nudge_x, y0 + cell_h))]
    centre = centre_of(ring)
    return dict(centre_lon=centre[0], centre_lat=centre[1], polygon=to_geojson(ring))


def _staff(w: BulkWriter, people: People, staff_no: int, role: StaffRole, **extra) -> dict:
    sid = w.next_id(T_STAFF)
    row = dict(id=sid, staff_no=f"W{staff_no:05d}", name=people.name(), phone=people.phone(),
               id_number=people.id_number(), role=role, grid_id=None,
               unit_id=None, level=None, hire_date=None, status=StaffStatus.ACTIVE)
    row.update(extra)
    return w.add(T_STAFF, row)


def _build_teams(w: BulkWriter, scale: Scale, rng: random.Random, people: People,
                 today: dt.date, org: OrgMap) -> int:
    """1+3+N per grid: grid leader + full-time + part-time + auxiliary police + volunteers."""
    extra_workers = scale.full_time_workers - scale.grids
    staffed = list(org.grids)
    rng.shuffle(staffed)
    second = {gid for gid, _ in staffed[:max(0, extra_workers)]}
    n = 0
    levels, weights = zip(*LEVEL_WEIGHTS)
    for gid, vid in org.grids:
        n += 1
        _staff(w, people, n, StaffRole.GRID_LEADER, grid_id=gid)
        workers = []
        for _ in range(2 if gid in second else 1):
            n += 1
            level = rng.choices(levels, weights)[0]
            years = 0.3 + (0 if level == Level.PROBATION else levels.index(level) * 1.4)
            hired = today - dt.timedelta(days=int(365 * years * rng.uniform(0.9, 1.6)))
            if level == Level.PROBATION:
                hired = today - dt.timedelta(days=rng.randint(20, 200))
            status = StaffStatus.PROBATION if level == Level.PROBATION else StaffStatus.ACTIVE
            workers.append(_staff(w, people, n, StaffRole.FULL_TIME, grid_id=gid, level=level,
                                  hire_date=hired, status=status)["id"])
        org.grid_workers[gid] = workers
        for role in (StaffRole.PART_TIME, StaffRole.AUXILIARY_POLICE):
            n += 1
            _staff(w, people, n, role, grid_id=gid)
        for _ in range(rng.randint(1, 3)):
            n += 1
            _staff(w, people, n, StaffRole.VOLUNTEER, grid_id=gid)
    for vid in org.village_ids:
        # Community police act as chief grid leader in key villages (网格融合制).
        n += 1
        role = StaffRole.COMMUNITY_POLICE if rng.random() < 0.3 else StaffRole.CHIEF_GRID_LEADER
        _staff(w, people, n, role, unit_id=org.village_unit[vid])
        n += 1
        _staff(w, people, n, StaffRole.LIAISON_CADRE, unit_id=org.village_unit[vid])
    return n


NO_SIGN_IN = dict(must_change_password=False, failed_sign_ins=0, locked_until=None,
                  last_sign_in_at=None)


def _build_users(w: BulkWriter, people: People, org: OrgMap, staff_no: int) -> None:
    now = clock.now()
    for i, (role, username) in enumerate(DEMO_ACCOUNTS, start=1):
        staff = _staff(w, people, staff_no + i, StaffRole.COMMAND_ROOM)
        uid = w.next_id(T_USER)
        w.add(T_USER, dict(id=uid, username=username, display_name=staff["name"], roles=role.value,
                           staff_id=staff["id"], active=True, created_at=now,
                           password_hash=hash_password(DEMO_PASSWORD),  # its own salt (§12.1)
                           **NO_SIGN_IN))
        if role == UserRole.DUTY:
            org.duty_user_ids.append(uid)
    # The administrator is the township's IT contact, not one of the command room's staff.
    w.add(T_USER, dict(id=w.next_id(T_USER), username="admin", display_name="系统管理员",
                       roles=UserRole.ADMIN.value, staff_id=None, active=True, created_at=now,
                       password_hash=hash_password(DEMO_PASSWORD), **NO_SIGN_IN))
    org.system_user_id = w.next_id(T_USER)
    w.add(T_USER, dict(id=org.system_user_id, username="system", display_name="系统",
                       roles=UserRole.SYSTEM.value, staff_id=None, active=True, created_at=now,
                       password_hash=None, **NO_SIGN_IN))
