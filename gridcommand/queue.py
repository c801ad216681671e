"""The incident queue as the database sees it: filter, sort and page in SQL (SPEC §4).

A city-size queue (half a million rows) is never loaded whole. A page is found in two steps:
the ids of the page from the incident table alone (an index scan for the default order), then
the columns shown for just those ids, joined to grids, villages, categories, units and staff.
Everything returned is plain data, safe to hand to another thread or keep in a view's cache.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from .deadlines import overdue_clause, warning_clause
from .enums import OPEN_STATUSES, HoldingLevel, Status, WarningColour
from .models import Category, Grid, Incident, IncidentUnit, Staff, Unit, Village

PAGE_SIZE = 200


@dataclass(frozen=True)
class QueueRow:
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
    unsigned: tuple[str, ...] = ()

    @property
    def is_open(self) -> bool:
        return Status(self.status).is_open


@dataclass(frozen=True)
class QueueFilter:
    statuses: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    village_id: int | None = None
    grid_id: int | None = None
    category_id: int | None = None
    unit_id: int | None = None
    text: str = ""
    reported_from: dt.datetime | None = None
    reported_to: dt.datetime | None = None
    overdue_at: dt.datetime | None = None  # only open steps past their due time at this moment
    warning_at: dt.datetime | None = None  # only open steps in warning (not yet due) at this moment


# Sort keys by column: raw values, never display text (colours by urgency, times as times).
_reporter = aliased(Staff)
SORT_KEYS = {
    "code": Incident.code,
    "reported_at": Incident.reported_at,
    "village": Village.name,
    "grid": Grid.code,
    "category": Category.sort_order,
    "title": Incident.title,
    "colour": case({c.value: i for i, c in enumerate(WarningColour)}, value=Incident.colour),
    "status": case({st.value: i for i, st in enumerate(Status)}, value=Incident.status),
    "level": case({lv.value: i for i, lv in enumerate(HoldingLevel)}, value=Incident.level),
    "unit": Unit.name,
    "deadline": Incident.step_due_at,
    "reporter": func.coalesce(_reporter.name, Incident.reporter_name),
    "unsigned": Incident.unsigned_units,
}
COLUMNS = tuple(SORT_KEYS)


@dataclass(frozen=True)
class QueueQuery:
    filter: QueueFilter = field(default_factory=QueueFilter)
    sort: str = "reported_at"
    descending: bool = True

    def _where(self, stmt: Select) -> Select:
        f = self.filter
        if f.statuses:
            stmt = stmt.where(Incident.status.in_(f.statuses))
        if f.colours:
            stmt = stmt.where(Incident.colour.in_(f.colours))
        if f.grid_id is not None:
            stmt = stmt.where(Incident.grid_id == f.grid_id)
        elif f.village_id is not None:
            stmt = stmt.where(Incident.grid_id.in_(
                select(Grid.id).where(Grid.village_id == f.village_id)))
        if f.category_id is not None:
            stmt = stmt.where(Incident.category_id == f.category_id)
        if f.unit_id is not None:  # the lead or any unit called in
            stmt = stmt.where(Incident.id.in_(
                select(IncidentUnit.incident_id).where(IncidentUnit.unit_id == f.unit_id)))
        if f.reported_from is not None:
            stmt = stmt.where(Incident.reported_at >= f.reported_from)
        if f.reported_to is not None:
            stmt = stmt.where(Incident.reported_at < f.reported_to)
        if f.overdue_at is not None:
            stmt = stmt.where(and_(Incident.status.in_(OPEN_STATUSES), overdue_clause(f.overdue_at)))
        if f.warning_at is not None:
            stmt = stmt.where(and_(Incident.status.in_(OPEN_STATUSES), warning_clause(f.warning_at)))
        text = f.text.strip()
        if text:
            like = f"%{text}%"
            stmt = stmt.where(or_(Incident.code.like(like), Incident.title.like(like),
                                  Incident.description.like(like)))
        return stmt

    def _joined(self, stmt: Select) -> Select:
        """Joins needed only when sorting by a column of another table."""
        if self.sort in ("village", "grid"):
            stmt = stmt.join(Grid, Grid.id == Incident.grid_id)
            if self.sort == "village":
                stmt = stmt.join(Village, Village.id == Grid.village_id)
        elif self.sort == "category":
            stmt = stmt.join(Category, Category.id == Incident.category_id)
        elif self.sort == "unit":
            stmt = stmt.outerjoin(Unit, Unit.id == Incident.unit_id)
        elif self.sort == "reporter":
            stmt = stmt.outerjoin(_reporter, _reporter.id == Incident.reporter_staff_id)
        return stmt

    def count(self, session: Session) -> int:
        return session.scalar(self._where(select(func.count()).select_from(Incident))) or 0

    def page_ids(self, session: Session, offset: int, limit: int = PAGE_SIZE) -> list[int]:
        key = SORT_KEYS[self.sort]
        # The id breaks ties so that pages never overlap or skip a row.
        order = (key.desc(), Incident.id.desc()) if self.descending else (key.asc(), Incident.id.asc())
        stmt = self._joined(self._where(select(Incident.id))).order_by(*order)
        return list(session.scalars(stmt.offset(offset).limit(limit)))

    def page(self, session: Session, offset: int, limit: int = PAGE_SIZE) -> list[QueueRow]:
        ids = self.page_ids(session, offset, limit)
        return rows_for(session, ids)


def rows_for(session: Session, ids: list[int]) -> list[QueueRow]:
    """Display rows for ``ids``, in that order."""
    if not ids:
        return []
    stmt = (select(Incident.id, Incident.code, Incident.reported_at, Village.name, Grid.name,
                   Category.name, Incident.title, Incident.colour, Incident.status,
                   Incident.level, Unit.name, Incident.deadline,
                   func.coalesce(_reporter.name, Incident.reporter_name), Incident.step,
                   Incident.step_warn_at, Incident.step_due_at, Incident.flagged,
                   Incident.version)
            .join(Grid, Grid.id == Incident.grid_id)
            .join(Village, Village.id == Grid.village_id)
            .join(Category, Category.id == Incident.category_id)
            .outerjoin(Unit, Unit.id == Incident.unit_id)
            .outerjoin(_reporter, _reporter.id == Incident.reporter_staff_id)
            .where(Incident.id.in_(ids)))
    unsigned: dict[int, list[str]] = {}
    for incident_id, name in session.execute(
            select(IncidentUnit.incident_id, Unit.name).join(Unit, Unit.id == IncidentUnit.unit_id)
            .join(Incident, Incident.id == IncidentUnit.incident_id)
            .where(IncidentUnit.incident_id.in_(ids), IncidentUnit.signed_at.is_(None),
                   Incident.unsigned_units > 0)
            .order_by(IncidentUnit.role.desc(), Unit.name)):
        unsigned.setdefault(incident_id, []).append(name)
    by_id = {row[0]: QueueRow(*row, unsigned=tuple(unsigned.get(row[0], ()))) for row in session.execute(stmt)}
    return [by_id[i] for i in ids if i in by_id]


def status_counts(session: Session, query_filter: QueueFilter = QueueFilter()) -> dict[str, int]:
    stmt = QueueQuery(QueueFilter(**{**query_filter.__dict__, "statuses": ()}))._where(
        select(Incident.status, func.count()).select_from(Incident)).group_by(Incident.status)
    return dict(session.execute(stmt).all())
