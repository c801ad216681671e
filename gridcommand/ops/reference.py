"""The township a database belongs to, and the short reference lists every form offers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from .. import reference, township
from ..changes import Area, Changes
from ..database import Database
from .actor import Actor
from .unit_of_work import Result, perform


def init_township(db: Database, actor: Actor, name: str, county: str) -> Result[str]:
    """Name the township (and county) of a new database; the value is its label."""
    def work(session, _user):
        township.init_township(session, name, county)
        return township.label(session), Changes.of(Area.REFERENCE)
    return perform(db, actor, work)


@dataclass(frozen=True)
class Lists:
    """Villages, grids, categories, units and grid workers as (id, label, parent) options."""

    villages: tuple[reference.Option, ...]
    grids: tuple[reference.Option, ...]
    categories: tuple[reference.Option, ...]
    units: tuple[reference.Option, ...]
    workers: tuple[reference.Option, ...]

    @property
    def top_categories(self) -> tuple[reference.Option, ...]:
        return tuple(o for o in self.categories if o.parent_id is None)


def lists(session: Session, workers: bool = True) -> Lists:
    """Every list; without the grid workers (thousands in a city) when a form does not offer them."""
    return Lists(tuple(reference.villages(session)), tuple(reference.grids(session)),
                 tuple(reference.categories(session)), tuple(reference.units(session)),
                 tuple(reference.grid_workers(session)) if workers else ())
