"""What people type for a review — a review's code, evidence as ``incident:CODE`` — turned into
ids, or refused naming what is unknown; and the serious incidents a review may be opened on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base.enums import EventKind, Status
from ..base.errors import InputError
from ..models import Category, Incident, Review
from ..org.lookup import incident_id
from .evidence import Evidence

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












def evidence(session: Session, items: list[str]) -> list[Evidence]:
    """Evidence typed as ``incident:CODE``: the incident, with its code and title as label."""
    out = []
    for item in items:
        kind, _, code = item.partition(":")
        if kind != "incident":
            raise InputError("依据“{item}”应写作 incident:事件编号", item=item)
        incident = session.get(Incident, incident_id(session, code))
        out.append(Evidence("incident", incident.id, f"{incident.code} {incident.title}"))
    return out
