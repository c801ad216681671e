"""Backups, restores, schema downgrades and moving a township to a server (SPEC §12): the
administrator's work on the database as a whole, each in the audit log. The copying is done
outside any write transaction, so that the other seats go on working while it runs; the actor is
checked before and the entry written after. What changes the whole database (§12.1) first logs
the request and then takes a checked backup, so that the backup's chain records it even when the
change removes the log itself."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..access.permissions import Can
from ..base import clock
from ..base.changes import NOTHING, Changes
from ..base.errors import InputError
from ..base.progress import SILENT, Progress
from ..models import ChangeCounter, User
from ..org import township
from ..record import audit, backup as backups, transfer as transfers
from ..record.backup import BackupInfo as BackupInfo
from ..store import change_log, migrations
from ..store.database import Database, data_dir, resolve_url
from .actor import Actor
from .unit_of_work import Result, authorize, perform, read


def folder(db: Database) -> Path:
    """Where this database's automatic and safety backups go: the data folder's ``backups/``,
    one sub-folder per database so that the demo's never prune a township's."""
    name = Path(db.url.database or "db").stem
    tag = hashlib.sha256(db.describe().encode("utf-8")).hexdigest()[:6]
    return data_dir() / "backups" / f"{name}-{tag}"


def _logged(db: Database, actor: Actor, info: BackupInfo, needs: Can, **said: Any) -> Result[BackupInfo]:
    def work(session: Session, _user: User) -> tuple[Any, Changes]:
        audit.note(session, "backup", "file", info.path.name, copy=info.pin, sha256=info.sha256, **said)
        return info, NOTHING
    return perform(db, actor, work, needs=needs)


def backup(db: Database, actor: Actor, path: str | Path, progress: Progress = SILENT) -> Result[BackupInfo]:
    """A checked copy of the database at ``path`` (File ▸ Backup, ``backup FILE``)."""
    authorize(db, actor, Can.ADMINISTER)
    return _logged(db, actor, backups.backup(db, path, progress), Can.ADMINISTER)


def daily_backup(db: Database, actor: Actor, progress: Progress = SILENT) -> Result[BackupInfo | None]:
    """The first start of a day backs up into ``folder(db)`` (any seat sets it going); None if
    today's exists already."""
    authorize(db, actor, Can.UPKEEP)
    info = backups.daily(db, folder(db), clock.today(), progress)
    if info is None:
        return Result(None)
    logged = _logged(db, actor, info, Can.UPKEEP, automatic=True)
    return Result(logged.value, logged.changes, logged.seqs)


def set_aside(db: Database, actor: Actor, what: str, progress: Progress = SILENT, **said: Any) -> BackupInfo:
    """Before ``what`` changes the whole database: the request in its audit chain, then a checked
    backup (holding that entry) in ``folder(db)``. The administrator's alone."""
    authorize(db, actor, Can.ADMINISTER)

    def requested(session: Session, _user: User) -> tuple[Any, Changes]:
        audit.note(session, f"{what}.request", "database", db.describe(), **said)
        return None, NOTHING
    perform(db, actor, requested, needs=Can.ADMINISTER)
    stamp = clock.local(clock.now()).strftime("%Y%m%d-%H%M%S")
    return backups.backup(db, folder(db) / f"before-{what.replace('.', '-')}-{stamp}", progress)


@dataclass(frozen=True)
class Downgraded:
    revision: str
    safety: BackupInfo  # the checked backup of the database as it was, with the request in its chain


def downgrade(db: Database, actor: Actor, revision: str, progress: Progress = SILENT) -> Result[Downgraded]:
    """Take the schema back to ``revision`` (``base`` drops every table): after ``set_aside``, and
    with every connection of ``db`` closed; the database cannot be used by this program after."""
    revision = migrations.checked(revision)
    safety = set_aside(db, actor, "schema.downgrade", progress, revision=revision)
    db.close()
    migrations.downgrade(db.url, revision)
    return Result(Downgraded(revision, safety), Changes.everything())


def holds_nothing(db: Database) -> bool:
    """No township was ever named in it (a new file, or one whose schema was taken back to base):
    a restore into it replaces nothing, and nobody could sign in to ask for it."""
    return read(db, township.current) is None


