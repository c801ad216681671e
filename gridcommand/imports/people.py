"""Import kinds for key persons 重点人员, visits 走访记录 and commendations 表彰."""

from __future__ import annotations

from sqlalchemy import insert, select

from ..base import clock
from ..base.changes import Area
from ..base.enums import CommendationKind, PersonColour, VisitMode
from ..base.messages import Message
from ..models import Commendation, KeyPerson, Visit
from ..org import responsibility
from .base import Kind, Lookups
from .fields import Field, choice, date, id_number, phone, text, timestamp
from .org import _upsert


def _check_key_person(record, lookups: Lookups, error) -> None:
    if record["grid"] and record["grid"] not in lookups.grids:
        error("grid", Message("网格编码 {grid} 不存在:请先导入网格", grid=record['grid']))
    _check_staff_no(record, lookups, error)


def _check_staff_no(record, lookups: Lookups, error) -> None:
    if record["staff"] and record["staff"] not in lookups.staff:
        error("staff", Message("工号 {staff} 不存在:请先导入人员", staff=record['staff']))


def _apply_key_persons(session, records, lookups: Lookups, _actor, _staged):
    numbers = [r["id_number"] for r in records]
    before = {number: staff for start in range(0, len(numbers), 500) for number, staff in session.execute(
        select(KeyPerson.id_number, KeyPerson.responsible_staff_id)
        .where(KeyPerson.id_number.in_(numbers[start:start + 500])))}
    counts = _upsert(session, KeyPerson, "id_number", records, lambda r: dict(
        name=r["name"], grid_id=lookups.grids[r["grid"]], colour=r["colour"],
        category=r["category"] or None, responsible_staff_id=lookups.staff[r["staff"]],
        tagged_on=r["tagged_on"] or clock.today(), phone=r["phone"]))
    # Who is responsible from when on: a new person from the day tagged, a reassigned one from now.
    now = clock.now()
    for number, person_id, staff, tagged_on in _persons(session, numbers):
        if number not in before:
            responsibility.record_key_persons(session, [(person_id, staff)], responsibility.tagged_at(tagged_on))
        elif before[number] != staff:
            responsibility.record_key_persons(session, [(person_id, staff)], now)
    session.flush()
    return counts


def _persons(session, numbers):
    for start in range(0, len(numbers), 500):
        yield from session.execute(select(KeyPerson.id_number, KeyPerson.id, KeyPerson.responsible_staff_id,
                                          KeyPerson.tagged_on)
                                   .where(KeyPerson.id_number.in_(numbers[start:start + 500])))


KEY_PERSONS = Kind(
    name="key_persons", label="重点人员",
    fields=(
        Field("id_number", "身份证号", True, id_number),
        Field("name", "姓名", True, text(32)),
        Field("grid", "所属网格", True, text(32), "网格编码"),
        Field("colour", "颜色", True, choice(PersonColour), "/".join(PersonColour.labels())),
        Field("category", "类别", False, text(32), "如 独居老人、刑满释放人员"),
        Field("staff", "责任网格员工号", True, text(32)),
        Field("tagged_on", "标记日期", False, date, "YYYY-MM-DD;空则为今天"),
        Field("phone", "手机号", False, phone),
    ),
    key=lambda r: r["id_number"], check=_check_key_person, apply=_apply_key_persons,
    areas=(Area.REFERENCE, Area.VISITS))


def _check_visit(record, lookups: Lookups, error) -> None:
    if record["id_number"] and record["id_number"] not in lookups.key_persons:
        error("id_number", Message("重点人员 {id_number} 不存在:请先导入重点人员", id_number=record['id_number']))
    _check_staff_no(record, lookups, error)
    if record["visited_at"] and record["visited_at"] > clock.now():
        error("visited_at", Message("走访时间晚于现在"))


def _apply_visits(session, records, lookups: Lookups, _actor, _staged):
    persons = lookups.key_persons
    keys = [(persons[r["id_number"]], r["visited_at"], lookups.staff[r["staff"]]) for r in records]
    ids = sorted({k[0] for k in keys})
    existing = set()
    for start in range(0, len(ids), 500):
        existing |= set(session.execute(
            select(Visit.key_person_id, Visit.visited_at, Visit.staff_id)
            .where(Visit.key_person_id.in_(ids[start:start + 500]))).all())
    rows = [dict(key_person_id=key[0], visited_at=key[1], staff_id=key[2],
                 mode=record["mode"] or VisitMode.DOOR, note=record["note"] or None)
            for record, key in zip(records, keys) if key not in existing]
    if rows:
        session.execute(insert(Visit), rows)
    return len(rows), 0, len(records) - len(rows)


VISITS = Kind(
    name="visits", label="走访记录",
    fields=(
        Field("id_number", "身份证号", True, id_number, "重点人员的身份证号"),
        Field("visited_at", "走访时间", True, timestamp, "YYYY-MM-DD HH:MM"),
        Field("staff", "网格员工号", True, text(32)),
        Field("mode", "方式", False, choice(VisitMode), "/".join(VisitMode.labels())),
        Field("note", "备注", False, text(500)),
    ),
    key=lambda r: (r["id_number"], r["visited_at"], r["staff"]),
    check=_check_visit, apply=_apply_visits, areas=(Area.VISITS,))


def _apply_commendations(session, records, lookups: Lookups, _actor, _staged):
    created = skipped = 0
    for record in records:
        values = dict(staff_id=lookups.staff[record["staff"]], date=record["date"],
                      kind=record["kind"], note=record["note"] or "")
        exists = session.scalars(select(Commendation.id).filter_by(**values)).first()
        if exists:
            skipped += 1
        else:
            session.add(Commendation(**values))
            created += 1
    session.flush()
    return created, 0, skipped


COMMENDATIONS = Kind(
    name="commendations", label="表彰",
    fields=(
        Field("staff", "工号", True, text(32)),
        Field("date", "日期", True, date, "YYYY-MM-DD"),
        Field("kind", "类型", True, choice(CommendationKind), "/".join(CommendationKind.labels())),
        Field("note", "说明", False, text(200)),
    ),
    key=lambda r: (r["staff"], r["date"], r["kind"], r["note"] or ""),
    check=_check_staff_no, apply=_apply_commendations, areas=(Area.EVALUATION,))
