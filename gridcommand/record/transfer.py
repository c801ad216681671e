"""Every row of a township's database, out of one database and into another — a portable archive
(a zip of JSON lines: a server's backup) or another database (moving a township from SQLite to
PostgreSQL). Rows keep their ids, so every reference and the audit chain stay intact.

Archive format 1: ``manifest.json`` (format, schema revision, township, when, audit head, rows
per table) and ``tables/NAME.jsonl``, one line of column names and then one JSON array per row;
timestamps and dates as ISO 8601 text, binary data as base64.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

from sqlalchemy import Connection, Date, LargeBinary, Table, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from ..base import clock
from ..base.errors import InputError
from ..base.progress import SILENT, Progress
from ..models import Base, UTCDateTime
from ..org import township
from ..store import migrations
from ..store.database import Database
from . import audit

FORMAT = 1
BATCH = 2_000
Feed = Callable[[Table], Iterator[list[dict]]]


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _forward_references(table: Table) -> list[str]:
    """Columns of ``table`` that refer to a table loaded after it: the one cycle of references
    (an action item's agenda item, an agenda item's action item) is broken there, and PostgreSQL
    checks each reference as the row is written."""
    order = {t.name: n for n, t in enumerate(tables())}
    return sorted({fk.parent.name for fk in table.foreign_keys
                   if order[fk.column.table.name] > order[table.name]})


def _encoder(table: Table) -> Callable[[tuple], list]:
    kinds = [c.type for c in table.columns]

    def encode(row: tuple) -> list:
        out = []
        for kind, value in zip(kinds, row):
            if value is None:
                out.append(None)
            elif isinstance(kind, UTCDateTime):
                out.append(audit.iso(value))
            elif isinstance(kind, Date):
                out.append(value.isoformat())
            elif isinstance(kind, LargeBinary):
                out.append(base64.b64encode(value).decode("ascii"))
            else:
                out.append(value)
        return out
    return encode


def _decoder(table: Table, names: list[str]) -> Callable[[list], dict]:
    kinds = [table.columns[n].type for n in names]

    def decode(values: list) -> dict:
        row = {}
        for name, kind, value in zip(names, kinds, values):
            if value is not None:
                if isinstance(kind, UTCDateTime):
                    value = dt.datetime.fromisoformat(value)
                elif isinstance(kind, Date):
                    value = dt.date.fromisoformat(value)
                elif isinstance(kind, LargeBinary):
                    value = base64.b64decode(value)
            row[name] = value
        return row
    return decode


def _stream(connection: Connection, table: Table) -> Iterator[tuple]:
    order = list(table.primary_key.columns)
    with connection.execute(select(table).order_by(*order).execution_options(yield_per=BATCH)) as rows:
        yield from rows


def manifest_of(connection: Connection) -> dict:
    """What a copy of this database holds: which township, when, its audit log's head."""
    with Session(bind=connection) as session:
        seq, head = audit.head(session)
        place = township.current(session)
        name = f"{place.county.name}{place.name}" if place else ""
    return {"format": FORMAT, "schema": migrations.head_revision(), "township": name,
            "made_at": audit.iso(clock.now()), "audit": {"seq": seq, "hash": head}}


