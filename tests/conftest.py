"""Fixtures: a fresh database per test on SQLite and, where a PostgreSQL server is installed,
on PostgreSQL too (CI always has one: there it is an error for it to be missing)."""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from gridcommand.org.township import init_township
from gridcommand.store import migrations
from gridcommand.store.database import Database

from .pg_cluster import Cluster, server_bin

# The screen of most township laptops: 1366×768 at 125 % leaves 1093×614 logical pixels. Every
# window a test opens opens there (tests/ui/conftest.py checks that each dialog fits it).
LAPTOP_SCREEN = Path(__file__).with_name("laptop_screen.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={LAPTOP_SCREEN}")
_counter = itertools.count()


@pytest.fixture(scope="session", autouse=True)
def fast_password_hashes():
    """argon2id at its cheapest: the tests sign in hundreds of times (the app keeps the
    library's costly defaults)."""
    from argon2 import PasswordHasher

    from gridcommand.access import passwords

    real, passwords.HASHER = passwords.HASHER, PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    passwords.HASHER = real


@pytest.fixture(scope="session", autouse=True)
def private_data_folder(tmp_path_factory):
    """The user's data folder (automatic backups, demo files) in a temporary folder, never the
    real one."""
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("data-home"))


@pytest.fixture(scope="session")
def pg_cluster():
    bindir = server_bin()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("CI must test on PostgreSQL, but no server binaries were found")
        pytest.skip("no PostgreSQL server installed")
    cluster = Cluster(bindir)
    cluster.start()
    engine = create_engine(cluster.url("postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("CREATE DATABASE template_empty"))
        conn.execute(text("CREATE DATABASE template_migrated"))
    engine.dispose()
    migrations.upgrade(make_url(cluster.url("template_migrated")))
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite"
    migrations.upgrade(make_url(f"sqlite:///{path}"))
    return path


def _pg_database(cluster: Cluster, template: str) -> str:
    name = f"t{os.getpid()}_{next(_counter)}"
    engine = create_engine(cluster.url("postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {template}"))
    engine.dispose()
    return cluster.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def empty_url(backend, tmp_path, request) -> str:
    """A database with no tables at all."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite'}"
    return _pg_database(request.getfixturevalue("pg_cluster"), "template_empty")


@pytest.fixture
def db_url(backend, tmp_path, request) -> str:
    """A migrated database with no township yet."""
    if backend == "sqlite":
        path = tmp_path / "test.sqlite"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    return _pg_database(request.getfixturevalue("pg_cluster"), "template_migrated")


@pytest.fixture
def db(db_url):
    database = Database(db_url)
    yield database
    database.close()


@pytest.fixture
def township_db(db):
    """A database that belongs to 西塘镇, 嘉善县, with the default units and categories."""
    with db.session() as session:
        init_township(session, "西塘镇", "嘉善县")
        session.commit()
    return db


@pytest.fixture
def sqlite_db(tmp_path, sqlite_template):
    """SQLite only: for UI tests, which exercise the views, not the backend."""
    path = tmp_path / "ui.sqlite"
    shutil.copy(sqlite_template, path)
    database = Database(f"sqlite:///{path}")
    yield database
    database.close()
