"""The incident queue as the database sees it: filter, sort and page in SQL (SPEC §4).

A city-size queue (half a million rows) is never loaded whole. A page is found in two steps:
the keys of the page from the incident table alone, then the columns shown for just those ids,
joined to grids, villages, categories, units and staff. Every sortable column has a sort key on
the incident table with an index on (key, id), so a page is *sought*: the rows after (or before)
a known row's key, read off the index, never counted through with OFFSET. Only a jump to a page
whose neighbours were never read counts along the index once, to find the key to seek from.
Everything returned is plain data, safe to hand to another thread or keep in a view's cache.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Integer, Select, and_, any_, bindparam, exists, func, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from ..base.enums import OPEN_STATUSES, Status
from ..models import Category, Grid, Incident, IncidentUnit, Unit
from ..models.base import sqlite_utc
from ..store import search
from .deadlines import overdue_clause, warning_clause

PAGE_SIZE = 200
BUSY_UNIT = 2_000  # incidents of a unit above which its page is found by walking, not sorting


class QueueRow(NamedTuple):
    """One row as the queue shows it. A named tuple: a page builds 200 of them on every scroll,
    five times faster than a frozen dataclass."""

    id: int
    code: str
    reported_at: dt.datetime
    village: str
    grid: str
    category: str
    title: str
    colour: str
    status: str
    level: str
    unit: str | None
    deadline: dt.datetime | None
    reporter: str | None
    step: str | None
    step_warn_at: dt.datetime | None
    step_due_at: dt.datetime | None
    flagged: bool
    version: int
    track: str
    instructed: bool          # the county's 批示 not yet read by the township
    unsigned: tuple[str, ...] = ()

    @property
    def is_open(self) -> bool:
        return Status(self.status).is_open


@dataclass(frozen=True)
class QueueFilter:
    statuses: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    tracks: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()      # holding levels: the county seat's queue is the county's
    village_id: int | None = None
    grid_id: int | None = None
    category_id: int | None = None
    unit_id: int | None = None
    text: str = ""
    reported_from: dt.datetime | None = None
    reported_to: dt.datetime | None = None
    overdue_at: dt.datetime | None = None  # only open steps past their due time at this moment
    warning_at: dt.datetime | None = None  # only open steps in warning (not yet due) at this moment


# Sort keys by column: raw values, never display text (colours by urgency, times as times), each
# a column of the incident table (kept by triggers where it copies another table) and never NULL.
SORT_KEYS = {
    "code": Incident.code,
    "reported_at": Incident.reported_at,
    "village": Incident.sort_village,
    "grid": Incident.sort_grid,
    "category": Incident.sort_category,
    "title": Incident.title,
    "colour": Incident.sort_colour,
    "status": Incident.sort_status,
    "level": Incident.sort_level,
    "unit": Incident.sort_unit,
    "deadline": Incident.sort_deadline,
    "reporter": Incident.sort_reporter,
    "unsigned": Incident.unsigned_units,
    "track": Incident.track,
}
COLUMNS = tuple(SORT_KEYS)

Key = tuple[Any, int]  # (sort key, id) of one row: where a page starts or ends


@dataclass(frozen=True)
class Page:
    rows: list[QueueRow]
    first: Key | None
    last: Key | None


@dataclass(frozen=True)
class QueueQuery:
    filter: QueueFilter = field(default_factory=QueueFilter)
    sort: str = "reported_at"
    descending: bool = True

    def _where(self, stmt: Select, session: Session, walking: bool = False) -> Select:
        """``stmt`` narrowed to the filter; ``walking``: the rows are read in the sort's order
        until a page is full (a seek), not all of them (a count)."""
        f, dialect = self.filter, session.get_bind().dialect.name
        if f.statuses:
            stmt = stmt.where(Incident.status.in_(f.statuses))
        if f.colours:
            stmt = stmt.where(Incident.colour.in_(f.colours))
        if f.tracks:
            stmt = stmt.where(Incident.track.in_(f.tracks))
        if f.levels:
            stmt = stmt.where(Incident.level.in_(f.levels))
        if f.grid_id is not None:
            stmt = stmt.where(Incident.grid_id == f.grid_id)
        elif f.village_id is not None:
            stmt = stmt.where(Incident.village_id == f.village_id)
        if f.category_id is not None:
            stmt = stmt.where(Incident.category_id == f.category_id)
        if f.unit_id is not None:  # the lead or any unit called in
            stmt = stmt.where(self._called_in(session, dialect, walking))
        if f.reported_from is not None:
            stmt = stmt.where(Incident.reported_at >= f.reported_from)
        if f.reported_to is not None:
            stmt = stmt.where(Incident.reported_at < f.reported_to)
        if f.overdue_at is not None:
            stmt = stmt.where(and_(Incident.status.in_(OPEN_STATUSES), overdue_clause(f.overdue_at)))
        if f.warning_at is not None:
            stmt = stmt.where(and_(Incident.status.in_(OPEN_STATUSES), warning_clause(f.warning_at)))
        if f.text.strip():
            stmt = stmt.where(search.matches(f.text, dialect))
        return stmt

    def _called_in(self, session: Session, dialect: str, walking: bool):
        unit_id = self.filter.unit_id
        called = select(IncidentUnit.incident_id).where(IncidentUnit.unit_id == unit_id)
        if walking and dialect == "sqlite" and (session.scalar(
                select(func.count()).select_from(called.limit(BUSY_UNIT + 1).subquery())) > BUSY_UNIT):
            # A busy unit's page is found at once by walking the sort's index and asking each row;
            # SQLite's own plan sorts all the unit's incidents first (0.25 s for the busiest). A
            # quiet unit's few incidents are better sorted than searched for.
            return exists().where(IncidentUnit.incident_id == Incident.id, IncidentUnit.unit_id == unit_id)
        return Incident.id.in_(called)

    def _order(self, descending: bool) -> tuple:
        key = SORT_KEYS[self.sort]
        # The id breaks ties so that pages never overlap or skip a row.
        return (key.desc(), Incident.id.desc()) if descending else (key.asc(), Incident.id.asc())

    def count(self, session: Session) -> int:
        return session.scalar(self._where(select(func.count()).select_from(Incident), session)) or 0

    def holds(self, session: Session, incident_id: int) -> bool:
        """Whether the incident is among the queue's rows (after a move it may have left them)."""
        return session.scalar(self._where(select(Incident.id).where(Incident.id == incident_id), session)
                              .limit(1)) is not None

    def seek(self, session: Session, after: Key | None = None, before: Key | None = None,
             limit: int = PAGE_SIZE) -> list[Key]:
        """Keys of up to ``limit`` rows in the queue's order: the first rows, the rows right
        after the row keyed ``after``, or the rows right before the row keyed ``before``."""
        key = SORT_KEYS[self.sort]
        # Seeking backwards walks the index the other way and turns the rows round after.
        backwards = before is not None
        descending = self.descending != backwards
        mark = before if backwards else after
        connection = session.connection()  # Core rows: no ORM bookkeeping for two columns

        def walk(*where) -> list[Key]:
            stmt = self._where(select(key, Incident.id), session, walking=True).where(*where)
            return [tuple(row) for row in connection.execute(
                stmt.order_by(*self._order(descending)).limit(limit - len(keys))).all()]

        keys: list[Key] = []
        if mark is None:
            keys = walk()
        else:
            # Two index ranges, not one row-value comparison: SQLite reads (key, id) > (k, i) as
            # key >= k and filters, which walks every row sharing a common key (a colour, a status).
            value, last_id = mark
            keys = walk(key == value, Incident.id < last_id if descending else Incident.id > last_id)
            if len(keys) < limit:
                keys += walk(key < value if descending else key > value)
        return keys[::-1] if backwards else keys

    def key_at(self, session: Session, offset: int) -> Key | None:
        """The key of the row at ``offset``, counted along the sort key's index: where a jump
        far down the queue starts seeking."""
        stmt = self._where(select(SORT_KEYS[self.sort], Incident.id), session, walking=True)
        row = session.execute(stmt.order_by(*self._order(self.descending)).offset(offset).limit(1)).first()
        return tuple(row) if row else None

    def fetch(self, session: Session, after: Key | None = None, before: Key | None = None,
              limit: int = PAGE_SIZE) -> Page:
        """A page of display rows sought as ``seek`` does."""
        keys = self.seek(session, after, before, limit)
        return Page(rows_for(session, [i for _, i in keys]), keys[0] if keys else None,
                    keys[-1] if keys else None)

    def jump(self, session: Session, offset: int, limit: int = PAGE_SIZE) -> Page:
        """The page that starts at row ``offset``."""
        after = self.key_at(session, offset - 1) if offset else None
        if offset and after is None:
            return Page([], None, None)
        return self.fetch(session, after=after, limit=limit)

    def page(self, session: Session, offset: int = 0, limit: int = PAGE_SIZE) -> list[QueueRow]:
        """Rows ``offset`` to ``offset + limit`` (the CLI's and the tests' way in)."""
        return self.jump(session, offset, limit).rows


