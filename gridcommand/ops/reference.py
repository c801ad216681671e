"""The short reference lists every form offers, and the township's name: read by any role."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..access.permissions import Can
from ..base.enums import StaffRole
from ..org import lookup, reference, township as township_
from ..org.reference import Option
from ..store.database import Database
from .actor import Actor
from .unit_of_work import look

__all__ = ["Lists", "Option", "grid_id", "grid_workers", "incident_id", "lists", "staff_id", "township", "unit_id", "unit_ids", "village_id"]


@dataclass(frozen=True)
class Lists:
    """Villages, grids, categories, units and grid workers as (id, label, parent) options."""

    villages: tuple[Option, ...]
    grids: tuple[Option, ...]
    categories: tuple[Option, ...]
    units: tuple[Option, ...]
    workers: tuple[Option, ...]

    @property
    def top_categories(self) -> tuple[Option, ...]:
        return tuple(o for o in self.categories if o.parent_id is None)


def _lists(session: Session, workers: bool) -> Lists:
    return Lists(tuple(reference.villages(session)), tuple(reference.grids(session)),
                 tuple(reference.categories(session)), tuple(reference.units(session)),
                 tuple(reference.grid_workers(session)) if workers else ())


def lists(db: Database, actor: Actor, workers: bool = True) -> Lists:
    """Every list; without the grid workers (thousands in a city) when a form does not offer them."""
    return look(db, actor, _lists, workers, needs=Can.SEE_RECORD)


def grid_workers(db: Database, actor: Actor, roles: tuple[StaffRole, ...]) -> list[Option]:
    """The serving workers of ``roles``, as options."""
    return look(db, actor, reference.grid_workers, roles, needs=Can.SEE_RECORD)


def township(db: Database, actor: Actor) -> str:
    """"嘉善县西塘镇": the township this database serves."""
    return look(db, actor, township_.label, needs=Can.SEE_RECORD)


# What the command line names by code or name, found (refused naming what is not there).

def incident_id(db: Database, actor: Actor, code: str) -> int:
    return look(db, actor, lookup.incident_id, code, needs=Can.SEE_RECORD)


def grid_id(db: Database, actor: Actor, code: str) -> int:
    return look(db, actor, lookup.grid_id, code, needs=Can.SEE_RECORD)


def staff_id(db: Database, actor: Actor, staff_no: str | None) -> int | None:
    return look(db, actor, lookup.staff_id, staff_no, needs=Can.SEE_RECORD)


def unit_id(db: Database, actor: Actor, name: str | None) -> int | None:
    return look(db, actor, lookup.unit_id, name, needs=Can.SEE_RECORD)


def village_id(db: Database, actor: Actor, name: str) -> int:
    return look(db, actor, lookup.village_id, name, needs=Can.SEE_RECORD)


def unit_ids(db: Database, actor: Actor, names: list[str]) -> list[int]:
    return look(db, actor, lookup.unit_ids, names, needs=Can.SEE_RECORD)
