"""Backups, restores and moving a township to a server (SPEC §12): the administrator's work on
the database as a whole, each in the audit log. The copying is done outside any write
transaction, so that the other seats go on working while it runs; the actor is checked before
and the entry written after."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .. import audit, backup as backups, changes as change_log, clock, portable
from ..backup import BackupInfo
from ..changes import NOTHING, Changes
from ..database import Database, data_dir
from ..errors import InputError
from ..models import ChangeCounter, User
from ..permissions import Can
from ..progress import SILENT, Progress
from .actor import Actor
from .unit_of_work import Result, authorize, perform, read


def folder(db: Database) -> Path:
    """Where this database's automatic and safety backups go: the data folder's ``backups/``,
    one sub-folder per database so that the demo's never prune a township's."""
    name = Path(db.url.database or "db").stem
    tag = hashlib.sha256(db.describe().encode("utf-8")).hexdigest()[:6]
    return data_dir() / "backups" / f"{name}-{tag}"


def _logged(db: Database, actor: Actor, info: BackupInfo, needs: Can, **said) -> Result[BackupInfo]:
    def work(session: Session, _user):
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
    return _logged(db, actor, info, Can.UPKEEP, automatic=True)


def restorable(db: Database, actor: Actor, path: str | Path) -> BackupInfo:
    """What a backup holds, once checked: shown to the administrator before a restore."""
    authorize(db, actor, Can.ADMINISTER)
    return backups.restorable(db, path)


@dataclass(frozen=True)
class Restored:
    backup: BackupInfo
    safety: Path  # the backup of the database as it was just before


def restore(db: Database, actor: Actor, path: str | Path, progress: Progress = SILENT) -> Result[Restored]:
    """Replace the database's content by a backup's. The request is logged in the chain the
    safety backup keeps; the restore, in the restored chain — under the administrator's account
    if the backup has it, else under their name. Every seat reloads everything, and whoever is
    signed in signs in again (the accounts are the backup's now)."""
    info = restorable(db, actor, path)

    def requested(session: Session, _user):
        audit.note(session, "restore.request", "file", info.path.name, backup=info.pin, township=info.township)
        return None, NOTHING
    perform(db, actor, requested, needs=Can.ADMINISTER)
    seen = read(db, change_log.latest)
    safety = backups.restore(db, info, folder(db), progress)

    def restored(session: Session, _nobody):
        user = session.scalar(select(User).where(User.id == actor.user_id, User.username == actor.username))
        # The change counter never goes back: seats that saw later changes must see this one.
        session.execute(update(ChangeCounter).where(ChangeCounter.id == 1)
                        .values(value=max(seen, change_log.latest(session))))
        audit.note(session, "restore", "file", info.path.name, backup=info.pin, safety=safety.name,
                   by=actor.username, roles=",".join(sorted(actor.roles)))
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
        portable.require_empty(target)

        def announced(session: Session, _user):
            audit.note(session, "transfer", "database", target.describe())
            return None, NOTHING
        perform(db, actor, announced, needs=Can.ADMINISTER)  # the target's chain ends with it
        counts = portable.transfer(db, target, progress)
        verdict = read(target, audit.verify)
        if not verdict.ok:
            raise InputError("迁移后目标数据库的审计链在第 {broken_at} 条断开:{reason}",
                             broken_at=verdict.broken_at, reason=verdict.reason)
    finally:
        target.close()
    return Result(counts)
