"""The grid workers' evaluations summed up 网格员考核汇总 (SPEC §6), for a year or for one month:
per worker the locked months scored, the average total and how many months at each grade — and,
for those who may see pay (§12.1), the period's performance pay; per month the grade counts and
the average. Locked months only: a month still open may change."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..access.permissions import may_see_pay
from ..base.errors import InputError
from ..models import Evaluation, Staff
from ..org.township import label as township_label
from .scheme import Grades, grades_of_months, in_force
from .service import locked_months

PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")


@dataclass(frozen=True)
class WorkerSummary:
    staff_no: str
    name: str
    level: str                   # in the period's last locked month
    months: int
    average: float
    grades: dict[str, int]       # grade → months
    performance_pay: float | None  # None: the viewer may not see pay


@dataclass(frozen=True)
class MonthGrades:
    month: str
    workers: int
    average: float
    grades: dict[str, int]


@dataclass(frozen=True)
class Summary:
    township: str
    period: str                  # "2026" (a year) or "2026-03" (a month)
    grade_names: list[str]       # of the scheme in force at the period's last locked month, best first
                                 # (then any grade of an earlier scheme with no counterpart in it)
    months: list[MonthGrades]
    workers: list[WorkerSummary]  # best average first, then by staff number
    with_pay: bool

    @property
    def is_month(self) -> bool:
        return len(self.period) == 7


def periods(session: Session) -> list[str]:
    """What a summary can be made of, latest first: each year with a locked month, then each
    locked month."""
    months = sorted(locked_months(session), reverse=True)
    return sorted({m[:4] for m in months}, reverse=True) + months


def summary(session: Session, period: str, viewer) -> Summary:
    if not PERIOD.fullmatch(str(period)):
        raise InputError("时段应为年份(如 2026)或月份(如 2026-03):{value}", value=period)
    period = str(period)
    months = [m for m in locked_months(session) if m.startswith(period)]
    last = months[-1] if months else (period if len(period) == 7 else f"{period}-12")
    latest = Grades.of_rules(in_force(session, last).rules)
    meaning = grades_of_months(session, months)
    names = latest.names
    rows = session.execute(select(Evaluation.month, Staff.staff_no, Staff.name, Evaluation.level, Evaluation.total,
                                  Evaluation.grade, Evaluation.performance_pay)
                           .join(Staff, Staff.id == Evaluation.staff_id)
                           .where(Evaluation.month.in_(months)).order_by(Staff.staff_no, Evaluation.month)).all()
    pay = may_see_pay(viewer)
    by_worker: dict[str, list] = {}
    by_month: dict[str, list] = {m: [] for m in months}
    for month, staff_no, name, level, total, grade, performance in rows:
        grade = meaning[month].as_named_by(latest, grade)  # a month graded before a renaming counts
        if grade not in names:
            names = names + [grade]
        seen = by_worker.setdefault(staff_no, [name, level, []])
        seen[1] = level
        seen[2].append((total, grade, performance))
        by_month[month].append((total, grade))
    workers = [WorkerSummary(no, name, level, len(done), _average([t for t, _g, _p in done]),
                             _count(names, [g for _t, g, _p in done]),
                             round(sum(p for _t, _g, p in done), 2) if pay else None)
               for no, (name, level, done) in by_worker.items()]
    workers.sort(key=lambda w: (-w.average, w.staff_no))
    return Summary(township_label(session), period, names,
                   [MonthGrades(m, len(done), _average([t for t, _g in done]), _count(names, [g for _t, g in done]))
                    for m, done in by_month.items()],
                   workers, pay)


def _average(totals: list[float]) -> float:
    return round(sum(totals) / len(totals), 2) if totals else 0.0


def _count(names: list[str], grades: list[str]) -> dict[str, int]:
    return {name: grades.count(name) for name in names}
