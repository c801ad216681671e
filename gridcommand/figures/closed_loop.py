"""The monthly closed-loop report 月度闭环报告 a township sends to the county (SPEC §3.4, §10):
the month's figures by village, unit, category and colour, the months before it, the incidents
that went overdue, those escalated, the watch list 挂账 and the unit ranking.

Reproducible: every figure is taken as of the month's end (or now, for the running month), so
the same month and scope on the same record gives the same report whenever it is made. The
figures are ``metrics``' and ``unit_scores``' own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import Action, Outcome, Status
from ..models import Category, Grid, Incident, IncidentEvent, Unit, Village
from ..org.township import label as township_label
from .metrics import Figures, figures
from .unit_scores import UnitScore, monthly_ranking

TREND_MONTHS = 6      # this month and the five before it
MOST_LISTED = 300     # rows of each list; the count says how many there were


@dataclass(frozen=True)
class Listed:
    code: str
    title: str
    village: str
    category: str
    colour: str
    unit: str
    reported_at: dt.datetime
    deadline: dt.datetime | None
    resolved_at: dt.datetime | None
    level: str


@dataclass(frozen=True)
class MonthReport:
    township: str
    month: str
    village: str | None        # the scope: one village, or the whole township
    as_of: dt.datetime         # the month's end, or now for the running month
    total: Figures
    trend: list[Figures]       # oldest first, this month last
    by_village: list[Figures]
    by_unit: list[Figures]
    by_category: list[Figures]
    by_colour: list[Figures]
    overdue: list[Listed]      # reported in the month, not resolved by their deadline
    overdue_count: int
    escalated: list[Listed]    # escalated during the month
    escalated_count: int
    watch: list[Listed]        # on the watch list at the month's end
    watch_count: int
    units: list[UnitScore]     # the month's unit ranking


def month_report(session: Session, month: str, village_id: int | None = None,
                 now: dt.datetime | None = None) -> MonthReport:
    clock.check_month(month)
    _first, _last, start, end = clock.month_bounds(month)
    as_of = min(end, now or clock.now())
    village = session.get(Village, village_id).name if village_id is not None else None

    def grouped(by: str | None, a=start, b=end) -> list[Figures]:
        return figures(session, a, b, by, as_of, village_id)

    trend_start = clock.month_bounds(clock.shift_month(month, 1 - TREND_MONTHS))[2]
    late = and_(Incident.reported_at >= start, Incident.reported_at < end, Incident.deadline <= as_of,
                or_(Incident.resolved_at.is_(None), Incident.resolved_at > Incident.deadline))
    escalated = Incident.id.in_(select(IncidentEvent.incident_id).where(
        IncidentEvent.action == Action.ESCALATE, IncidentEvent.at >= start, IncidentEvent.at < end))
    watch = and_(Incident.outcome == Outcome.WATCH, Incident.status == Status.CLOSED, Incident.closed_at < as_of)
    units = monthly_ranking(session, month)
    if village_id is not None:  # the village's own unit: the departments answer to the township
        own = set(session.scalars(select(Unit.id).where(Unit.village_id == village_id)))
        units = [u for u in units if u.unit_id in own]
    return MonthReport(
        township_label(session), month, village, as_of, grouped(None)[0], grouped("period", trend_start),
        grouped("village"), grouped("unit"), grouped("category"), grouped("colour"),
        *_listed(session, late, village_id, Incident.deadline), *_listed(session, escalated, village_id),
        *_listed(session, watch, village_id, Incident.closed_at), units)


def _listed(session: Session, where, village_id: int | None, order=None) -> tuple[list[Listed], int]:
    stmt = (select(Incident.code, Incident.title, Village.name, Category.name, Incident.colour,
                   Unit.name, Incident.reported_at, Incident.deadline, Incident.resolved_at, Incident.level)
            .join(Grid, Grid.id == Incident.grid_id).join(Village, Village.id == Grid.village_id)
            .join(Category, Category.id == Incident.category_id).outerjoin(Unit, Unit.id == Incident.unit_id)
            .where(where))
    if village_id is not None:
        stmt = stmt.where(Incident.village_id == village_id)
    rows = session.execute(stmt.order_by(order if order is not None else Incident.reported_at, Incident.code)
                           .limit(MOST_LISTED + 1)).all()
    count = len(rows) if len(rows) <= MOST_LISTED else _count(session, stmt)
    return [Listed(*(value or "" if n == 5 else value for n, value in enumerate(row)))
            for row in rows[:MOST_LISTED]], count


def _count(session: Session, stmt) -> int:
    return session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
