"""What people type for a review — a review's code, an incident's code, a staff number, a unit's
name, ID numbers — turned into ids, or refused naming what is unknown."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InputError
from ..models import Grid, Incident, KeyPerson, Review, Staff, Unit


def review_id(session: Session, text: str) -> int:
    text = (text or "").strip()
    found = session.scalar(select(Review.id).where(Review.code == text))
    if found is None and text.isdigit():
        found = session.scalar(select(Review.id).where(Review.id == int(text)))
    if found is None:
        raise InputError(f"倒查 {text} 不存在")
    return found


def incident_id(session: Session, code: str) -> int:
    found = session.scalar(select(Incident.id).where(Incident.code == (code or "").strip()))
    if found is None:
        raise InputError(f"事件编号 {code} 不存在")
    return found


def grid_id(session: Session, code: str) -> int:
    found = session.scalar(select(Grid.id).where(Grid.code == (code or "").strip()))
    if found is None:
        raise InputError(f"网格编码 {code} 不存在")
    return found


def staff_id(session: Session, staff_no: str | None) -> int | None:
    if not staff_no:
        return None
    found = session.scalar(select(Staff.id).where(Staff.staff_no == staff_no.strip()))
    if found is None:
        raise InputError(f"工号 {staff_no} 不存在")
    return found


def unit_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    found = session.scalar(select(Unit.id).where(Unit.name == name.strip()))
    if found is None:
        raise InputError(f"单位“{name}”不存在")
    return found


def person_ids(session: Session, id_numbers: list[str]) -> list[int]:
    wanted = [n.strip().upper() for n in id_numbers if n.strip()]
    found = dict(session.execute(select(KeyPerson.id_number, KeyPerson.id).where(KeyPerson.id_number.in_(wanted))).all())
    missing = [n for n in wanted if n not in found]
    if missing:
        raise InputError("重点人员不存在:" + "、".join(missing))
    return [found[n] for n in wanted]


def evidence(session: Session, items: list[str]) -> list[dict]:
    """Evidence typed as ``incident:CODE``: the incident, with its code and title as label."""
    out = []
    for item in items:
        kind, _, code = item.partition(":")
        if kind != "incident":
            raise InputError(f"依据“{item}”应写作 incident:事件编号")
        incident = session.get(Incident, incident_id(session, code))
        out.append({"type": "incident", "id": incident.id, "label": f"{incident.code} {incident.title}"})
    return out
