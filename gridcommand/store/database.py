"""Opening a database: URL resolution, engine set-up, migrations on start, sessions.

One ``Database`` per open file or server. A user action is one operation (``gridcommand.ops``)
that opens one session from ``Database.write_session()``, does its work and commits; leaving the
``with`` block without ``commit()`` rolls everything back (SQLAlchemy's own unit of work).
Reads use ``Database.read_session()`` (``gridcommand.ops.read``), or ``Database.session()`` where
several statements must see one snapshot on SQLite.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..base.errors import InputError, reason
from . import migrations

ENV_URL = "GRIDCOMMAND_DATABASE_URL"
APP_NAME = "GridCommand"


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_path() -> Path:
    return data_dir() / "gridcommand.sqlite"


def resolve_url(database_url: str | None = None, path: str | os.PathLike | None = None) -> URL:
    """The database to open: an explicit URL, then a file path, then the environment, then the
    default file in the user's data folder."""
    if database_url:
        return _url(database_url)
    if path:
        return URL.create("sqlite", database=str(Path(path).resolve()))
    if os.environ.get(ENV_URL):
        return _url(os.environ[ENV_URL])
    return URL.create("sqlite", database=str(default_path()))


def _url(text: str) -> URL:
    try:
        url = make_url(text)
        url.get_dialect()
        return url
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise InputError("数据库地址无效:{url};应如 postgresql+psycopg://用户@主机:5432/库名",
                         url=str(text)[:80]) from None


SQLITE_HEADER = b"SQLite format 3\x00"


def _check_file(url: URL) -> None:
    """A SQLite path that is a folder, or a file that is not a database (a spreadsheet, a text
    file), refused before anything reads or migrates it."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    if path.is_dir():
        raise InputError("{path} 是一个文件夹,不是数据库文件", path=path)
    if path.is_file() and path.stat().st_size:
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise InputError("{path} 不是 SQLite 数据库文件", path=path)


def _unreachable(url: URL, exc: Exception) -> InputError:
    where = url.render_as_string(hide_password=True)
    return InputError("无法打开数据库 {where}:{why}", where=where, why=reason(exc))


# Execution option of the write sessions' engine: on SQLite their transactions take the write
# lock at once (BEGIN IMMEDIATE), so that a unit of work reads and writes one state and a busy
# database shows before anything is done, not half-way through.
WRITE = "gridcommand_write"
BUSY_TIMEOUT_MS = 3000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The driver's own transactions start only before a write statement and break SAVEPOINT;
    # _sqlite_begin says BEGIN itself instead (SQLAlchemy's documented recipe for pysqlite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets the queue read while a write is under way; FULL sync survives power loss (WAL with
    # NORMAL can lose the last commits). Foreign keys only on the application's engine: Alembic's
    # batch migrations of a parent table fail with them on.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(connection) -> None:
    immediate = connection.get_execution_options().get(WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: URL | str, **kwargs) -> Engine:
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # Sessions in UTC: timestamps read past SQLAlchemy (the queue's pages) come back as the
    # stored type hands them out. A connection of a reading engine (autocommit) cannot write.
    options = "-c timezone=UTC"
    if kwargs.get("isolation_level") == "AUTOCOMMIT":
        options += " -c default_transaction_read_only=on"
    return create_engine(url, pool_pre_ping=True, connect_args={"options": options}, **kwargs)


class Database:
    """An open, migrated database."""

    def __init__(self, url: URL | str, *, migrate: bool = True):
        self.url = url if isinstance(url, URL) else _url(url)
        _check_file(self.url)
        if migrate:
            try:
                migrations.upgrade(self.url)
            except OperationalError as exc:  # a server that does not answer, a folder not there
                raise _unreachable(self.url, exc) from None
        self.engine = make_engine(self.url)
        self.session = sessionmaker(self.engine, expire_on_commit=False)
        # Reads on a server run each statement on its own, read-only: under READ COMMITTED a
        # transaction gives them no common snapshot anyway, and its BEGIN and ROLLBACK were a
        # quarter of a queue page's time. SQLite reads in a transaction (one snapshot, no cost).
        self._read_engine = self.engine if self.is_sqlite else make_engine(self.url, isolation_level="AUTOCOMMIT")
        self.read_session = sessionmaker(self._read_engine, expire_on_commit=False)
        self.write_session = sessionmaker(self.engine.execution_options(**{WRITE: True}),
                                          expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        """Where the data lives, for the status bar and messages (password hidden)."""
        if self.is_sqlite:
            return str(self.url.database)
        return self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()
        self._read_engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_database(database_url: str | None = None, path=None) -> Database:
    return Database(resolve_url(database_url, path))


def open_from_args(args) -> Database:
    """The database named by command-line options ``--database-url`` / ``--db``, if given."""
    return open_database(getattr(args, "database_url", None), getattr(args, "db", None))


__all__ = ["Database", "Session", "open_database", "resolve_url", "make_engine", "data_dir"]
