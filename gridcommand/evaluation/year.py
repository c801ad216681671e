"""A year of monthly evaluations 网格员考核汇总 (SPEC §6): per worker the locked months scored, the
average total and how many months at each grade — and, for those who may see pay (§12.1), the
year's performance pay; per month the grade counts and the average. Locked months only: a
month still open may change."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Evaluation, Staff
from ..permissions import may_see_pay
from ..township import label as township_label
from .scheme import in_force
from .service import locked_months


@dataclass(frozen=True)
class WorkerYear:
    staff_no: str
    name: str
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
class YearSummary:
    township: str
    year: int
    grade_names: list[str]       # of the scheme in force at the year's last locked month, best first
    months: list[MonthGrades]
    workers: list[WorkerYear]    # by staff number
    with_pay: bool


def year_summary(session: Session, year: int, viewer) -> YearSummary:
    months = [m for m in locked_months(session) if m.startswith(f"{year}-")]
    names = [name for _low, name in in_force(session, months[-1] if months else f"{year}-12").rules["grades"]]
    rows = session.execute(select(Evaluation.month, Staff.staff_no, Staff.name, Evaluation.total, Evaluation.grade,
                                  Evaluation.performance_pay)
                           .join(Staff, Staff.id == Evaluation.staff_id)
                           .where(Evaluation.month.in_(months)).order_by(Staff.staff_no, Evaluation.month)).all()
    pay = may_see_pay(viewer)
    by_worker: dict[str, list] = {}
    by_month: dict[str, list] = {m: [] for m in months}
    for month, staff_no, name, total, grade, performance in rows:
        by_worker.setdefault(staff_no, [name, []])[1].append((total, grade, performance))
        by_month[month].append((total, grade))
    workers = [WorkerYear(no, name, len(done), round(sum(t for t, _g, _p in done) / len(done), 2),
                          _count(names, [g for _t, g, _p in done]),
                          round(sum(p for _t, _g, p in done), 2) if pay else None)
               for no, (name, done) in by_worker.items()]
    return YearSummary(township_label(session), year, names,
                       [MonthGrades(m, len(done), round(sum(t for t, _g in done) / len(done), 2) if done else 0.0,
                                    _count(names, [g for _t, g in done])) for m, done in by_month.items()],
                       workers, pay)


def _count(names: list[str], grades: list[str]) -> dict[str, int]:
    return {name: grades.count(name) for name in names}
