"""Retrospective reviews 事后倒查 (SPEC §8): the review of a serious event, the findings drafted
from the record and confirmed by a reviewer, and the history that names who was responsible
for a key person at a given time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

review_key_person = Table(
    "review_key_person",
    Base.metadata,
    Column("review_id", ForeignKey("review.id", ondelete="CASCADE"), primary_key=True),
    Column("key_person_id", ForeignKey("key_person.id"), primary_key=True),
)


class Review(Base):
    """One review: the event (a serious incident or one entered by hand), its look-back window
    and scope, and its state (open while findings are confirmed; approved, then locked)."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"), index=True)
    event_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id"))
    whole_village: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    window_days: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(12), index=True)
    conclusion: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    opened_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    drafted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    approved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # The evaluation month its confirmed findings count in (§6): the month of approval, or the
    # next month not yet locked.
    effective_month: Mapped[str | None] = mapped_column(String(7), index=True)


class ReviewFinding(Base):
    """A finding: drafted from the record (``key`` names what it rests on, so a redraft finds it
    again) or added by the reviewer; the person and unit responsible at that time; the
    reviewer's responsibility level and reason once confirmed."""

    __tablename__ = "review_finding"
    __table_args__ = (UniqueConstraint("review_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(String(300))
    facts: Mapped[dict] = mapped_column(JSON)      # the numbers: how late, days missed …
    evidence: Mapped[list] = mapped_column(JSON)   # [{"type": "incident", "id": 7, "label": …}, …]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    level: Mapped[str | None] = mapped_column(String(8))  # None until the reviewer decides
    reason: Mapped[str | None] = mapped_column(Text)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    manual: Mapped[bool] = mapped_column(Boolean, default=False)


class KeyPersonResponsible(Base):
    """Who was a key person's responsible worker from when on: a worker reassigned since is
    still the one named for the earlier period."""

    __tablename__ = "key_person_responsible"
    __table_args__ = (Index(None, "key_person_id", "since"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key_person_id: Mapped[int] = mapped_column(ForeignKey("key_person.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    since: Mapped[dt.datetime] = mapped_column(UTCDateTime)
