"""The leaders' screen (SPEC §10), for a user who may see reports: the period's figures, the
finished months' (read in the background), and the grid map."""

from __future__ import annotations

import datetime as dt

from ..access.permissions import Can
from ..base import clock
from ..figures import dashboard
from ..figures.county_items import CountyItem, county_items as county_items_in
from ..figures.dashboard import DEFAULT_PERIOD, PERIODS, Live, Monthly, open_count
from ..figures.grid_map import GridMap, MapGrid, grid_map
from ..figures.metrics import GROUPS, Figures, figures
from ..figures.township_month import TownshipMonth, township_month
from ..org.geometry import contains as contains
from ..store.database import Database
from .actor import Actor
from .unit_of_work import look

__all__ = ["DEFAULT_PERIOD", "GROUPS", "PERIODS", "CountyItem", "Figures", "TownshipMonth", "GridMap", "Live", "MapGrid", "Monthly", "county_items",
           "live", "map_of_grids", "month_beyond", "monthly", "open_count", "stats"]


def live(db: Database, actor: Actor, days: int = DEFAULT_PERIOD, village_id: int | None = None) -> Live:
    """The incident figures for the ``days`` days ending today, with the period before."""
    return look(db, actor, dashboard.live, days, village_id, needs=Can.REPORTS)


def monthly(db: Database, actor: Actor) -> Monthly:
    """The figures of finished months: trends, unit ranking, grades."""
    return look(db, actor, dashboard.monthly, needs=Can.REPORTS)


def map_of_grids(db: Database, actor: Actor) -> GridMap:
    """Every grid's outline and what is open in it now."""
    return look(db, actor, grid_map, needs=Can.REPORTS)


def stats(db: Database, actor: Actor, first: dt.date, last: dt.date, by: str | None = None,
          village_id: int | None = None) -> list[Figures]:
    """The closed-loop figures of the incidents reported from ``first`` to ``last`` (inclusive,
    Asia/Shanghai days), in total or grouped ``by`` one of ``GROUPS``."""
    start, end = clock.day_bounds(first, last)
    return look(db, actor, figures, start, end, by, None, village_id, needs=Can.REPORTS)


def county_items(db: Database, actor: Actor, first: dt.date, last: dt.date) -> list[CountyItem]:
    """The items held at county level in the days ``first`` to ``last`` (Asia/Shanghai), with
    how long each took there: the county's monthly report."""
    start, end = clock.day_bounds(first, last)
    return look(db, actor, county_items_in, start, end, needs=Can.REPORTS)


def month_beyond(db: Database, actor: Actor, month: str) -> TownshipMonth:
    """The month's cards, items that reached the county, visits and last locked grades: what the
    county compares beside the closed-loop figures."""
    return look(db, actor, township_month, month, needs=Can.REPORTS)
