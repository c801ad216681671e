"""The change counter and log through which every seat learns what the others changed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, ForeignKey
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
