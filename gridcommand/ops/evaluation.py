"""HR's operations (SPEC §6, §7): a month's evaluation computed and shown as the actor may see
it, adjustments that show at once, locking, career decisions, and new scheme versions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..access.permissions import Can, allows, may_see_pay
from ..base import clock
from ..base.changes import NOTHING, Area, Changes
from ..evaluation import careers, scheme, service
from ..evaluation.careers import Candidate as Candidate
from ..evaluation.explain import LABELS as LABELS
from ..evaluation.results import (
    Deductions as Deductions,
    Indicator as Indicator,
    MonthResult as MonthResult,
    Sheet as Sheet,
)
from ..evaluation.scheme import Grades
from ..evaluation.scheme_preview import SchemePreview as SchemePreview
from ..models import User
from ..record import audit
from ..store.database import Database
from .actor import Actor, resolve
from .unit_of_work import Result, look, perform

CAREER_KINDS = careers.KINDS  # what HR decides on a candidate: promotion, yellow card, …


@dataclass(frozen=True)
class Month:
    """A month as the actor may see it: results, and the career candidates after a locked one."""

    result: MonthResult
    candidates: tuple[Candidate, ...] = ()


def _month(session: Session, user: User, month: str, with_candidates: bool = True) -> Month:
    result = service.evaluate(session, month, user, store=allows(user, Can.EVALUATE))
    found = careers.candidates(session, month) if with_candidates and result.locked and may_see_pay(user) else []
    return Month(result, tuple(found))


def month(db: Database, actor: Actor, month: str, with_candidates: bool = True) -> Result[Month]:
    """The month as ``actor`` may see it: computed (and stored, by HR and the administrator) or
    read as locked, with the career candidates after a locked one unless not wanted (the
    command line prints them with ``careers``). Recomputing the same inputs changes nothing any
    other seat shows, so it is not announced."""
    return perform(db, actor, lambda session, user: (_month(session, user, month, with_candidates), NOTHING),
                   needs=Can.VIEW_SCORES)


def adjust(db: Database, actor: Actor, month: str, staff_no: str, points: float | str, reason: str) -> Result[Month]:
    """Adjust one worker's score with a reason; the value is the month recomputed with it."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        staff_id = service.adjust(session, user, month, staff_no, points, reason)
        audit.note(session, "evaluation.adjust", "staff", staff_no, month=month, points=str(points),
                   reason=reason)
        return _month(session, user, month), Changes(months=frozenset({month}),
                                                    staff=frozenset({staff_id}))
    return perform(db, actor, work, needs=Can.EVALUATE)


def lock(db: Database, actor: Actor, month: str) -> Result[Month]:
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        locked = service.lock(session, user, month)
        audit.note(session, "evaluation.lock", "month", month, workers=len(locked.workers),
                   scheme=locked.scheme_id)
        return _month(session, user, month), Changes(months=frozenset({month}))
    return perform(db, actor, work, needs=Can.EVALUATE)


def decide(db: Database, actor: Actor, month: str, staff_no: str, kind: str, approve: bool, reason: str,
           today: dt.date | None = None) -> Result[dt.date | None]:
    """HR's decision on a career candidate; the value is the day it takes effect (approved)."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        decision = careers.decide(session, user, month, staff_no, kind, approve, reason, today)
        audit.note(session, "career.decide", "staff", staff_no, month=month, kind=kind,
                   approved=approve, reason=reason, effective=decision.effective_date)
        # A level or status change is the staff record's too (lists, forms, the next month).
        return decision.effective_date, Changes.of(Area.REFERENCE, months={month},
                                                   staff={decision.staff_id})
    return perform(db, actor, work, needs=Can.EVALUATE)


def apply_due_levels(db: Database, actor: Actor) -> Result[int]:
    """Put into effect the approved level changes whose first day has come."""
    def work(session: Session, _user: User) -> tuple[Any, Changes]:
        count = careers.apply_due(session)
        if count:
            audit.note(session, "career.apply", "staff", "", changes=count)
        return count, Changes.of(Area.REFERENCE, Area.EVALUATION) if count else NOTHING
    return perform(db, actor, work, needs=Can.EVALUATE)


def new_scheme(db: Database, actor: Actor, effective_month: str, rules: dict[str, Any], note: str = "") -> Result[int]:
    """A new version of the scheme from ``effective_month`` on; locked months keep theirs."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        version = scheme.add_version(session, effective_month, rules.get("rules", rules), user.id, note)
        audit.note(session, "scheme.version", "scheme", version.id, effective=effective_month,
                   note=note, rules=version.rules)
        return version.id, Changes.of(Area.SETTINGS, Area.EVALUATION)
    return perform(db, actor, work, needs=Can.SET_SCHEME)


def scheme_for(db: Database, actor: Actor, month: str) -> tuple[str, dict[str, Any]]:
    """(the month it is in force from, its rules) of the scheme in force for ``month``: what the
    scheme editor starts from."""
    def current(session: Session) -> tuple[str, dict[str, Any]]:
        version = scheme.in_force(session, clock.check_month(month))
        return version.effective_month, dict(version.rules)
    return look(db, actor, current, needs=Can.SET_SCHEME)


def preview_scheme(db: Database, actor: Actor, month: str, rules: dict[str, Any]) -> SchemePreview:
    """``month``'s ranking and pay under ``rules``, next to what they are now; nothing stored."""
    from ..evaluation.scheme_preview import preview

    return look(db, actor, lambda session: preview(session, month, rules, resolve(session, actor)),
                needs=Can.SET_SCHEME)


# -- reading --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SchemeInForce:
    version: int | None     # None: the default scheme, never stored
    effective_month: str
    note: str
    rules: dict[str, Any]


def scheme_in_force(db: Database, actor: Actor, month: str) -> SchemeInForce:
    """The scheme version that scores ``month``, as anyone may read it."""
    def found(session: Session) -> SchemeInForce:
        version = scheme.in_force(session, clock.check_month(month))
        return SchemeInForce(version.id, version.effective_month, version.note, version.rules)
    return look(db, actor, found, needs=Can.REPORTS)


def months(db: Database, actor: Actor) -> list[str]:
    """The months a worker can be scored for, newest first (``service.months_on_record``)."""
    return look(db, actor, service.months_on_record, needs=Can.VIEW_SCORES)


def history(db: Database, actor: Actor, staff_id: int) -> list[tuple[str, float, str, bool]]:
    """A worker's stored months: (month, total, grade, locked), oldest first."""
    return look(db, actor, service.history, staff_id, needs=Can.VIEW_SCORES)


def grades(db: Database, actor: Actor, month: str) -> Grades:
    """The grade bands of the scheme that scores ``month``."""
    return look(db, actor, scheme.grades_of, month, needs=Can.VIEW_SCORES)


def candidates(db: Database, actor: Actor, month: str) -> list[Candidate]:
    """The candidates for promotion or dismissal after a locked ``month``, less those decided."""
    return look(db, actor, careers.candidates, month, needs=Can.SEE_PAY)
