"""The leaders' screen's figures of finished months (SPEC §10), read in the background for a
user who may see reports. (The period's figures are cheap: the dock reads them directly.)"""

from __future__ import annotations

from ..access.permissions import Can, require
from ..figures import dashboard
from ..store.database import Database
from .actor import Actor
from .unit_of_work import read


def monthly(db: Database, actor: Actor) -> dashboard.Monthly:
    require(actor, Can.REPORTS)
    return read(db, dashboard.monthly)
