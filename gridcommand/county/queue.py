"""The county queue (SPEC §13): the open items held at county level in every township, in one
list. Each township's rows are sought along its own index, as its queue's are; the county's
order is (sort key, township, id), and a page continues from the (key, township, id) of the
row it ended on — so pages never skip or repeat a row, whatever the townships hold."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..base.enums import OPEN_STATUSES, HoldingLevel
from ..ops import queue
from ..ops.queue import PAGE_SIZE, Key, QueueFilter, QueueQuery, QueueRow
from .seat import Read, Seat, Township

CountyKey = tuple[Any, int, int]   # (sort key, township's place in the seat, id)
_PAST = 2**31 - 1                  # after every id (an INTEGER column): ties on the key are done there


@dataclass(frozen=True)
class CountyRow:
    township: str
    row: QueueRow


@dataclass(frozen=True)
class CountyPage:
    rows: list[CountyRow]
    last: CountyKey | None               # where the next page starts; None: nothing after
    unreachable: tuple[Read[Any], ...]   # townships that did not answer


def county_query(query_filter: QueueFilter = QueueFilter(), sort: str = "reported_at",
                 descending: bool = True) -> QueueQuery:
    """A township's query for its part of the county queue: held at county level, open unless
    the filter names the states."""
    statuses = query_filter.statuses or tuple(OPEN_STATUSES)
    return QueueQuery(replace(query_filter, levels=(HoldingLevel.COUNTY.value,), statuses=statuses),
                      sort, descending)


def _after(township: Township, after: CountyKey | None, descending: bool) -> Key | None:
    """Where ``township``'s rows continue after the county row keyed ``after``."""
    if after is None:
        return None
    key, position, last_id = after
    if township.position == position:
        return key, last_id
    # Rows with the same key: a township before the last row's has given all of them already,
    # one after it gives all of them still.
    done = township.position < position
    return key, (0 if descending else _PAST) if done else (_PAST if descending else 0)


def page(seat: Seat, query: QueueQuery, after: CountyKey | None = None, limit: int = PAGE_SIZE,
         townships: list[Township] | None = None) -> CountyPage:
    """The county rows right after ``after`` (the first page without it), from every township
    or those given."""
    keyed = seat.each(lambda t, db, actor: queue.keys(db, actor, query, _after(t, after, query.descending), limit),
                      townships)
    return _rows_of(seat, query, [(a, a.value) for a in keyed], limit)


def first_page(seat: Seat, query: QueueQuery, townships: list[Township] | None = None,
               limit: int = PAGE_SIZE) -> tuple[CountyPage, int]:
    """The first page and how many rows there are in all: each township asked for both at once."""
    both = seat.each(lambda t, db, actor: (queue.keys(db, actor, query, None, limit), queue.size(db, actor, query)),
                     townships)
    return (_rows_of(seat, query, [(a, a.value[0] if a.value else None) for a in both], limit),
            sum(a.value[1] for a in both if a.value))


def _rows_of(seat: Seat, query: QueueQuery, keyed: list[tuple[Read[Any], list[Key] | None]], limit: int) -> CountyPage:
    """The page of the first ``limit`` of the townships' keyed rows, merged in the county's order."""
    found = [(key, answer.township, row_id) for answer, keys in keyed if answer.ok for key, row_id in keys or ()]
    # Stable sorts, least significant first: the id, the township, then the sort key.
    found.sort(key=lambda f: f[2], reverse=query.descending)
    found.sort(key=lambda f: f[1].position)
    found.sort(key=lambda f: f[0], reverse=query.descending)
    top = found[:limit]
    wanted: dict[int, list[int]] = {}
    for _key, township, row_id in top:
        wanted.setdefault(township.position, []).append(row_id)
    shown = {answer.township.position: {r.id: r for r in answer.value or ()}
             for answer in seat.each(lambda t, db, actor: queue.rows(db, actor, wanted[t.position]),
                                     [t for t in seat.townships if t.position in wanted])}
    rows = [CountyRow(township.name, shown[township.position][row_id]) for _key, township, row_id in top
            if row_id in shown.get(township.position, {})]
    # A full page may have rows after it; a short one is the last.
    last = (top[-1][0], top[-1][1].position, top[-1][2]) if len(top) == limit else None
    return CountyPage(rows, last, tuple(a for a, _keys in keyed if not a.ok))


def size(seat: Seat, query: QueueQuery, townships: list[Township] | None = None) -> int:
    """How many county rows the reachable townships hold under ``query``."""
    return sum(answer.value or 0 for answer in seat.each(lambda t, db, actor: queue.size(db, actor, query), townships))
