"""SQLite's own checks of a file: the quick check (every page, record and the freelist), and —
thorough — each table's indexes against its rows as well, the tables shared out among threads
(SQLite lets go of the GIL while it checks). A city's file takes 30 s on one core; its largest
table alone takes 17 s, so two threads, the heaviest tables first."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

THREADS = 2


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _heaviest_first(connection: sqlite3.Connection) -> list[str]:
    """The tables, by an estimate of their checking's work: rows times (1 + indexes)."""
    indexes: dict[str, int] = {}
    for table, in connection.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'index'"):
        indexes[table] = indexes.get(table, 0) + 1
    weighed = []
    for name, in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        try:
            rows = connection.execute(f"SELECT max(rowid) FROM {_quoted(name)}").fetchone()[0] or 0
        except sqlite3.DatabaseError:  # a table without rowid, a virtual table's module missing
            rows = 0
        weighed.append((rows * (1 + indexes.get(name, 0)), name))
    return [name for _weight, name in sorted(weighed, reverse=True)]


def problem(path: Path, thorough: bool) -> str | None:
    """What SQLite finds wrong with the file (its first complaint), or None."""
    try:
        if not thorough:
            return _check(path, iter(["PRAGMA quick_check"]), threading.Lock())
        connection = _connect(path)
        try:
            tables = _heaviest_first(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    statements = iter([f"PRAGMA integrity_check({_quoted(t)})" for t in tables] + ["PRAGMA quick_check"])
    taking = threading.Lock()
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        found = [pool.submit(_check, path, statements, taking) for _ in range(THREADS)]
        return next((said for said in (f.result() for f in found) if said), None)


def _check(path: Path, statements: Iterator[str], taking: threading.Lock) -> str | None:
    """Run the statements one at a time as they are taken, until one complains."""
    try:
        connection = _connect(path)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    try:
        while True:
            with taking:
                statement = next(statements, None)
            if statement is None:
                return None
            found = connection.execute(statement).fetchall()
            if found != [("ok",)]:
                return found[0][0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        connection.close()
