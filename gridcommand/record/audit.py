"""The audit log (SPEC §12): every change is appended as an entry that carries the hash of the
entry before it and its own SHA-256 over a canonical encoding of everything it says, so that a
changed byte, a deleted or reordered row, or a forged entry shows when the chain is walked.

Work notes what it did (``note``) in the unit of work; the operation writes the notes as entries
(``write``) just before it commits, so an entry exists exactly when its change does.

The canonical encoding of an entry (version 1, never to change: old chains must still verify):
its fields in this order, joined by the unit separator U+001F, encoded as UTF-8 —
seq, at (UTC, ISO 8601 with microseconds), actor_id (or empty), actor, roles, action, entity,
entity_id, summary (JSON, keys sorted, no spaces), prev_hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from ..base import clock
from ..base.messages import Message
from ..models import AuditEntry, ChangeCounter, User

GENESIS = "0" * 64  # the previous hash of the first entry
PIN_DIGITS = 12     # how much of a hash a printed document carries
_SEP = "\x1f"


# The database's own guard: UPDATE and DELETE on the log are refused (made by the migration
# ``audit log``; lifted only while a restore or a transfer replaces every row).
_REFUSAL = "audit_log is append-only"
SQLITE_GUARD = [f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END" for event in ("UPDATE", "DELETE")]


def append_only(connection, on: bool) -> None:
    """Put back (or lift, for a restore) the triggers that keep the log append-only."""
    if connection.dialect.name == "sqlite":
        if on:
            for statement in SQLITE_GUARD:
                connection.exec_driver_sql(statement)
        else:
            for event in ("update", "delete"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_log_no_{event}")
    else:
        connection.exec_driver_sql(f"ALTER TABLE audit_log {'ENABLE' if on else 'DISABLE'} TRIGGER USER")


def canonical(summary: dict) -> str:
    return json.dumps(summary, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def iso(at: dt.datetime) -> str:
    return at.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def digest(seq: int, at: dt.datetime | str, actor_id: int | None, actor: str, roles: str,
           action: str, entity: str, entity_id: str, summary: str, prev_hash: str) -> str:
    """The entry's hash; ``at`` as a datetime or already in its canonical text (``iso``)."""
    fields = (str(seq), at if isinstance(at, str) else iso(at),
              "" if actor_id is None else str(actor_id), actor, roles, action, entity, entity_id,
              summary, prev_hash)
    return hashlib.sha256(_SEP.join(fields).encode("utf-8")).hexdigest()


def note(session: Session, action: str, entity: str = "", entity_id: object = "", **summary) -> None:
    """Something this unit of work did, to be written to the log when it commits."""
    session.info.setdefault("audit", []).append((action, entity, str(entity_id), summary))


def noted(session: Session) -> bool:
    """Whether this unit of work has logged what it did (or has it still to write)."""
    return bool(session.info.get("audit")) or session.info.get("audit_written", False)


def write(session: Session, user: User | None, at: dt.datetime | None = None) -> list[AuditEntry]:
    """Append what the unit of work noted, chained after the newest entry. On PostgreSQL the
    change counter's row is locked first, so that two seats append one after the other."""
    notes = session.info.pop("audit", [])
    if not notes:
        return []
    session.execute(select(ChangeCounter.id).where(ChangeCounter.id == 1).with_for_update())
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash)
                           .order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (last.seq, last.hash) if last else (0, GENESIS)
    at = (at or clock.now()).astimezone(dt.timezone.utc)
    actor = user.username if user else "-"
    roles = user.roles if user else ""
    entries = []
    for action, entity, entity_id, summary in notes:
        seq += 1
        text = canonical(summary)
        entry = AuditEntry(seq=seq, at=at, actor_id=user.id if user else None, actor=actor,
                           roles=roles, action=action, entity=entity, entity_id=entity_id[:64],
                           summary=text, prev_hash=prev,
                           hash=digest(seq, at, user.id if user else None, actor, roles, action,
                                       entity, entity_id[:64], text, prev))
        entries.append(entry)
        prev = entry.hash
    session.add_all(entries)
    session.flush()
    session.info["audit_written"] = True
    return entries


def head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the newest entry; (0, GENESIS) for an empty log."""
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc())
                           .limit(1)).first()
    return (last.seq, last.hash) if last else (0, GENESIS)


def pin(session: Session) -> str:
    """The chain's head as a printed document carries it: "#SEQ HASH12"."""
    seq, hash_ = head(session)
    return f"#{seq} {hash_[:PIN_DIGITS]}"


