"""Closed-loop figures (SPEC §3.4), computed in SQL over the incidents reported in a period.

- reported: incidents reported in the period; accepted, closed, cancelled: how many of them
  have got that far;
- closure rate 办结率 = closed ÷ (reported − cancelled);
- on-time rate 按期办结率 = closed on time (resolved by the deadline) ÷ closed;
- average handling hours: acceptance → resolution, over the closed ones;
- overdue now: still open with the open step past its due time at ``now``;
- by day: the Asia/Shanghai day each incident was reported on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import OPEN_STATUSES
from ..models import Category, Grid, Incident, Unit, Village
from ..workflow.deadlines import on_time_clause, overdue_clause

GROUPS = ("village", "grid", "unit", "category", "colour", "track", "day", "period")


@dataclass(frozen=True)
class Figures:
    key: str
    reported: int
    accepted: int
    closed: int
    cancelled: int
    on_time: int
    overdue_now: int
    avg_handling_hours: float | None

    @property
    def closure_rate(self) -> float | None:
        base = self.reported - self.cancelled
        return self.closed / base if base else None

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.closed if self.closed else None

    def as_dict(self) -> dict:
        rounded = {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}
        return {**rounded, "closure_rate": _round(self.closure_rate),
                "on_time_rate": _round(self.on_time_rate)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def hours_between(session: Session, start, end):
    """SQL for (end − start) in hours, on either backend."""
    if session.get_bind().dialect.name == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 24.0
    return func.extract("epoch", end - start) / 3600.0


def local_day(session: Session, column):
    """SQL for the Asia/Shanghai calendar day of a timestamp, as 'YYYY-MM-DD' text. Shanghai
    keeps UTC+8 all year (no daylight saving), so on SQLite the offset is added to the UTC value."""
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column, "+8 hours")
    return func.to_char(func.timezone(clock.SHANGHAI.key, column), "YYYY-MM-DD")


def _aggregates(session: Session, now: dt.datetime):
    closed = Incident.status == "closed"
    one = lambda condition: func.sum(case((condition, 1), else_=0))  # noqa: E731
    return (
        func.count(),
        one(Incident.accepted_at.is_not(None)),
        one(closed),
        one(Incident.status == "cancelled"),
        one(closed & on_time_clause()),
        one(Incident.status.in_(OPEN_STATUSES) & overdue_clause(now)),
        func.avg(case((closed, hours_between(session, Incident.accepted_at, Incident.resolved_at)))),
    )


def _key(session: Session, by: str | None):
    if by == "day":
        return local_day(session, Incident.reported_at)
    return {None: None, "village": Village.name, "grid": Grid.code + " " + Grid.name,
            "unit": func.coalesce(Unit.name, "(未交办)"), "category": Category.name,
            "colour": Incident.colour, "track": Incident.track}[by]


def figures(session: Session, start: dt.datetime, end: dt.datetime, by: str | None = None,
            now: dt.datetime | None = None, village_id: int | None = None) -> list[Figures]:
    """Figures for incidents reported in [start, end) (in one village, if given), in total or
    grouped ``by``."""
    if by not in (None, *GROUPS):
        raise ValueError(f"unknown grouping {by!r}; choose from {', '.join(GROUPS)}")
    now = now or clock.now()
    if by == "period":
        return [_total(session, a, b, now, label, village_id) for label, a, b in months(start, end)]
    key = _key(session, by)
    stmt = select(*((key,) if key is not None else ()), *_aggregates(session, now)).where(
        Incident.reported_at >= start, Incident.reported_at < end)
    if village_id is not None:
        stmt = stmt.where(Incident.village_id == village_id)
    if by in ("village", "grid"):
        stmt = stmt.join(Grid, Grid.id == Incident.grid_id)
        if by == "village":
            stmt = stmt.join(Village, Village.id == Grid.village_id)
    elif by == "unit":
        stmt = stmt.outerjoin(Unit, Unit.id == Incident.unit_id)
    elif by == "category":
        stmt = stmt.join(Category, Category.id == Incident.category_id)
    if key is None:
        return [_figures("total", session.execute(stmt).one())]
    rows = session.execute(stmt.group_by(key).order_by(key)).all()
    return [_figures(str(row[0]), row[1:]) for row in rows]


def _total(session, start, end, now, label, village_id) -> Figures:
    figure = figures(session, start, end, None, now, village_id)[0]
    return Figures(label, *(asdict(figure)[k] for k in list(asdict(figure))[1:]))


def _figures(key: str, values) -> Figures:
    reported, accepted, closed, cancelled, on_time, overdue, hours = values
    return Figures(key, reported or 0, accepted or 0, closed or 0, cancelled or 0, on_time or 0,
                   overdue or 0, None if hours is None else float(hours))


def months(start: dt.datetime, end: dt.datetime) -> list[tuple[str, dt.datetime, dt.datetime]]:
    """Calendar months (Asia/Shanghai) covering [start, end), clipped to it."""
    first = clock.local(start).date().replace(day=1)
    out = []
    while True:
        following = (first + dt.timedelta(days=32)).replace(day=1)
        a, b = max(start, clock.at_local(first)), min(end, clock.at_local(following))
        if a >= end:
            return out
        out.append((first.strftime("%Y-%m"), a, b))
        first = following

