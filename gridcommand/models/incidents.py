"""Incidents (SPEC §3): categories, the incident itself, its units, events, attachments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary, String, Table, Text, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime
from .org import Grid, Staff, Unit


class Category(Base):
    """A category 大类 (parent_id is None) or a sub-category 小类, with its default track."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    name: Mapped[str] = mapped_column(String(32))
    track: Mapped[str] = mapped_column(String(16))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Deactivated, never deleted: incidents reported under it keep it.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # Where its incidents usually go: offered first on dispatch, never sent there without a click.
    usual_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))


incident_key_person = Table(
    "incident_key_person",
    Base.metadata,
    Column("incident_id", ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True),
    Column("key_person_id", ForeignKey("key_person.id", ondelete="CASCADE"), primary_key=True),
)


class Incident(Base):
    __tablename__ = "incident"
    # The queue seeks pages by (sort key, id): one index per sortable column, and the filters
    # most used with the default "newest first" sort lead an index of their own.
    __table_args__ = (
        Index(None, "reported_at", "id"),
        Index(None, "status", "reported_at", "id"),
        Index(None, "status", "closed_at"),  # the month's satisfaction ratings (evaluation)
        Index(None, "colour", "reported_at", "id"),
        Index(None, "category_id", "reported_at", "id"),
        Index(None, "grid_id", "reported_at", "id"),
        Index(None, "village_id", "reported_at", "id"),
        Index(None, "track", "reported_at", "id"),  # a centre's seat watches its own track
        Index(None, "track", "id"),
        Index(None, "level", "reported_at", "id"),  # the county seat's queue: items held at county level
        Index(None, "title", "id"),
        Index(None, "unsigned_units", "id"),
        *(Index(None, key, "id") for key in (
            "sort_village", "sort_grid", "sort_category", "sort_colour", "sort_status",
            "sort_level", "sort_unit", "sort_reporter", "sort_deadline")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    # Searched with the title (search.pinyin_key); written with it at every insert.
    title_pinyin: Mapped[str] = mapped_column(String(400), default="", server_default="")
    description: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"))
    subcategory_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    track: Mapped[str] = mapped_column(String(16))
    colour: Mapped[str] = mapped_column(String(8))
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id"))
    location: Mapped[str | None] = mapped_column(String(200))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(24))
    reporter_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    reporter_name: Mapped[str | None] = mapped_column(String(32))
    reporter_phone: Mapped[str | None] = mapped_column(String(20))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    responsible_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(String(16))
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"))
    reported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    accepted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    dispatched_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    # Deadline of the resolve step (the incident's deadline, §3.4); set on acceptance.
    deadline: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    # The time limit the source set (a 12345 order's 办理时限): the deadline is never later.
    limit_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    result: Mapped[str | None] = mapped_column(Text)
    mediation_failures: Mapped[int] = mapped_column(Integer, default=0)
    return_count: Mapped[int] = mapped_column(Integer, default=0)
    rework_count: Mapped[int] = mapped_column(Integer, default=0)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    serious: Mapped[bool] = mapped_column(Boolean, default=False)
    # The open step (accept / resolve / verify) with its start, warning and due times, kept with
    # every move so the queue filters "overdue" and "warning" on an index.
    step: Mapped[str | None] = mapped_column(String(8))
    step_started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    step_warn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    step_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    rule_set_id: Mapped[int | None] = mapped_column(ForeignKey("deadline_rule_set.id"))
    # Returned twice or reworked twice: up for the next weekly meeting.
    flagged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The county's 批示 on it, not yet marked read by the township (SPEC §13).
    instruction_unread: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Units called in that have not signed in yet, while the incident is open (sortable).
    unsigned_units: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Sort keys kept by the database's triggers (see the sort-keys migration) whenever the row or
    # the name it copies changes: names of other tables and ranks of the enums, so that every
    # column of the queue sorts on an index of this table. Never written by the program.
    village_id: Mapped[int | None] = mapped_column(Integer)
    sort_village: Mapped[str | None] = mapped_column(String(64))
    sort_grid: Mapped[str | None] = mapped_column(String(32))
    sort_category: Mapped[int | None] = mapped_column(Integer)
    sort_colour: Mapped[int | None] = mapped_column(Integer)
    sort_status: Mapped[int | None] = mapped_column(Integer)
    sort_level: Mapped[int | None] = mapped_column(Integer)
    sort_unit: Mapped[str | None] = mapped_column(String(64))
    sort_reporter: Mapped[str | None] = mapped_column(String(32))
    sort_deadline: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Optimistic locking (§12): a seat that loaded an older version cannot overwrite a newer one.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    category: Mapped[Category] = relationship(foreign_keys=[category_id])
    subcategory: Mapped[Category | None] = relationship(foreign_keys=[subcategory_id])
    grid: Mapped[Grid] = relationship()
    unit: Mapped[Unit | None] = relationship()
    reporter: Mapped[Staff | None] = relationship(foreign_keys=[reporter_staff_id])
    responsible: Mapped[Staff | None] = relationship(foreign_keys=[responsible_staff_id])
    events: Mapped[list[IncidentEvent]] = relationship(
        back_populates="incident", order_by="IncidentEvent.id")


class IncidentUnit(Base):
    """A unit called in on an incident (吹哨报到): the lead and co-units, each signing in itself."""

    __tablename__ = "incident_unit"

    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"),
                                             primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(8))
    # The month's calls of the unit ranking are read by it: the meeting's figures, the reports.
    dispatched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class IncidentEvent(Base):
    """One step of an incident's history: who did what, when, from which state to which."""

    __tablename__ = "incident_event"
    # Monthly figures count moves of one kind in a period (reworks, returns).
    __table_args__ = (Index(None, "action", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"),
                                             index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    # The unit a move concerns (dispatched to, signing in, returning, reworking): unit scores.
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    # The worker made responsible by this move (a dispatch): who answered for the incident when.
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # The level a move left the incident at (an escalation, a hand-down): what reached the county.
    to_level: Mapped[str | None] = mapped_column(String(16))

    incident: Mapped[Incident] = relationship(back_populates="events")


class Attachment(Base):
    """A photo or file. Kept in the database so every seat of a shared database sees it."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"),
                                             index=True)
    kind: Mapped[str] = mapped_column(String(8))
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    added_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
