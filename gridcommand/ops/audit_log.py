"""The audit log as its readers see it: the chain verified by anyone, entries shown by role."""

from __future__ import annotations

import datetime as dt

from ..access.permissions import Can
from ..record import audit
from ..record.audit_scope import visible_to
from ..store.database import Database
from .actor import Actor
from .unit_of_work import look

MOST = 100_000  # entries one listing shows


def verify(db: Database, actor: Actor, seq: int | None = None, hash_prefix: str = "") -> audit.Verdict:
    """The whole chain, or up to a printed pin (``seq``, ``hash_prefix``): open to every role."""
    if seq is not None:
        return look(db, actor, audit.verify_pin, seq, hash_prefix, needs=Can.REPORTS)
    return look(db, actor, audit.verify, needs=Can.REPORTS)


def entries(db: Database, actor: Actor, entity: str | None = None, entity_id: str | None = None,
            account: str | None = None, start: dt.datetime | None = None, end: dt.datetime | None = None,
            limit: int = 1000) -> list[audit.Line]:
    """The entries ``actor``'s roles may see (SPEC §12.1), oldest first, at most ``limit``."""
    return look(db, actor, audit.entries, entity, entity_id, account, start, end, max(0, min(limit, MOST)),
                visible_to(actor), needs=Can.REPORTS)
