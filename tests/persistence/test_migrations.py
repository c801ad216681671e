"""Migrations: empty → head gives exactly the models' schema; downgrade removes it all."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, make_url

from gridcommand.models import Base
from gridcommand.store import migrations, search


def _diff(url):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            # The search index is the database's own (FTS5 tables, trigram indexes), not a model.
            opts = {"compare_type": True,
                    "include_name": lambda name, _type, _parent: not search.is_index_object(name)}
            return compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    finally:
        engine.dispose()


def _tables(url) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_from_empty_matches_models(empty_url):
    migrations.upgrade(make_url(empty_url))
    assert _diff(empty_url) == []
    tables = _tables(empty_url)
    assert set(Base.metadata.tables) <= tables


def test_downgrade_to_base_and_up_again(empty_url):
    url = make_url(empty_url)
    migrations.upgrade(url)
    migrations.downgrade(url, "base")
    assert _tables(empty_url) <= {"alembic_version"}
    migrations.upgrade(url)
    assert _diff(empty_url) == []


def test_upgrade_twice_is_harmless(db_url):
    migrations.upgrade(make_url(db_url))
    assert _diff(db_url) == []


def test_fast_head_check_agrees_with_alembic(db_url):
    from alembic.script import ScriptDirectory

    assert migrations.head_revision() == ScriptDirectory.from_config(migrations.config()).get_current_head()
    assert migrations.is_current(make_url(db_url))


def test_new_database_in_a_new_folder(tmp_path):
    url = make_url(f"sqlite:///{tmp_path / 'new' / 'folder' / 'x.sqlite'}")
    migrations.upgrade(url)
    assert migrations.is_current(url)


def test_open_steps_under_working_day_rules_get_their_warning_point_recomputed(township_db):
    """Migration 5a1d0c7e9b21: the stored 80 % point of open incidents in working-day mode."""
    import datetime as dt

    from gridcommand.base.clock import SHANGHAI
    from gridcommand.models import Incident
    from gridcommand.workflow.deadlines import DEFAULT_HOURS, new_rule_set

    from .test_workflow import Office

    office = Office(township_db)
    with township_db.session() as s:
        new_rule_set(s, dt.datetime(2026, 1, 1, tzinfo=SHANGHAI), "working", DEFAULT_HOURS, None)
        s.commit()
    start = dt.datetime(2026, 9, 22, 10, 0, tzinfo=SHANGHAI)
    i = office.report("yellow", at=start - dt.timedelta(hours=1))
    office.move("accept", i, start)
    right = office.get(i).step_warn_at
    assert right == dt.datetime(2026, 10, 8, 0, 24, tzinfo=SHANGHAI)
    with township_db.session() as s:  # as the calendar-span rule had stored it
        incident = s.get(Incident, i)
        incident.step_warn_at = start + (incident.step_due_at - start) * 0.8
        s.commit()
    url = township_db.url
    migrations.downgrade(url, "cbfd72ae16bb")
    migrations.upgrade(url)
    assert office.get(i).step_warn_at == right


def test_an_upgrade_keeps_the_file_as_it_was_before(tmp_path):
    """A new version installed over an old one: the first start migrates, after a copy."""
    import sqlite3

    from gridcommand.store.database import Database, resolve_url

    url = resolve_url(path=tmp_path / "township.sqlite")
    migrations.upgrade(url)
    assert migrations.keep_before_upgrade(make_url("sqlite://")) is None  # in memory: nothing to keep
    migrations.downgrade(url, "-1")
    with sqlite3.connect(tmp_path / "township.sqlite") as old:
        before = old.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    old.close()
    Database(url).close()
    kept = list((tmp_path / "backups").glob(f"township-before-upgrade-{before}-*.sqlite"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == before
    copy.close()
    assert migrations.is_current(url)
    Database(url).close()  # at head: no second copy
    assert len(list((tmp_path / "backups").iterdir())) == 1


def test_the_level_each_earlier_move_left_its_item_at_is_read_from_what_it_wrote(township_db):
    """Migration e3fa06b8c251: escalations by hand and by the rules, a hand-down, a report at 县级."""
    from sqlalchemy import select

    from gridcommand.models import Incident, IncidentEvent

    from .test_workflow import T0, Office

    office = Office(township_db)
    up, back, born = office.report(), office.report(), office.report()
    for n in range(3):
        office.move("escalate", up, T0)
        office.move("escalate", back, T0)
    with township_db.session() as s:  # a hand-down, and an item imported at 县级
        s.add(IncidentEvent(incident_id=back, at=T0, actor_id=1, action="hand_down", from_status="reported",
                            to_status="reported", note="退回镇街:属镇街职责"))
        s.get(Incident, back).level = "township"
        s.get(Incident, born).level = "county"
        s.add(IncidentEvent(incident_id=up, at=T0, actor_id=1, action="escalate", from_status="reported",
                            to_status="reported", note="受理超期超过 6 小时,自动提级至县"))
        s.commit()
    migrations.downgrade(township_db.url, "d2e9f5a7b14c")
    migrations.upgrade(township_db.url)
    with township_db.session() as s:
        levels = {i: s.execute(select(IncidentEvent.action, IncidentEvent.to_level)
                               .where(IncidentEvent.incident_id == i).order_by(IncidentEvent.id)).all()
                  for i in (up, back, born)}
    assert [tuple(e) for e in levels[up]] == [("report", None), ("escalate", "village"), ("escalate", "township"),
                                              ("escalate", "county"), ("escalate", "county")]
    assert [tuple(e) for e in levels[back]][-1] == ("hand_down", "township")
    assert [tuple(e) for e in levels[born]] == [("report", "county")]
