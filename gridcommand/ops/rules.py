"""The automatic rules of SPEC §3.4 as an operation of the system user, safe to run from any
number of seats at once, and new versions of the deadline matrix."""

from __future__ import annotations

import datetime as dt

from .. import clock
from .. import audit
from ..changes import Area, Changes
from ..database import Database
from ..deadlines import new_rule_set
from ..permissions import Can
from ..workflow import run_all
from .actor import Actor
from .unit_of_work import Result, perform


def run(db: Database, actor: Actor, now: dt.datetime | None = None) -> Result[int]:
    """Cards, escalations and meeting flags due by ``now``, recorded as done by the system user
    (``actor`` is who set the run going); the value is how many incidents changed. A seat that
    loses a race with another seat's run finds the work done."""
    def work(session, _user):
        changes = run_all(session, now or clock.now())
        return len(changes.incidents), changes
    return perform(db, actor, work, needs=Can.UPKEEP, idempotent=True)


def new_deadlines(db, actor, effective_from: dt.datetime, mode: str,
                  hours: dict[tuple[str, str], float], note: str = "") -> Result[int]:
    """A new version of the deadline matrix; the value is its id."""
    def work(session, user):
        rule_set = new_rule_set(session, effective_from, mode, hours, user.id, note=note)
        audit.note(session, "deadlines.version", "deadline_rule_set", rule_set.id,
                   effective=effective_from.isoformat(), mode=mode,
                   hours={f"{s}:{c}": h for (s, c), h in hours.items()})
        return rule_set.id, Changes.of(Area.SETTINGS)
    return perform(db, actor, work, needs=Can.ADMINISTER)
