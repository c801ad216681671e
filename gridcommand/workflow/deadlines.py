"""Step deadlines of the closed loop (SPEC §3.4): a versioned matrix colour × step in the
database, overridable per category, in calendar hours or working-day hours.

accept: from the report; resolve: from acceptance (the incident's deadline); verify: from the
resolution. An incident's acceptance step follows the rules in force when it was reported; its
later steps follow those in force when it was accepted.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.checks import Bounds
from ..base.enums import WarningColour
from ..base.errors import InputError
from ..base.workcalendar import add_working_time, working_time_between
from ..models import DeadlineRule, DeadlineRuleSet, Incident

STEPS = ("accept", "resolve", "verify")
MODES = ("calendar", "working")
WARNING_FRACTION = 0.8

DEFAULT_HOURS: dict[tuple[str, str], float] = {
    ("accept", "red"): 0.5, ("accept", "yellow"): 4, ("accept", "blue"): 24,
    ("resolve", "red"): 24, ("resolve", "yellow"): 7 * 24, ("resolve", "blue"): 3 * 24,
    ("verify", "red"): 24, ("verify", "yellow"): 24, ("verify", "blue"): 24,
}


@dataclass(frozen=True)
class RuleSet:
    """One version of the matrix, as plain data."""

    id: int
    effective_from: dt.datetime
    mode: str
    hours: dict[tuple[str, str, int | None], float]

    def allowed_hours(self, step: str, colour: str, category_id: int | None = None) -> float:
        specific = self.hours.get((step, colour, category_id))
        return specific if specific is not None else self.hours[(step, colour, None)]

    def add(self, start: dt.datetime, hours: float) -> dt.datetime:
        span = dt.timedelta(hours=hours)
        return start + span if self.mode == "calendar" else add_working_time(start, span)

    def due(self, step: str, colour: str, start: dt.datetime, category_id: int | None = None
            ) -> dt.datetime:
        return self.add(start, self.allowed_hours(step, colour, category_id))

    def warn_at(self, start: dt.datetime, due: dt.datetime) -> dt.datetime:
        """When 80 % of the step's time has passed: of its calendar time, or in working-day mode
        of its working time (so a step never turns amber during a holiday it does not count)."""
        if self.mode == "calendar":
            return start + (due - start) * WARNING_FRACTION
        return add_working_time(start, working_time_between(start, due) * WARNING_FRACTION)


class RuleBook:
    """Every version of the matrix, loaded once; versions never change after they are made."""

    def __init__(self, sets: list[RuleSet]):
        if not sets:
            raise InputError("数据库中没有时限规则。")
        self.sets = sorted(sets, key=lambda s: s.effective_from)
        self._starts = [s.effective_from for s in self.sets]
        self._by_id = {s.id: s for s in self.sets}

    @classmethod
    def load(cls, session: Session) -> RuleBook:
        rows = session.execute(select(DeadlineRule.rule_set_id, DeadlineRule.step,
                                      DeadlineRule.colour, DeadlineRule.category_id,
                                      DeadlineRule.hours)).all()
        hours: dict[int, dict] = {}
        for set_id, step, colour, category_id, value in rows:
            hours.setdefault(set_id, {})[(step, colour, category_id)] = value
        return cls([RuleSet(s.id, s.effective_from, s.mode, hours.get(s.id, {}))
                    for s in session.scalars(select(DeadlineRuleSet))])

    def in_force(self, at: dt.datetime) -> RuleSet:
        index = bisect.bisect_right(self._starts, at) - 1
        return self.sets[max(index, 0)]

    def by_id(self, rule_set_id: int | None, fallback_at: dt.datetime) -> RuleSet:
        return self._by_id.get(rule_set_id) or self.in_force(fallback_at)


STEP_HOURS = Bounds(0, 24 * 366, above_low=True)  # a step's time limit: more than nothing, at most a year


def new_rule_set(session: Session, effective_from: dt.datetime, mode: str,
                 hours: dict[tuple[str, str], float], actor_id: int | None,
                 overrides: dict[tuple[str, str, int], float] | None = None, note: str = ""
                 ) -> DeadlineRuleSet:
    """A new version of the matrix; incidents accepted from ``effective_from`` on follow it."""
    if mode not in MODES:
        raise InputError("计时方式“{mode}”无效,应为 calendar(自然时)或 working(工作日)", mode=mode)
    missing = [f"{s}/{c}" for s in STEPS for c in WarningColour if (s, c.value) not in hours]
    if missing:
        raise InputError("时限规则缺少:{missing}", missing=missing)
    bad = [f"{k[0]}/{k[1]}" for k, v in {**hours, **(overrides or {})}.items() if not STEP_HOURS.holds(v)]
    if bad:
        raise InputError("时限应大于 0 小时、不超过 {high} 小时:{bad}", high=f"{STEP_HOURS.high:,g}", bad=bad)
    if effective_from.tzinfo is None:
        raise InputError("生效时间必须带时区")
    rule_set = DeadlineRuleSet(effective_from=effective_from, mode=mode, note=note,
                               created_at=clock.now(), created_by=actor_id)
    rule_set.rules = [DeadlineRule(step=s, colour=c, category_id=None, hours=h)
                      for (s, c), h in hours.items()]
    rule_set.rules += [DeadlineRule(step=s, colour=c, category_id=cat, hours=h)
                       for (s, c, cat), h in (overrides or {}).items()]
    session.add(rule_set)
    session.flush()
    return rule_set


# -- the boundaries, one reading everywhere (SPEC §3.4) -------------------------------------------
# A step is overdue from the instant its due time is reached, and in warning from its 80 % point
# until then. Every caller — detail, queue filters and counts, command line, stats, agenda, rules —
# asks these, in Python or in SQL.

def is_overdue(due: dt.datetime | None, at: dt.datetime) -> bool:
    return due is not None and at >= due


def in_warning(warn: dt.datetime | None, due: dt.datetime | None, at: dt.datetime) -> bool:
    return warn is not None and due is not None and warn <= at < due


def overdue_clause(at: dt.datetime):
    """SQL: the incident's open step is overdue at ``at`` (closed incidents have no due time)."""
    return Incident.step_due_at <= at


def warning_clause(at: dt.datetime):
    return (Incident.step_warn_at <= at) & (Incident.step_due_at > at)


def on_time_clause():
    """SQL: the incident was resolved on time — at its deadline still counts (SPEC §6), although
    from that instant the open step was overdue."""
    return Incident.resolved_at <= Incident.deadline


def light(warn: dt.datetime | None, due: dt.datetime, at: dt.datetime) -> str:
    """Traffic light of an open step: green, yellow 预警 from 80 % of its time, red 超期 at 100 %."""
    if is_overdue(due, at):
        return "red"
    return "yellow" if in_warning(warn, due, at) else "green"
