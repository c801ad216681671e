"""Imports (SPEC §11) as operations: the file is read and checked before anything is locked,
then written in one short transaction, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from .. import imports
from ..access.permissions import Can, require
from ..base.changes import NOTHING, Changes
from ..base.progress import SILENT, Progress
from ..imports import KINDS as KINDS, ImportFailed as ImportFailed, ImportReport as ImportReport, Kind
from ..models import User
from ..record import audit
from ..store.database import Database
from .actor import Actor
from .unit_of_work import Result, perform


def check(db: Database, actor: Actor, kind: str | Kind, path: str | Path,
          progress: Progress = SILENT) -> Result[ImportReport]:
    """Everything an import would do, written and then rolled back: the report says what it
    would create, update and leave alone. Raises ``ImportFailed`` with every bad row."""
    require(actor, Can.ADMINISTER)  # before the file is read
    prepared = imports.prepare(db, kind, path, progress)
    return perform(db, actor, lambda session, user: (imports.write(session, prepared, user), NOTHING),
                   needs=Can.ADMINISTER, commit=False)


def run(db: Database, actor: Actor, kind: str | Kind, path: str | Path,
        progress: Progress = SILENT) -> Result[ImportReport]:
    require(actor, Can.ADMINISTER)  # before the file is read
    prepared = imports.prepare(db, kind, path, progress)

    def work(session: Session, user: User) -> tuple[Any, Changes]:
        report = imports.write(session, prepared, user)
        audit.note(session, "import", prepared.kind.name, Path(path).name, sha256=prepared.sha256,
                   rows=report.rows, created=report.created, updated=report.updated,
                   skipped=report.skipped)
        changed = report.created or report.updated
        return report, Changes.of(*prepared.kind.areas) if changed else NOTHING
    return perform(db, actor, work, needs=Can.ADMINISTER)
