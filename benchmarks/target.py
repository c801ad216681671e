"""The database a benchmark runs on: ``--db`` takes a SQLite file or a database URL (PostgreSQL).
Raw sqlite3 baselines are measured only on a file."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Target:
    url: str
    path: Path | None  # the SQLite file, for the raw sqlite3 baselines

    def __str__(self) -> str:
        return str(self.path) if self.path else self.url.split("@")[-1]


def target(value: str) -> Target:
    """argparse type of ``--db``: a URL, or a SQLite file that must exist."""
    if "://" in value:
        return Target(value, None)
    path = Path(value).resolve()
    if not path.exists():
        sys.exit(f"{path} does not exist: build it with python -m gridcommand demo --scale city --db {path}")
    return Target(f"sqlite:///{path}", path)
