"""Monthly scores of the handling units (SPEC §3.4): 吹哨报到 works only if departments answer.

Per unit and month: how many times it was called in, how fast it signed in, the on-time rate of
the incidents it led that were closed in the month, its returns 退单 and reworks 返工, the
yellow and red cards against it, and residents' satisfaction.

The *default* score, 100 points, is meant to rank units at the weekly meeting:
- on time 40 × on-time rate (40 when it closed nothing this month);
- sign-in 20, full when the average sign-in is within 2 h, nothing from 24 h, linear between
  (20 when it was not called in);
- satisfaction 20 × (average − 1) ÷ 4 (16 when nothing was rated);
- discipline 20 − 2 per return − 3 per rework − 2 per yellow card − 5 per red card, not below 0.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..base import clock
from ..models import Incident, IncidentCard, IncidentEvent, IncidentUnit, Unit
from ..workflow.deadlines import on_time_clause
from ..workflow.notices.withdraw import counted as counted_notices
from .metrics import hours_between

SIGN_FULL_HOURS, SIGN_ZERO_HOURS = 2.0, 24.0
PENALTY = {"returns": 2, "reworks": 3, "yellow_cards": 2, "red_cards": 5}


@dataclass(frozen=True)
class UnitScore:
    unit_id: int
    unit: str
    dispatched: int
    signed: int
    avg_sign_hours: float | None
    closed: int
    on_time: int
    returns: int
    reworks: int
    yellow_cards: int
    red_cards: int
    satisfaction: float | None
    score: float
    rank: int = 0
    notices: int = 0  # supervision notices 督办通知单 received in the month

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.closed if self.closed else None

    def as_dict(self) -> dict:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items()} | {
            "on_time_rate": None if self.on_time_rate is None else round(self.on_time_rate, 4)}


def score(on_time_rate, avg_sign_hours, satisfaction, returns, reworks, yellow, red) -> float:
    on_time = 40.0 if on_time_rate is None else 40.0 * on_time_rate
    if avg_sign_hours is None:
        sign = 20.0
    else:
        span = SIGN_ZERO_HOURS - SIGN_FULL_HOURS
        sign = 20.0 * min(1.0, max(0.0, (SIGN_ZERO_HOURS - avg_sign_hours) / span))
    happy = 16.0 if satisfaction is None else 20.0 * (satisfaction - 1) / 4
    penalties = (PENALTY["returns"] * returns + PENALTY["reworks"] * reworks
                 + PENALTY["yellow_cards"] * yellow + PENALTY["red_cards"] * red)
    return round(on_time + sign + happy + max(0.0, 20.0 - penalties), 1)


def _count_by_unit(session: Session, stmt) -> dict[int, tuple]:
    return {row[0]: tuple(row[1:]) for row in session.execute(stmt)}


def monthly_ranking(session: Session, month: str) -> list[UnitScore]:
    """Every unit's score for ``month`` (YYYY-MM), best first."""
    year, number = (int(x) for x in month.split("-"))
    first = dt.date(year, number, 1)
    start = clock.at_local(first)
    end = clock.at_local((first + dt.timedelta(days=32)).replace(day=1))
    signing = hours_between(session, IncidentUnit.dispatched_at, IncidentUnit.signed_at)
    calls = _count_by_unit(session, select(
        IncidentUnit.unit_id, func.count(), func.count(IncidentUnit.signed_at), func.avg(signing))
        .where(IncidentUnit.dispatched_at >= start, IncidentUnit.dispatched_at < end)
        .group_by(IncidentUnit.unit_id))
    closed = Incident.status == "closed"
    led = _count_by_unit(session, select(
        Incident.unit_id, func.count(),
        func.sum(case((on_time_clause(), 1), else_=0)),
        func.avg(Incident.satisfaction))
        .where(closed, Incident.closed_at >= start, Incident.closed_at < end)
        .group_by(Incident.unit_id))
    moves = _count_by_unit(session, select(
        IncidentEvent.unit_id, func.sum(case((IncidentEvent.action == "return", 1), else_=0)),
        func.sum(case((IncidentEvent.action == "verify_fail", 1), else_=0)))
        .where(IncidentEvent.at >= start, IncidentEvent.at < end,
               IncidentEvent.action.in_(("return", "verify_fail")))
        .group_by(IncidentEvent.unit_id))
    cards = _count_by_unit(session, select(
        IncidentCard.unit_id, func.sum(case((IncidentCard.colour == "yellow", 1), else_=0)),
        func.sum(case((IncidentCard.colour == "red", 1), else_=0)))
        .where(IncidentCard.issued_at >= start, IncidentCard.issued_at < end)
        .group_by(IncidentCard.unit_id))
    notices = counted_notices(session, start, end)
    scores = []
    for unit_id, name in session.execute(select(Unit.id, Unit.name).order_by(Unit.name)):
        dispatched, signed, sign_hours = calls.get(unit_id, (0, 0, None))
        n_closed, on_time, happy = led.get(unit_id, (0, 0, None))
        returns, reworks = moves.get(unit_id, (0, 0))
        yellow, red = cards.get(unit_id, (0, 0))
        sign_hours = None if sign_hours is None else float(sign_hours)
        happy = None if happy is None else float(happy)
        rate = on_time / n_closed if n_closed else None
        scores.append(UnitScore(unit_id, name, dispatched, signed, sign_hours, n_closed,
                                on_time or 0, returns or 0, reworks or 0, yellow or 0, red or 0,
                                happy, score(rate, sign_hours, happy, returns or 0, reworks or 0,
                                             yellow or 0, red or 0), notices=notices.get(unit_id, 0)))
    scores.sort(key=lambda s: (-s.score, s.unit))
    return [UnitScore(**{**asdict(s), "rank": i}) for i, s in enumerate(scores, start=1)]