# Built once per dialect: the page's rows are read on every scroll, and building a statement
# costs as much as running it. The page's ids go in as one value — a JSON array on SQLite, an
# array on PostgreSQL — not as an expanding IN (...), which SQLAlchemy renders again on every
# execution. Read on the session's connection (``_read``), never through the ORM.
def _among_ids(column, dialect: str):
    if dialect == "sqlite":
        return column.in_(select(literal_column("value")).select_from(func.json_each(bindparam("ids"))))
    if dialect == "postgresql":
        return column == any_(bindparam("ids", type_=ARRAY(Integer)))
    return column.in_(bindparam("ids", expanding=True))


_EMPTY = literal_column("''")  # in the SQL itself: the driver is handed one parameter, the ids


@lru_cache(maxsize=4)
def _statements(dialect: str) -> tuple[Select, Select]:
    # The village, unit and reporter names the queue sorts by are on the incident already (kept
    # by triggers): shown from there, the page joins two small tables, not five (PostgreSQL
    # hashed the whole staff table for every page).
    rows = (select(Incident.id, Incident.code, Incident.reported_at, Incident.sort_village, Grid.name,
                   Category.name, Incident.title, Incident.colour, Incident.status,
                   Incident.level, func.nullif(Incident.sort_unit, _EMPTY), Incident.deadline,
                   func.nullif(Incident.sort_reporter, _EMPTY), Incident.step,
                   Incident.step_warn_at, Incident.step_due_at, Incident.flagged, Incident.version,
                   Incident.track, Incident.instruction_unread, Incident.unsigned_units)
            .join(Grid, Grid.id == Incident.grid_id)
            .join(Category, Category.id == Incident.category_id)
            .where(_among_ids(Incident.id, dialect)))
    unsigned = (select(IncidentUnit.incident_id, Unit.name).join(Unit, Unit.id == IncidentUnit.unit_id)
                .where(_among_ids(IncidentUnit.incident_id, dialect), IncidentUnit.signed_at.is_(None))
                .order_by(IncidentUnit.role.desc(), Unit.name))
    return rows, unsigned


