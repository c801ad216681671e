"""The administrator's changes to the organisation (SPEC §2): grids added, renamed, moved to
another village or under another grid; people added, changed, moved; a grid handed to another
full-time worker — kept as history, with its key persons handed over too, so that a
retrospective finds who answered for the grid and for each person at the time (§8)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import checks, clock
from ..base.enums import GridKind, StaffRole, StaffStatus
from ..base.errors import InputError
from ..base.messages import Message
from ..models import Grid, GridResponsible, KeyPerson, KeyPersonResponsible, Staff, Village
from . import responsibility
from .responsibility import tagged_at


def _grid(session: Session, grid_id: int) -> Grid:
    grid = session.get(Grid, grid_id)
    if grid is None:
        raise InputError("网格不存在(编号 {id})", id=grid_id)
    return grid


def _parent(session: Session, grid: Grid | None, village_id: int, parent_id: int | None) -> int | None:
    """A micro-grid's parent: a grid of the same village that is not a micro-grid itself."""
    if parent_id is None:
        return None
    parent = _grid(session, parent_id)
    if grid is not None and parent.id == grid.id:
        raise InputError("网格不能隶属于自己")
    if parent.village_id != village_id or parent.kind == GridKind.MICRO or parent.parent_id is not None:
        raise InputError("上级网格应为同一村社中的综合或专属网格")
    return parent.id


def add_grid(session: Session, code: str, name: str, village_id: int, kind: str = GridKind.RESIDENTIAL,
             parent_id: int | None = None, households=None, population=None) -> Grid:
    code = checks.text(code, Message("网格编码"), 32)
    if session.scalar(select(Grid.id).where(Grid.code == code)) is not None:
        raise InputError("网格编码 {code} 已存在", code=code)
    if session.get(Village, village_id or 0) is None:
        raise InputError("请选择所属村社")
    if kind not in {k.value for k in GridKind}:
        raise InputError("网格类型“{kind}”无效", kind=kind)
    grid = Grid(code=code, name=checks.text(name, Message("网格名称"), 64), village_id=village_id, kind=kind,
                parent_id=_parent(session, None, village_id, parent_id),
                households=checks.count(households, Message("户数")),
                population=checks.count(population, Message("人口")))
    session.add(grid)
    session.flush()
    return grid


def update_grid(session: Session, grid_id: int, name: str, kind: str, households=None, population=None) -> Grid:
    grid = _grid(session, grid_id)
    if kind not in {k.value for k in GridKind}:
        raise InputError("网格类型“{kind}”无效", kind=kind)
    has_children = session.scalar(select(Grid.id).where(Grid.parent_id == grid_id).limit(1)) is not None
    if kind == GridKind.MICRO and has_children:
        raise InputError("该网格下还有微网格,不能改为微网格")
    grid.name, grid.kind = checks.text(name, Message("网格名称"), 64), kind
    grid.households = checks.count(households, Message("户数"))
    grid.population = checks.count(population, Message("人口"))
    return grid


def move_grid(session: Session, grid_id: int, village_id: int, parent_id: int | None = None) -> Grid:
    """To another village, or under another grid; its micro-grids go with it."""
    grid = _grid(session, grid_id)
    if session.get(Village, village_id or 0) is None:
        raise InputError("请选择所属村社")
    children = session.scalars(select(Grid).where(Grid.parent_id == grid_id)).all()
    if parent_id is not None and children:
        raise InputError("该网格下还有微网格,不能再隶属于其他网格")
    grid.parent_id = _parent(session, grid, village_id, parent_id)
    grid.village_id = village_id
    for child in children:
        child.village_id = village_id
    return grid


def _person_fields(session: Session, name: str, role: str, grid_id: int | None, phone: str | None
                   ) -> tuple[str, str, int | None, str | None]:
    if role not in {r.value for r in StaffRole}:
        raise InputError("岗位“{role}”无效", role=role)
    if grid_id is not None:
        _grid(session, grid_id)
    return checks.text(name, Message("姓名"), 32), role, grid_id, checks.phone(phone)


def add_person(session: Session, staff_no: str, name: str, role: str, grid_id: int | None = None,
               phone: str | None = None, hire_date: dt.date | None = None) -> Staff:
    staff_no = checks.text(staff_no, Message("工号"), 32)
    if session.scalar(select(Staff.id).where(Staff.staff_no == staff_no)) is not None:
        raise InputError("工号 {no} 已存在", no=staff_no)
    name, role, grid_id, phone = _person_fields(session, name, role, grid_id, phone)
    person = Staff(staff_no=staff_no, name=name, role=role, grid_id=grid_id, phone=phone,
                   hire_date=hire_date or clock.today(), status=StaffStatus.ACTIVE)
    session.add(person)
    session.flush()
    return person


