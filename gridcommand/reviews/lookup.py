"""What people type for a review — a review's code, an incident's code, a staff number, a unit's
name, ID numbers — turned into ids, or refused naming what is unknown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base.enums import EventKind, Status
from ..base.errors import InputError
from ..models import Category, Grid, Incident, KeyPerson, Review, Staff, Unit

SERIOUS_SHOWN = 200
# The kind of event a serious incident most likely was, from its sub-category (§3.5); the
# reviewer confirms or changes it when opening the review.
KIND_BY_SUBCATEGORY = {"火灾": EventKind.FIRE, "消防隐患": EventKind.FIRE,
                       "事故灾难": EventKind.SAFETY_ACCIDENT, "生产安全": EventKind.SAFETY_ACCIDENT,
                       "燃气安全": EventKind.SAFETY_ACCIDENT,
                       "治安问题": EventKind.CRIMINAL, "涉诈线索": EventKind.CRIMINAL, "黄赌毒线索": EventKind.CRIMINAL,
                       "信访苗头": EventKind.MASS_PETITION, "群体性事件苗头": EventKind.MASS_PETITION}


def likely_kind(subcategory: str | None) -> EventKind:
    return KIND_BY_SUBCATEGORY.get(subcategory or "", EventKind.OTHER)


@dataclass(frozen=True)
class SeriousIncident:
    id: int
    code: str
    reported_at: dt.datetime
    title: str
    kind: EventKind  # the likely kind of event


def serious_incidents(session: Session, limit: int = SERIOUS_SHOWN) -> list[SeriousIncident]:
    """The serious incidents a review may still be opened for (none yet, not cancelled), newest
    first."""
    reviewed = select(Review.id).where(Review.incident_id == Incident.id).exists()
    rows = session.execute(select(Incident.id, Incident.code, Incident.reported_at, Incident.title, Category.name)
                           .outerjoin(Category, Category.id == Incident.subcategory_id)
                           .where(Incident.serious.is_(True), Incident.status != Status.CANCELLED, ~reviewed)
                           .order_by(Incident.reported_at.desc()).limit(limit)).all()
    return [SeriousIncident(*row[:4], likely_kind(row[4])) for row in rows]


def review_id(session: Session, text: str) -> int:
    text = (text or "").strip()
    found = session.scalar(select(Review.id).where(Review.code == text))
    if found is None and text.isdigit():
        found = session.scalar(select(Review.id).where(Review.id == int(text)))
    if found is None:
        raise InputError("倒查 {text} 不存在", text=text)
    return found


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


def evidence(session: Session, items: list[str]) -> list[dict]:
    """Evidence typed as ``incident:CODE``: the incident, with its code and title as label."""
    out = []
    for item in items:
        kind, _, code = item.partition(":")
        if kind != "incident":
            raise InputError("依据“{item}”应写作 incident:事件编号", item=item)
        incident = session.get(Incident, incident_id(session, code))
        out.append({"type": "incident", "id": incident.id, "label": f"{incident.code} {incident.title}"})
    return out
