"""Migrations: empty → head gives exactly the models' schema; downgrade removes it all."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, make_url

from gridcommand import migrations
from gridcommand.models import Base


def _diff(url):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                    Base.metadata)
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
