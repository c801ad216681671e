"""What the other seats changed: the change log, read by every seat's hub every few seconds.

It names ids and areas, never what they hold, and it is read whoever sits at the seat: it is how
a screen learns to ask again — through the checked reads — not a read of the record itself."""

from __future__ import annotations

from ..base.changes import Changes
from ..store import change_log
from ..store.database import Database
from .unit_of_work import read


def latest(db: Database) -> int:
    return read(db, change_log.latest)


def since(db: Database, seen: int) -> tuple[int, list[tuple[int, Changes]]]:
    """(the newest entry, [(entry, what it changed), …]) after entry ``seen``."""
    return read(db, change_log.since, seen)
