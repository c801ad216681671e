"""Supervision notices 督办通知单 (SPEC §3.4): a notice the command room sends a unit whose items
are overdue or carded, numbered per year (督办〔2026〕第 N 号), with the incidents it names; one
issued by mistake is withdrawn with a reason and keeps its number."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Date, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

notice_incident = Table(
    "notice_incident",
    Base.metadata,
    Column("notice_id", ForeignKey("supervision_notice.id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True),
)


class SupervisionNotice(Base):
    __tablename__ = "supervision_notice"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    issued_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    answer_by: Mapped[dt.date] = mapped_column(Date)
    township: Mapped[str] = mapped_column(String(130))  # as it was named on the notice
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    withdrawn_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    withdraw_reason: Mapped[str | None] = mapped_column(Text)
