"""Batched inserts with ids known in Python before the rows are written, so that related rows
can be written without a round trip per row (the demo's city preset writes millions of rows; an
import of an incident ledger tens of thousands, while other seats wait).

Ids: on SQLite the writer holds the database's write lock, so the next ids follow the largest
one; on PostgreSQL other seats insert at the same time, so ids are drawn from the table's own
sequence, a block at a time.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from collections.abc import Callable
from operator import itemgetter

from sqlalchemy import Boolean, Connection, Date, DateTime, String, Table, func, insert, select, text

from .models import Base, UTCDateTime

BATCH = 5_000
ID_BLOCK = 1_000


def _utc_text(value):
    if value is None:
        return None
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(
        sep=" ", timespec="microseconds")


def _iso(value):
    return None if value is None else value.isoformat()


def _int(value):
    return None if value is None else int(value)


def _text(value):
    return value if value is None or type(value) is str else str(value)  # the string enums


def _converter(column) -> Callable | None:
    """How SQLAlchemy's SQLite types store a value of ``column`` (UTCDateTime: naive UTC text);
    None where the driver takes the value as it is."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _utc_text
    if isinstance(kind, Boolean):
        return _int
    if isinstance(kind, (Date, DateTime)):
        return _iso
    if isinstance(kind, String):
        return _text
    return None


class BulkWriter:
    def __init__(self, connection: Connection):
        self.connection = connection
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
        columns = [c for c in table.columns if c.name in rows[0]]
        names = [c.name for c in columns]
        sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        convert = [(i, f) for i, f in enumerate(map(_converter, columns)) if f is not None]
        get = itemgetter(*names)
        values = []
        for row in rows:
            cells = list(get(row)) if len(names) > 1 else [get(row)]
            for i, f in convert:
                cells[i] = f(cells[i])
            values.append(tuple(cells))
        self.connection.exec_driver_sql(sql, values)
