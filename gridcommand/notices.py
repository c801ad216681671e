"""Supervision notices 督办通知单 (SPEC §3.4): when a card falls, the command room sends the unit
a notice — its open items that are overdue or carded, with their steps, deadlines, how late they
are and the cards given, the date by which it must answer, and a reply slip. Notices are
numbered per year without gaps (督办〔2026〕第 N 号); issuing one is recorded on each incident's
timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import clock, settings
from .deadlines import is_overdue, overdue_clause
from .enums import OPEN_STATUSES, Action, Status
from .errors import InputError
from .models import Incident, IncidentCard, IncidentEvent, SupervisionNotice, Unit, User, notice_incident
from .township import label as township_label

ANSWER_DAYS = ("notice.answer_days", 3)  # the unit answers within this many days of the notice


@dataclass(frozen=True)
class NoticeItem:
    incident_id: int
    code: str
    title: str
    status: str
    deadline: dt.datetime | None
    late: dt.timedelta | None    # None: not overdue (carded)
    yellow_cards: int
    red_cards: int


@dataclass(frozen=True)
class Notice:
    id: int | None
    year: int
    number: int
    unit: str
    township: str
    issued_at: dt.datetime
    answer_by: dt.date
    items: list[NoticeItem]

    @property
    def serial(self) -> str:
        return f"督办〔{self.year}〕第 {self.number} 号"


UNITS_STEPS = (Status.DISPATCHED, Status.IN_PROGRESS)  # signing in and resolving: the unit's own steps


def _answerable(now: dt.datetime):
    """An open incident its unit must answer for: its own step overdue, or a card given to it."""
    carded = select(IncidentCard.incident_id).where(IncidentCard.unit_id == Incident.unit_id).exists()
    return Incident.status.in_(OPEN_STATUSES) & (
        (Incident.status.in_(UNITS_STEPS) & overdue_clause(now)) | carded)


def due_units(session: Session, now: dt.datetime | None = None) -> list[int]:
    """Units with open items to answer for: those a notice is for."""
    now = now or clock.now()
    return sorted(session.scalars(select(Incident.unit_id).distinct().where(
        Incident.unit_id.is_not(None), _answerable(now))))


def items_of(session: Session, unit_id: int, now: dt.datetime, only: set[int] | None = None) -> list[NoticeItem]:
    """The unit's incidents to answer for (or, ``only``, those of them), most overdue first."""
    query = select(Incident.id, Incident.code, Incident.title, Incident.status, Incident.step_due_at).where(
        Incident.unit_id == unit_id, _answerable(now))
    if only is not None:
        query = query.where(Incident.id.in_(only))
    rows = session.execute(query.order_by(Incident.step_due_at, Incident.id)).all()
    cards: dict[int, dict[str, int]] = {}
    for incident_id, colour, n in session.execute(
            select(IncidentCard.incident_id, IncidentCard.colour, func.count())
            .where(IncidentCard.incident_id.in_([r.id for r in rows]))
            .group_by(IncidentCard.incident_id, IncidentCard.colour)):
        cards.setdefault(incident_id, {})[colour] = n
    return [NoticeItem(r.id, r.code, r.title, r.status, r.step_due_at,
                       now - r.step_due_at if is_overdue(r.step_due_at, now) else None,
                       cards.get(r.id, {}).get("yellow", 0), cards.get(r.id, {}).get("red", 0)) for r in rows]


def units_of(session: Session, incident_ids: list[int]) -> list[int]:
    """The units leading these incidents: a notice for each (from the queue's selection)."""
    return sorted(set(session.scalars(select(Incident.unit_id).where(
        Incident.id.in_(incident_ids), Incident.unit_id.is_not(None)))))


def issue(session: Session, actor: User, unit_ids: list[int], now: dt.datetime | None = None,
          only: set[int] | None = None) -> list[Notice]:
    """A numbered notice to each unit that has items to answer for (a unit without any is left
    out; none at all is refused), each item's timeline noting it."""
    now = now or clock.now()
    year = clock.local(now).year
    answer_by = clock.local(now).date() + dt.timedelta(days=settings.number(session, *ANSWER_DAYS))
    township = township_label(session)
    names = dict(session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids))).all())
    notices = []
    for unit_id in unit_ids:
        items = items_of(session, unit_id, now, only)
        if not items:
            continue
        notice = _numbered(session, year, unit_id, now, actor.id, answer_by, township)
        session.execute(notice_incident.insert(), [{"notice_id": notice.id, "incident_id": i.incident_id}
                                                   for i in items])
        serial = f"督办〔{year}〕第 {notice.number} 号"
        session.add_all(IncidentEvent(incident_id=i.incident_id, at=now, actor_id=actor.id, action=Action.NOTICE,
                                      from_status=i.status, to_status=i.status, unit_id=unit_id,
                                      note=f"发出督办通知单 {serial},{answer_by:%Y-%m-%d} 前回复") for i in items)
        notices.append(Notice(notice.id, year, notice.number, names.get(unit_id, ""), township, now, answer_by, items))
    if not notices:
        raise InputError("所选单位没有超期或被督办的在办事件,无需发督办通知单")
    session.flush()
    return notices


def _numbered(session: Session, year: int, unit_id: int, now: dt.datetime, actor_id: int, answer_by: dt.date,
              township: str) -> SupervisionNotice:
    """The year's next number; another seat taking it at the same moment is stepped past."""
    for _attempt in range(5):
        last = session.scalar(select(func.max(SupervisionNotice.number)).where(SupervisionNotice.year == year))
        notice = SupervisionNotice(year=year, number=(last or 0) + 1, unit_id=unit_id, issued_at=now,
                                   issued_by=actor_id, answer_by=answer_by, township=township)
        try:
            with session.begin_nested():
                session.add(notice)
                session.flush()
            return notice
        except IntegrityError:
            continue
    raise InputError("督办通知单编号冲突,请重试")

