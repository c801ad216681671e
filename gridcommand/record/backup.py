"""Backups and restores (SPEC §12). A backup is a consistent copy made while other seats work —
SQLite's online backup of the file, or a portable archive of a server's rows — checked after it
is written: the copy must pass the database's integrity check and its audit chain must verify.
A restore checks the backup first and takes a safety backup of the database as it is.

The first start of a day backs up into the data folder (``daily``), keeping the last
``backup.keep_days`` days and the last backup of each of ``backup.keep_months`` months."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from ..base import clock
from ..base.errors import InputError, reason
from ..base.progress import SILENT, Progress
from ..models import Setting
from ..settings import system
from ..store import migrations
from ..store.database import Database
from . import audit, audit_file, integrity as integrity_of, transfer

SQLITE_SUFFIX, ARCHIVE_SUFFIX = ".sqlite", ".zip"
MADE_AT = "backup.made_at"  # the setting a copied file carries: when it was made
DAILY_PREFIX = "gridcommand-"
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, as shown before a restore."""

    path: Path
    township: str
    made_at: dt.datetime | None
    audit_seq: int
    audit_hash: str
    schema: str | None  # its migration revision
    digest: str | None = None  # the file's SHA-256, when taken as it was written

    @property
    def pin(self) -> str:
        return f"#{self.audit_seq} {self.audit_hash[:audit.PIN_DIGITS]}"

    @property
    def sha256(self) -> str:
        return self.digest or _sha256(self.path)


def _sha256(path: Path) -> str:
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def _synced_sha256(path: Path) -> str:
    with open(path, "rb+") as written:
        os.fsync(written.fileno())
    return _sha256(path)


class BackupFailed(InputError):
    """The copy does not pass its checks; it was not kept."""


def _is_archive(path: Path) -> bool:
    with open(path, "rb") as file:
        return file.read(len(_ZIP_MAGIC)) == _ZIP_MAGIC


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _read_only(path: Path):
    return create_engine("sqlite://", creator=lambda: _connect_read_only(path))


def describe(path: str | Path) -> BackupInfo:
    """Township, date and audit head of a backup; ``InputError`` if it is not one."""
    path = Path(path)
    if not path.is_file():
        raise InputError("找不到备份文件:{path}", path=path)
    if _is_archive(path):
        m = transfer.read_manifest(path)
        return BackupInfo(path, m["township"], dt.datetime.fromisoformat(m["made_at"]),
                          m["audit"]["seq"], m["audit"]["hash"], m["schema"])
    engine = _read_only(path)
    try:
        with engine.connect() as connection:
            m = transfer.manifest_of(connection)
            with Session(bind=connection) as session:
                made = session.get(Setting, MADE_AT)
            schema = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception as exc:  # not a database of ours: say so, not how it failed inside
        raise InputError("{name} 不是网格指挥室的备份:{exc}", name=path.name, exc=reason(exc)) from None
    finally:
        engine.dispose()
    return BackupInfo(path, m["township"], dt.datetime.fromisoformat(made.value) if made else None,
                      m["audit"]["seq"], m["audit"]["hash"], schema)


def check(path: str | Path, thorough: bool = True) -> audit.Verdict:
    """A backup's integrity check and its audit chain; ``BackupFailed`` if either fails.
    ``thorough``: SQLite's full ``integrity_check`` (indexes against their tables: 29 s on a city's
    file) — for a file of unknown origin and when asked to verify one; a copy just made needs the
    ``quick_check`` of its pages and records (4 s), which a torn or damaged copy does not pass."""
    path = Path(path)
    if _is_archive(path):
        verdict = transfer.check_archive(path)
    else:
        # SQLite checks the file on a thread of its own (it lets go of the GIL) while the chain
        # is walked (a long one in two processes): on a city's file, all at once.
        with ThreadPoolExecutor(max_workers=1) as pool:
            integrity = pool.submit(integrity_of.problem, path, thorough)
            try:
                verdict = audit_file.verify_file(path)
            except sqlite3.DatabaseError as exc:
                verdict = None
                unreadable = exc
            problem = integrity.result()
        if problem:
            raise BackupFailed("备份 {name} 未通过完整性检查:{problem}", name=path.name, problem=problem)
        if verdict is None:
            raise BackupFailed("{name} 不是可用的数据库备份:{orig}", name=path.name, orig=reason(unreadable))
    if not verdict.ok:
        raise BackupFailed("备份 {name} 的审计链在第 {broken_at} 条断开:{reason}",
                           name=path.name, broken_at=verdict.broken_at, reason=verdict.reason)
    return verdict


def target_path(db: Database, path: str | Path) -> Path:
    """Where a backup asked for at ``path`` is written: a server's is a ``.zip`` archive."""
    path = Path(path)
    wanted = SQLITE_SUFFIX if db.is_sqlite else ARCHIVE_SUFFIX
    if path.suffix.lower() == wanted:
        return path
    return path.with_name(path.name + wanted)


