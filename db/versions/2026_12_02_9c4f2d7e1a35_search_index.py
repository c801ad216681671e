"""search index: the title's pinyin on the incident, and a trigram index over code, title,
description and pinyin kept current by the database (SQLite FTS5 + triggers; PostgreSQL pg_trgm)

Revision ID: 9c4f2d7e1a35
Revises: 7b3e9a41c2d8
Create Date: 2026-12-02 17:00:00
"""
import logging

from alembic import op
import sqlalchemy as sa

from gridcommand.store.search import pinyin_key

revision = '9c4f2d7e1a35'
down_revision = '7b3e9a41c2d8'
branch_labels = None
depends_on = None

COLUMNS = ("code", "title", "description", "title_pinyin")
BATCH = 5_000
log = logging.getLogger(__name__)


def _fill_pinyin(bind) -> None:
    incident = sa.table("incident", sa.column("id", sa.Integer), sa.column("title", sa.String),
                        sa.column("title_pinyin", sa.String))
    rows = bind.execute(sa.select(incident.c.id, incident.c.title)).all()
    update = incident.update().where(incident.c.id == sa.bindparam("key")).values(
        title_pinyin=sa.bindparam("value"))
    for start in range(0, len(rows), BATCH):
        bind.execute(update, [{"key": i, "value": pinyin_key(title)} for i, title in rows[start:start + BATCH]])


def _sqlite(bind) -> None:
    cols = ", ".join(COLUMNS)
    new = ", ".join(f"new.{c}" for c in COLUMNS)
    old = ", ".join(f"old.{c}" for c in COLUMNS)
    for statement in (
        f"CREATE VIRTUAL TABLE incident_fts USING fts5({cols}, content='incident', "
        "content_rowid='id', tokenize='trigram')",
        "INSERT INTO incident_fts(incident_fts) VALUES ('rebuild')",
        f"CREATE TRIGGER incident_fts_insert AFTER INSERT ON incident BEGIN "
        f"INSERT INTO incident_fts(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER incident_fts_delete AFTER DELETE ON incident BEGIN "
        f"INSERT INTO incident_fts(incident_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER incident_fts_update AFTER UPDATE OF {cols} ON incident BEGIN "
        f"INSERT INTO incident_fts(incident_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO incident_fts(rowid, {cols}) VALUES (new.id, {new}); END",
    ):
        bind.execute(sa.text(statement))


def _postgresql(bind) -> None:
    # pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. Without it
    # search still finds the same rows, by scanning; the log says why it is slow.
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as error:
        log.warning("pg_trgm is not available, text search will scan: %s", error)
        return
    for column in COLUMNS:
        bind.execute(sa.text(f"CREATE INDEX ix_incident_trgm_{column} ON incident "
                             f"USING gin ({column} gin_trgm_ops)"))


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("incident", sa.Column("title_pinyin", sa.String(400), nullable=False, server_default=""))
    _fill_pinyin(bind)
    if bind.dialect.name == "postgresql":
        _postgresql(bind)
    else:
        _sqlite(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for column in COLUMNS:
            bind.execute(sa.text(f"DROP INDEX IF EXISTS ix_incident_trgm_{column}"))
    else:
        for trigger in ("insert", "delete", "update"):
            bind.execute(sa.text(f"DROP TRIGGER IF EXISTS incident_fts_{trigger}"))
        bind.execute(sa.text("DROP TABLE IF EXISTS incident_fts"))
    # Not a batch copy of the table: the sort keys' triggers name it (SQLite drops it in place).
    bind.execute(sa.text("ALTER TABLE incident DROP COLUMN title_pinyin"))
