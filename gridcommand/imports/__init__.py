"""All-or-nothing import of the §11 templates from xlsx or CSV (UTF-8 or GBK).

``run_import`` reads the whole file, checks every row against the template and the database,
and writes only if no row has an error, in one transaction. Rows are matched on their code,
staff number or ID number, so importing the same file twice duplicates nothing.
"""

from __future__ import annotations

from pathlib import Path

from ..database import Database
from ..errors import InputError
from .base import ImportFailed, ImportReport, Kind, Lookups, RowError, parse_sheet
from .incidents import INCIDENTS
from .org import GRIDS, STAFF
from .people import COMMENDATIONS, KEY_PERSONS, VISITS
from .reader import read_sheet

KINDS: dict[str, Kind] = {k.name: k for k in (GRIDS, STAFF, KEY_PERSONS, INCIDENTS, VISITS,
                                              COMMENDATIONS)}

__all__ = ["KINDS", "ImportFailed", "ImportReport", "Kind", "RowError", "kind_named",
           "run_import"]


def kind_named(name: str) -> Kind:
    """A kind by its English name or its Chinese label (grids / 网格 …)."""
    for kind in KINDS.values():
        if name in (kind.name, kind.label):
            return kind
    raise InputError(f"未知的导入类型“{name}”;可选:"
                     + "、".join(f"{k.name}({k.label})" for k in KINDS.values()))


def run_import(db: Database, kind: str | Kind, path: str | Path, *, dry_run: bool = False
               ) -> ImportReport:
    """Import ``path``; raises ``ImportFailed`` (database unchanged) when any row is wrong.

    With ``dry_run`` every check runs, including the writes, and then everything is rolled
    back: the report says what an import would do.
    """
    kind = kind_named(kind) if isinstance(kind, str) else kind
    sheet = read_sheet(path)
    report = ImportReport(kind=kind.name, rows=len(sheet.rows), encoding=sheet.encoding)
    with db.session() as session:
        lookups = Lookups(session)
        records, errors = parse_sheet(kind, sheet, lookups)
        if errors:
            order = {f.header: i for i, f in enumerate(kind.fields)}
            report.errors = sorted(errors, key=lambda e: (e.row, order.get(e.column, -1), e.message))
            raise ImportFailed(report)
        report.created, report.updated, report.skipped = kind.apply(session, records, lookups)
        if not dry_run:
            session.commit()
    return report
