"""The short reference lists every form offers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..org import reference


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
