"""Issuing what was planned and chosen: a numbered notice to each unit, each item's timeline
noting it. The items are checked again at the instant of issue: an item resolved or signed for
by another seat since the plan was shown is left out, never listed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...base import clock
from ...base.enums import Action
from ...base.errors import InputError
from ...models import IncidentEvent, SupervisionNotice, User, notice_incident
from ...org.township import label as township_label
from ...settings import stored
from .items import ANSWER_DAYS, NoticeItem, items_by_unit, unit_names


def serial(year: int, number: int) -> str:
    return f"督办〔{year}〕第 {number} 号"


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
        return serial(self.year, self.number)


def issue(session: Session, actor: User, chosen: Mapping[int, Iterable[int]],
          now: dt.datetime | None = None) -> list[Notice]:
    """A numbered notice to each unit of ``chosen`` (unit → the incidents chosen for it) that
    still has some of them to answer for; none at all is refused."""
    now = now or clock.now()
    wanted = {unit: set(ids) for unit, ids in chosen.items()}
    items = items_by_unit(session, list(wanted), now, set().union(*wanted.values()) if wanted else set())
    items = {unit: [i for i in found if i.incident_id in wanted[unit]] for unit, found in items.items()}
    items = {unit: found for unit, found in items.items() if found}
    if not items:
        raise InputError("所选单位没有超期或被督办的在办事件,无需发督办通知单")
    year = clock.local(now).year
    answer_by = clock.local(now).date() + dt.timedelta(days=stored.number(session, *ANSWER_DAYS))
    township, names = township_label(session), unit_names(session, list(items))
    notices = []
    for unit_id in (u for u in chosen if u in items):
        row = _numbered(session, year, unit_id, now, actor.id, answer_by, township)
        found = items[unit_id]
        session.execute(notice_incident.insert(), [{"notice_id": row.id, "incident_id": i.incident_id}
                                                   for i in found])
        session.add_all(IncidentEvent(incident_id=i.incident_id, at=now, actor_id=actor.id, action=Action.NOTICE,
                                      from_status=i.status, to_status=i.status, unit_id=unit_id,
                                      note=f"发出督办通知单 {serial(year, row.number)},{answer_by:%Y-%m-%d} 前回复")
                        for i in found)
        notices.append(Notice(row.id, year, row.number, names.get(unit_id, ""), township, now, answer_by, found))
    session.flush()
    return notices


def _numbered(session: Session, year: int, unit_id: int, now: dt.datetime, actor_id: int, answer_by: dt.date,
              township: str) -> SupervisionNotice:
    """The year's next number — a withdrawn notice keeps its own; another seat taking it at the
    same moment is stepped past."""
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
