"""A township's month as the county compares it with the others (SPEC §13), beyond the closed-loop
figures: the supervision cards issued, the items that reached the county, the key persons'
visits (the visits report's own total) and the grades of the last locked evaluation month."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import HoldingLevel
from ..evaluation.service import locked_months
from ..models import Evaluation, IncidentCard, IncidentEvent
from ..visits.report import Compliance, visit_report


@dataclass(frozen=True)
class TownshipMonth:
    month: str
    yellow_cards: int
    red_cards: int
    reached_county: int            # moves that brought an item to county level in the month
    visits: Compliance             # required and done, the township's visits report's total
    grades_month: str | None       # the last locked evaluation month up to ``month``
    grades: tuple[tuple[str, int], ...]   # (grade, workers), most first


def township_month(session: Session, month: str) -> TownshipMonth:
    _first, _last, start, end = clock.month_bounds(clock.check_month(month))
    cards = dict(session.execute(select(IncidentCard.colour, func.count())
                                 .where(IncidentCard.issued_at >= start, IncidentCard.issued_at < end)
                                 .group_by(IncidentCard.colour)).all())
    reached = session.scalar(select(func.count()).select_from(IncidentEvent).where(
        IncidentEvent.to_level == HoldingLevel.COUNTY, IncidentEvent.at >= start, IncidentEvent.at < end))
    locked = [m for m in locked_months(session) if m <= month]
    graded = locked[-1] if locked else None
    grades = tuple(session.execute(select(Evaluation.grade, func.count()).where(Evaluation.month == graded)
                                   .group_by(Evaluation.grade).order_by(func.count().desc(), Evaluation.grade)).all()
                   ) if graded else ()
    return TownshipMonth(month, cards.get("yellow", 0), cards.get("red", 0), reached,
                         visit_report(session, month).total, graded, tuple((g, n) for g, n in grades))
