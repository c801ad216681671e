"""Batched inserts with ids assigned in Python, so related rows can be written without a
round trip per row (the city preset writes millions of rows)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import Connection, Table, func, insert, select, text

from ..models import Base

BATCH = 5_000
_PLAIN = (int, float, str, bytes, type(None))


def _sqlite_value(value):
    """A value as SQLAlchemy's SQLite types store it (UTCDateTime: naive UTC text)."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is dt.datetime:
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(
            sep=" ", timespec="microseconds")
    if kind is dt.date:
        return value.isoformat()
    if kind is bool:
        return int(value)
    return str(value)  # the string enums


class BulkWriter:
    def __init__(self, connection: Connection):
        self.connection = connection
        self._pending: dict[Table, list[dict]] = defaultdict(list)
        self._next_id: dict[Table, int] = {}
        self.counts: dict[str, int] = defaultdict(int)

    def next_id(self, table: Table) -> int:
        if table not in self._next_id:
            current = self.connection.scalar(select(func.max(table.c.id))) or 0
            self._next_id[table] = current + 1
        value = self._next_id[table]
        self._next_id[table] = value + 1
        return value

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
        names = [c.name for c in table.columns if c.name in rows[0]]
        sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        self.connection.exec_driver_sql(
            sql, [tuple(_sqlite_value(row[n]) for n in names) for row in rows])

    def finish(self) -> None:
        self.flush()
        if self.connection.dialect.name == "postgresql":
            # Ids were given explicitly; move each sequence past them.
            for table in self._next_id:
                self.connection.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table.name}))"))
