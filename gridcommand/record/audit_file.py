"""The audit chain of a SQLite file — a backup just written, a file to restore — walked in two
halves at once where it is long: the first half in a process of its own, the second here.
Hashing is Python's work, one core's: a city's 3.3 million entries take 11 s on one. Each half
checks its entries against the hash stored before its first; the halves join where the first
half's last hash is the one the second began from, so the whole is checked exactly as one walk
would check it (``audit.walk``), and says the same where it breaks."""

from __future__ import annotations

import multiprocessing
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..base.messages import Message
from .audit import GENESIS, Verdict, sqlite_at, walk

SPLIT_FROM = 400_000   # entries; below, a second process costs more than it saves
_BATCH = 50_000
_COLUMNS = "seq, at, actor_id, actor, roles, action, entity, entity_id, summary, prev_hash, hash"


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def _rows(connection: sqlite3.Connection, first: int, last: int):
    after = first - 1
    while after < last:
        batch = connection.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE seq > ? AND seq <= ? "
                                   "ORDER BY seq LIMIT ?", (after, last, _BATCH)).fetchall()
        if not batch:
            return
        yield from batch
        after = batch[-1][0]


def walk_part(path: Path, first: int, last: int, prev: str) -> Verdict:
    """Entries ``first`` to ``last`` of the file's chain, the first following ``prev``."""
    connection = _connect(path)
    try:
        return walk(_rows(connection, first, last), last, sqlite_at, (first, prev))
    finally:
        connection.close()


def verify_file(path: str | Path) -> Verdict:
    """The file's whole chain; ``sqlite3.DatabaseError`` if it is not a database that has one."""
    connection = _connect(Path(path))
    try:
        last = connection.execute("SELECT max(seq) FROM audit_log").fetchone()[0] or 0
        middle = last // 2
        joint = connection.execute("SELECT prev_hash FROM audit_log WHERE seq = ?", (middle + 1,)).fetchone()
    finally:
        connection.close()
    if last < SPLIT_FROM or joint is None:
        return walk_part(path, 1, last, GENESIS)
    # Spawned, not forked: the app's process has Qt's threads and open connections.
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        first_half = pool.submit(walk_part, Path(path), 1, middle, GENESIS)
        second_half = walk_part(Path(path), middle + 1, last, joint[0])
        try:
            head = first_half.result()
        except (BrokenProcessPool, OSError):  # no second process to be had here: the first half too
            head = walk_part(Path(path), 1, middle, GENESIS)
    if not head.ok:
        return head
    if head.head != joint[0]:
        return Verdict(head.entries, head.head, middle + 1,
                       Message("第 {seq} 条记录的前一条哈希与第 {before} 条不符", seq=middle + 1, before=middle))
    if not second_half.ok:
        return Verdict(head.entries + second_half.entries, second_half.head, second_half.broken_at, second_half.reason)
    return Verdict(head.entries + second_half.entries, second_half.head)
