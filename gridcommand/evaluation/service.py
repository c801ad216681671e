"""A month's evaluation as HR works it: compute (or read a locked month), adjust a score with a
written reason, lock the month. A locked month never changes, whatever changes later."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace
from fractions import Fraction

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ..access.permissions import may_see_pay, require_pay
from ..base import clock
from ..base.checks import Bounds
from ..base.errors import InputError
from ..base.gc_pause import cycle_collector_paused
from ..base.messages import Message
from ..models import Evaluation, EvaluationAdjustment, EvaluationMonth, Incident, Staff, User
from . import engine, scheme
from .results import INDICATORS, PAY_KEYS, Adjustment, Bonus, Deductions, Indicator, MonthResult, Pay, Sheet

MAX_ADJUSTMENT = 20
ADJUSTMENT = Bounds(-MAX_ADJUSTMENT, MAX_ADJUSTMENT)  # points, either way, with a written reason


def _shown(value):
    """Points as a JSON number to two decimals (an int stays as it is: nothing was added)."""
    return _hundredths(value) if type(value) is Fraction else value


def _hundredths(value: Fraction) -> float:
    """``float(engine.half_up(value, 2))`` without Decimal: the same half-away-from-zero rounding
    in integers, and int / int is correctly rounded, as float(Decimal) is."""
    numerator, denominator = value.numerator, value.denominator
    if denominator == 1:
        return float(numerator)
    whole, rest = divmod(abs(numerator) * 100, denominator)
    if 2 * rest >= denominator:
        whole += 1
    return (whole if numerator >= 0 else -whole) / 100


def _sheet(worker: engine.Worker, sheet: dict, reasons: list[str]) -> Sheet:
    """The engine's exact sheet as every reader gets it: points to hundredths."""
    bonus, deductions, pay = sheet["bonus"], sheet["deductions"], sheet["pay"]
    return Sheet(
        worker.id, worker.staff_no, worker.name, worker.level, worker.grid, worker.village,
        tuple(Indicator(name, i["inputs"], _shown(i["points"])) for name, i in sheet["indicators"].items()),
        Bonus(dict(bonus["inputs"]), _shown(bonus["raw"]), _shown(bonus["points"])),
        float(sheet["total"]), sheet["grade"],
        Deductions(deductions["inputs"]["reworks"], tuple(deductions["inputs"]["findings"]),
                   _shown(deductions["reworks"]), _shown(deductions["findings"]), _shown(deductions["points"])),
        Adjustment(_shown(sheet["adjustment"]), tuple(reasons)),
        Pay(*(float(pay[k]) for k in PAY_KEYS)))


def is_locked(session: Session, month: str) -> bool:
    state = session.get(EvaluationMonth, month)
    return state is not None and state.locked_at is not None


def evaluate(session: Session, month: str, viewer: User | None, store: bool = True) -> MonthResult:
    """The month's results as ``viewer`` may see them (pay and deductions for HR and admin);
    ``store``: keep what was computed (HR's work; a leader only looks)."""
    with cycle_collector_paused():
        result = _evaluate(session, month, store)
    return result if may_see_pay(viewer) else result.without_pay()


def _evaluate(session: Session, month: str, store: bool = True) -> MonthResult:
    """The month's results: computed now (and stored), or as locked."""
    clock.check_month(month)
    state = session.get(EvaluationMonth, month)
    if state is not None and state.locked_at is not None:
        rows = session.scalars(select(Evaluation).where(Evaluation.month == month)
                               .order_by(Evaluation.id)).all()
        return MonthResult(month, state.scheme_id, True, tuple(Sheet.from_stored(r.detail, month) for r in rows))
    if store:
        scheme.ensure_default(session)
    version = scheme.in_force(session, month)
    rows = compute(session, month, version.rules)
    if store:
        _store(session, month, version.id, rows)
    return MonthResult(month, version.id, False, tuple(rows))


