"""Declarative base, naming convention and the column types every model shares."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, MetaData
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Named constraints from day one: Alembic can then drop and alter them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


_parse = dt.datetime.fromisoformat


def sqlite_utc(value: str | None) -> dt.datetime | None:
    """A timestamp as SQLite hands back the text SQLAlchemy wrote ("2026-11-23 10:00:00.000000",
    UTC). The standard library parses it, offset appended, several times faster than the generic
    processor (and than parsing, then replacing tzinfo): a page of the queue reads a thousand."""
    return None if value is None else _parse(value + "+00:00")


class UTCDateTime(TypeDecorator):
    """A timezone-aware timestamp stored as UTC.

    PostgreSQL keeps it as ``timestamptz``; SQLite has no zone, so the value is normalised to
    UTC before it is written and the zone is put back when it is read. Naive datetimes are
    refused: every time in the product must say which zone it is in.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: timestamps must be timezone-aware")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def result_processor(self, dialect, coltype):
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)
        return sqlite_utc

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)
