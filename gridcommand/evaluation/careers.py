"""Promotion and elimination (SPEC §7), judged over locked months only.

Candidates after a locked month M, each with its reason in plain words:
- probation → 一级: ≥ 6 months in probation and no month below the pass line in it;
- promotion: ≥ 12 months at the level, ≥ 9 of the last 12 months in the top grade, none in the
  bottom grade (one level);
- yellow card: M in the bottom grade 不合格; demotion: M and the month before both;
- elimination: 3 months in the bottom grade within the 12 months ending at M, or a serious
  retrospective finding (§8) counting in M; no promotion with a major or serious finding in
  those 12 months.
"Top", "bottom" and "pass line" are each month's own scheme's (``scheme.Grades``): a county that
renames its grades (A档…D档) or moves their bounds keeps every rule working.
HR approves or rejects each with a reason; an approved change takes effect on the first day of
the next month and is kept in the worker's level history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..access.permissions import require_pay
from ..base import clock
from ..base.enums import Level, Responsibility, StaffStatus
from ..base.errors import InputError
from ..base.messages import Message, Several
from ..models import CareerDecision, Evaluation, EvaluationMonth, LevelChange, Staff, User
from .findings import Counted, counted
from .scheme import Grades, grades_of_months

KINDS = {"probation": "见习转正", "promotion": "晋升", "yellow_card": "黄牌警告", "demotion": "降级",
         "elimination": "淘汰"}
ORDER = [lv.value for lv in Level]
WINDOW_MONTHS = 12  # the rules judge the 12 months ending at the month


@dataclass(frozen=True)
class Candidate:
    staff_id: int
    staff_no: str
    name: str
    level: str
    kind: str
    to_level: str | None
    finding: Message  # why: the months and findings that make the case

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]

    def as_dict(self) -> dict:
        return {"staff_no": self.staff_no, "name": self.name, "level": self.level, "kind": self.kind,
                "kind_label": self.kind_label, "to_level": self.to_level, "finding": self.finding}




def months_between(since: dt.date, month: str) -> int:
    """Whole months from ``since`` to the end of ``month``."""
    following = dt.date.fromisoformat(clock.shift_month(month, 1) + "-01")
    return (following.year - since.year) * 12 + following.month - since.month - (1 if since.day > 1 else 0)


def _grades(session: Session, month: str) -> tuple[dict[int, dict[str, tuple[float, str]]], dict[str, Grades]]:
    """The locked months among the ``WINDOW_MONTHS`` ending at ``month`` (all the rules look at):
    staff → month → (total, grade), and what each month's grades meant (the scheme it was
    computed with)."""
    window = clock.shift_month(month, -(WINDOW_MONTHS - 1))  # what the rules look at
    locked = list(session.scalars(select(EvaluationMonth.month).where(EvaluationMonth.locked_at.is_not(None),
                                                                      EvaluationMonth.month <= month,
                                                                      EvaluationMonth.month >= window)))
    out: dict[int, dict[str, tuple[float, str]]] = {}
    for staff_id, m, total, grade in session.execute(
            select(Evaluation.staff_id, Evaluation.month, Evaluation.total, Evaluation.grade)
            .where(Evaluation.month.in_(locked))):
        out.setdefault(staff_id, {})[m] = (total, grade)
    return out, grades_of_months(session, locked)


def _since(session: Session, staff: list[Staff]) -> dict[int, dt.date | None]:
    """When each worker came to the present level: the last level change, else the hire date."""
    changed = dict(session.execute(
        select(LevelChange.staff_id, func.max(LevelChange.effective_date))
        .where(LevelChange.applied.is_(True), LevelChange.to_level.is_not(None))
        .group_by(LevelChange.staff_id)).all())
    return {s.id: changed.get(s.id) or s.hire_date for s in staff}


def candidates(session: Session, month: str) -> list[Candidate]:
    """Candidates after ``month`` (which must be locked), less those HR has decided on."""
    clock.check_month(month)
    state = session.get(EvaluationMonth, month)
    if state is None or state.locked_at is None:
        raise InputError("{month} 尚未锁定:晋升淘汰只按已锁定的月份判断", month=month)
    grades, meaning = _grades(session, month)
    decided = set(session.execute(select(CareerDecision.staff_id, CareerDecision.kind)
                                  .where(CareerDecision.month == month)).all())
    staff = {s.id: s for s in session.scalars(select(Staff).where(Staff.id.in_(list(grades))))}
    findings = counted(session, clock.shift_month(month, 1 - WINDOW_MONTHS), month)
    since = _since(session, list(staff.values()))
    found: list[Candidate] = []
    for staff_id, history in sorted(grades.items(), key=lambda item: staff[item[0]].staff_no):
        person = staff[staff_id]
        if month not in history or person.status not in (StaffStatus.ACTIVE, StaffStatus.PROBATION):
            continue
        level = person.level or Level.L1.value
        for kind, to_level, finding in _rules(month, history, meaning, level, since[staff_id],
                                              findings.get(staff_id, [])):
            if (staff_id, kind) not in decided:
                found.append(Candidate(staff_id, person.staff_no, person.name, level, kind, to_level, finding))
    return found


def _label(months: list[str], history) -> list[Message]:
    return [Message("{month}({score:.1f} 分)", month=m, score=history[m][0]) for m in months]


def _findings_label(found: list[Counted]) -> list[Message]:
    return [Message("{review} 第 {number} 条({level})", review=f.review, number=f.number,
                    level=Responsibility(f.level)) for f in found]


def _rules(month: str, history: dict[str, tuple[float, str]], meaning: dict[str, Grades], level: str,
           since: dt.date | None, findings: list[Counted] = ()):
    """``meaning``: each month's grades; ``findings``: the worker's confirmed retrospective
    findings counting in the 12 months ending at ``month``."""
    failed = lambda m: m in history and history[m][1] == meaning[m].bottom  # noqa: E731
    if failed(month):
        yield "yellow_card", None, Message("{months}考核不合格", months=_label([month], history))
        before = clock.shift_month(month, -1)
        if failed(before) and level != Level.PROBATION:
            down = ORDER[ORDER.index(level) - 1]
            yield "demotion", down, Message("连续两个月不合格:{months}", months=_label([before, month], history))
    window = [clock.shift_month(month, -k) for k in range(WINDOW_MONTHS - 1, -1, -1)]
    failures = [m for m in window if failed(m)]
    serious = [f for f in findings if f.month == month and f.level == Responsibility.SERIOUS]
    reasons = [Message("12 个月内 {n} 个月不合格:{months}", n=len(failures), months=_label(failures, history))
               ] if len(failures) >= 3 else []
    reasons += [Message("事后倒查认定严重责任:{findings}", findings=_findings_label(serious))] if serious else []
    if reasons:
        yield "elimination", None, Several(reasons)
    if since is None:
        return
    tenure = months_between(since, month)
    if level == Level.PROBATION:
        months_in = [m for m in window if m in history and m >= since.strftime("%Y-%m")]
        low = [m for m in months_in if history[m][0] < meaning[m].pass_line]
        if tenure >= 6 and not low:
            yield "probation", Level.L1.value, Message("见习 {months} 个月(自 {since:%Y-%m-%d}),期间无低于合格线的月份",
                                                     months=tenure, since=since)
    elif level != Level.L5 and tenure >= 12:
        excellent = [m for m in window if m in history and history[m][1] == meaning[m].top]
        weighty = [f for f in findings if f.level in (Responsibility.MAJOR, Responsibility.SERIOUS)]
        if len(excellent) >= 9 and not failures and not weighty:
            up = ORDER[ORDER.index(level) + 1]
            yield "promotion", up, Message("现等级已满 {months} 个月,近 12 个月 {n} 个月优秀、无不合格({first} 至 {month})",
                                          months=tenure, n=len(excellent), first=window[0], month=month)


def first_of_next_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def decide(session: Session, actor: User, month: str, staff_no: str, kind: str, approve: bool,
           reason: str, today: dt.date | None = None) -> CareerDecision:
    """HR's decision; an approval changes the level (or dismisses) from the next month's first day."""
    require_pay(actor)
    reason = (reason or "").strip()
    if not reason:
        raise InputError("审批须写明理由")
    match = next((c for c in candidates(session, month) if c.staff_no == staff_no and c.kind == kind), None)
    if match is None:
        raise InputError("{month} 没有待审批的候选:{staff_no}", month=month, staff_no=staff_no)
    today = today or clock.today()
    effective = first_of_next_month(today) if approve else None
    decision = CareerDecision(staff_id=match.staff_id, month=month, kind=kind, finding=str(match.finding),
                              approved=approve, reason=reason, effective_date=effective,
                              decided_at=clock.now(), decided_by=actor.id)
    session.add(decision)
    session.flush()
    if approve and kind in ("probation", "promotion", "demotion"):
        session.add(LevelChange(staff_id=match.staff_id, from_level=match.level, to_level=match.to_level,
                                effective_date=effective, decision_id=decision.id))
    elif approve and kind == "elimination":
        session.add(LevelChange(staff_id=match.staff_id, from_level=match.level, to_status=StaffStatus.DISMISSED,
                                effective_date=effective, decision_id=decision.id))
    session.flush()
    apply_due(session, today)
    return decision


def apply_due(session: Session, today: dt.date | None = None) -> int:
    """Put into effect the level changes whose day has come."""
    today = today or clock.today()
    count = 0
    for change in session.scalars(select(LevelChange).where(LevelChange.applied.is_(False),
                                                            LevelChange.effective_date <= today)
                                  .order_by(LevelChange.effective_date, LevelChange.id)):
        person = session.get(Staff, change.staff_id)
        if change.to_level:
            person.level = change.to_level
            if person.status == StaffStatus.PROBATION and change.to_level != Level.PROBATION:
                person.status = StaffStatus.ACTIVE
        if change.to_status:
            person.status = change.to_status
        change.applied = True
        count += 1
    session.flush()
    return count


def history(session: Session, staff_id: int) -> list[dict]:
    """A worker's level history, oldest first."""
    rows = session.execute(select(LevelChange.effective_date, LevelChange.from_level, LevelChange.to_level,
                                  LevelChange.to_status, LevelChange.applied, CareerDecision.kind,
                                  CareerDecision.reason)
                           .outerjoin(CareerDecision, CareerDecision.id == LevelChange.decision_id)
                           .where(LevelChange.staff_id == staff_id)
                           .order_by(LevelChange.effective_date, LevelChange.id)).all()
    return [{"effective_date": d.isoformat(), "from": f, "to": t, "status": st, "applied": a,
             "kind": k, "reason": r} for d, f, t, st, a, k, r in rows]
