"""The queue's paging, sorting and filtering against the database."""

import dataclasses
import json

import pytest
from sqlalchemy import select

from gridcommand.demo import anchor_time
from gridcommand.demo.build import build_demo
from gridcommand.models import Grid, Incident
from gridcommand.workflow.detail import load_detail
from gridcommand.workflow.queue import COLUMNS, QueueFilter, QueueQuery, rows_for, status_counts

from ..factories import TINY, TODAY


@pytest.fixture
def demo(db):
    build_demo(db, TINY, seed=3, today=TODAY)
    return db


def _all_pages(session, query, size=37):
    rows, offset = [], 0
    while True:
        page = query.page(session, offset, size)
        rows += page
        if len(page) < size:
            return rows
        offset += size


def test_pages_cover_everything_once_in_order(demo):
    with demo.session() as s:
        query = QueueQuery()
        rows = _all_pages(s, query)
        assert len(rows) == query.count(s) == TINY.incidents
        assert len({r.id for r in rows}) == len(rows)
        expected = s.execute(select(Incident.id).order_by(Incident.reported_at.desc(),
                                                          Incident.id.desc())).scalars().all()
        assert [r.id for r in rows] == expected


@pytest.mark.parametrize("column", COLUMNS)
def test_every_column_sorts_both_ways(demo, column):
    with demo.session() as s:
        up = [r.id for r in _all_pages(s, QueueQuery(sort=column, descending=False), 50)]
        down = [r.id for r in _all_pages(s, QueueQuery(sort=column, descending=True), 50)]
    assert sorted(up) == sorted(down) and len(up) == TINY.incidents


def test_sort_by_colour_is_by_urgency_not_alphabet(demo):
    with demo.session() as s:
        colours = [r.colour for r in _all_pages(s, QueueQuery(sort="colour", descending=False), 100)]
    assert colours.index("red") < colours.index("yellow") < colours.index("blue")
    assert colours == sorted(colours, key=["red", "yellow", "blue"].index)


def test_filters(demo):
    with demo.session() as s:
        counts = status_counts(s)
        assert sum(counts.values()) == TINY.incidents
        closed = QueueQuery(QueueFilter(statuses=("closed",)))
        assert closed.count(s) == counts["closed"]
        assert {r.status for r in _all_pages(s, closed)} == {"closed"}
        grid_id = s.scalars(select(Grid.id)).first()
        in_grid = QueueQuery(QueueFilter(grid_id=grid_id))
        assert in_grid.count(s) == s.query(Incident).filter_by(grid_id=grid_id).count()
        village_id = s.get(Grid, grid_id).village_id
        in_village = QueueQuery(QueueFilter(village_id=village_id)).count(s)
        assert in_village >= in_grid.count(s)
        red = QueueQuery(QueueFilter(colours=("red",)))
        assert all(r.colour == "red" for r in _all_pages(s, red))
        overdue = QueueQuery(QueueFilter(overdue_at=anchor_time(TODAY)))
        for row in _all_pages(s, overdue):
            assert row.is_open and row.step_due_at <= anchor_time(TODAY)  # the open step's, accept included
        some = _all_pages(s, QueueQuery())[5]
        found = QueueQuery(QueueFilter(text=some.code)).page(s, 0)
        assert [r.id for r in found] == [some.id]
        word = some.title[-4:]
        matches = QueueQuery(QueueFilter(text=word)).page(s, 0)
        assert some.id in [r.id for r in matches]
        narrowed = dataclasses.replace(closed.filter, colours=("red",))
        assert QueueQuery(narrowed).count(s) <= closed.count(s)


def test_rows_read_through_the_driver_equal_sqlalchemys(demo):
    """On SQLite a page's rows are read through the driver; they must be what SQLAlchemy's
    typed statement gives (aware timestamps, booleans), on every backend."""
    from gridcommand.workflow.queue import _statements

    with demo.session() as s:
        ids = s.scalars(select(Incident.id).order_by(Incident.id.desc()).limit(300)).all()
        connection = s.connection()
        rows, _unsigned = _statements(connection.dialect.name)
        value = json.dumps(ids) if connection.dialect.name == "sqlite" else ids
        expected = {r[0]: tuple(r[:-1]) for r in connection.execute(rows, {"ids": value}).all()}
        got = rows_for(s, ids)
    assert [r.id for r in got] == ids
    assert all(tuple(r[:-1]) == expected[r.id] for r in got)
    assert all(r.reported_at.tzinfo is not None and isinstance(r.flagged, bool) for r in got)
    assert any(r.step_due_at for r in got) and any(r.deadline for r in got)
    # The names shown come from the sort keys' copies: they are the named rows' own.
    with demo.session() as s:
        names = {i.id: (i.grid.village.name, i.grid.name, i.unit.name if i.unit else None,
                        i.reporter.name if i.reporter else i.reporter_name or None)
                 for i in s.scalars(select(Incident).where(Incident.id.in_(ids)))}
    assert all((r.village, r.grid, r.unit, r.reporter) == names[r.id] for r in got)
    assert any(r.unit for r in got) and any(r.unit is None for r in got)


def test_rows_for_keeps_order_and_detail_loads(demo):
    with demo.session() as s:
        ids = s.scalars(select(Incident.id).limit(5)).all()[::-1]
        assert [r.id for r in rows_for(s, ids)] == ids
        detail = load_detail(s, ids[0])
        assert detail.code and detail.events[0].action == "report"
        assert load_detail(s, 10**9) is None
