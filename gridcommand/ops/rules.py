"""The automatic rules of SPEC §3.4 as an operation of the system user, safe to run from any
number of seats at once, and new versions of the deadline matrix."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from ..access.permissions import Can
from ..base import clock
from ..base.changes import Area, Changes
from ..models import User
from ..record import audit
from ..settings.county import ESCALATE_AFTER_HOURS
from ..settings.stored import store
from ..store.database import Database
from ..workflow import run_all
from ..workflow.deadline_preview import Preview, preview
from ..workflow.deadlines import (
    MODES as MODES,
    STEP_HOURS as STEP_HOURS,
    STEPS as STEPS,
    RuleBook,
    RuleSet,
    new_rule_set,
)
from .actor import Actor
from .unit_of_work import Result, look, perform


def run(db: Database, actor: Actor, now: dt.datetime | None = None) -> Result[int]:
    """Cards, escalations and meeting flags due by ``now``, recorded as done by the system user
    (``actor`` is who set the run going); the value is how many incidents changed. A seat that
    loses a race with another seat's run finds the work done."""
    def work(session: Session, _user: User) -> tuple[Any, Changes]:
        changes = run_all(session, now or clock.now())
        return len(changes.incidents), changes
    return perform(db, actor, work, needs=Can.UPKEEP, idempotent=True)


def new_deadlines(db: Database, actor: Actor, effective_from: dt.datetime, mode: str,
                  hours: dict[tuple[str, str], float], note: str = "",
                  overrides: dict[tuple[str, str, int], float] | None = None) -> Result[int]:
    """A new version of the deadline matrix (with the categories' own rules, ``overrides``);
    the value is its id."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        rule_set = new_rule_set(session, effective_from, mode, hours, user.id, overrides, note)
        audit.note(session, "deadlines.version", "deadline_rule_set", rule_set.id,
                   effective=effective_from.isoformat(), mode=mode,
                   hours={f"{s}:{c}": h for (s, c), h in hours.items()},
                   overrides={f"{s}:{c}:{cat}": h for (s, c, cat), h in (overrides or {}).items()})
        return rule_set.id, Changes.of(Area.SETTINGS)
    return perform(db, actor, work, needs=Can.ADMINISTER)


def deadline_versions(db: Database, actor: Actor) -> list[RuleSet]:
    """The matrix in force now and every version to come, oldest first."""
    def versions(session: Session) -> list[RuleSet]:
        book, now = RuleBook.load(session), clock.now()
        current = book.in_force(now)
        return [current] + [s for s in book.sets if s.effective_from > now]
    return look(db, actor, versions, needs=Can.ADMINISTER)


def preview_deadlines(db: Database, actor: Actor, effective_from: dt.datetime, mode: str,
                      hours: dict[tuple[str, str], float],
                      overrides: dict[tuple[str, str, int], float] | None = None) -> Preview:
    """What the new version would change, before it is saved."""
    return look(db, actor, preview, effective_from, mode, hours, overrides, needs=Can.ADMINISTER)


def deadlines_in_force(db: Database, actor: Actor, at: dt.datetime | None = None) -> RuleSet:
    """The deadline matrix in force at ``at`` (now), as anyone may read it."""
    return look(db, actor, lambda session: RuleBook.load(session).in_force(at or clock.now()), needs=Can.REPORTS)


def county_escalation(db: Database, actor: Actor) -> int:
    """After how many hours overdue a township-level item goes to the county by itself (0: never)."""
    return look(db, actor, ESCALATE_AFTER_HOURS.read, needs=Can.SEE_RECORD)


def set_county_escalation(db: Database, actor: Actor, hours: int | str) -> Result[int]:
    """The county's hours (SPEC §13), stored in this township for its own rules; checked first."""
    def work(session: Session, _user: User) -> tuple[Any, Changes]:
        stored = store(session, (ESCALATE_AFTER_HOURS,), {ESCALATE_AFTER_HOURS.key: hours})
        audit.note(session, "settings.county", "setting", ESCALATE_AFTER_HOURS.key, value=stored[ESCALATE_AFTER_HOURS.key])
        return stored[ESCALATE_AFTER_HOURS.key], Changes.of(Area.SETTINGS)
    return perform(db, actor, work, needs=Can.SET_COUNTY_RULES)
