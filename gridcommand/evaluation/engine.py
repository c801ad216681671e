"""The monthly evaluation of SPEC §6, exact and explainable.

Every indicator keeps its inputs (n, |D|, required/done …) so a score can be explained line by
line. Arithmetic is exact (fractions); the total is rounded to one decimal half up, then the
grade is read from the rounded total; money is rounded to the fen, half up. Each indicator is
one grouped query over the month, so a city (3,402 workers) scores in about half a second.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, getcontext
from fractions import Fraction
from functools import lru_cache
from math import lcm

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import PersonColour, StaffRole, StaffStatus
from ..models import (
    Commendation,
    Grid,
    Incident,
    KeyPerson,
    LevelChange,
    Meeting,
    MeetingAttendee,
    Staff,
    Village,
    Visit,
)
from ..workflow.deadlines import on_time_clause
from .findings import counted
from .reworks import reworks
from .scheme import INTERVAL_DAYS, Grades

getcontext().prec = 40


def half_up(value: Fraction, places: int) -> Decimal:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)




def required_visits(tagged_on: dt.date, colour: str, first: dt.date, last: dt.date,
                    intervals: dict[str, int] | None = None) -> int:
    """Visits required of a key person in the month (§9): days tagged ÷ interval, half up."""
    days = (last - max(tagged_on, first)).days + 1
    if days <= 0:
        return 0
    interval = (intervals or {}).get(colour) or INTERVAL_DAYS[PersonColour(colour)]
    return (2 * days + interval) // (2 * interval)  # days ÷ interval, rounded half up, exactly


@dataclass
class Worker:
    id: int
    staff_no: str
    name: str
    level: str
    grid: str
    village: str = ""
    inputs: dict = field(default_factory=dict)


def workers_of(session: Session, first: dt.date, end: dt.datetime) -> list[Worker]:
    """Full-time grid workers active during the month, probation included."""
    db = session.connection()  # column reads: rows as they come, without the ORM's loading
    rows = db.execute(
        select(Staff.id, Staff.staff_no, Staff.name, Staff.level, Grid.code, Village.name)
        .outerjoin(Grid, Grid.id == Staff.grid_id).outerjoin(Village, Village.id == Grid.village_id)
        .where(Staff.role == StaffRole.FULL_TIME,
               Staff.status.in_((StaffStatus.ACTIVE, StaffStatus.PROBATION)),
               or_(Staff.hire_date.is_(None), Staff.hire_date < clock.local(end).date()))
        .order_by(Staff.staff_no)).all()
    # The level in force during the month: walk back the changes that took effect after it.
    later: dict[int, list[tuple[str, str]]] = {}
    for staff_id, from_level, to_level in db.execute(
            select(LevelChange.staff_id, LevelChange.from_level, LevelChange.to_level)
            .where(LevelChange.applied.is_(True), LevelChange.to_level.is_not(None),
                   LevelChange.effective_date > first)
            .order_by(LevelChange.effective_date.desc(), LevelChange.id.desc())):
        later.setdefault(staff_id, []).append((from_level, to_level))
    workers = []
    for i, no, name, level, grid, village in rows:
        level = level or "l1"
        for from_level, to_level in later.get(i, ()):
            if to_level == level and from_level:
                level = from_level
        workers.append(Worker(i, no, name, level, grid or "", village or ""))
    return workers


def gather(session: Session, month: str, intervals: dict[str, int] | None = None
           ) -> tuple[list[Worker], dict[str, dict[int, dict]]]:
    """Every indicator's inputs for every worker of ``month``, from one query each."""
    first, last, start, end = clock.month_bounds(month)
    workers = workers_of(session, first, end)
    db = session.connection()  # column reads: rows as they come, without the ORM's loading
    ids = [w.id for w in workers]
    in_month = lambda column: and_(column >= start, column < end)  # noqa: E731
    facts: dict[str, dict[int, dict]] = defaultdict(dict)

    for staff_id, n in db.execute(
            select(Incident.reporter_staff_id, func.count())
            .where(in_month(Incident.reported_at), Incident.status != "cancelled",
                   Incident.reporter_staff_id.is_not(None))
            .group_by(Incident.reporter_staff_id)):
        facts["reporting"][staff_id] = {"n": n}

    on_time = func.sum(case((on_time_clause(), 1), else_=0))
    for staff_id, size, good in db.execute(
            select(Incident.responsible_staff_id, func.count(), on_time)
            .where(Incident.responsible_staff_id.is_not(None), Incident.status != "cancelled",
                   or_(in_month(Incident.deadline), in_month(Incident.resolved_at)))
            .group_by(Incident.responsible_staff_id)):
        facts["on_time"][staff_id] = {"d": size, "on_time": int(good or 0)}

    done_by_person = dict(db.execute(
        select(Visit.key_person_id, func.count()).where(in_month(Visit.visited_at))
        .group_by(Visit.key_person_id)).all())
    required_of: dict[tuple, int] = {}  # a city's 40,000 persons share a few hundred (since, colour)
    for pid, colour, tagged_on, staff_id in db.execute(
            select(KeyPerson.id, KeyPerson.colour, KeyPerson.tagged_on, KeyPerson.responsible_staff_id)
            .where(KeyPerson.tagged_on <= last)).all():
        since = max(tagged_on, first)
        required = required_of.get((since, colour))
        if required is None:
            required = required_of[since, colour] = required_visits(since, colour, first, last, intervals)
        done = done_by_person.get(pid, 0)
        entry = facts["visits"].setdefault(staff_id, {"persons": 0, "required": 0, "counted": 0, "done": 0})
        entry["persons"] += 1
        entry["required"] += required
        entry["done"] += done
        entry["counted"] += min(done, required)

    present = func.sum(case((MeetingAttendee.present.is_(True), 1), else_=0))
    for staff_id, expected, attended in db.execute(
            select(MeetingAttendee.staff_id, func.count(), present)
            .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
            .where(MeetingAttendee.staff_id.is_not(None), in_month(Meeting.starts_at))
            .group_by(MeetingAttendee.staff_id)):
        facts["meetings"][staff_id] = {"expected": expected, "attended": int(attended or 0)}

    ratings: dict[int, list[int]] = defaultdict(list)
    for reporter, responsible, rating in db.execute(
            select(Incident.reporter_staff_id, Incident.responsible_staff_id, Incident.satisfaction)
            .where(Incident.status == "closed", in_month(Incident.closed_at),
                   Incident.satisfaction.is_not(None))):
        for staff_id in {reporter, responsible} - {None}:
            ratings[staff_id].append(rating)
    for staff_id, values in ratings.items():
        facts["satisfaction"][staff_id] = {"ratings": len(values), "sum": sum(values)}

    for staff_id, kind, n in db.execute(
            select(Commendation.staff_id, Commendation.kind, func.count())
            .where(Commendation.date >= first, Commendation.date <= last)
            .group_by(Commendation.staff_id, Commendation.kind)):
        facts["bonus"].setdefault(staff_id, {})[kind] = n

    # Reworks: the month's failed verifications (or a ledger row's 返工次数, in the month it was
    # resolved), each counted against the worker answering for the incident at that instant.
    for rework in reworks(session, start, end):
        if rework.staff_id is not None:
            entry = facts["reworks"].setdefault(rework.staff_id, {"events": 0, "imported": 0})
            entry["imported" if rework.imported else "events"] += 1
    for staff_id, found in counted(session, month, month).items():
        facts["findings"][staff_id] = found
    wanted = set(ids)
    return workers, {k: {i: v for i, v in d.items() if i in wanted} for k, d in facts.items()}


