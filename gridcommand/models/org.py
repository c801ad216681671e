"""Organisation (SPEC §2): county → township → village → grid → micro-grid, handling units, staff."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Column, Date, Float, ForeignKey, String, Table, Text, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime


class County(Base):
    __tablename__ = "county"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)


class Township(Base):
    """The township this database belongs to; a database holds exactly one."""

    __tablename__ = "township"

    id: Mapped[int] = mapped_column(primary_key=True)
    county_id: Mapped[int] = mapped_column(ForeignKey("county.id"))
    name: Mapped[str] = mapped_column(String(64))
    # Prefix of incident codes, e.g. "SZ" in SZ-20261123-0007.
    code_prefix: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    county: Mapped[County] = relationship()


class Village(Base):
    __tablename__ = "village"

    id: Mapped[int] = mapped_column(primary_key=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("township.id"))
    name: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))


class Grid(Base):
    __tablename__ = "grid"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    village_id: Mapped[int] = mapped_column(ForeignKey("village.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"))
    kind: Mapped[str] = mapped_column(String(16))
    households: Mapped[int | None]
    population: Mapped[int | None]
    map_colour: Mapped[str | None] = mapped_column(String(9))
    centre_lat: Mapped[float | None] = mapped_column(Float)
    centre_lon: Mapped[float | None] = mapped_column(Float)
    # GeoJSON polygon; optional, drawn by the dashboard when present.
    polygon: Mapped[str | None] = mapped_column(Text)

    village: Mapped[Village] = relationship()


class Unit(Base):
    """A handling unit 处置单位: a village/community or a department."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"))
    contact_name: Mapped[str | None] = mapped_column(String(32))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    # Deactivated, never deleted: incidents, cards and rankings keep naming it.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


# Grids a staff member covers beyond their primary one (e.g. a community police officer who is
# chief grid leader of several grids).
staff_extra_grid = Table(
    "staff_extra_grid",
    Base.metadata,
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
    Column("grid_id", ForeignKey("grid.id", ondelete="CASCADE"), primary_key=True),
)


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(String(20))
    id_number: Mapped[str | None] = mapped_column(String(18))
    role: Mapped[str] = mapped_column(String(24), index=True)
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    level: Mapped[str | None] = mapped_column(String(16))
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))

    grid: Mapped[Grid | None] = relationship()
    extra_grids: Mapped[list[Grid]] = relationship(secondary=staff_extra_grid)


class GridResponsible(Base):
    """Who answered for a grid from when (SPEC §8: a retrospective names the worker responsible at
    the time). A grid without an entry has had its present full-time worker all along."""

    __tablename__ = "grid_responsible"

    id: Mapped[int] = mapped_column(primary_key=True)
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    since: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
