"""The administrator's reference data as operations (SPEC §1 admin, §2, §3.1): handling units,
categories, the township's name and code prefix. Each change is checked, audited and announced
to every seat; nothing is deleted — what history names is deactivated."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..access.permissions import Can
from ..base.changes import Area, Changes
from ..meetings.settings import MeetingSettings
from ..models import User
from ..org import categories, township, units
from ..org.categories import CategoryRow as CategoryRow
from ..org.units import UnitRow as UnitRow
from ..record import audit
from ..settings import meeting, stored, system
from ..settings.system import NUMBERS as NUMBERS
from ..store.database import Database
from .actor import Actor
from .unit_of_work import Result, look, perform

REFERENCE = Changes.of(Area.REFERENCE)

MEETING_NUMBERS = meeting.NUMBERS  # the meeting defaults' numbers, by field: what their dialog asks


def _change(db: Database, actor: Actor, change: Callable[[Session], Any], action: str, entity: str) -> Result[int]:
    """``change(session)`` returns the changed row; the audit entry records it as it now is."""
    def work(session: Session, _user: User) -> tuple[Any, Changes]:
        row = change(session)
        audit.note(session, action, entity, row.id, **{c.key: getattr(row, c.key) for c in row.__table__.columns
                                                       if c.key != "id"})
        return row.id, REFERENCE
    return perform(db, actor, work, needs=Can.ADMINISTER)


def unit_list(db: Database, actor: Actor) -> list[units.UnitRow]:
    return look(db, actor, units.listed, needs=Can.ADMINISTER)


def add_unit(db: Database, actor: Actor, name: str, kind: str, village_id: int | None = None, contact_name: str | None = None,
             contact_phone: str | None = None) -> Result[int]:
    return _change(db, actor, lambda s: units.add(s, name, kind, village_id, contact_name, contact_phone),
                   "unit.add", "unit")


def update_unit(db: Database, actor: Actor, unit_id: int, name: str, contact_name: str | None, contact_phone: str | None
                ) -> Result[int]:
    return _change(db, actor, lambda s: units.update(s, unit_id, name, contact_name, contact_phone),
                   "unit.update", "unit")


def set_unit_active(db: Database, actor: Actor, unit_id: int, active: bool) -> Result[int]:
    return _change(db, actor, lambda s: units.set_active(s, unit_id, active),
                   "unit.activate" if active else "unit.deactivate", "unit")


def category_list(db: Database, actor: Actor) -> list[categories.CategoryRow]:
    return look(db, actor, categories.listed, needs=Can.ADMINISTER)


def add_category(db: Database, actor: Actor, name: str, track: str, parent_id: int | None = None,
                 usual_unit_id: int | None = None) -> Result[int]:
    return _change(db, actor, lambda s: categories.add(s, name, track, parent_id, usual_unit_id), "category.add",
                   "category")


def update_category(db: Database, actor: Actor, category_id: int, name: str, track: str, usual_unit_id: int | None
                    ) -> Result[int]:
    return _change(db, actor, lambda s: categories.update(s, category_id, name, track, usual_unit_id),
                   "category.update", "category")


def set_category_active(db: Database, actor: Actor, category_id: int, active: bool) -> Result[int]:
    return _change(db, actor, lambda s: categories.set_active(s, category_id, active),
                   "category.activate" if active else "category.deactivate", "category")


@dataclass(frozen=True)
class TownshipInfo:
    township: str
    county: str
    prefix: str   # of the incident codes reported from now on: XT-20261207-0001


def township_info(db: Database, actor: Actor) -> TownshipInfo:
    """The township's and county's names and the incident code prefix, for the form."""
    def info(session: Session) -> TownshipInfo:
        place = township.require(session)
        return TownshipInfo(place.name, place.county.name, place.code_prefix)
    return look(db, actor, info, needs=Can.ADMINISTER)


def update_township(db: Database, actor: Actor, township_name: str, county_name: str, prefix: str) -> Result[int]:
    def work(session: Session, _user: User) -> tuple[Any, Changes]:
        place = township.update(session, township_name, county_name, prefix)
        audit.note(session, "township.update", "township", place.id, name=place.name, county=place.county.name,
                   prefix=place.code_prefix)
        return place.id, REFERENCE
    return perform(db, actor, work, needs=Can.ADMINISTER)



def meeting_settings(db: Database, actor: Actor) -> MeetingSettings:
    return look(db, actor, MeetingSettings.load, needs=Can.VIEW_MEETINGS)


def save_meeting_settings(db: Database, actor: Actor, start: str | None = None, **typed: Any) -> Result[None]:
    """The defaults of the weekly meeting: its day and time, its length, the days its figures
    cover, when a problem counts as frequent, how many items a section lists, and how the agenda
    is fitted to the meeting (``settings.meeting.NUMBERS`` declares them)."""
    def work(session: Session, _user: User) -> tuple[Any, Changes]:
        chosen = MeetingSettings.load(session).checked(start, **typed)
        chosen.save(session)
        audit.note(session, "settings.meeting", "setting", "meeting", start=start, **typed)
        return None, Changes.of(Area.SETTINGS, Area.MEETINGS)
    return perform(db, actor, work, needs=Can.ADMINISTER)


def system_settings(db: Database, actor: Actor) -> dict[str, int]:
    return look(db, actor, system.load, needs=Can.ADMINISTER)


def save_system_settings(db: Database, actor: Actor, typed: dict[str, object]) -> Result[dict[str, int]]:
    """Idle-lock minutes, backup retention and the dashboard's targets (``settings.system.NUMBERS``):
    the lock from the next sign-in, the rest at once."""
    return perform(db, actor, lambda session, _user: (_save_system(session, typed), Changes.of(Area.SETTINGS)),
                   needs=Can.ADMINISTER)


def _save_system(session: Session, typed: dict[str, object]) -> dict[str, int]:
    checked = stored.store(session, system.NUMBERS, typed)
    audit.note(session, "settings.system", "setting", "system", **{k.replace(".", "_"): v for k, v in checked.items()})
    return system.load(session)
