"""All-or-nothing import of the §11 templates from xlsx or CSV (UTF-8 or GBK).

An import has two steps, so that other seats wait seconds, not minutes:

1. ``prepare`` reads the whole file and checks every row against the template and the database
   in a read-only session: nothing is locked, and a file with any bad row is refused here;
2. ``write`` checks the rows once more against the database as it is now and writes them in the
   caller's one short transaction (``gridcommand.ops.imports``).

Rows are matched on their code, staff number or ID number, so importing the same file twice
duplicates nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..base.errors import InputError
from ..base.progress import SILENT, Progress
from ..models import User
from ..store.database import Database
from .base import ImportFailed, ImportReport, Kind, Lookups, Record, RowError, parse_sheet, recheck
from .incidents import INCIDENTS
from .org import GRIDS, STAFF
from .people import COMMENDATIONS, KEY_PERSONS, VISITS
from .reader import stream_sheet

KINDS: dict[str, Kind] = {k.name: k for k in (GRIDS, STAFF, KEY_PERSONS, INCIDENTS, VISITS,
                                              COMMENDATIONS)}

__all__ = ["KINDS", "ImportFailed", "ImportReport", "Kind", "Prepared", "RowError", "kind_named",
           "prepare", "write"]


def kind_named(name: str | Kind) -> Kind:
    """A kind by its English name or its Chinese label (grids / 网格 …)."""
    if isinstance(name, Kind):
        return name
    for kind in KINDS.values():
        if name in (kind.name, kind.label):
            return kind
    raise InputError("未知的导入类型“{name}”;可选:{choices}", name=name,
                     choices=[f"{k.name}({k.label})" for k in KINDS.values()])


@dataclass
class Prepared:
    """A file read and checked, ready to be written."""

    kind: Kind
    records: list[Record]
    report: ImportReport
    sha256: str         # of the file as read: the audit log names exactly what was imported
    staged: Any = None  # the rows the kind built ahead, outside the write lock


def _refuse_if(kind: Kind, report: ImportReport, errors: list[RowError]) -> None:
    if errors:
        report.refuse(errors, {f.header: i for i, f in enumerate(kind.fields)})


def prepare(db: Database, kind: str | Kind, path: str | Path, progress: Progress = SILENT
            ) -> Prepared:
    """Read ``path`` and check every row; raises ``ImportFailed`` listing every problem."""
    kind = kind_named(kind)
    progress.report(0.0, "读取文件")
    sheet = stream_sheet(path)
    report = ImportReport(kind=kind.name, encoding=sheet.encoding)
    progress.report(0.1, "逐行检查")
    with db.session() as session:
        lookups = Lookups(session)
        records, errors, report.more = parse_sheet(kind, sheet, lookups)
        report.rows = len(records)
        _refuse_if(kind, report, errors)
        staged = kind.stage(session, records, lookups) if kind.stage else None
    progress.report(0.6, "写入")
    with open(path, "rb") as file:
        sha256 = hashlib.file_digest(file, "sha256").hexdigest()
    return Prepared(kind, records, report, sha256, staged)


def write(session: Session, prepared: Prepared, actor: User) -> ImportReport:
    """Write the prepared rows in the caller's transaction, checked again first."""
    lookups = Lookups(session)
    report = prepared.report
    _refuse_if(prepared.kind, report, recheck(prepared.kind, prepared.records, lookups))
    report.created, report.updated, report.skipped = prepared.kind.apply(
        session, prepared.records, lookups, actor, prepared.staged)
    return report
