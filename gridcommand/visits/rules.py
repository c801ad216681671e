"""Visit rules for key persons (SPEC §9): the intervals, and when a person is due and overdue —
the one reading of the reminders, the agenda and the reviews (the evaluation counts visits by the
day too). A visit is due on a day, not at an hour: a red person visited yesterday evening is due
today, all day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import PersonColour
from ..evaluation.scheme import INTERVAL_DAYS, in_force


def intervals(session: Session, month: str | None = None) -> dict[str, int]:
    """The intervals in force in ``month`` (default: this month), by colour value."""
    rules = in_force(session, month or clock.today().strftime("%Y-%m")).rules
    return {c.value: int(rules.get("visit_intervals", {}).get(c.value, INTERVAL_DAYS[c])) for c in PersonColour}


def due_on(last_visit: dt.datetime | None, tagged_on: dt.date, interval_days: int) -> dt.date:
    """The day the person's next visit falls due: one interval after the day of their last visit
    since they were tagged, or after the tag day."""
    since = tagged_on
    if last_visit is not None:
        since = max(since, clock.local(last_visit).date())
    return since + dt.timedelta(days=interval_days)


def overdue_from(due: dt.date) -> dt.datetime:
    """The first instant a person due on ``due`` is overdue: the next day's start. §9: overdue
    when now > last visit + interval — visited exactly one interval ago, the person is due today
    (a visit any time that day is in time), not overdue."""
    return clock.at_local(due + dt.timedelta(days=1))


def is_overdue(due: dt.date, at: dt.datetime) -> bool:
    return at >= overdue_from(due)


def days_overdue(due: dt.date, at: dt.datetime) -> int:
    """Whole days past the day it fell due (1 on the first day overdue)."""
    return (clock.local(at).date() - due).days
