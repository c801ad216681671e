"""What the leaders' screen 一屏观天下 shows (SPEC §10), for a period of days and optionally one
village: the closed-loop figures of ``metrics`` grouped the ways the charts need (by day, colour,
village, category), held against the county's targets; the score distribution of the last locked
month over its grade bands; visit compliance by colour and the units with most cards and returns
in the last complete month. Every figure comes from the functions ``stats``, the evaluation, the
visit reminders and the unit ranking use — there is no second set of formulas here — and from
grouped SQL, never from incidents loaded into Python."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import PersonColour
from ..evaluation.scheme import grades_of
from ..evaluation.service import locked_months
from ..models import Evaluation
from ..settings import system
from ..visits.reminders import month_figures
from .metrics import Figures, figures
from .unit_scores import monthly_ranking

PERIODS = (7, 30, 90)  # days the screen offers; *default* the first-shown is 30
DEFAULT_PERIOD = 30
# The county's targets, in percent (settings with these keys override them).
TOP_UNITS = 8


@dataclass(frozen=True)
class UnitTrouble:
    unit_id: int
    unit: str
    cards: int
    returns: int


@dataclass(frozen=True)
class Live:
    """The incident figures, for the incidents reported in [start, end) (in ``village_id`` when
    given), as ``stats`` counts them. Cheap: read again on every change."""

    first_day: dt.date
    last_day: dt.date
    village_id: int | None
    start: dt.datetime
    end: dt.datetime
    now: dt.datetime
    total: Figures
    by_day: list[Figures]          # every day of the period, in order, days without reports as zeros
    by_colour: list[Figures]
    by_village: list[Figures]      # the chosen village's own row only, when one is chosen
    by_category: list[Figures]
    closure_target: float          # fractions
    on_time_target: float
    previous: Figures | None = None  # the period of as many days before, as it stood at its end


@dataclass(frozen=True)
class Monthly:
    """The figures of finished months, township-wide: they change rarely and cost more."""

    scores_month: str | None       # the last locked month, if any
    scores: list[float]            # its totals, lowest first
    grade_bands: list[tuple[float, str]]  # (lowest total, grade), highest first
    month: str                     # the last complete month: visits and units
    visits: list[tuple[str, int, int]]    # (person colour, required, done), in PersonColour order
    units: list[UnitTrouble]       # most cards, then most returns, first


def open_count(figure: Figures) -> int:
    """Still open: neither closed nor cancelled."""
    return figure.reported - figure.closed - figure.cancelled


def live(session: Session, days: int = DEFAULT_PERIOD, village_id: int | None = None,
         now: dt.datetime | None = None) -> Live:
    """The incident figures for the ``days`` days ending today (Asia/Shanghai)."""
    now = now or clock.now()
    last_day = clock.local(now).date()
    first_day = last_day - dt.timedelta(days=days - 1)
    start, end = clock.day_bounds(first_day, last_day)

    def grouped(by: str | None) -> list[Figures]:
        return figures(session, start, end, by, now, village_id)

    reported_days = {f.key: f for f in grouped("day")}
    by_day = [reported_days.get(d.isoformat()) or Figures(d.isoformat(), 0, 0, 0, 0, 0, 0, None)
              for d in (first_day + dt.timedelta(days=n) for n in range(days))]
    before, _ = clock.day_bounds(first_day - dt.timedelta(days=days), first_day - dt.timedelta(days=1))
    previous = figures(session, before, start, None, start, village_id)[0]
    return Live(first_day, last_day, village_id, start, end, now, grouped(None)[0], by_day, grouped("colour"),
                grouped("village"), grouped("category"),
                system.CLOSURE_TARGET.read(session) / 100, system.ON_TIME_TARGET.read(session) / 100,
                previous)


def monthly(session: Session, now: dt.datetime | None = None) -> Monthly:
    month = clock.shift_month(clock.local(now or clock.now()).strftime("%Y-%m"), -1)
    return Monthly(*_scores(session), month, _visits(session, month), _units(session, month))


def _scores(session: Session) -> tuple[str | None, list[float], list[tuple[float, str]]]:
    locked = locked_months(session)
    if not locked:
        return None, [], []
    month = locked[-1]
    totals = sorted(session.scalars(select(Evaluation.total).where(Evaluation.month == month)))
    return month, totals, [(float(low), name) for low, name in grades_of(session, month).bands]


def _visits(session: Session, month: str) -> list[tuple[str, int, int]]:
    sums = {c.value: [0, 0] for c in PersonColour}
    for row in month_figures(session, month):
        counted = sums.setdefault(row["colour"], [0, 0])
        counted[0] += row["required"]
        counted[1] += min(row["done"], row["required"])  # extra visits do not make up for others
    return [(colour, required, done) for colour, (required, done) in sums.items()]


def _units(session: Session, month: str) -> list[UnitTrouble]:
    found = [UnitTrouble(u.unit_id, u.unit, u.yellow_cards + u.red_cards, u.returns)
             for u in monthly_ranking(session, month) if u.yellow_cards + u.red_cards + u.returns]
    return sorted(found, key=lambda u: (-u.cards, -u.returns, u.unit))[:TOP_UNITS]