def write_archive(db: Database, path: str | Path, progress: Progress = SILENT) -> dict:
    """All rows of ``db`` as one consistent snapshot, into a zip at ``path``; its manifest."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _snapshot(db) as connection, zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        manifest = manifest_of(connection)
        manifest["rows"] = {}
        for n, table in enumerate(tables()):
            progress.report(n / len(tables()), table.name)
            encode, count = _encoder(table), 0
            with archive.open(f"tables/{table.name}.jsonl", "w") as raw:
                out = io.TextIOWrapper(raw, encoding="utf-8")
                out.write(json.dumps([c.name for c in table.columns]) + "\n")
                for row in _stream(connection, table):
                    out.write(json.dumps(encode(row), ensure_ascii=False) + "\n")
                    count += 1
                out.flush()
            manifest["rows"][table.name] = count
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    return manifest


def read_manifest(path: str | Path) -> dict:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("manifest.json"))
    except (OSError, KeyError, zipfile.BadZipFile, ValueError) as exc:
        raise InputError("{path} 不是网格指挥室的备份归档:{exc}", path=path, exc=exc) from None
    if manifest.get("format") != FORMAT:
        raise InputError("{path} 的归档格式 {format} 无法读取", path=path, format=manifest.get("format"))
    return manifest


def check_archive(path: str | Path) -> audit.Verdict:
    """An archive's own integrity (every member's CRC, the rows its manifest counts) and its
    audit chain, walked straight from the archive."""
    manifest = read_manifest(path)
    with zipfile.ZipFile(path) as archive:
        damaged = archive.testzip()
        if damaged:
            raise InputError("归档 {name} 的 {damaged} 已损坏", name=Path(path).name, damaged=damaged)
        for name, rows in manifest["rows"].items():
            with archive.open(f"tables/{name}.jsonl") as raw:
                found = sum(1 for _line in raw) - 1
            if found != rows:
                raise InputError("归档 {archive} 的 {name} 有 {found} 行,清单写的是 {rows} 行", archive=Path(path).name,
                                 name=name, found=found, rows=rows)
        with archive.open("tables/audit_log.jsonl") as raw:
            lines = io.TextIOWrapper(raw, encoding="utf-8")
            names = json.loads(next(lines))
            order = [names.index(n) for n in ("seq", "at", "actor_id", "actor", "roles", "action", "entity",
                                              "entity_id", "summary", "prev_hash", "hash")]
            return audit.walk(tuple(values[i] for i in order) for values in map(json.loads, lines))


def _batches(rows: Iterator[dict]) -> Iterator[list[dict]]:
    while batch := list(islice(rows, BATCH)):
        yield batch


def archive_feed(path: str | Path) -> Feed:
    """The archive's rows, table by table, in batches."""
    def feed(table: Table) -> Iterator[list[dict]]:
        with zipfile.ZipFile(path) as archive, archive.open(f"tables/{table.name}.jsonl") as raw:
            lines = io.TextIOWrapper(raw, encoding="utf-8")
            decode = _decoder(table, json.loads(next(lines)))
            yield from _batches(decode(json.loads(line)) for line in lines)
    return feed


def database_feed(connection: Connection) -> Feed:
    """The rows of the database ``connection`` reads, table by table, in batches."""
    def feed(table: Table) -> Iterator[list[dict]]:
        names = [c.name for c in table.columns]
        yield from _batches(dict(zip(names, row)) for row in _stream(connection, table))
    return feed


def replace_all(connection: Connection, feed: Feed, progress: Progress = SILENT) -> dict[str, int]:
    """Every row of the target replaced by the feed's, in the caller's transaction; the audit
    log's append-only triggers are lifted for it and put back."""
    counts = {}
    audit.append_only(connection, False)
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for table in reversed(tables()):
        connection.execute(table.delete())
    later: list[tuple[Table, str, list[dict]]] = []  # references filled in once their rows exist
    for n, table in enumerate(tables()):
        progress.report(n / len(tables()), table.name)
        counts[table.name] = 0
        ahead = _forward_references(table)
        for batch in feed(table):
            for column in ahead:
                later.append((table, column, [{"_id": row["id"], "_value": row[column]} for row in batch
                                              if row.get(column) is not None]))
                batch = [{**row, column: None} for row in batch]
            connection.execute(insert(table), batch)
            counts[table.name] += len(batch)
    for table, column, values in later:
        if values:
            connection.execute(update(table).where(table.c.id == bindparam("_id"))
                               .values({column: bindparam("_value")}), values)
    if connection.dialect.name == "postgresql":  # the ids were given: move each sequence past them
        for table in tables():
            if "id" in table.columns and table.columns["id"].autoincrement in (True, "auto"):
                connection.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))
    audit.append_only(connection, True)
    return counts


def require_empty(target: Database) -> None:
    with target.session() as session:
        if township.current(session) is not None:
            raise InputError("目标数据库 {target} 已有乡镇数据:只能迁移到空数据库", target=target.describe())


def transfer(source: Database, target: Database, progress: Progress = SILENT) -> dict[str, int]:
    """Copy a township into a new, empty database (its schema made by the migrations), read as
    one snapshot of the source while its seats go on working."""
    require_empty(target)
    with _snapshot(source) as reading, target.engine.begin() as writing:
        return replace_all(writing, database_feed(reading), progress)


@contextmanager
def _snapshot(db: Database) -> Iterator[Connection]:
    """A connection reading one consistent state of ``db`` in all its tables."""
    with db.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            yield connection