def _person(session: Session, staff_id: int) -> Staff:
    person = session.get(Staff, staff_id)
    if person is None:
        raise InputError("人员不存在(编号 {id})", id=staff_id)
    return person


def update_person(session: Session, staff_id: int, name: str, role: str, phone: str | None, status: str) -> Staff:
    """``phone`` None keeps the one on record (lists show it masked: it is not typed again). A
    full-time worker's grid changes only by a hand-over (``hand_over``), which keeps history."""
    person = _person(session, staff_id)
    if status not in {s.value for s in StaffStatus}:
        raise InputError("状态“{status}”无效", status=status)
    person.name, person.role, _grid_id, typed = _person_fields(session, name, role, person.grid_id, phone)
    person.phone = person.phone if phone is None else typed
    person.status = status
    return person


def move_person(session: Session, staff_id: int, grid_id: int | None) -> Staff:
    """Another grid for a grid leader, a part-time worker, an auxiliary police officer, a
    volunteer… A full-time worker answers for their grid: they move by ``hand_over``."""
    person = _person(session, staff_id)
    if person.role == StaffRole.FULL_TIME:
        raise InputError("专职网格员的网格须通过“更换责任网格员”变更,以保留责任记录")
    person.grid_id = None if grid_id is None else _grid(session, grid_id).id
    return person


def hand_over(session: Session, grid_id: int, staff_id: int, since: dt.datetime, actor_id: int | None) -> Staff:
    """``staff_id`` answers for the grid from ``since`` on, and for its key persons; the worker
    before leaves the grid (kept in its history)."""
    grid, worker = _grid(session, grid_id), _person(session, staff_id)
    if worker.role != StaffRole.FULL_TIME or worker.status not in responsibility.SERVING:
        raise InputError("责任网格员应为在岗的专职网格员:{name}", name=worker.name)
    if since.tzinfo is None:
        raise InputError("生效时间必须带时区")
    now = clock.now()
    if since > now + dt.timedelta(minutes=1):  # it takes effect now: the worker is moved now
        raise InputError("更换时间不能晚于现在({now})", now=clock.format_local(now))
    history = responsibility.grid_history(session, grid.id)
    if history and since <= history[-1][0]:
        raise InputError("更换时间应晚于上一次更换({when})", when=clock.format_local(history[-1][0]))
    if history and history[-1][1] == worker.id:
        raise InputError("{name}已是该网格的责任网格员", name=worker.name)
    stored = session.scalar(select(GridResponsible.id).where(GridResponsible.grid_id == grid.id).limit(1))
    if stored is None:  # the history so far was implied by who is there: written down before it changes
        session.add_all(GridResponsible(grid_id=grid.id, staff_id=s, since=t, recorded_at=now, recorded_by=actor_id)
                        for t, s in history)
    session.add(GridResponsible(grid_id=grid.id, staff_id=worker.id, since=since, recorded_at=now,
                                recorded_by=actor_id))
    before = [s for s in session.scalars(select(Staff).where(
        Staff.grid_id == grid.id, Staff.role == StaffRole.FULL_TIME, Staff.id != worker.id))]
    for previous in before:
        previous.grid_id = None
    _hand_over_persons(session, grid.id, {p.id for p in before}, worker.id, since)
    worker.grid_id = grid.id
    return worker


def _hand_over_persons(session: Session, grid_id: int, previous: set[int], worker_id: int, since: dt.datetime) -> None:
    persons = session.scalars(select(KeyPerson).where(KeyPerson.grid_id == grid_id,
                                                      KeyPerson.responsible_staff_id.in_(previous))).all()
    with_history = set(session.scalars(select(KeyPersonResponsible.key_person_id).where(
        KeyPersonResponsible.key_person_id.in_([p.id for p in persons]))))
    for person in persons:
        if person.id not in with_history:  # implied so far: written down before it changes
            session.add(KeyPersonResponsible(key_person_id=person.id, staff_id=person.responsible_staff_id,
                                             since=tagged_at(person.tagged_on)))
        session.add(KeyPersonResponsible(key_person_id=person.id, staff_id=worker_id, since=since))
        person.responsible_staff_id = worker_id
