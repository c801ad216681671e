"""The change counter and log through which every seat learns what the others changed, and the
audit log that keeps, tamper-evident, who changed what."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class ChangeCounter(Base):
    """One row, advanced by every operation that changes the record. Its row lock orders the
    writers, so the log's sequence numbers appear in the order the changes were committed."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class ChangeLog(Base):
    """What one committed operation changed (``Changes`` as JSON), under its sequence number.
    Only the recent entries are kept: a seat further behind refreshes everything."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    changes: Mapped[dict] = mapped_column(JSON)


class AuditEntry(Base):
    """One entry of the append-only, hash-chained audit log (SPEC §12): who did what to which
    record, with the previous entry's hash and its own over a canonical encoding of all of it
    (``gridcommand.record.audit``). Triggers in the database refuse UPDATE and DELETE on this table."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    actor: Mapped[str] = mapped_column(String(64))
    roles: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index(None, "entity", "entity_id"),)
