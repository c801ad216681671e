"""The items a township's county held in a period (SPEC §13): those that reached county level —
escalated there, or reported or imported at 县级 — before the period ended and were still there
when it began, with when they reached the county and when they left it (closed, or sent back to
the township): how long each took there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
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
    reached_county_at: dt.datetime      # the last move that brought it to county level
    closed_at: dt.datetime | None
    handed_down_at: dt.datetime | None  # sent back to the township since, if it was

    @property
    def left_at(self) -> dt.datetime | None:
        return self.handed_down_at or self.closed_at

    def took(self, now: dt.datetime) -> dt.timedelta:
        """From reaching the county to leaving it (or to ``now``, while it holds it)."""
        return (self.left_at or now) - self.reached_county_at


def reached_county():
    """When each incident last reached county level: (incident_id, at)."""
    return (select(IncidentEvent.incident_id, func.max(IncidentEvent.at).label("at"))
            .where(IncidentEvent.to_level == HoldingLevel.COUNTY).group_by(IncidentEvent.incident_id))


def county_items(session: Session, start: dt.datetime, end: dt.datetime) -> list[CountyItem]:
    """At county level within [start, end): reached it before ``end``, and neither closed nor sent
    back before ``start``; oldest first."""
    reached = reached_county().subquery()
    down = (select(IncidentEvent.incident_id, func.max(IncidentEvent.at).label("at"))
            .where(IncidentEvent.action == Action.HAND_DOWN).group_by(IncidentEvent.incident_id).subquery())
    sent_back = and_(down.c.at.is_not(None), down.c.at > reached.c.at)  # an earlier stay's does not count
    rows = session.execute(
        select(Incident.code, Incident.title, Incident.colour, Incident.status, Unit.name, reached.c.at,
               Incident.closed_at, case((sent_back, down.c.at), else_=None))
        .join(reached, reached.c.incident_id == Incident.id)
        .outerjoin(down, down.c.incident_id == Incident.id)
        .outerjoin(Unit, Unit.id == Incident.unit_id)
        .where(reached.c.at < end, or_(Incident.closed_at.is_(None), Incident.closed_at >= start),
               or_(~sent_back, down.c.at >= start), Incident.cancelled_at.is_(None))
        .order_by(reached.c.at, Incident.id))
    return [CountyItem(*row) for row in rows]
