"""The queue's sort keys and keyset pages: the keys the database keeps equal the values they copy
after every kind of change, and pages sought by key equal the pages counted by OFFSET."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from gridcommand.base.enums import OPEN_STATUSES, HoldingLevel, Status, WarningColour
from gridcommand.demo.build import build_demo
from gridcommand.models import Category, Grid, Incident, Staff, Unit, Village
from gridcommand.ops import incidents
from gridcommand.workflow.queue import COLUMNS, SORT_KEYS, QueueFilter, QueueQuery, rows_for, status_counts
from gridcommand.workflow.report import NewIncident

from ..factories import TINY, TODAY, signed_in

NO_DEADLINE = dt.datetime(9999, 12, 31, tzinfo=dt.timezone.utc)


@pytest.fixture
def demo(db):
    build_demo(db, TINY, seed=5, today=TODAY)
    return db


def expected_keys(session) -> dict[int, dict[str, object]]:
    """Each incident's sort keys worked out from the tables they copy, in Python."""
    villages = dict(session.execute(select(Village.id, Village.name)).all())
    grids = {g.id: (g.code, g.village_id) for g in session.scalars(select(Grid))}
    orders = dict(session.execute(select(Category.id, Category.sort_order)).all())
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    staff = dict(session.execute(select(Staff.id, Staff.name)).all())
    rank = {kind: {m.value: i for i, m in enumerate(kind)} for kind in (WarningColour, Status, HoldingLevel)}
    keys = {}
    for i in session.scalars(select(Incident)):
        code, village_id = grids[i.grid_id]
        shown = i.step_due_at if i.status in OPEN_STATUSES else i.deadline
        keys[i.id] = {
            "code": i.code, "reported_at": i.reported_at, "village": villages[village_id],
            "grid": code, "category": orders[i.category_id] or 0, "title": i.title,
            "colour": rank[WarningColour][i.colour], "status": rank[Status][i.status],
            "level": rank[HoldingLevel][i.level], "unit": units.get(i.unit_id, ""),
            "deadline": shown or NO_DEADLINE,
            "reporter": staff.get(i.reporter_staff_id) or i.reporter_name or "",
            "unsigned": i.unsigned_units, "village_id": village_id, "track": i.track,
        }
    return keys


def stored_keys(session) -> dict[int, dict[str, object]]:
    stmt = select(Incident.id, Incident.village_id, *SORT_KEYS.values())
    return {row[0]: {"village_id": row[1], **dict(zip(COLUMNS, row[2:]))} for row in session.execute(stmt)}


def assert_keys_current(db) -> None:
    with db.session() as s:
        assert stored_keys(s) == expected_keys(s)


def walk(session, query, size):
    """Every key of ``query`` page by page, each page sought after the last."""
    keys, after = [], None
    while True:
        page = query.seek(session, after=after, limit=size)
        keys += page
        if len(page) < size:
            return keys
        after = page[-1]


def test_keyset_pages_equal_offset_pages(demo):
    with demo.session() as s:
        expected = expected_keys(s)
        for column in COLUMNS:
            for descending in (False, True):
                check_pages(s, expected, QueueQuery(sort=column, descending=descending))


def check_pages(s, expected, query):
    """Sought pages in the order worked out in Python, equal to the OFFSET pages."""
    column, descending = query.sort, query.descending
    order = sorted(expected, key=lambda i: (expected[i][column], i), reverse=descending)
    sought = walk(s, query, 37)
    assert [i for _, i in sought] == order
    # The same pages counted by OFFSET, as the database sorts them.
    key = SORT_KEYS[column]
    by_offset = select(Incident.id).order_by(key.desc() if descending else key.asc(),
                                             Incident.id.desc() if descending else Incident.id.asc())
    for offset in (0, 37, 74, len(order) - 10):
        page = query.fetch(s, after=sought[offset - 1] if offset else None, limit=37)
        assert [r.id for r in page.rows] == list(s.scalars(by_offset.offset(offset).limit(37)))
        assert [r.id for r in query.page(s, offset, 37)] == [r.id for r in page.rows]
    # Backwards from any page gives the page before it; a jump finds the key to seek from.
    assert query.seek(s, before=sought[74], limit=37) == sought[37:74]
    assert [query.key_at(s, n) for n in (0, 36, 37, len(order) - 1, len(order))] == [
        sought[0], sought[36], sought[37], sought[-1], None]


def test_filtered_pages_keep_the_filter(demo):
    with demo.session() as s:
        village_id = s.scalars(select(Village.id)).first()
        query = QueueQuery(QueueFilter(village_id=village_id, statuses=("closed",)), sort="title")
        keys = walk(s, query, 11)
        assert len(keys) == query.count(s) > 11
        ids = {i for _, i in keys}
        assert {s.get(Incident, i).grid.village_id for i in ids} == {village_id}
        assert {s.get(Incident, i).status for i in ids} == {"closed"}


