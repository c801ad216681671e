"""Creating the township a database belongs to, and reading it back."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import UnitKind
from ..base.errors import InputError
from ..models import Category, County, Setting, Township, Unit
from .defaults import CATEGORIES, DEPARTMENTS

DEMO_KEY = "demo.scale"  # set by the demo builder: which scale it built

_SUFFIXES = ("街道", "镇", "乡")


def code_prefix(township_name: str) -> str:
    """Incident code prefix from the township's name: 西塘镇 → XT."""
    from pypinyin import Style, lazy_pinyin  # slow to import; needed once per database

    stem = township_name
    for suffix in _SUFFIXES:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            break
    letters = "".join(p[0] for p in lazy_pinyin(stem[:3], style=Style.FIRST_LETTER) if p)
    letters = "".join(ch for ch in letters.upper() if "A" <= ch <= "Z")
    return letters or "SJ"


def current(session: Session) -> Township | None:
    return session.scalars(select(Township).limit(1)).first()


def label(session: Session) -> str:
    """The township as documents and the status bar name it: 嘉善县天凝镇."""
    place = require(session)
    return f"{place.county.name}{place.name}"


def is_demo(session: Session) -> bool:
    """A database the demo built (its accounts share the documented password)."""
    return session.get(Setting, DEMO_KEY) is not None


def require(session: Session) -> Township:
    township = current(session)
    if township is None:
        raise InputError("此数据库尚未设置乡镇:请先运行 init 或在首次启动时填写乡镇名称。")
    return township


def init_township(session: Session, township_name: str, county_name: str) -> Township:
    """Name the township (and its county) this database belongs to, with the default
    departments and categories. Refuses a second, different township."""
    township_name, county_name = township_name.strip(), county_name.strip()
    if not township_name or not county_name:
        raise InputError("乡镇名称和县(市、区)名称都不能为空。")
    existing = current(session)
    if existing is not None:
        if existing.name == township_name and existing.county.name == county_name:
            return existing
        raise InputError(
            "此数据库已属于 {county}{township},不能再设为 {county_name}{township_name}。", county=existing.county.name,
            township=existing.name, county_name=county_name, township_name=township_name)
    county = County(name=county_name)
    township = Township(county=county, name=township_name, code_prefix=code_prefix(township_name),
                        created_at=clock.now())
    session.add(township)
    session.add_all(Unit(name=name, kind=UnitKind.DEPARTMENT) for name in DEPARTMENTS)
    for order, (name, track, subs) in enumerate(CATEGORIES, start=1):
        parent = Category(name=name, track=track, sort_order=order)
        session.add(parent)
        session.flush()
        session.add_all(Category(parent_id=parent.id, name=sub, track=track, sort_order=i)
                        for i, sub in enumerate(subs, start=1))
    session.flush()
    return township


PREFIX = re.compile(r"[A-Z][A-Z0-9]{0,7}")


def update(session: Session, township_name: str, county_name: str, prefix: str) -> Township:
    """Rename the township or its county, or change the prefix of the incident codes given from
    now on (codes already given stay)."""
    township_name, county_name, prefix = township_name.strip(), county_name.strip(), prefix.strip().upper()
    if not township_name or not county_name:
        raise InputError("乡镇名称和县(市、区)名称都不能为空。")
    if not PREFIX.fullmatch(prefix):
        raise InputError("事件编号前缀应为 1–8 个大写字母或数字,以字母开头:{prefix}", prefix=prefix)
    township = require(session)
    township.name, township.county.name, township.code_prefix = township_name, county_name, prefix
    return township
