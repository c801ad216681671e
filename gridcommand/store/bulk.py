"""Batched inserts with ids known in Python before the rows are written, so that related rows
can be written without a round trip per row (the demo's city preset writes millions of rows; an
import of an incident ledger tens of thousands, while other seats wait).

Ids: on SQLite the writer holds the database's write lock, so the next ids follow the largest
one; on PostgreSQL other seats insert at the same time, so ids are drawn from the table's own
sequence, a block at a time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict, deque
from collections.abc import Callable
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter

from sqlalchemy import Connection, Date, DateTime, Table, func, insert, select, text

from ..models import Base, UTCDateTime
from . import search

_UTC = dt.timezone.utc
BATCH = 5_000
ID_BLOCK = 1_000
FTS_INSERT = "incident_fts_insert"  # the search index's insert trigger (migration 9c4f2d7e1a35)
SORT_KEYS_INSERT = "incident_sort_keys_insert"  # the sort keys' (migration 7b3e9a41c2d8)
_SORT_KEYS_BODY = re.compile(r"BEGIN (UPDATE incident SET .*) WHERE id = NEW\.id; END$", re.S)


def _utc_text(value):
    # "YYYY-MM-DD HH:MM:SS.ffffff" in UTC; slicing off "+00:00" is cheaper than replace().
    return None if value is None else value.astimezone(_UTC).isoformat(" ", "microseconds")[:26]


def _iso(value):
    return None if value is None else value.isoformat()


def _converter(column) -> Callable | None:
    """How SQLAlchemy's SQLite types store a value of ``column`` (UTCDateTime: naive UTC text);
    None where the driver stores the value as it is (numbers, text and the string enums, bools)."""
    if isinstance(column.type, UTCDateTime):
        return _utc_text
    if isinstance(column.type, (Date, DateTime)):
        return _iso
    return None


@lru_cache(maxsize=None)
def _conversions(table: Table) -> tuple[tuple[str, Callable], ...]:
    return tuple((c.name, f) for c in table.columns if (f := _converter(c)) is not None)


def stored(dialect: str, table: Table, row: dict) -> dict:
    """``row`` with its values already in the form they are stored in (on SQLite, timestamps as
    text), so that the work is done before a write begins; a ``BulkWriter(stored=True)`` then
    takes such rows as they are."""
    if dialect == "sqlite":
        for name, convert in _conversions(table):
            if name in row:
                row[name] = convert(row[name])
    return row


WRITE_CACHE_KB = 256 * 1024  # SQLite's page cache while a bulk write runs (its default: 2 MB)


@contextmanager
def roomy_cache(connection: Connection):
    """A large page cache on SQLite for the while of a bulk write, then the usual one again. A
    batch of incidents touches every index of a large table at random places: with the default
    cache each such page is fetched again and again (a city's 20,000-row ledger: 4.5 s, with
    this 3.2 s, in the write other seats wait for)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{WRITE_CACHE_KB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={usual}")


class BulkWriter:
    def __init__(self, connection: Connection, stored: bool = False):
        """``stored``: the rows added are in their stored form already (``stored()``)."""
        self.connection = connection
        self._stored = stored
        self._pending: dict[Table, list[dict]] = defaultdict(list)
        self._ids: dict[Table, deque[int]] = defaultdict(deque)
        self._last: dict[Table, int] = {}
        self.counts: dict[str, int] = defaultdict(int)

    def next_id(self, table: Table) -> int:
        ids = self._ids[table]
        if not ids:
            ids.extend(self._allocate(table))
        return ids.popleft()

    def _allocate(self, table: Table) -> list[int]:
        if self.connection.dialect.name == "postgresql":
            return list(self.connection.scalars(
                text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                     "FROM generate_series(1, :n)"), {"table": table.name, "n": ID_BLOCK}))
        last = self._last.get(table)
        if last is None:
            last = self.connection.scalar(select(func.max(table.c.id))) or 0
        self._last[table] = last + ID_BLOCK
        return list(range(last + 1, last + ID_BLOCK + 1))

    def add(self, table: Table, row: dict) -> dict:
        """Queue a row. It may still be changed until the next flush."""
        self._pending[table].append(row)
        return row

    def maybe_flush(self) -> None:
        """Flush when a batch is full; call it only where every queued row is complete."""
        if any(len(rows) >= BATCH for rows in self._pending.values()):
            self.flush()

    def flush(self) -> None:
        # Parents before children, so foreign keys hold at every statement.
        for table in Base.metadata.sorted_tables:
            rows = self._pending.get(table)
            if rows:
                if self.connection.dialect.name == "sqlite":
                    self._sqlite_insert(table, rows)
                else:
                    self.connection.execute(insert(table), rows)
                self.counts[table.name] += len(rows)
                rows.clear()

    def _sqlite_insert(self, table: Table, rows: list[dict]) -> None:
        """Straight to the driver: SQLAlchemy's per-value bind processing was most of the time
        of a city-scale build. Values are stored exactly as the column types store them."""
        if table.name == "incident":
            with self._incident_triggers_by_batch(rows):
                self._sqlite_rows(table, rows)
        else:
            self._sqlite_rows(table, rows)

    @contextmanager
    def _incident_triggers_by_batch(self, rows: list[dict]):
        """What the incident's insert triggers do row by row — the search index, the sort keys —
        done for the whole batch in one statement each, the triggers lifted meanwhile (inside
        this transaction: no other seat sees them missing). Row by row they cost a city's ledger
        of 20,000 rows some 25 s. The sort keys' statement is the trigger's own, set-based."""
        found = dict(self.connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
            (FTS_INSERT, SORT_KEYS_INSERT)).all())
        keys = _SORT_KEYS_BODY.search(found.get(SORT_KEYS_INSERT) or "")
        if keys is None:  # a trigger of another shape stays and works row by row
            found.pop(SORT_KEYS_INSERT, None)
        for name in found:
            self.connection.exec_driver_sql(f"DROP TRIGGER {name}")
        yield
        if FTS_INSERT in found:
            columns = ", ".join(search.COLUMNS)
            self.connection.exec_driver_sql(
                f"INSERT INTO {search.FTS_TABLE} (rowid, {columns}) "
                f"VALUES (?, {', '.join('?' * len(search.COLUMNS))})",
                [(row["id"], *(row.get(c) for c in search.COLUMNS)) for row in rows])
        if keys is not None:
            # New rows are the ones without keys (a row once written always has them).
            ids = [row["id"] for row in rows]
            self.connection.exec_driver_sql(
                keys.group(1).replace("NEW.", "incident.") + " WHERE id BETWEEN ? AND ? AND sort_status IS NULL",
                (min(ids), max(ids)))
        for sql in found.values():
            self.connection.exec_driver_sql(sql)

    def _sqlite_rows(self, table: Table, rows: list[dict]) -> None:
        columns = [c for c in table.columns if c.name in rows[0]]
        names = [c.name for c in columns]
        sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        convert = [] if self._stored else [
            (i, f) for i, f in enumerate(map(_converter, columns)) if f is not None]
        get = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
        values = [get(row) for row in rows]
        if convert:
            for n, cells in enumerate(values):
                cells = list(cells)
                for i, f in convert:
                    cells[i] = f(cells[i])
                values[n] = tuple(cells)
        self.connection.exec_driver_sql(sql, values)
