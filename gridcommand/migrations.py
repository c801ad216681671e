"""Alembic, configured in code so migrations run the same from any working directory."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine
from sqlalchemy.engine import URL

SCRIPT_LOCATION = Path(__file__).resolve().parent.parent / "db"


def config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    # Dated file names keep the history readable in a directory listing.
    cfg.set_main_option(
        "file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    cfg.attributes["connection"] = connection
    return cfg


def _run(url: URL, action, *args) -> None:
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    # A plain engine without the application's PRAGMA foreign_keys (see database._sqlite_pragmas).
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            action(config(connection), *args)
    finally:
        engine.dispose()


def upgrade(url: URL, revision: str = "head") -> None:
    _run(url, command.upgrade, revision)


def downgrade(url: URL, revision: str) -> None:
    _run(url, command.downgrade, revision)


def revision(url: URL, message: str) -> None:
    """Autogenerate a new migration from the models (a developer's tool)."""
    _run(url, lambda cfg: command.revision(cfg, message=message, autogenerate=True))
