"""The incident queue (SPEC §4), read by any role: a page sought along the sort's index, a jump
far down it, whether an incident is still among its rows, the counts of its tabs, rows by id."""

from __future__ import annotations

from ..access.permissions import Can
from ..store.database import Database
from ..workflow.deadlines import is_overdue as is_overdue, light as light
from ..workflow.queue import COLUMNS, PAGE_SIZE, Key, Page, QueueFilter, QueueQuery, QueueRow, rows_for, status_counts
from .actor import Actor
from .unit_of_work import look

__all__ = ["COLUMNS", "PAGE_SIZE", "Key", "Page", "QueueFilter", "QueueQuery", "QueueRow", "counts", "holds",
           "jump", "keys", "page", "rows", "size"]


def page(db: Database, actor: Actor, query: QueueQuery, after: Key | None = None,
         before: Key | None = None) -> Page:
    """The first page, or the page right after the row keyed ``after`` or before ``before``."""
    return look(db, actor, query.fetch, after, before, needs=Can.SEE_RECORD)


def keys(db: Database, actor: Actor, query: QueueQuery, after: Key | None = None, limit: int = PAGE_SIZE) -> list[Key]:
    """The (sort key, id) of up to ``limit`` rows after the row keyed ``after``: how the county
    seat merges the townships' queues into one."""
    return look(db, actor, query.seek, after, None, limit, needs=Can.SEE_RECORD)


def jump(db: Database, actor: Actor, query: QueueQuery, offset: int, limit: int = PAGE_SIZE) -> Page:
    """The page that starts at row ``offset``."""
    return look(db, actor, query.jump, offset, limit, needs=Can.SEE_RECORD)


def holds(db: Database, actor: Actor, query: QueueQuery, incident_id: int) -> bool:
    return look(db, actor, query.holds, incident_id, needs=Can.SEE_RECORD)


def size(db: Database, actor: Actor, query: QueueQuery) -> int:
    return look(db, actor, query.count, needs=Can.SEE_RECORD)


def counts(db: Database, actor: Actor, query_filter: QueueFilter = QueueFilter()) -> dict[str, int]:
    """Rows by status (and "all") under ``query_filter``: the queue's tabs."""
    return look(db, actor, status_counts, query_filter, needs=Can.SEE_RECORD)


def rows(db: Database, actor: Actor, ids: list[int]) -> list[QueueRow]:
    return look(db, actor, rows_for, ids, needs=Can.SEE_RECORD)
