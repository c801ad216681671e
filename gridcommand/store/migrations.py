"""Alembic, configured in code so migrations run the same from any working directory."""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from functools import lru_cache
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL

from ..base.shipped import folder

SCRIPT_LOCATION = folder("db")
log = logging.getLogger(__name__)
_REVISION = re.compile(r"^revision = ['\"](\w+)['\"]", re.M)
_STEPS = re.compile(r"^[+-][1-9]\d?$")
_DOWN = re.compile(r"^down_revision = ['\"](\w+)['\"]", re.M)


@lru_cache(maxsize=1)
def _graph() -> tuple[frozenset[str], frozenset[str]]:
    """(every revision, every revision something follows), read from the scripts: importing
    Alembic costs a tenth of a second at every start, and a database at head does not need it."""
    revisions, parents = set(), set()
    for script in (SCRIPT_LOCATION / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revisions.update(_REVISION.findall(source))
        parents.update(_DOWN.findall(source))
    return frozenset(revisions), frozenset(parents)


def head_revision() -> str | None:
    """The newest revision."""
    revisions, parents = _graph()
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def known(revision: str | None) -> bool:
    """Whether this version of the program can bring a database at ``revision`` up to date."""
    return revision is None or revision in _graph()[0]


def checked(revision: str) -> str:
    """A revision a command may name: ``head``, ``base``, one of the program's own, or steps
    from the current one (``-1``)."""
    if revision in ("head", "base") or revision in _graph()[0] or _STEPS.match(revision or ""):
        return revision
    from ..base.errors import InputError

    raise InputError("数据库结构版本“{revision}”不存在:应为 head、base、-1 这样的步数,或本程序的一个修订号(如 {example})",
                     revision=revision, example=head_revision())


def is_current(url: URL) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return False
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            return versions == [head_revision()]
    finally:
        engine.dispose()


def config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    # Dated file names keep the history readable in a directory listing.
    cfg.set_main_option(
        "file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    cfg.attributes["connection"] = connection
    return cfg


def _ensure_folder(url: URL) -> None:
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)


def _run(url: URL, action, *args) -> None:
    _ensure_folder(url)
    # A plain engine without the application's PRAGMA foreign_keys (see database._sqlite_pragmas).
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            action(config(connection), *args)
    finally:
        engine.dispose()


def upgrade(url: URL, revision: str = "head") -> None:
    checked(revision)
    _ensure_folder(url)
    if revision == "head" and is_current(url):
        return
    from alembic import command

    kept = keep_before_upgrade(url)
    if kept is not None:
        log.warning("the database is upgraded; as it was before: %s", kept)
    _run(url, command.upgrade, revision)


def keep_before_upgrade(url: URL) -> Path | None:
    """A copy of a SQLite file about to be migrated — a new version of the program installed over
    an old one — in ``backups/`` beside it, named for the revision it was at; None when there is
    nothing to keep (a new file, or a server, whose administrator backs it up)."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    source = Path(url.database)
    if not source.is_file():
        return None
    with sqlite3.connect(source) as connection:
        try:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:  # no table yet: nothing was ever stored
            return None
        if found is None:
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = source.parent / "backups" / f"{source.stem}-before-upgrade-{found[0]}-{stamp}.sqlite"
        target.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(target) as copy:
            connection.backup(copy)
        copy.close()
    connection.close()
    return target


def downgrade(url: URL, revision: str) -> None:
    """Only through ``ops.maintenance.downgrade``: the administrator's, after a checked backup."""
    from alembic import command

    checked(revision)
    _run(url, command.downgrade, revision)


def revision(url: URL, message: str) -> None:
    """Autogenerate a new migration from the models (a developer's tool)."""
    from alembic import command

    _run(url, lambda cfg: command.revision(cfg, message=message, autogenerate=True))
