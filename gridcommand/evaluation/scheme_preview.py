"""A new evaluation scheme tried on a month before it is saved (SPEC §6): every worker's total,
grade and pay as they are and as they would be, and how many workers each grade would hold."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..access.permissions import may_see_pay
from ..base import clock
from .results import Sheet
from .scheme import validate
from .service import compute, evaluate


@dataclass(frozen=True)
class Compared:
    staff_no: str
    name: str
    before: tuple[float, str]     # total, grade
    after: tuple[float, str]
    pay: tuple[float, float] | None  # performance pay before and after; None: the viewer may not see pay


@dataclass(frozen=True)
class SchemePreview:
    month: str
    locked: bool                  # a locked month keeps its results whatever scheme is saved
    grades_before: dict[str, int]
    grades_after: dict[str, int]  # in the new scheme's order, best first
    workers: list[Compared]       # the new ranking: best first
    pay_total: tuple[float, float] | None


def preview(session: Session, month: str, rules: dict, viewer) -> SchemePreview:
    clock.check_month(month)
    validate(rules)
    now = evaluate(session, month, viewer, store=False)
    before = {w.staff_no: w for w in now.workers}
    after = sorted(compute(session, month, rules), key=lambda w: (-w.total, w.staff_no))
    pay = may_see_pay(viewer)

    def performance(row: Sheet | None) -> float:
        return row.pay.performance if row and row.pay else 0.0

    workers = [Compared(w.staff_no, w.name,
                        (before[w.staff_no].total, before[w.staff_no].grade) if w.staff_no in before else (0.0, ""),
                        (w.total, w.grade),
                        (performance(before.get(w.staff_no)), performance(w)) if pay else None) for w in after]
    counted = Counter(w.grade for w in after)
    return SchemePreview(month, now.locked, dict(Counter(w.grade for w in now.workers)),
                         {name: counted.get(name, 0) for _low, name in rules["grades"]}, workers,
                         (round(sum(performance(w) for w in now.workers), 2),
                          round(sum(performance(w) for w in after), 2)) if pay else None)
