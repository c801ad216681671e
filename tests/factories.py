"""Small shared test data."""

import datetime as dt

from gridcommand.demo import Scale

TINY = Scale("tiny", "西塘镇", "嘉善县", villages=3, grids=8, full_time_workers=10,
             key_persons=40, months=2, incidents=300, visit_months=2)
TODAY = dt.date(2026, 11, 23)


def run_import(db, kind, path, dry_run: bool = False):
    """An import through its operation, as the local user; the value is the report."""
    from gridcommand.ops import actor, imports

    op = imports.check if dry_run else imports.run
    return op(db, actor.local(db), kind, path).value
