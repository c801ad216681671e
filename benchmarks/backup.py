"""How long a backup and a restore of a database take (SPEC §12), as the administrator waits for
them, with each step on its own and a raw baseline.

    python -m gridcommand demo --scale city --db city.sqlite
    python benchmarks/backup.py --db city.sqlite [--folder /tmp/backups] [--restore]

Prints JSON: the backup through its operation (the copy, SQLite's quick check, the audit chain
walked on the copy), next to plain file copying plus a quick check of it (the goal: within 2.5×
that) and SQLite's own backup of the same file; and File ▸ Verify a backup (the full integrity
check and the chain). With
``--restore`` the backup just made is restored into the database too (its content does not
change; the chain gains the restore's entries).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gridcommand.demo import DEMO_PASSWORD  # noqa: E402
from gridcommand.ops import accounts, maintenance  # noqa: E402
from gridcommand.record import backup
from gridcommand.store.database import Database


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, round(time.perf_counter() - start, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "gridcommand-bench")
    parser.add_argument("--restore", action="store_true")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    source = args.db.resolve()
    db = Database(f"sqlite:///{source}")
    admin = accounts.sign_in(db, "admin", DEMO_PASSWORD)
    figures = {"database": str(args.db), "size_mb": round(source.stat().st_size / 2**20)}

    target = args.folder / "bench-backup.sqlite"
    info, figures["backup_operation_s"] = timed(lambda: maintenance.backup(db, admin, target).value)
    _, figures["of_which_quick_check_and_chain_s"] = timed(lambda: backup.check(target, thorough=False))
    _, figures["verify_backup_operation_s"] = timed(lambda: maintenance.verify_backup(db, admin, target))
    figures["audit_entries_in_copy"] = info.audit_seq

    raw_copy = args.folder / "bench-raw.sqlite"
    _, figures["raw_file_copy_s"] = timed(lambda: shutil.copyfile(source, raw_copy))

    def quick_check():  # the goal's yardstick: cp plus sqlite3 FILE 'pragma quick_check'
        with sqlite3.connect(raw_copy) as connection:
            connection.execute("PRAGMA quick_check").fetchall()
        connection.close()
    _, figures["raw_quick_check_s"] = timed(quick_check)
    raw_copy.unlink()

    def sqlite_backup():
        with sqlite3.connect(source) as src, sqlite3.connect(raw_copy) as dst:
            src.backup(dst)
        src.close()
        dst.close()
    _, figures["raw_sqlite3_backup_s"] = timed(sqlite_backup)
    raw_copy.unlink()

    if args.restore:
        done, figures["restore_operation_s"] = timed(lambda: maintenance.restore(db, admin, target).value)
        done.safety.unlink()
    target.unlink()
    db.close()
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
