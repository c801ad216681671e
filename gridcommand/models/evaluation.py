"""Monthly evaluation of full-time grid workers (SPEC §6): versioned schemes, the month's
results with every input kept, HR adjustments, and locked months."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class EvaluationScheme(Base):
    """One version of the scheme (weights, targets, bonus and deduction values, grade bands,
    pay coefficients, level pay, budget-neutral mode); in force from its month on."""

    __tablename__ = "evaluation_scheme"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_month: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM
    rules: Mapped[dict] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class EvaluationMonth(Base):
    """A month's evaluation as a whole: which scheme, and whether HR locked it."""

    __tablename__ = "evaluation_month"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("evaluation_scheme.id"))
    locked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    locked_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class Evaluation(Base):
    """One worker's month: inputs and points per indicator (JSON), totals, grade and pay."""

    __tablename__ = "evaluation"
    __table_args__ = (UniqueConstraint("month", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))
    detail: Mapped[dict] = mapped_column(JSON)
    adjustment: Mapped[float] = mapped_column(Float, default=0.0)
    total: Mapped[float] = mapped_column(Float)
    grade: Mapped[str] = mapped_column(String(8))
    base_pay: Mapped[float] = mapped_column(Float)
    standard: Mapped[float] = mapped_column(Float)
    performance_pay: Mapped[float] = mapped_column(Float)
    computed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class EvaluationAdjustment(Base):
    """An HR officer's manual adjustment of a score, with the reason (kept for the audit)."""

    __tablename__ = "evaluation_adjustment"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    points: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))