def test_a_centres_track_filters_the_queue(demo):
    with demo.session() as s:
        query = QueueQuery(QueueFilter(tracks=("safety",)))  # the police-grid centre's seat
        keys = walk(s, query, 50)
        assert len(keys) == query.count(s) == s.scalar(select(func.count()).where(Incident.track == "safety")) > 50
        assert {r.track for r in rows_for(s, [i for _, i in keys])} == {"safety"}


def test_keys_follow_every_kind_of_change(demo):
    me = signed_in(demo)
    assert_keys_current(demo)
    with demo.session() as s:
        category = s.scalars(select(Category).where(Category.parent_id.is_(None))).first()
        grid = s.scalars(select(Grid)).first()
        units = s.scalars(select(Unit).limit(2)).all()
        reporter = s.scalars(select(Staff).where(Staff.grid_id.is_not(None))).first()
        ids = (category.id, grid.id, [u.id for u in units], reporter.id)
    category_id, grid_id, (unit_a, unit_b), reporter_id = ids
    new_id, _ = incidents.report(demo, me, NewIncident(
        title="路灯不亮", category_id=category_id, grid_id=grid_id, colour="blue", source="grid_worker",
        reporter_staff_id=reporter_id)).value
    other_id, _ = incidents.report(demo, me, NewIncident(
        title="噪音扰民", category_id=category_id, grid_id=grid_id, colour="red", source="citizen",
        reporter_name="王某")).value
    assert_keys_current(demo)
    incidents.accept(demo, me, new_id)
    incidents.dispatch(demo, me, new_id, unit_a, co_unit_ids=[unit_b])
    assert_keys_current(demo)
    incidents.sign(demo, me, new_id, unit_a)
    incidents.escalate(demo, me, new_id, "提级")
    incidents.resolve(demo, me, new_id, "已修复")
    assert_keys_current(demo)
    incidents.verify_ok(demo, me, new_id)
    incidents.cancel(demo, me, other_id, "重复上报")
    assert_keys_current(demo)
    # Renames and moves in the reference data move every incident that copies them.
    with demo.session() as s:
        s.get(Unit, unit_a).name = "改名后的单位"
        s.get(Staff, reporter_id).name = "改名后的人"
        village = s.get(Village, s.get(Grid, grid_id).village_id)
        village.name = "改名村"
        s.get(Category, category_id).sort_order = 99
        moved = s.get(Grid, grid_id)
        moved.code = "ZZ-RENAMED"
        moved.village_id = s.scalars(select(Village.id).where(Village.id != village.id)).first()
        s.commit()
    assert_keys_current(demo)
    # The tab counts agree with a full count after all of it.
    with demo.session() as s:
        counts = status_counts(s)
        for status in Status:
            whole = QueueQuery(QueueFilter(statuses=(status.value,)))
            assert counts.get(status.value, 0) == whole.count(s) == len(
                s.scalars(select(Incident.id).where(Incident.status == status.value)).all())
        assert sum(counts.values()) == QueueQuery().count(s)


def test_a_jump_far_down_seeks_from_the_row_before(demo):
    query = QueueQuery(sort="unit", descending=True)
    with demo.session() as s:
        everything = walk(s, query, 50)
        last = (len(everything) - 1) // 50 * 50
        page = query.jump(s, last, limit=50)
        assert [r.id for r in page.rows] == [i for _, i in everything[last:]]
        assert (page.first, page.last) == (everything[last], everything[-1])
        assert query.jump(s, len(everything), limit=50).rows == []


@pytest.mark.parametrize("busy", [0, 10**9], ids=["walked", "sorted"])
def test_a_units_pages_are_the_same_walked_or_sorted(demo, monkeypatch, busy):
    """A busy unit's page is found by walking the sort's index, a quiet unit's by sorting its
    incidents: the same rows either way, in the same order."""
    from gridcommand.models import IncidentUnit
    from gridcommand.workflow import queue

    monkeypatch.setattr(queue, "BUSY_UNIT", busy)
    with demo.session() as s:
        unit_id = s.scalars(select(IncidentUnit.unit_id)).first()
        mine = set(s.scalars(select(IncidentUnit.incident_id).where(IncidentUnit.unit_id == unit_id)))
        expected = expected_keys(s)
        for sort in ("reported_at", "title"):
            query = QueueQuery(QueueFilter(unit_id=unit_id), sort=sort)
            order = sorted(mine, key=lambda i: (expected[i][sort], i), reverse=True)
            assert [i for _, i in walk(s, query, 7)] == order
            assert query.count(s) == len(order)
