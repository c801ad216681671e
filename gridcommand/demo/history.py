"""The demo's history in the audit log: every incident event it generated becomes an entry of
the hash chain, in the order the events happened and under who did them, so that the demo's
record is as verifiable as one the app built move by move."""

from __future__ import annotations

from sqlalchemy import Connection, select

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
    rows = connection.execute(
        select(IncidentEvent.at, IncidentEvent.actor_id, IncidentEvent.action, IncidentEvent.from_status,
               IncidentEvent.to_status, IncidentEvent.note, IncidentEvent.unit_id, Incident.code)
        .join(Incident, Incident.id == IncidentEvent.incident_id)
        .order_by(IncidentEvent.at, IncidentEvent.id).execution_options(yield_per=20_000))
    dialect = connection.dialect.name
    writer = BulkWriter(connection, stored=True)
    seq, prev = 0, audit.GENESIS  # the demo writes into an empty database
    for at, actor_id, action, before, after, note, unit, code in rows:
        seq += 1
        actor, roles = users[actor_id]
        summary = audit.canonical({"status": [before, after], "note": note, "unit": unit,
                                   "at": at.isoformat()})
        hash_ = audit.digest(seq, at, actor_id, actor, roles, f"incident.{action}", "incident", code,
                             summary, prev)
        writer.add(T_AUDIT, stored(dialect, T_AUDIT, dict(
            seq=seq, at=at, actor_id=actor_id, actor=actor, roles=roles, action=f"incident.{action}",
            entity="incident", entity_id=code, summary=summary, prev_hash=prev, hash=hash_)))
        prev = hash_
        if seq % 50_000 == 0:
            writer.flush()
            progress.report(seq / max(total, 1), f"审计链 {seq:,}")
    writer.flush()
    return seq
