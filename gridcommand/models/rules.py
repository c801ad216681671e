"""Versioned rules and the records the automatic rules leave (SPEC §3.4)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime


class DeadlineRuleSet(Base):
    """One version of the deadline matrix. An incident keeps the version in force when it was
    reported (for its acceptance step) or accepted (for the rest), so a change never moves the
    deadlines of incidents already under way."""

    __tablename__ = "deadline_rule_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    # "calendar": hours around the clock; "working": hours counted on working days only,
    # with the Chinese holiday calendar and its make-up working weekends.
    mode: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    rules: Mapped[list[DeadlineRule]] = relationship(back_populates="rule_set")


class DeadlineRule(Base):
    __tablename__ = "deadline_rule"
    __table_args__ = (UniqueConstraint("rule_set_id", "step", "colour", "category_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("deadline_rule_set.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(8))
    colour: Mapped[str] = mapped_column(String(8))
    # A category 大类 of its own overrides the general rule of the same step and colour.
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    hours: Mapped[float] = mapped_column(Float)

    rule_set: Mapped[DeadlineRuleSet] = relationship(back_populates="rules")


class IncidentCard(Base):
    """A supervision card 督办: yellow when a step goes overdue, red 24 h later if still open.
    It counts against the unit and the person responsible at the time."""

    __tablename__ = "incident_card"
    __table_args__ = (UniqueConstraint("incident_id", "step", "step_due_at", "colour"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), index=True)
    colour: Mapped[str] = mapped_column(String(8))
    step: Mapped[str] = mapped_column(String(8))
    step_due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)


class Extension(Base):
    """A handling unit's request for more time 延期, and the command room's decision."""

    __tablename__ = "extension"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    requested_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    requested_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    reason: Mapped[str] = mapped_column(Text)
    hours: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    granted_hours: Mapped[float | None] = mapped_column(Float)
    decision_note: Mapped[str | None] = mapped_column(Text)
