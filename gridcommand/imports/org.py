"""Import kinds for the organisation: grids 网格 and staff 人员."""

from __future__ import annotations

from sqlalchemy import select

from ..base.changes import Area
from ..base.enums import GridKind, Level, StaffRole, StaffStatus, UnitKind, VillageKind
from ..base.messages import Message
from ..models import Grid, Staff, Unit, Village
from ..org.geometry import centre_of, to_geojson
from ..org.township import require
from .base import Kind, Lookups
from .fields import Field, boundary, choice, date, decimal, id_number, integer, phone, text


def _upsert(session, model, key_column: str, records, values) -> tuple[int, int, int]:
    """Insert new rows, update changed ones, leave identical ones alone."""
    keys = [r[key_column] for r in records]
    column = getattr(model, key_column)
    existing = {getattr(obj, key_column): obj for start in range(0, len(keys), 500)
                for obj in session.scalars(select(model).where(column.in_(keys[start:start + 500])))}
    created = updated = skipped = 0
    for record in records:
        data = values(record)
        obj = existing.get(record[key_column])
        if obj is None:
            session.add(model(**{key_column: record[key_column]}, **data))
            created += 1
        elif any(getattr(obj, k) != v for k, v in data.items()):
            for k, v in data.items():
                setattr(obj, k, v)
            updated += 1
        else:
            skipped += 1
    session.flush()
    return created, updated, skipped


def _apply_grids(session, records, lookups: Lookups, _actor, _staged):
    township = require(session)
    for name in sorted({r["village"] for r in records} - lookups.villages.keys()):
        # Importing grids creates the villages they name, each also a handling unit.
        village = Village(township_id=township.id, name=name,
                          kind=VillageKind.COMMUNITY if name.endswith("社区") else VillageKind.VILLAGE)
        session.add(village)
        session.flush()
        lookups.villages[name] = village.id
        if name not in lookups.units:
            session.add(Unit(name=name, kind=UnitKind.VILLAGE, village_id=village.id))
    return _upsert(session, Grid, "code", records, lambda r: dict(
        name=r["name"], village_id=lookups.villages[r["village"]],
        kind=r["kind"] or GridKind.RESIDENTIAL, households=r["households"],
        population=r["population"], **_place(r)))


def _check_grid(record, _lookups: Lookups, error) -> None:
    if (record["lon"] is None) != (record["lat"] is None) and not {"lon", "lat"} & record["_failed"]:
        error("lat" if record["lat"] is None else "lon", Message("经度和纬度应同时填写"))


def _place(record) -> dict:
    """Where the grid is, when the file says: a row without a place keeps the one on record."""
    place = {}
    if record["boundary"]:
        place["polygon"] = to_geojson(record["boundary"])
        place["centre_lon"], place["centre_lat"] = centre_of(record["boundary"])
    if record["lon"] is not None and record["lat"] is not None:
        place["centre_lon"], place["centre_lat"] = record["lon"], record["lat"]
    return place


GRIDS = Kind(
    name="grids", label="网格",
    fields=(
        Field("code", "网格编码", True, text(32)),
        Field("name", "网格名称", True, text(64)),
        Field("village", "所属村社", True, text(64), "村或社区名称;不存在时自动创建"),
        Field("kind", "网格类型", False, choice(GridKind), "/".join(GridKind.labels())),
        Field("households", "户数", False, integer(0, 1_000_000)),
        Field("population", "人口", False, integer(0, 10_000_000)),
        Field("lon", "经度", False, decimal(-180, 180), "中心点经度,如 120.92"),
        Field("lat", "纬度", False, decimal(-90, 90), "中心点纬度,如 30.84"),
        Field("boundary", "边界", False, boundary,
              "WKT,如 POLYGON((120.91 30.84, 120.92 30.84, 120.92 30.85, 120.91 30.84));或“经度,纬度; 经度,纬度; …”"),
    ),
    key=lambda r: r["code"], check=_check_grid, apply=_apply_grids, areas=(Area.REFERENCE,))


def _check_staff(record, lookups: Lookups, error) -> None:
    if record["grid"] and record["grid"] not in lookups.grids:
        error("grid", Message("网格编码 {grid} 不存在:请先导入网格", grid=record['grid']))


def _staff_status(record) -> StaffStatus:
    if record["status"]:
        return record["status"]
    return StaffStatus.PROBATION if record["level"] == Level.PROBATION else StaffStatus.ACTIVE


def _apply_staff(session, records, lookups: Lookups, _actor, _staged):
    return _upsert(session, Staff, "staff_no", records, lambda r: dict(
        name=r["name"], role=r["role"], grid_id=lookups.grids.get(r["grid"]), level=r["level"],
        hire_date=r["hire_date"], status=_staff_status(r), phone=r["phone"],
        id_number=r["id_number"]))


STAFF = Kind(
    name="staff", label="人员",
    fields=(
        Field("staff_no", "工号", True, text(32)),
        Field("name", "姓名", True, text(32)),
        Field("role", "岗位", True, choice(StaffRole), "/".join(StaffRole.labels())),
        Field("grid", "所属网格", False, text(32), "网格编码"),
        Field("level", "等级", False, choice(Level), "/".join(Level.labels())),
        Field("hire_date", "入职日期", False, date, "YYYY-MM-DD"),
        Field("status", "状态", False, choice(StaffStatus), "/".join(StaffStatus.labels())),
        Field("phone", "手机号", False, phone),
        Field("id_number", "身份证号", False, id_number),
    ),
    key=lambda r: r["staff_no"], check=_check_staff, apply=_apply_staff, areas=(Area.REFERENCE,))
