"""The handling units 处置单位 as the administrator keeps them (SPEC §2): a township adds its own
departments (农业农村办, 城建办…), renames them, records who to call, and deactivates one that is
gone — never deletes it: incidents, cards and rankings keep naming it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..base import checks
from ..base.enums import OPEN_STATUSES, UnitKind
from ..base.errors import InputError
from ..base.messages import Message
from ..models import Incident, Unit, Village

NAME_LENGTH = 64


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    kind: str
    village: str | None
    contact_name: str | None
    contact_phone: str | None
    active: bool
    open_incidents: int  # led by it now


def listed(session: Session) -> list[UnitRow]:
    """Every unit, in use first (departments, then villages), then the deactivated."""
    open_led = (select(Incident.unit_id, func.count().label("n"))
                .where(Incident.status.in_(OPEN_STATUSES)).group_by(Incident.unit_id).subquery())
    rows = session.execute(
        select(Unit.id, Unit.name, Unit.kind, Village.name, Unit.contact_name, Unit.contact_phone, Unit.active,
               func.coalesce(open_led.c.n, 0))
        .outerjoin(Village, Village.id == Unit.village_id).outerjoin(open_led, open_led.c.unit_id == Unit.id)
        .order_by(Unit.active.desc(), Unit.kind != UnitKind.DEPARTMENT, Unit.name))
    return [UnitRow(*row) for row in rows]


def _name(session: Session, name: str, unit_id: int | None = None) -> str:
    name = checks.text(name, Message("单位名称"), NAME_LENGTH)
    taken = session.scalar(select(Unit.id).where(Unit.name == name, Unit.id != (unit_id or 0)))
    if taken is not None:
        raise InputError("处置单位“{name}”已存在(停用的单位也占用其名称)", name=name)
    return name


def _contact(contact_name: str | None, contact_phone: str | None) -> tuple[str | None, str | None]:
    """Who to call there: both may be left empty."""
    name = checks.text(contact_name, Message("联系人姓名"), 32) if (contact_name or "").strip() else None
    return name, checks.phone(contact_phone)


def add(session: Session, name: str, kind: str = UnitKind.DEPARTMENT, village_id: int | None = None,
        contact_name: str | None = None, contact_phone: str | None = None) -> Unit:
    if kind not in {k.value for k in UnitKind}:
        raise InputError("单位类型“{kind}”无效", kind=kind)
    if kind == UnitKind.VILLAGE and session.get(Village, village_id or 0) is None:
        raise InputError("村社单位须选择所属村社")
    contact_name, contact_phone = _contact(contact_name, contact_phone)
    unit = Unit(name=_name(session, name), kind=kind, village_id=village_id if kind == UnitKind.VILLAGE else None,
                contact_name=contact_name, contact_phone=contact_phone, active=True)
    session.add(unit)
    session.flush()
    return unit


def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise InputError("处置单位不存在(编号 {id})", id=unit_id)
    return unit


def update(session: Session, unit_id: int, name: str, contact_name: str | None, contact_phone: str | None) -> Unit:
    """Rename it (its history shows the new name) and set who to call."""
    unit = _unit(session, unit_id)
    unit.name = _name(session, name, unit_id)
    unit.contact_name, unit.contact_phone = _contact(contact_name, contact_phone)
    return unit


def set_active(session: Session, unit_id: int, active: bool) -> Unit:
    """Deactivate (it is offered for dispatch no more) or bring back. A unit still leading open
    incidents is not deactivated: they would have nobody to answer for them."""
    unit = _unit(session, unit_id)
    if not active:
        still = session.scalar(select(func.count()).select_from(Incident).where(
            Incident.unit_id == unit_id, Incident.status.in_(OPEN_STATUSES)))
        if still:
            raise InputError("“{name}”还牵头处置 {n} 件未办结事件:请先改派,再停用", name=unit.name, n=still)
    unit.active = active
    return unit