_fraction = lru_cache(maxsize=1024)(Fraction)  # the rules' numbers, as exact values, once each


def _exact_sum(values: list) -> Fraction:
    """Σ values exactly, over one common denominator: one normalisation, not one per addition."""
    denominator = 1
    for value in values:
        denominator = lcm(denominator, value.denominator)
    return Fraction(sum(v.numerator * (denominator // v.denominator) for v in values), denominator)


# A city's workers share a few thousand distinct inputs: each exact share is computed once.
@lru_cache(maxsize=1 << 16)
def _share(full, part: int, whole: int) -> Fraction:
    """``full`` points × part / whole; all of them when there is nothing to do (whole = 0)."""
    return Fraction(full) if whole == 0 else Fraction(full) * Fraction(part, whole)


@lru_cache(maxsize=1 << 16)
def _satisfaction(full, none_points, total: int, ratings: int) -> Fraction:
    """Ratings of 1–5 averaged and mapped onto 0…full; ``none_points`` without any rating."""
    return Fraction(full) * (Fraction(total, ratings) - 1) / 4 if ratings else Fraction(none_points)


def score(rules: dict, facts: dict[str, dict[int, dict]], worker: Worker,
          adjustment: Fraction = Fraction(0)) -> dict:
    """One worker's sheet: each indicator's inputs and points, bonus, deductions, total, grade."""
    ind = rules["indicators"]
    w = worker.id
    sheet: dict = {"indicators": {}}

    n = facts.get("reporting", {}).get(w, {}).get("n", 0)
    target = ind["reporting"]["target"]
    points = _share(ind["reporting"]["points"], min(n, target), target)
    sheet["indicators"]["reporting"] = {"inputs": {"n": n, "target": target}, "points": points}

    d = facts.get("on_time", {}).get(w, {"d": 0, "on_time": 0})
    points = _share(ind["on_time"]["points"], d["on_time"], d["d"])
    sheet["indicators"]["on_time"] = {"inputs": d, "points": points}

    v = facts.get("visits", {}).get(w, {"persons": 0, "required": 0, "counted": 0, "done": 0})
    points = _share(ind["visits"]["points"], v["counted"], v["required"])
    sheet["indicators"]["visits"] = {"inputs": v, "points": points}

    m = facts.get("meetings", {}).get(w, {"expected": 0, "attended": 0})
    points = _share(ind["meetings"]["points"], m["attended"], m["expected"])
    sheet["indicators"]["meetings"] = {"inputs": m, "points": points}

    s = facts.get("satisfaction", {}).get(w, {"ratings": 0, "sum": 0})
    points = _satisfaction(ind["satisfaction"]["points"], ind["satisfaction"]["none_points"],
                           s["sum"], s["ratings"])
    sheet["indicators"]["satisfaction"] = {"inputs": s, "points": points}

    b = facts.get("bonus", {}).get(w, {})
    raw = sum(_fraction(rules["bonus"][k]) * c for k, c in b.items() if k in rules["bonus"])
    bonus = min(_fraction(rules["bonus"]["cap"]), raw)
    sheet["bonus"] = {"inputs": dict(b), "raw": raw, "points": bonus}

    r = facts.get("reworks", {}).get(w, {"events": 0, "imported": 0})
    count = r["events"] + r["imported"]
    rework = min(_fraction(rules["deductions"]["rework_cap"]), _fraction(rules["deductions"]["rework"]) * count)
    confirmed = facts.get("findings", {}).get(w, [])  # retrospective findings (§8) counting in M
    findings = sum((_fraction(rules["deductions"][f.level]) for f in confirmed), Fraction(0))
    sheet["deductions"] = {"inputs": {"reworks": count, "findings": confirmed}, "reworks": rework,
                           "findings": findings, "points": rework + findings}

    raw_total = _exact_sum([*(i["points"] for i in sheet["indicators"].values()), bonus, -rework, -findings,
                            adjustment])
    clamped = max(_fraction(rules["total"]["min"]), min(_fraction(rules["total"]["max"]), raw_total))
    total = half_up(clamped, 1)
    sheet["adjustment"] = adjustment
    sheet["total"] = total
    sheet["grade"] = Grades.of_rules(rules).grade(total)
    return sheet


def pay(rules: dict, sheets: list[tuple[Worker, dict]]) -> None:
    """Performance pay = standard × the grade's coefficient; float = that − standard. In
    budget-neutral mode the coefficients are scaled so the township pays the standards' total."""
    levels, coefficients = rules["levels"], rules["coefficients"]
    scale = Fraction(1)
    if rules.get("budget_neutral"):
        standards = sum(Fraction(levels[w.level][1]) for w, _s in sheets)
        weighted = sum(Fraction(levels[w.level][1]) * Fraction(str(coefficients[s["grade"]])) for w, s in sheets)
        scale = standards / weighted if weighted else Fraction(1)
    amounts: dict[tuple[str, str], dict] = {}  # by (level, grade): a city has a few dozen
    for worker, sheet in sheets:
        key = (worker.level, sheet["grade"])
        if key not in amounts:
            base, standard = (Fraction(x) for x in levels[worker.level])
            coefficient = Fraction(str(coefficients[sheet["grade"]])) * scale
            performance = standard * coefficient
            amounts[key] = {"base": half_up(base, 2), "standard": half_up(standard, 2),
                            "coefficient": half_up(coefficient, 4),
                            "performance": half_up(performance, 2),
                            "float": half_up(performance - standard, 2),
                            "total": half_up(base + performance, 2)}
        sheet["pay"] = dict(amounts[key])
