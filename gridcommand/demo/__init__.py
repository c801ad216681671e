"""A realistic demo township at three scales (SPEC §2), the same data for the same seed.

``build_demo`` fills an empty database: organisation and 1+3+N teams, key persons of all four
colours with a history of visits, commendations, and incidents whose timelines follow the
closed loop. Rows are written in batches with Core inserts; the city preset (520,000 incidents,
about three million events) takes a few minutes. It lives in ``demo.build``: this package's
own names are the light ones the app needs at every start (its password, a demo file set aside).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from enum import Enum
from pathlib import Path

from ..base import clock
from ..base.enums import UserRole
from ..org.township import DEMO_KEY
from .scales import SCALES, Scale

__all__ = ["DEMO_ACCOUNTS", "DEMO_PASSWORD", "SCALES", "Held", "Scale", "anchor_time", "held_by",
           "months_back", "remove", "set_aside"]

# One account per role, all with this documented password, so the demo can be tried in any role.
DEMO_PASSWORD = "demo1234"
DEMO_ACCOUNTS = [(UserRole.DUTY, "duty1"), (UserRole.DUTY, "duty2"), (UserRole.DUTY, "duty3"),
                 (UserRole.CHAIR, "chair"), (UserRole.HR, "hr"), (UserRole.LEADER, "leader")]


def months_back(today: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` before ``today``'s: the demo's history starts there,
    so that its first month is a whole one (a partial month would score every worker 不合格)."""
    month = today.year * 12 + today.month - 1 - months
    return dt.date(month // 12, month % 12 + 1, 1)


def anchor_time(today: dt.date) -> dt.datetime:
    """The demo's "now": the start of its day (Asia/Shanghai). Fixed, so that a seed and a day
    always give the same data, and never later than the real now on that day."""
    return clock.at_local(today).astimezone(clock.UTC)


class Held(Enum):
    """What a file a demo would be written to holds (SPEC §12.1: a demo replaces only a demo)."""

    NOTHING = "nothing"    # no file, an empty one, or a database with no township in it
    DEMO = "demo"
    TOWNSHIP = "township"  # a township's own database: its administrator's to replace
    FOREIGN = "foreign"    # not this program's database at all: never replaced


def held_by(path: Path) -> Held:
    """Read without changing anything (no migration, no WAL left behind)."""
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return Held.NOTHING
    if not path.is_file():
        return Held.FOREIGN
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return Held.NOTHING
            if "township" not in tables or "setting" not in tables:
                return Held.FOREIGN
            if connection.execute("SELECT 1 FROM setting WHERE key = ?", (DEMO_KEY,)).fetchone():
                return Held.DEMO
            return Held.TOWNSHIP if connection.execute("SELECT 1 FROM township").fetchone() else Held.NOTHING
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return Held.FOREIGN


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def set_aside(path: Path) -> Path | None:
    """Move the demo database at ``path`` (with its WAL files) to ``….previous.sqlite`` before a
    fresh demo takes its place, so that what a user tried in it is not lost; one earlier demo is
    kept. The previous file's path, or None if there was no demo there."""
    if not path.exists():
        return None
    previous = path.with_name(f"{path.stem}.previous{path.suffix}")
    remove(previous)
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{path}{suffix}").exists():
            Path(f"{path}{suffix}").rename(f"{previous}{suffix}")
    return previous