@lru_cache(maxsize=4)
def _driver_sql(dialect) -> tuple[str, ...]:
    return tuple(str(stmt.compile(dialect=dialect)) for stmt in _statements(dialect.name))


def _read(connection, which: int, ids: list[int]) -> list:
    """Rows of the page's statement ``which`` (0 rows, 1 units yet to sign) for ``ids``, through
    the driver: a page is read on every scroll, and SQLAlchemy's result handling was a third of
    the read. SQLite's timestamps are parsed by ``_row``; PostgreSQL's come back in UTC already
    (the engine's sessions are in that zone)."""
    dialect = connection.dialect
    sql, driver = _driver_sql(dialect)[which], connection.connection.driver_connection
    if dialect.name == "sqlite":
        return driver.execute(sql, (json.dumps(ids),)).fetchall()
    if dialect.driver == "psycopg":
        return driver.execute(sql, {"ids": ids}).fetchall()
    return connection.execute(_statements(dialect.name)[which], {"ids": ids}).all()


def _row(r, unsigned: tuple[str, ...], sqlite: bool) -> QueueRow:
    if not sqlite:
        return QueueRow(*r[:-1], unsigned=unsigned)
    utc = sqlite_utc
    return QueueRow(r[0], r[1], utc(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], utc(r[11]),
                    r[12], r[13], utc(r[14]), utc(r[15]), bool(r[16]), r[17], r[18], bool(r[19]), unsigned)


def rows_for(session: Session, ids: list[int]) -> list[QueueRow]:
    """Display rows for ``ids``, in that order."""
    if not ids:
        return []
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    rows = _read(connection, 0, ids)
    # The units yet to sign for an item (the row's last column counts them): most pages have none.
    waiting = [row[0] for row in rows if row[-1]]
    unsigned: dict[int, list[str]] = {}
    if waiting:
        for incident_id, name in _read(connection, 1, waiting):
            unsigned.setdefault(incident_id, []).append(name)
    by_id = {row[0]: _row(row, tuple(unsigned.get(row[0], ())), sqlite) for row in rows}
    return [by_id[i] for i in ids if i in by_id]


def status_counts(session: Session, query_filter: QueueFilter = QueueFilter()) -> dict[str, int]:
    stmt = QueueQuery(QueueFilter(**{**query_filter.__dict__, "statuses": ()}))._where(
        select(Incident.status, func.count()).select_from(Incident), session).group_by(Incident.status)
    return dict(session.execute(stmt).all())
