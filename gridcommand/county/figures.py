"""Townships side by side (SPEC §13): for a period, each township's figures as its own
``stats`` gives them — the same code, read in its own database — the items it has at county
level now, and its month beyond those (cards, items that reached the county, visits, the last
locked grades); ranked by closure rate, then on-time rate; and each township's closure rate over
the months before (its own ``stats`` by month)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..base import clock
from ..base.messages import Message
from ..ops import dashboard, queue
from ..ops.dashboard import Figures, TownshipMonth
from .queue import county_query
from .seat import Seat


@dataclass(frozen=True)
class TownshipLine:
    township: str
    figures: Figures | None            # None: the township did not answer
    county_items: int | None           # open items it holds at county level now
    beyond: TownshipMonth | None       # the month of the period's last day: cards, visits, grades
    rank: int | None                   # 1 the best; None when not reached
    last_read: dt.datetime | None
    trouble: Message | str | None = None


def grades_text(beyond: TownshipMonth | None) -> str:
    """"优秀 5、良好 20、…(2026-10)", or "" before any month was locked."""
    if beyond is None or beyond.grades_month is None:
        return ""
    return "、".join(f"{grade} {n}" for grade, n in beyond.grades) + f"({beyond.grades_month})"


def _order(figures: Figures) -> tuple[float, float]:
    """Best first: closure rate, then on-time rate (a township with nothing to rate comes last)."""
    return -(figures.closure_rate or -1.0), -(figures.on_time_rate or -1.0)


def side_by_side(seat: Seat, first: dt.date, last: dt.date) -> list[TownshipLine]:
    """Every township's line for the days ``first`` to ``last`` (Asia/Shanghai, inclusive), in
    rank order, those not reached at the end."""
    month = last.strftime("%Y-%m")
    answers = seat.each(lambda t, db, actor: (dashboard.stats(db, actor, first, last)[0],
                                              queue.size(db, actor, county_query()),
                                              dashboard.month_beyond(db, actor, month)))
    reached = sorted((a for a in answers if a.ok and a.value), key=lambda a: (_order(a.value[0]), a.township.position))
    lines = [TownshipLine(a.township.name, a.value[0], a.value[1], a.value[2], n, a.township.last_read)
             for n, a in enumerate(reached, start=1)]
    return lines + [TownshipLine(a.township.name, None, None, None, None, a.township.last_read, a.trouble)
                    for a in answers if not a.ok]


TREND_MONTHS = 6  # the month and the five before it


@dataclass(frozen=True)
class Trend:
    township: str
    months: tuple[str, ...]                 # oldest first, the chosen month last
    closure_rates: tuple[float | None, ...]  # per month; None: nothing to close that month


def trend_months(month: str) -> tuple[str, ...]:
    """The months a trend shows: the ``TREND_MONTHS`` up to ``month``, oldest first."""
    return tuple(clock.shift_month(month, n - TREND_MONTHS + 1) for n in range(TREND_MONTHS))


def trends(seat: Seat, month: str) -> list[Trend]:
    """Every reachable township's closure rate month by month, up to ``month``, in the seat's order."""
    shown = trend_months(month)
    first, last = clock.month_bounds(shown[0])[0], clock.month_bounds(month)[1]
    answers = seat.each(lambda t, db, actor: {f.key: f.closure_rate
                                              for f in dashboard.stats(db, actor, first, last, by="period")})
    return [Trend(a.township.name, shown, tuple(a.value.get(m) for m in shown)) for a in answers if a.ok and a.value is not None]
