"""The demo's history in the audit log: every incident event it generated becomes an entry of
the hash chain, in the order the events happened and under who did them, so that the demo's
record is as verifiable as one the app built move by move."""

from __future__ import annotations

from sqlalchemy import Connection, String, select, type_coerce

from ..base.progress import Progress
from ..models import AuditEntry, Incident, IncidentEvent, User
from ..record import audit
from ..store.bulk import BulkWriter, stored

T_AUDIT = AuditEntry.__table__


def chain_events(connection: Connection, progress: Progress) -> int:
    """Append one entry per incident event, oldest first; returns how many."""
    users = {i: (name, roles) for i, name, roles in connection.execute(
        select(User.id, User.username, User.roles))}
    total = connection.scalar(select(IncidentEvent.id).order_by(IncidentEvent.id.desc()).limit(1)) or 0
    # yield_per on the statement: on the connection it would stay, and psycopg's server-side
    # cursors refuse the writer's executemany.
    dialect = connection.dialect.name
    sqlite = dialect == "sqlite"
    # On SQLite the times stay the text they are stored as, from the event to the entry: parsing
    # and writing out 3.3 million datetimes was a third of a city's chain.
    at_column = type_coerce(IncidentEvent.at, String) if sqlite else IncidentEvent.at
    rows = connection.execute(
        select(at_column, IncidentEvent.actor_id, IncidentEvent.action, IncidentEvent.from_status,
               IncidentEvent.to_status, IncidentEvent.note, IncidentEvent.unit_id, Incident.code)
        .join(Incident, Incident.id == IncidentEvent.incident_id)
        .order_by(IncidentEvent.at, IncidentEvent.id).execution_options(yield_per=20_000))
    writer = BulkWriter(connection, stored=True)
    seq, prev = 0, audit.GENESIS  # the demo writes into an empty database
    for at, actor_id, action, before, after, note, unit, code in rows:
        seq += 1
        actor, roles = users[actor_id]
        canonical_at, told_at = (audit.sqlite_at(at), _isoformat(at)) if sqlite else (at, at.isoformat())
        summary = audit.canonical({"status": [before, after], "note": note, "unit": unit, "at": told_at})
        hash_ = audit.digest(seq, canonical_at, actor_id, actor, roles, f"incident.{action}", "incident", code,
                             summary, prev)
        entry = dict(seq=seq, at=at, actor_id=actor_id, actor=actor, roles=roles, action=f"incident.{action}",
                     entity="incident", entity_id=code, summary=summary, prev_hash=prev, hash=hash_)
        writer.add(T_AUDIT, entry if sqlite else stored(dialect, T_AUDIT, entry))
        prev = hash_
        if seq % 50_000 == 0:
            writer.flush()
            progress.report(seq / max(total, 1), f"审计链 {seq:,}")
    writer.flush()
    return seq


def _isoformat(stored_at: str) -> str:
    """``datetime.isoformat()`` of a UTC time stored as "YYYY-MM-DD HH:MM:SS.ffffff" (whole
    seconds without their zero microseconds, as isoformat writes them)."""
    text = stored_at.replace(" ", "T", 1)
    return (text[:-7] if text.endswith(".000000") else text) + "+00:00"