def backup(db: Database, path: str | Path, progress: Progress = SILENT) -> BackupInfo:
    """A checked copy of ``db`` at ``target_path(db, path)``; an existing file there is replaced
    only once the new copy has passed its checks."""
    path = target_path(db, path)
    part = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)
        part.touch()
    except OSError as exc:
        raise InputError("无法在 {path} 写入备份:{why}", path=path, why=reason(exc)) from None
    try:
        if db.is_sqlite:
            _copy_sqlite(db, part, progress.part(0, 0.8))
        else:
            transfer.write_archive(db, part, progress.part(0, 0.8))
        progress.report(0.8, "检查备份")
        with ThreadPoolExecutor(max_workers=1) as pool:  # on disk, and its digest for the log, while checked
            digest = pool.submit(_synced_sha256, part)
            check(part, thorough=False)
            taken = digest.result()
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return dataclasses.replace(describe(path), digest=taken)


def _copy_sqlite(db: Database, target: Path, progress: Progress) -> None:
    """SQLite's online backup, in one step: it reads one snapshot while other seats go on
    writing (in WAL mode a reader does not stop writers). Copied in several steps, any write by
    another seat between two steps would start the copy again from the beginning."""
    progress.report(0, "复制数据库")
    raw = db.engine.raw_connection()
    try:
        copy = sqlite3.connect(target)
        try:
            # A new file that is only ever whole once checked: no rollback journal and no syncs
            # while it is written (a fifth of the copy); ``backup`` syncs it while it is checked.
            copy.execute("PRAGMA journal_mode=OFF")
            copy.execute("PRAGMA synchronous=OFF")
            raw.driver_connection.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            with copy:
                copy.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                             (MADE_AT, audit.iso(clock.now())))
        finally:
            copy.close()
    finally:
        raw.close()


def restorable(db: Database, path: str | Path) -> BackupInfo:
    """What the backup at ``path`` holds, once it has passed every check a restore into ``db``
    needs: a version of the data this program can read, its integrity, its audit chain."""
    info = describe(path)
    whole_file = db.is_sqlite and not _is_archive(info.path)
    if not migrations.known(info.schema) or (not whole_file and info.schema != migrations.head_revision()):
        raise InputError("备份 {name} 来自另一版本的网格指挥室(数据结构 {schema}),请用同一版本的程序恢复", name=info.path.name, schema=info.schema)
    check(info.path)
    return info


def restore(db: Database, backup_info: BackupInfo, safety_folder: Path, progress: Progress = SILENT) -> Path:
    """Replace ``db``'s content by a ``restorable`` backup's, after a safety backup of it (whose
    path is returned)."""
    path = backup_info.path
    safety = backup(db, safety_folder / f"before-restore-{clock.local(clock.now()):%Y%m%d-%H%M%S}",
                    progress.part(0, 0.5)).path
    progress.report(0.5, "恢复")
    if db.is_sqlite and not _is_archive(path):
        _restore_file(db, path)
    else:
        _restore_rows(db, path, progress.part(0.5, 1))
    migrations.upgrade(db.url)  # a backup from before an upgrade is brought up to date
    return safety


def _restore_file(db: Database, path: Path) -> None:
    raw = db.engine.raw_connection()
    try:
        source = _connect_read_only(path)
        try:
            source.backup(raw.driver_connection)
        finally:
            source.close()
        raw.driver_connection.execute("DELETE FROM setting WHERE key = ?", (MADE_AT,))
    finally:
        raw.close()
    db.engine.dispose()  # no pooled connection keeps a view of the old content


def _restore_rows(db: Database, path: Path, progress: Progress) -> None:
    if _is_archive(path):
        with db.engine.begin() as connection:
            transfer.replace_all(connection, transfer.archive_feed(path), progress)
        return
    source = _read_only(path)
    try:
        with source.connect() as reading, db.engine.begin() as connection:
            transfer.replace_all(connection, transfer.database_feed(reading), progress)
            connection.execute(text("DELETE FROM setting WHERE key = :key"), {"key": MADE_AT})
    finally:
        source.dispose()


def daily_path(db: Database, folder: Path, today: dt.date) -> Path:
    return target_path(db, folder / f"{DAILY_PREFIX}{today:%Y-%m-%d}")


def daily(db: Database, folder: Path, today: dt.date, progress: Progress = SILENT) -> BackupInfo | None:
    """Today's backup into ``folder``, unless it exists already (then None); old ones pruned."""
    target = daily_path(db, folder, today)
    if target.exists():
        return None
    made = backup(db, target, progress)
    with db.session() as session:
        keep_days = system.KEEP_DAYS.read(session)
        keep_months = system.KEEP_MONTHS.read(session)
    prune(folder, today, keep_days, keep_months)
    return made


def prune(folder: Path, today: dt.date, keep_days: int, keep_months: int) -> list[Path]:
    """Keep the daily backups of the last ``keep_days`` days (today included) and the last
    backup of each of the last ``keep_months`` months; delete the others, and return them."""
    dated = {}
    for path in folder.glob(f"{DAILY_PREFIX}*"):
        if path.suffix.lower() not in (SQLITE_SUFFIX, ARCHIVE_SUFFIX):
            continue
        try:
            dated[dt.date.fromisoformat(path.name.removeprefix(DAILY_PREFIX)[:10])] = path
        except ValueError:
            continue  # not one of the daily backups (a safety backup, a copy made by hand)
    month_ends = {}
    for day in sorted(dated):
        month_ends[day.strftime("%Y-%m")] = day
    kept_months = set(sorted(month_ends.values())[-keep_months:]) if keep_months > 0 else set()
    removed = []
    for day, path in sorted(dated.items()):
        if (today - day).days >= keep_days and day not in kept_months:
            path.unlink()
            removed.append(path)
    return removed
