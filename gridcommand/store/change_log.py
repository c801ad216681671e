"""The change log through which the other seats learn what an operation changed, a few
seconds later: one row per committed operation, numbered by a counter."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..base import clock
from ..base.changes import Changes
from ..models import ChangeCounter, ChangeLog

# Log entries kept; a seat that fell further behind refreshes everything.
KEEP = 2_000


def record(session: Session, changes: Changes, actor_id: int | None) -> int:
    """Log ``changes`` in the caller's transaction, as late as possible before its commit (the
    counter's row lock is held from here to the commit); returns the entry's sequence number."""
    session.execute(update(ChangeCounter).where(ChangeCounter.id == 1)
                    .values(value=ChangeCounter.value + 1))
    seq = session.scalar(select(ChangeCounter.value).where(ChangeCounter.id == 1))
    session.add(ChangeLog(seq=seq, at=clock.now(), actor_id=actor_id, changes=changes.as_json()))
    if seq % 100 == 0:
        session.execute(delete(ChangeLog).where(ChangeLog.seq <= seq - KEEP))
    session.flush()
    return seq


def latest(session: Session) -> int:
    return session.scalar(select(ChangeCounter.value).where(ChangeCounter.id == 1)) or 0


def since(session: Session, seen: int) -> tuple[int, list[tuple[int, Changes]]]:
    """The entries after ``seen``: (the newest sequence number, [(seq, changes), …])."""
    rows = session.execute(select(ChangeLog.seq, ChangeLog.changes).where(ChangeLog.seq > seen)
                           .order_by(ChangeLog.seq)).all()
    if not rows:
        newest = latest(session)
        if newest < seen:  # a restored or replaced database: start again
            return newest, [(newest, Changes.everything())]
        return seen, []
    if rows[0].seq != seen + 1:  # entries this seat never saw were pruned
        return rows[-1].seq, [(rows[-1].seq, Changes.everything())]
    return rows[-1].seq, [(seq, Changes.from_json(data)) for seq, data in rows]