@dataclass(frozen=True)
class Verdict:
    entries: int
    head: str                 # hash of the last entry walked
    broken_at: int | None = None
    reason: Message | str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def _rows(up_to: int | None, sqlite: bool):
    # On SQLite the time is read as the text it is stored as (UTC, with microseconds) and put in
    # canonical form by hand: parsing a million datetimes was a third of the walk.
    at = type_coerce(AuditEntry.at, String) if sqlite else AuditEntry.at
    stmt = select(AuditEntry.seq, at, AuditEntry.actor_id, AuditEntry.actor,
                  AuditEntry.roles, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
                  AuditEntry.summary, AuditEntry.prev_hash, AuditEntry.hash).order_by(AuditEntry.seq)
    if up_to is not None:
        stmt = stmt.where(AuditEntry.seq <= up_to)
    return stmt


def verify(session: Session, up_to: int | None = None) -> Verdict:
    """Walk the chain from its first entry (up to ``up_to``): each entry must follow the one
    before it without a gap, name its hash, and hash to what it says."""
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    return walk(_batches(connection, _rows(up_to, sqlite)), up_to, sqlite_at if sqlite else iso)


def sqlite_at(text: str) -> str:
    """An entry's time as SQLite stores it (UTC text) in its canonical form (``iso``)."""
    return text.replace(" ", "T", 1) + "+00:00"


def _batches(connection, stmt, size: int = 20_000):
    """The rows of ``stmt`` (ordered by seq) read a batch at a time along the seq: a million
    entries stay small, through Core (the ORM's row handling doubled the walk), and without a
    server-side cursor, which PostgreSQL keeps only inside a transaction (reads run without)."""
    after, read = 0, size
    while read == size:  # a short batch was the last
        read = 0
        for row in connection.execute(stmt.where(AuditEntry.seq > after).limit(size)):
            read += 1
            yield row
        after = row[0] if read else after


def walk(rows, up_to: int | None = None, canonical_at=lambda at: at, start: tuple[int, str] = (1, GENESIS)) -> Verdict:
    """Verify entries given as (seq, at, actor_id, actor, roles, action, entity, entity_id,
    summary, prev_hash, hash) in order of seq; ``canonical_at`` turns ``at`` into its text;
    ``start``: the first entry's seq and the hash it must follow (a part of the chain)."""
    (expected_seq, prev), count = start, 0
    for seq, at, actor_id, actor, roles, action, entity, entity_id, summary, prev_hash, hash_ in rows:
        at = canonical_at(at)
        if seq != expected_seq:
            return Verdict(count, prev, expected_seq, Message("第 {missing} 条缺失(下一条是第 {seq} 条)",
                                                              missing=expected_seq, seq=seq))
        if prev_hash != prev:
            return Verdict(count, prev, seq, Message("第 {seq} 条记录的前一条哈希与第 {before} 条不符", seq=seq, before=seq - 1))
        if digest(seq, at, actor_id, actor, roles, action, entity, entity_id, summary, prev_hash) != hash_:
            return Verdict(count, prev, seq, Message("第 {seq} 条的内容与其哈希不符(被修改过)", seq=seq))
        prev, expected_seq, count = hash_, seq + 1, count + 1
    if up_to is not None and expected_seq - 1 != up_to:
        return Verdict(count, prev, expected_seq, Message("审计日志只有 {count} 条,没有第 {up_to} 条",
                                                          count=expected_seq - 1, up_to=up_to))
    return Verdict(count, prev)


def verify_pin(session: Session, seq: int, hash_prefix: str) -> Verdict:
    """A printed "#SEQ HASH12": nothing up to that entry has changed since it was printed."""
    verdict = verify(session, seq)
    if verdict.ok and not verdict.head.startswith(hash_prefix.lower()):
        return Verdict(verdict.entries, verdict.head, seq,
                       Message("第 {seq} 条的哈希是 {head},不是打印的 {printed}", seq=seq,
                               head=verdict.head[:PIN_DIGITS], printed=hash_prefix))
    return verdict


@dataclass(frozen=True)
class Line:
    seq: int
    at: dt.datetime
    actor: str
    roles: str
    action: str
    entity: str
    entity_id: str
    summary: dict


def entries(session: Session, entity: str | None = None, entity_id: str | None = None,
            actor: str | None = None, start: dt.datetime | None = None,
            end: dt.datetime | None = None, limit: int = 1000, where=None) -> list[Line]:
    """The entries asked for, oldest first; ``where``: which a reader may see (``audit_scope``)."""
    stmt = select(AuditEntry).order_by(AuditEntry.seq)
    if where is not None:
        stmt = stmt.where(where)
    if entity:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    if actor:
        stmt = stmt.where(AuditEntry.actor == actor)
    if start:
        stmt = stmt.where(AuditEntry.at >= start)
    if end:
        stmt = stmt.where(AuditEntry.at < end)
    return [Line(e.seq, e.at, e.actor, e.roles, e.action, e.entity, e.entity_id, json.loads(e.summary))
            for e in session.scalars(stmt.limit(limit))]
