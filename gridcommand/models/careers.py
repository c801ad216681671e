"""Levels and careers (SPEC §7): HR decisions on candidates, and each worker's level history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class CareerDecision(Base):
    """HR's decision on a candidate the rules found after a locked month."""

    __tablename__ = "career_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    finding: Mapped[str] = mapped_column(Text)  # the rule's reason, as shown to HR
    approved: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text)
    effective_date: Mapped[dt.date | None] = mapped_column(Date)
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    decided_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class LevelChange(Base):
    """A worker's level (or status) from a date on; applied to the staff row when it is due."""

    __tablename__ = "level_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    from_level: Mapped[str | None] = mapped_column(String(16))
    to_level: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    effective_date: Mapped[dt.date] = mapped_column(Date, index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("career_decision.id"))
    applied: Mapped[bool] = mapped_column(Boolean, default=False)
