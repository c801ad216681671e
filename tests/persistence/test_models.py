import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from gridcommand.access.users import system_user
from gridcommand.base import clock
from gridcommand.base.enums import Status
from gridcommand.models import Category, Grid, Incident, Setting, Unit, Village
from gridcommand.org.township import init_township


def _grid(session) -> Grid:
    from gridcommand.org.township import require

    village = Village(township_id=require(session).id, name="东塘村", kind="village")
    session.add(village)
    session.flush()
    grid = Grid(code="G1", name="第一网格", village_id=village.id, kind="residential")
    session.add(grid)
    session.flush()
    return grid


def _incident(session, grid, code="XT-1", at=None) -> Incident:
    category = session.scalars(select(Category).where(Category.parent_id.is_(None))).first()
    incident = Incident(code=code, title="t", description="", category_id=category.id,
                        track=category.track, colour="blue", grid_id=grid.id, source="patrol",
                        level="grid", status=Status.REPORTED,
                        reported_at=at or clock.now())
    session.add(incident)
    session.flush()
    return incident


def test_init_township_seeds_reference_data(township_db):
    with township_db.session() as s:
        top = s.scalars(select(Category.name).where(Category.parent_id.is_(None))
                        .order_by(Category.sort_order)).all()
        assert len(top) == 13 and top[0] == "矛盾纠纷" and top[-1] == "其他"
        assert s.query(Category).filter(Category.parent_id.is_not(None)).count() == 49  # §3.5
        assert "派出所" in s.scalars(select(Unit.name)).all()


def test_init_township_is_idempotent_but_refuses_another(township_db):
    from gridcommand.base.errors import InputError

    with township_db.session() as s:
        init_township(s, "西塘镇", "嘉善县")
        with pytest.raises(InputError, match="已属于"):
            init_township(s, "姚庄镇", "嘉善县")


def test_timestamps_round_trip_aware(township_db):
    local = dt.datetime(2026, 3, 1, 8, 0, tzinfo=clock.SHANGHAI)
    with township_db.session() as s:
        incident_id = _incident(s, _grid(s), at=local).id
        s.commit()
    with township_db.session() as s:
        stored = s.get(Incident, incident_id).reported_at
    assert stored.tzinfo is not None and stored == local
    assert stored.utcoffset() == dt.timedelta(0)


def test_naive_timestamps_are_refused(township_db):
    with township_db.session() as s:
        with pytest.raises(StatementError, match="timezone-aware"):
            _incident(s, _grid(s), at=dt.datetime(2026, 3, 1, 8, 0))


def test_incident_code_is_unique(township_db):
    with township_db.session() as s:
        grid = _grid(s)
        _incident(s, grid, "XT-1")
        with pytest.raises(IntegrityError):
            _incident(s, grid, "XT-1")


def test_foreign_keys_are_enforced(township_db):
    with township_db.session() as s:
        s.add(Grid(code="G9", name="x", village_id=999, kind="residential"))
        with pytest.raises(IntegrityError):
            s.flush()


def test_optimistic_locking_refuses_a_stale_write(township_db):
    if township_db.is_sqlite:
        pytest.skip("SQLite serializes writing units of work (BEGIN IMMEDIATE): the second "
                    "cannot start before the first commits; see tests/persistence/test_ops.py")
    with township_db.session() as s:
        incident_id = _incident(s, _grid(s)).id
        s.commit()
    with township_db.write_session() as seat_a, township_db.write_session() as seat_b:
        a, b = seat_a.get(Incident, incident_id), seat_b.get(Incident, incident_id)
        a.title = "seat A"
        seat_a.commit()
        b.title = "seat B"
        with pytest.raises(StaleDataError):
            seat_b.commit()
    with township_db.session() as s:
        assert s.get(Incident, incident_id).title == "seat A"


def test_the_system_user_cannot_sign_in(township_db):
    with township_db.session() as s:
        system, again = system_user(s), system_user(s)
        assert system.id == again.id and system.role_set == {"system"} and system.password_hash is None


def test_sqlite_pragmas(tmp_path):
    from gridcommand.store.database import Database

    with Database(f"sqlite:///{tmp_path / 'p.sqlite'}") as db, db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_settings_table(township_db):
    with township_db.session() as s:
        s.add(Setting(key="k", value="v"))
        s.commit()
        assert s.get(Setting, "k").value == "v"
