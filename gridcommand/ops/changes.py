"""What the other seats changed: the change log, read by every seat every few seconds."""

from __future__ import annotations

from ..store import changes
from ..store.changes import Changes
from ..store.database import Database
from .unit_of_work import read


def latest(db: Database) -> int:
    return read(db, changes.latest)


def since(db: Database, seen: int) -> tuple[int, list[tuple[int, Changes]]]:
    """(the newest entry, [(entry, what it changed), …]) after entry ``seen``."""
    return read(db, changes.since, seen)
