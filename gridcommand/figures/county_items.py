"""The items a township's county held in a period (SPEC §13): those at county level — escalated
there, or imported at 县级 — that were escalated in the period or still open in it, with when
they reached the county and when they were closed: how long each took."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..base.enums import Action, HoldingLevel
from ..models import Incident, IncidentEvent, Unit


@dataclass(frozen=True)
class CountyItem:
    code: str
    title: str
    colour: str
    status: str
    unit: str | None
    reached_county_at: dt.datetime      # the last escalation (an item imported at 县级: its report)
    closed_at: dt.datetime | None

    def took(self, now: dt.datetime) -> dt.timedelta:
        """From reaching the county to closed (or to ``now``, while open)."""
        return (self.closed_at or now) - self.reached_county_at


def county_items(session: Session, start: dt.datetime, end: dt.datetime) -> list[CountyItem]:
    """Held at county level within [start, end): reached it before ``end`` and not closed before
    ``start``; oldest first."""
    escalated = (select(IncidentEvent.incident_id, func.max(IncidentEvent.at).label("at"))
                 .where(IncidentEvent.action == Action.ESCALATE).group_by(IncidentEvent.incident_id).subquery())
    reached = func.coalesce(escalated.c.at, Incident.reported_at)
    rows = session.execute(
        select(Incident.code, Incident.title, Incident.colour, Incident.status, Unit.name, reached, Incident.closed_at)
        .outerjoin(escalated, escalated.c.incident_id == Incident.id)
        .outerjoin(Unit, Unit.id == Incident.unit_id)
        .where(Incident.level == HoldingLevel.COUNTY, reached < end,
               or_(Incident.closed_at.is_(None), Incident.closed_at >= start),
               Incident.cancelled_at.is_(None))
        .order_by(reached, Incident.id))
    return [CountyItem(*row) for row in rows]
