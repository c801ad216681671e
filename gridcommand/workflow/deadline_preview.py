"""What a new version of the deadline matrix would change, shown before it is saved (SPEC §3.4).
A version never moves the deadlines of a step under way: an incident's acceptance follows the
matrix in force when it was reported, its later steps the one in force when it was accepted. So
the open incidents it reaches are those not accepted yet — they follow it if accepted from its
effective time on — and, after that time, every new report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import Status
from ..models import Category, Incident
from .deadlines import RuleBook, RuleSet

LATER_STEPS = ("resolve", "verify")  # follow the matrix in force at acceptance


@dataclass(frozen=True)
class Change:
    step: str
    colour: str
    category: str | None  # a category's own rule, or None for the general one
    before: float | None  # hours; None: there was no such rule
    after: float | None   # hours; None: the category's own rule is dropped
    reported_last_30_days: int  # how many of the last 30 days' incidents it would apply to


@dataclass(frozen=True)
class Preview:
    effective_from: dt.datetime
    mode_before: str
    mode_after: str
    changes: list[Change]
    waiting: int  # open incidents not accepted yet whose later steps would get other hours


def _groups(session: Session, *where) -> dict[tuple[str, int | None], int]:
    rows = session.execute(select(Incident.colour, Incident.category_id, func.count())
                           .where(*where).group_by(Incident.colour, Incident.category_id))
    return {(colour, category): n for colour, category, n in rows}


def preview(session: Session, effective_from: dt.datetime, mode: str, hours: dict[tuple[str, str], float],
            overrides: dict[tuple[str, str, int], float] | None = None, now: dt.datetime | None = None) -> Preview:
    now = now or clock.now()
    current = RuleBook.load(session).in_force(max(effective_from, now))
    new = RuleSet(0, effective_from, mode, {(s, c, None): h for (s, c), h in hours.items()} | dict(overrides or {}))
    names = dict(session.execute(select(Category.id, Category.name)).all())
    month = _groups(session, Incident.reported_at >= now - dt.timedelta(days=30))

    def applies(step: str, colour: str, category_id: int | None, rules: RuleSet) -> int:
        """Of the month's incidents, those whose hours for ``step`` come from this rule."""
        return sum(n for (c, cat), n in month.items() if c == colour and
                   ((step, colour, cat) if (step, colour, cat) in rules.hours else (step, colour, None))
                   == (step, colour, category_id))

    changes = [Change(step, colour, names.get(category), current.hours.get(key), new.hours.get(key),
                      applies(step, colour, category, new if key in new.hours else current))
               for key in sorted(set(current.hours) | set(new.hours), key=str)
               for step, colour, category in [key] if current.hours.get(key) != new.hours.get(key)]
    waiting = sum(n for (colour, category), n in _groups(session, Incident.status == Status.REPORTED).items()
                  if mode != current.mode or any(current.allowed_hours(step, colour, category)
                                                 != new.allowed_hours(step, colour, category) for step in LATER_STEPS))
    return Preview(effective_from, current.mode, mode, changes, waiting)