def compute(session: Session, month: str, rules: dict) -> list[Sheet]:
    """Every worker's sheet of ``month`` under ``rules`` (with HR's adjustments), not stored."""
    workers, facts = engine.gather(session, month, rules.get("visit_intervals"))
    adjustments: dict[int, list[tuple[Fraction, str]]] = defaultdict(list)
    for staff_id, points, reason in session.execute(
            select(EvaluationAdjustment.staff_id, EvaluationAdjustment.points, EvaluationAdjustment.reason)
            .where(EvaluationAdjustment.month == month, EvaluationAdjustment.active.is_(True))
            .order_by(EvaluationAdjustment.id)):
        adjustments[staff_id].append((Fraction(str(points)), reason))
    sheets = [(w, engine.score(rules, facts, w, sum((p for p, _r in adjustments[w.id]), Fraction(0))))
              for w in workers]
    engine.pay(rules, sheets)
    return [_sheet(w, s, [r for _p, r in adjustments[w.id]]) for w, s in sheets]


def _store(session: Session, month: str, scheme_id: int, rows: list[Sheet]) -> None:
    state = session.get(EvaluationMonth, month) or EvaluationMonth(month=month, scheme_id=scheme_id)
    state.scheme_id = scheme_id
    session.add(state)
    session.execute(delete(Evaluation).where(Evaluation.month == month))
    now = clock.now()
    # Computed sheets carry their pay and adjustment (only a reader's copy goes without).
    if rows:  # in one executemany: a city's 3,400 rows as ORM objects took three times as long
        session.execute(insert(Evaluation), [dict(
            month=month, staff_id=r.staff_id, level=r.level, detail=r.stored(), adjustment=r.adjustment.points,
            total=r.total, grade=r.grade, base_pay=r.pay.base, standard=r.pay.standard,
            performance_pay=r.pay.performance, computed_at=now) for r in rows])
    session.flush()


def adjust(session: Session, actor: User, month: str, staff_no: str, points: float | str,
           reason: str) -> int:
    """Adjust one worker's score by ``points`` with a written reason (kept, with who and when);
    returns the worker's id."""
    require_pay(actor)
    points = ADJUSTMENT.check(points, Message("调整分值"))
    clock.check_month(month)
    if is_locked(session, month):
        raise InputError("{month} 已锁定,不能再调整", month=month)
    reason = (reason or "").strip()
    if not reason:
        raise InputError("调整分数必须写明理由")
    if points == 0:
        raise InputError("调整分值不能为 0")
    staff = session.scalars(select(Staff).where(Staff.staff_no == staff_no)).first()
    if staff is None:
        raise InputError("工号 {staff_no} 不存在", staff_no=staff_no)
    session.add(EvaluationAdjustment(month=month, staff_id=staff.id, points=points, reason=reason,
                                     created_at=clock.now(), created_by=actor.id))
    session.flush()
    return staff.id


def lock(session: Session, actor: User, month: str) -> MonthResult:
    """Compute the month one last time and lock it."""
    require_pay(actor)
    if is_locked(session, month):
        raise InputError("{month} 已经锁定", month=month)
    result = _evaluate(session, month)
    state = session.get(EvaluationMonth, month)
    state.locked_at, state.locked_by = clock.now(), actor.id
    session.flush()
    return replace(result, locked=True)


def history(session: Session, staff_id: int) -> list[tuple[str, float, str, bool]]:
    """A worker's stored months: (month, total, grade, locked), oldest first."""
    locked = set(locked_months(session))
    rows = session.execute(select(Evaluation.month, Evaluation.total, Evaluation.grade)
                           .where(Evaluation.staff_id == staff_id).order_by(Evaluation.month))
    return [(m, t, g, m in locked) for m, t, g in rows]


def locked_months(session: Session) -> list[str]:
    return list(session.scalars(select(EvaluationMonth.month).where(EvaluationMonth.locked_at.is_not(None))
                                .order_by(EvaluationMonth.month)))


def months_on_record(session: Session, today: dt.date | None = None, most: int = 36) -> list[str]:
    """The months a worker can be scored for, newest first: from the month of the first report
    on record (or the oldest month already scored) to last month, at most ``most`` of them. A
    month before the record began would score every worker 不合格 on nothing."""
    today = today or clock.today()
    first = session.scalar(select(func.min(Incident.reported_at)))
    oldest = [clock.local(first).strftime("%Y-%m")] if first else []
    oldest += locked_months(session)[:1]
    months, month = [], today.year * 12 + today.month - 2
    while len(months) < most:
        label = f"{month // 12:04d}-{month % 12 + 1:02d}"
        months.append(label)
        if not oldest or label <= min(oldest):
            break
        month -= 1
    return months


__all__ = ["INDICATORS", "adjust", "evaluate", "is_locked", "lock", "locked_months", "months_on_record"]
