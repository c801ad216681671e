"""Key persons with their colour tag, visits to them, and commendations of staff (SPEC §6, §9)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime
from .org import Grid, Staff


class KeyPerson(Base):
    __tablename__ = "key_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(String(20))
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id"), index=True)
    colour: Mapped[str] = mapped_column(String(8), index=True)
    category: Mapped[str | None] = mapped_column(String(32))
    responsible_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    tagged_on: Mapped[dt.date] = mapped_column(Date)

    grid: Mapped[Grid] = relationship()
    responsible: Mapped[Staff] = relationship()


class Visit(Base):
    __tablename__ = "visit"
    # A visit is the same visit when the same worker saw the same person at the same minute:
    # that is what makes re-importing a visit ledger idempotent.
    # The month's visits per person (evaluation, compliance) read from the index alone.
    __table_args__ = (UniqueConstraint("key_person_id", "visited_at", "staff_id"),
                      Index(None, "visited_at", "key_person_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    key_person_id: Mapped[int] = mapped_column(ForeignKey("key_person.id"), index=True)
    visited_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    mode: Mapped[str] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)


class Commendation(Base):
    __tablename__ = "commendation"
    __table_args__ = (UniqueConstraint("staff_id", "date", "kind", "note"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(200), default="")
