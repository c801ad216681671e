"""What people type — an incident's code, a grid's code, a staff number, a unit's or a village's
name, ID numbers — turned into ids, or refused naming what is unknown (the command line and the forms)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base.errors import InputError
from ..models import Grid, Incident, KeyPerson, Staff, Unit, Village


def incident_id(session: Session, code: str) -> int:
    found = session.scalar(select(Incident.id).where(Incident.code == (code or "").strip()))
    if found is None:
        raise InputError("事件编号 {code} 不存在", code=code)
    return found


def grid_id(session: Session, code: str) -> int:
    found = session.scalar(select(Grid.id).where(Grid.code == (code or "").strip()))
    if found is None:
        raise InputError("网格编码 {code} 不存在", code=code)
    return found


def staff_id(session: Session, staff_no: str | None) -> int | None:
    if not staff_no:
        return None
    found = session.scalar(select(Staff.id).where(Staff.staff_no == staff_no.strip()))
    if found is None:
        raise InputError("工号 {staff_no} 不存在", staff_no=staff_no)
    return found


def unit_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    found = session.scalar(select(Unit.id).where(Unit.name == name.strip()))
    if found is None:
        raise InputError("单位“{name}”不存在", name=name)
    return found


def person_ids(session: Session, id_numbers: list[str]) -> list[int]:
    wanted = [n.strip().upper() for n in id_numbers if n.strip()]
    found = dict(session.execute(select(KeyPerson.id_number, KeyPerson.id).where(KeyPerson.id_number.in_(wanted))).all())
    missing = [n for n in wanted if n not in found]
    if missing:
        raise InputError("重点人员不存在:{missing}", missing=missing)
    return [found[n] for n in wanted]


def village_id(session: Session, name: str) -> int:
    found = session.scalar(select(Village.id).where(Village.name == (name or "").strip()))
    if found is None:
        raise InputError("村社“{name}”不存在", name=name)
    return found


def unit_ids(session: Session, names: list[str]) -> list[int]:
    """The units called ``names``, in that order; refused naming those that do not exist."""
    found = dict(session.execute(select(Unit.name, Unit.id).where(Unit.name.in_(names))).all())
    missing = [n for n in names if n not in found]
    if missing:
        raise InputError("处置单位不存在:{names}", names=missing)
    return [found[n] for n in names]
