"""Meetings 工作例会 (SPEC §5): the meeting, who is expected and came, its agenda, and the
action items its decisions create."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # weekly / daily / monthly
    title: Mapped[str] = mapped_column(String(100))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    length_minutes: Mapped[int] = mapped_column(Integer, default=90)
    chair: Mapped[str] = mapped_column(String(32), default="")
    location: Mapped[str] = mapped_column(String(100), default="")
    locked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    locked_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class MeetingAttendee(Base):
    """An expected attendee (a unit or a person) and whether they came."""

    __tablename__ = "meeting_attendee"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    present: Mapped[bool | None] = mapped_column(Boolean)  # None until attendance is taken


class AgendaItem(Base):
    """One item of an agenda, in one of the eight sections of §5, or in the backlog
    (meeting_id None) waiting for a later meeting."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    section: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text, default="")
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"), index=True)
    key_person_id: Mapped[int | None] = mapped_column(ForeignKey("key_person.id"))
    action_item_id: Mapped[int | None] = mapped_column(ForeignKey("action_item.id"))
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    presenter: Mapped[str] = mapped_column(String(32), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    minutes: Mapped[int] = mapped_column(Integer, default=5)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    # "item"; "unit": a unit reports on its items, listed beneath it; "written": what did not fit,
    # noted without discussion. An item beneath one names it (its minutes are the slot's).
    kind: Mapped[str] = mapped_column(String(8), default="item", server_default="item")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    # Minutes 纪要: info / decision / dispatch, and what was said.
    outcome: Mapped[str | None] = mapped_column(String(12))
    outcome_note: Mapped[str | None] = mapped_column(Text)
    dispatch_incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"))


class ActionItem(Base):
    """A decision to be carried out by a unit or person by a date, tracked until done; it comes
    back on every agenda while open."""

    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", use_alter=True))
    title: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(8), default="open", index=True)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    done_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