def restorable(db: Database, actor: Actor | None, path: str | Path) -> BackupInfo:
    """What a backup holds, once checked: shown to the administrator before a restore (or to
    whoever restores into a database that ``holds_nothing``)."""
    if actor is not None or not holds_nothing(db):
        authorize(db, actor, Can.ADMINISTER)
    return backups.restorable(db, path)


def verify_backup(db: Database, actor: Actor, path: str | Path) -> BackupInfo:
    """A backup checked as thoroughly as a restore checks it (the full integrity check and the
    whole audit chain), replacing nothing: whether a backup kept for months can still be trusted."""
    authorize(db, actor, Can.ADMINISTER)
    info = backups.describe(path)
    backups.check(info.path, thorough=True)
    return info


@dataclass(frozen=True)
class Restored:
    backup: BackupInfo
    safety: Path  # the backup of the database as it was just before


def restore(db: Database, actor: Actor | None, path: str | Path, progress: Progress = SILENT) -> Result[Restored]:
    """Replace the database's content by a backup's. The request is logged in the chain the
    safety backup keeps; the restore, in the restored chain — under the administrator's account
    if the backup has it, else under their name. Every seat reloads everything, and whoever is
    signed in signs in again (the accounts are the backup's now)."""
    info = restorable(db, actor, path)
    if actor is not None:
        def requested(session: Session, _user: User) -> tuple[Any, Changes]:
            audit.note(session, "restore.request", "file", info.path.name, backup=info.pin, township=info.township)
            return None, NOTHING
        perform(db, actor, requested, needs=Can.ADMINISTER)
    seen = read(db, change_log.latest)
    safety = backups.restore(db, info, folder(db), progress)

    def restored(session: Session, _nobody: User) -> tuple[Any, Changes]:
        user = session.scalar(select(User).where(User.id == actor.user_id, User.username == actor.username)) \
            if actor else None
        # The change counter never goes back: seats that saw later changes must see this one.
        session.execute(update(ChangeCounter).where(ChangeCounter.id == 1)
                        .values(value=max(seen, change_log.latest(session))))
        audit.note(session, "restore", "file", info.path.name, backup=info.pin, safety=safety.name,
                   by=actor.username if actor else "", roles=",".join(sorted(actor.roles)) if actor else "")
        audit.write(session, user)
        return Restored(info, safety), Changes.everything()
    return perform(db, None, restored, needs=None)


def transfer(db: Database, actor: Actor, target_url: str, progress: Progress = SILENT) -> Result[dict[str, int]]:
    """Copy this township into an empty database (a PostgreSQL server, its schema made by the
    migrations): every row, the audit chain intact and verified on the target. Returns the rows
    copied per table."""
    authorize(db, actor, Can.ADMINISTER)
    target = Database(target_url)
    try:
        transfers.require_empty(target)
        safety = set_aside(db, actor, "transfer", progress.part(0, 0.2))
        progress = progress.part(0.2, 1)

        def announced(session: Session, _user: User) -> tuple[Any, Changes]:
            audit.note(session, "transfer", "database", target.describe(), backup=safety.pin)
            return None, NOTHING
        perform(db, actor, announced, needs=Can.ADMINISTER)  # the target's chain ends with it
        counts = transfers.transfer(db, target, progress)
        verdict = read(target, audit.verify)
        if not verdict.ok:
            raise InputError("迁移后目标数据库的审计链在第 {broken_at} 条断开:{reason}",
                             broken_at=verdict.broken_at, reason=verdict.reason)
    finally:
        target.close()
    return Result(counts)


def upgrade(database_url: str | None, path: str | None, revision: str = "head") -> str:
    """The schema brought up to ``revision`` (checked first), as every start does: a copy of
    the file is kept before an upgrade. Before anyone can sign in: a new or an old database."""
    revision = checked_revision(revision)
    migrations.upgrade(resolve_url(database_url, path), revision)
    return revision


def schema_current(database_url: str) -> bool:
    """Whether the database's schema is this program's (read, never changed): a county seat
    opens a township's database only then."""
    return migrations.is_current(resolve_url(database_url))


def checked_revision(revision: str) -> str:
    """``revision`` if the schema knows it (head, base, -1, a revision id), else refused."""
    return migrations.checked(revision)
