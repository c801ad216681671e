"""Incident categories 大类 and sub-categories 小类 as the administrator keeps them (SPEC §3.1):
added with their default track 三类分流, renamed, reordered by being added, deactivated — never
deleted: incidents reported under one keep it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..base import checks
from ..base.enums import Track
from ..base.errors import InputError
from ..base.messages import Message
from ..models import Category, Incident, Unit

NAME_LENGTH = 32


@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    parent_id: int | None
    parent: str | None
    track: str
    active: bool
    usual_unit_id: int | None = None
    usual_unit: str | None = None


def listed(session: Session) -> list[CategoryRow]:
    """Each category followed by its sub-categories, in their order."""
    rows = session.execute(select(Category.id, Category.name, Category.parent_id, Category.track, Category.active,
                                  Category.sort_order, Category.usual_unit_id, Unit.name.label("unit"))
                           .outerjoin(Unit, Unit.id == Category.usual_unit_id)).all()
    names = {r.id: r.name for r in rows}
    tops = sorted((r for r in rows if r.parent_id is None), key=lambda r: (r.sort_order, r.id))
    out = []
    for top in tops:
        out.append(CategoryRow(top.id, top.name, None, None, top.track, top.active, top.usual_unit_id, top.unit))
        out += [CategoryRow(r.id, r.name, r.parent_id, names[top.id], r.track, r.active, r.usual_unit_id, r.unit)
                for r in sorted((r for r in rows if r.parent_id == top.id), key=lambda r: (r.sort_order, r.id))]
    return out


def usual_unit(session: Session, incident_ids: list[int]) -> int | None:
    """The unit the incidents' categories name as usual (a sub-category's own, else its 大类's),
    when they all name the same active one; else None: the dispatcher chooses."""
    sub, main = aliased(Category), aliased(Category)
    named = (select(func.coalesce(sub.usual_unit_id, main.usual_unit_id))
             .select_from(Incident).outerjoin(sub, sub.id == Incident.subcategory_id)
             .outerjoin(main, main.id == Incident.category_id).where(Incident.id.in_(incident_ids)))
    units = set(session.scalars(named).all()) if incident_ids else {None}
    if len(units) != 1 or None in units:
        return None
    unit = session.get(Unit, units.pop())
    return unit.id if unit is not None and unit.active else None


def _usual(session: Session, unit_id: int | None) -> int | None:
    if unit_id is not None:
        unit = session.get(Unit, unit_id)
        if unit is None or not unit.active:
            raise InputError("处置单位不存在或已停用(编号 {id})", id=unit_id)
    return unit_id


def _checked(session: Session, name: str, parent_id: int | None, track: str, category_id: int | None = None) -> str:
    name = checks.text(name, Message("类别名称"), NAME_LENGTH)
    if track not in {t.value for t in Track}:
        raise InputError("分流“{track}”无效", track=track)
    same = select(Category.id).where(Category.name == name, Category.id != (category_id or 0))
    same = same.where(Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id)
    if session.scalar(same) is not None:
        raise InputError("类别“{name}”已存在", name=name)
    return name


def add(session: Session, name: str, track: str, parent_id: int | None = None,
        usual_unit_id: int | None = None) -> Category:
    if parent_id is not None:
        parent = session.get(Category, parent_id)
        if parent is None or parent.parent_id is not None:
            raise InputError("小类只能加在大类之下")
    name = _checked(session, name, parent_id, track)
    last = session.scalar(select(func.max(Category.sort_order)).where(
        Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id))
    category = Category(name=name, parent_id=parent_id, track=track, sort_order=(last or 0) + 1, active=True,
                        usual_unit_id=_usual(session, usual_unit_id))
    session.add(category)
    session.flush()
    return category


def _category(session: Session, category_id: int) -> Category:
    category = session.get(Category, category_id)
    if category is None:
        raise InputError("类别不存在(编号 {id})", id=category_id)
    return category


def update(session: Session, category_id: int, name: str, track: str, usual_unit_id: int | None) -> Category:
    """A new name, another default track for what is reported from now on, another usual unit."""
    category = _category(session, category_id)
    category.name = _checked(session, name, category.parent_id, track, category_id)
    category.track = track
    category.usual_unit_id = _usual(session, usual_unit_id)
    return category


def set_active(session: Session, category_id: int, active: bool) -> Category:
    """Deactivating a category deactivates its sub-categories with it."""
    category = _category(session, category_id)
    if active and category.parent_id is not None and not session.get(Category, category.parent_id).active:
        raise InputError("请先启用其大类")
    category.active = active
    if not active and category.parent_id is None:
        for sub in session.scalars(select(Category).where(Category.parent_id == category_id)):
            sub.active = False
    return category
