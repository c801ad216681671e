"""Which step of the closed loop is open, and when it is due."""

from __future__ import annotations

import datetime as dt

from ..base.enums import Status
from ..models import Incident
from .deadlines import RuleSet

OpenStep = tuple[str | None, dt.datetime | None, dt.datetime | None, dt.datetime | None]


def open_step(status: str, colour: str, category_id: int | None, reported_at: dt.datetime,
              accepted_at: dt.datetime | None, resolved_at: dt.datetime | None,
              deadline: dt.datetime | None, rules: RuleSet) -> OpenStep:
    """(step, started, warn at, due) of the step now open; all None once closed or cancelled."""
    if status == Status.REPORTED:
        step, start = "accept", reported_at
        due = rules.due("accept", colour, start, category_id)
    elif status in (Status.ACCEPTED, Status.DISPATCHED, Status.IN_PROGRESS):
        step, start, due = "resolve", accepted_at, deadline
    elif status == Status.RESOLVED:
        step, start = "verify", resolved_at
        due = rules.due("verify", colour, start, category_id)
    else:
        return None, None, None, None
    return step, start, rules.warn_at(start, due), due


def resolve_deadline(incident: Incident, rules: RuleSet, start: dt.datetime) -> dt.datetime:
    """The incident's deadline counted from ``start``: the matrix's, or the time limit its source
    set (a 12345 order's 办理时限) when that is sooner."""
    due = rules.due("resolve", incident.colour, start, incident.category_id)
    return min(due, incident.limit_at) if incident.limit_at else due


def refresh_step(incident: Incident, rules: RuleSet) -> None:
    (incident.step, incident.step_started_at, incident.step_warn_at,
     incident.step_due_at) = open_step(
        incident.status, incident.colour, incident.category_id, incident.reported_at,
        incident.accepted_at, incident.resolved_at, incident.deadline, rules)
