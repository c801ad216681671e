"""Who is due for a visit today or overdue (SPEC §9), by worker and grid, and the month's
required/done figures per key person and per worker."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import VisitMode
from ..base.errors import InputError
from ..base.masking import mask_id
from ..evaluation.engine import required_visits
from ..models import Grid, KeyPerson, Staff, User, Village, Visit
from .rules import due_on, intervals, is_overdue


@dataclass(frozen=True)
class Reminder:
    key_person_id: int
    name: str
    id_number: str  # masked
    colour: str
    worker: str
    staff_no: str
    grid: str
    village: str
    last_visit: dt.datetime | None
    due_on: dt.date
    state: str  # "overdue" | "due_today"

    def as_dict(self) -> dict:
        return {"name": self.name, "id_number": self.id_number, "colour": self.colour,
                "worker": self.worker, "staff_no": self.staff_no, "grid": self.grid,
                "village": self.village, "state": self.state,
                "last_visit": clock.format_local(self.last_visit) or None,
                "due_on": self.due_on.isoformat()}


def reminders(session: Session, now: dt.datetime | None = None) -> list[Reminder]:
    """Key persons overdue, then those due before the end of today, most overdue first."""
    now = now or clock.now()
    today = clock.local(now).date()
    last = (select(Visit.key_person_id, func.max(Visit.visited_at).label("last"))
            .group_by(Visit.key_person_id).subquery())
    rows = session.execute(
        select(KeyPerson.id, KeyPerson.name, KeyPerson.id_number, KeyPerson.colour, KeyPerson.tagged_on,
               last.c.last, Staff.name, Staff.staff_no, Grid.code, Village.name)
        .outerjoin(last, last.c.key_person_id == KeyPerson.id)
        .join(Staff, Staff.id == KeyPerson.responsible_staff_id)
        .join(Grid, Grid.id == KeyPerson.grid_id).join(Village, Village.id == Grid.village_id)).all()
    days = intervals(session, clock.local(now).strftime("%Y-%m"))
    out = []
    for pid, name, id_number, colour, tagged_on, last_at, worker, staff_no, grid, village in rows:
        due = due_on(last_at, tagged_on, days[colour])
        if due <= today:
            out.append(Reminder(pid, name, mask_id(id_number), colour, worker, staff_no, grid, village,
                                last_at, due, "overdue" if is_overdue(due, now) else "due_today"))
    return sorted(out, key=lambda r: (r.state != "overdue", r.due_on, r.staff_no))


def log_visit(session: Session, actor: User, key_person_id: int, staff_id: int,
              at: dt.datetime | None = None, mode: str = VisitMode.DOOR, note: str = "") -> Visit:
    at = at or clock.now()
    if session.get(KeyPerson, key_person_id) is None:
        raise InputError("重点人员不存在")
    if session.get(Staff, staff_id) is None:
        raise InputError("网格员不存在")
    if at > clock.now():
        raise InputError("走访时间晚于现在")
    if mode not in {m.value for m in VisitMode}:
        raise InputError("走访方式“{mode}”无效", mode=mode)
    visit = Visit(key_person_id=key_person_id, staff_id=staff_id, visited_at=at, mode=mode,
                  note=note.strip() or None)
    session.add(visit)
    session.flush()
    return visit


def month_figures(session: Session, month: str) -> list[dict]:
    """Per key person: required and done in ``month`` (done: visits by whoever made them)."""
    first, last, start, end = clock.month_bounds(month)
    days = intervals(session, month)
    done = dict(session.execute(select(Visit.key_person_id, func.count())
                                .where(Visit.visited_at >= start, Visit.visited_at < end)
                                .group_by(Visit.key_person_id)).all())
    rows = session.execute(select(KeyPerson.id, KeyPerson.name, KeyPerson.colour, KeyPerson.tagged_on,
                                  Staff.staff_no, Staff.name, Village.name)
                           .join(Staff, Staff.id == KeyPerson.responsible_staff_id)
                           .join(Grid, Grid.id == KeyPerson.grid_id).join(Village, Village.id == Grid.village_id)
                           .where(KeyPerson.tagged_on <= last).order_by(Staff.staff_no, KeyPerson.id))
    return [{"key_person": name, "colour": colour, "staff_no": no, "worker": worker, "village": village,
             "required": required_visits(tagged, colour, first, last, days), "done": done.get(pid, 0)}
            for pid, name, colour, tagged, no, worker, village in rows]
