"""Visit rules for key persons (SPEC §9): the intervals, and when a person is overdue — the one
reading of the reminders, the agenda, reviews and the evaluation."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from . import clock
from .enums import PersonColour

# *Default* required interval between visits, in days, by colour tag. The intervals in force are
# part of the evaluation scheme (versioned by month, changeable without code): see intervals().
INTERVAL_DAYS = {PersonColour.GREEN: 30, PersonColour.BLUE: 15, PersonColour.ORANGE: 7,
                 PersonColour.RED: 1}


def intervals(session: Session, month: str | None = None) -> dict[str, int]:
    """The intervals in force in ``month`` (default: this month), by colour value."""
    from .evaluation.scheme import in_force

    rules = in_force(session, month or clock.today().strftime("%Y-%m")).rules
    return {c.value: int(rules.get("visit_intervals", {}).get(c.value, INTERVAL_DAYS[c])) for c in PersonColour}


def tagged_at(day: dt.date) -> dt.datetime:
    """The moment a person tagged on ``day`` came under watch: Shanghai midnight."""
    return clock.at_local(day)


def due_at(last_visit: dt.datetime | None, tagged_on: dt.date, interval_days: int) -> dt.datetime:
    """When the person's next visit falls due: one interval after their last visit since they
    were tagged, or after the tag day began."""
    since = tagged_at(tagged_on)
    if last_visit is not None and last_visit > since:
        since = last_visit
    return since + dt.timedelta(days=interval_days)


def is_overdue(due: dt.datetime, at: dt.datetime) -> bool:
    """Overdue strictly after the due instant: visited exactly one interval ago, a person is due
    today, not overdue (unlike a step of the closed loop, overdue from its due instant)."""
    return at > due
