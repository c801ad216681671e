"""The leaders' screen's figures (SPEC §10), read for a user who may see reports."""

from __future__ import annotations

from .. import dashboard
from ..database import Database
from ..permissions import Can, require
from .actor import Actor
from .unit_of_work import read


def live(db: Database, actor: Actor, days: int = dashboard.DEFAULT_PERIOD,
         village_id: int | None = None) -> dashboard.Live:
    require(actor, Can.REPORTS)
    return read(db, dashboard.live, days, village_id)


def monthly(db: Database, actor: Actor) -> dashboard.Monthly:
    require(actor, Can.REPORTS)
    return read(db, dashboard.monthly)
