"""Intake of work orders from other systems (SPEC §3.1 sources): the 12345 hotline and the
province's grid platform export their orders with their own columns. A source says how its
columns map to ours; each order taken in is remembered by the source's own number, and an order
that may repeat an open incident is flagged for the duty officer."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Float, ForeignKey, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class IntakeSource(Base):
    __tablename__ = "intake_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(24))  # enums.Source the incidents get
    # JSON: our field → the source's column header (gridcommand.intake.mapping).
    columns: Mapped[str] = mapped_column(Text)
    default_category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    default_colour: Mapped[str] = mapped_column(String(8))
    default_grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"))
    inbox: Mapped[str | None] = mapped_column(String(500))  # a folder watched for its files
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class IntakeOrder(Base):
    """One order taken in: re-importing a file skips the orders it already holds."""

    __tablename__ = "intake_order"
    __table_args__ = (UniqueConstraint("source_id", "order_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("intake_source.id"))
    order_no: Mapped[str] = mapped_column(String(64))
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), index=True)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    file_name: Mapped[str] = mapped_column(String(255))


class DuplicateFlag(Base):
    """A new incident that may repeat an open one, until the duty officer links it as 重复 or
    keeps it."""

    __tablename__ = "duplicate_flag"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), unique=True)
    original_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(8))  # enums.RepeatReason
    similarity: Mapped[float] = mapped_column(Float)
    decision: Mapped[str | None] = mapped_column(String(16), index=True)  # None: still to decide
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
