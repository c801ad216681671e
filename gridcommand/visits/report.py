"""Visits to key persons in a month 重点人员走访情况 (SPEC §9): required and done by colour, by
village and by grid worker, and who is overdue for a visit now. A visit beyond the required
number does not make up for a missed one elsewhere: done counts at most what was required."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import PersonColour
from ..org.township import label as township_label
from .reminders import Reminder, month_figures, reminders


@dataclass(frozen=True)
class Compliance:
    key: str
    persons: int
    required: int
    done: int

    @property
    def rate(self) -> float | None:
        return self.done / self.required if self.required else None


@dataclass(frozen=True)
class VisitReport:
    township: str
    month: str
    by_colour: list[Compliance]
    by_village: list[Compliance]
    by_worker: list[Compliance]   # key: "name(staff no)"
    overdue: list[Reminder]       # overdue for a visit now
    now: dt.datetime

    @property
    def total(self) -> Compliance:
        return Compliance("", *(sum(getattr(c, k) for c in self.by_colour) for k in ("persons", "required", "done")))


def visit_report(session: Session, month: str, now: dt.datetime | None = None) -> VisitReport:
    clock.check_month(month)
    now = now or clock.now()
    rows = month_figures(session, month)

    def by(key) -> list[Compliance]:
        sums: dict[str, list[int]] = {}
        for row in rows:
            counted = sums.setdefault(key(row), [0, 0, 0])
            counted[0] += 1
            counted[1] += row["required"]
            counted[2] += min(row["done"], row["required"])
        return [Compliance(k, *v) for k, v in sorted(sums.items())]

    order = [c.value for c in PersonColour]
    colours = sorted(by(lambda r: r["colour"]), key=lambda c: order.index(c.key) if c.key in order else len(order))
    return VisitReport(township_label(session), month, colours, by(lambda r: r["village"]),
                       by(lambda r: f"{r['worker']}({r['staff_no']})"),
                       [r for r in reminders(session, now) if r.state == "overdue"], now)
