"""The evaluation scheme: every number of SPEC §6 and the level pay of §7, versioned by month.

A county changes it by adding a version from a month on; an old month is always recomputed with
the version in force for it. The *default* scheme below is created the first time a month is
evaluated in a database that has none.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.checks import Bounds
from ..base.enums import Level, PersonColour
from ..base.errors import InputError
from ..base.messages import Message
from ..models import EvaluationScheme

# *Default* required interval between visits, in days, by colour tag (§9); the intervals in force
# are the scheme's (versioned by month, changeable without code): ``visits.rules.intervals``.
INTERVAL_DAYS = {PersonColour.GREEN: 30, PersonColour.BLUE: 15, PersonColour.ORANGE: 7, PersonColour.RED: 1}

DEFAULT_RULES: dict = {
    "indicators": {
        "reporting": {"points": 25, "target": 15},
        "on_time": {"points": 20},
        "visits": {"points": 25},
        "meetings": {"points": 10},
        "satisfaction": {"points": 20, "none_points": 16},
    },
    "bonus": {"pennant": 2, "letter": 1, "praise": 3, "cap": 5},
    "deductions": {"minor": 5, "major": 10, "serious": 20, "rework": 1, "rework_cap": 5},
    "total": {"min": 0, "max": 105},
    "grades": [[90, "优秀"], [80, "良好"], [60, "合格"], [0, "不合格"]],
    "coefficients": {"优秀": 1.2, "良好": 1.0, "合格": 0.8, "不合格": 0.4},
    "budget_neutral": False,
    # Days between required visits of a key person, by colour tag (§9).
    "visit_intervals": {colour.value: days for colour, days in INTERVAL_DAYS.items()},
    # Level: [base pay, performance-pay standard], yuan a month (§7).
    "levels": {"probation": [2800, 800], "l1": [3000, 1000], "l2": [3300, 1100],
               "l3": [3600, 1200], "l4": [4000, 1300], "l5": [4400, 1400]},
}
DEFAULT_MONTH, DEFAULT_NOTE = "2000-01", "SPEC §6 默认方案"


@dataclass(frozen=True)
class Grades:
    """What a scheme's grades mean, whatever they are called (§7): the top grade (优秀 by
    default), the bottom, failing grade (不合格), and the lowest bound of a passing grade (60).
    Careers read these, never the default names or numbers."""

    bands: tuple[tuple[float, str], ...]  # (lowest total, name), best first; the last starts at 0

    @classmethod
    def of_rules(cls, rules: dict) -> Grades:
        return cls(tuple((low, name) for low, name in rules["grades"]))

    @property
    def top(self) -> str:
        return self.bands[0][1]

    @property
    def bottom(self) -> str:
        return self.bands[-1][1]

    @property
    def pass_line(self) -> float:
        """The lowest total that does not fail."""
        return self.bands[-2][0] if len(self.bands) > 1 else 0

    def grade(self, total) -> str:
        return next(name for low, name in self.bands if total >= low)

    @property
    def names(self) -> list[str]:
        return [name for _low, name in self.bands]

    def as_named_by(self, other: Grades, name: str) -> str:
        """This scheme's grade ``name`` under ``other``'s name for the same place (a renamed
        grade); as it is when the schemes do not have the same number of grades."""
        if len(self.bands) != len(other.bands) or name not in self.names:
            return name
        return other.names[self.names.index(name)]




def in_force(session: Session, month: str) -> EvaluationScheme:
    """The scheme version in force for ``month``: the default one, not yet stored, in a database
    that has none (reading never writes)."""
    clock.check_month(month)
    found = session.scalars(select(EvaluationScheme).where(EvaluationScheme.effective_month <= month)
                            .order_by(EvaluationScheme.effective_month.desc(),
                                      EvaluationScheme.id.desc()).limit(1)).first()
    return found or EvaluationScheme(effective_month=DEFAULT_MONTH, rules=copy.deepcopy(DEFAULT_RULES),
                                     note=DEFAULT_NOTE)


def grades_of(session: Session, month: str) -> Grades:
    """What ``month``'s grades are called and where they begin: those of the scheme it was
    computed with, or — not computed yet — of the one in force for it."""
    return grades_of_months(session, [month]).get(month) or Grades.of_rules(in_force(session, month).rules)


def grades_of_months(session: Session, months: list[str]) -> dict[str, Grades]:
    """What each stored month's grades meant: those of the scheme it was computed with."""
    from ..models import EvaluationMonth

    return {month: Grades.of_rules(rules) for month, rules in session.execute(
        select(EvaluationMonth.month, EvaluationScheme.rules)
        .join(EvaluationScheme, EvaluationScheme.id == EvaluationMonth.scheme_id)
        .where(EvaluationMonth.month.in_(months)))}


def ensure_default(session: Session) -> None:
    """Store the default scheme, in force from the beginning, before any other version (a month's
    results name the version they were computed with)."""
    if session.scalars(select(EvaluationScheme.id).limit(1)).first() is None:
        _add(session, DEFAULT_MONTH, DEFAULT_RULES, None, DEFAULT_NOTE)


def add_version(session: Session, effective_month: str, rules: dict, actor_id: int | None,
                note: str = "") -> EvaluationScheme:
    """A new version in force from ``effective_month`` on; older months keep theirs."""
    clock.check_month(effective_month)
    ensure_default(session)
    return _add(session, effective_month, rules, actor_id, note)


def _add(session: Session, effective_month: str, rules: dict, actor_id: int | None, note: str) -> EvaluationScheme:
    validate(rules)
    scheme = EvaluationScheme(effective_month=effective_month, rules=copy.deepcopy(rules), note=note,
                              created_at=clock.now(), created_by=actor_id)
    session.add(scheme)
    session.flush()
    return scheme


INDICATOR_TOTAL = 100  # SPEC §6: "100 points + bonus − deductions"
# Where each number of a scheme may lie (the editor's spin boxes read these too).
POINTS = Bounds(0, INDICATOR_TOTAL)           # an indicator, a bonus or a deduction, a grade's line
TARGET = Bounds(1, 10_000, whole=True)        # incidents a worker reports in a month for full points
TOTAL = Bounds(-1_000, 1_000)                 # the lowest and highest total
COEFFICIENT = Bounds(0, 10)                   # a grade's pay coefficient
PAY = Bounds(0, 1_000_000)                    # yuan a month
VISIT_DAYS = Bounds(1, 3_660, whole=True)     # days between visits


def numbers(rules: dict):
    """(where, value, bounds) for every number of a scheme."""
    for name, indicator in rules["indicators"].items():
        for key, value in indicator.items():
            yield f"indicators.{name}.{key}", value, TARGET if key == "target" else POINTS
    for group in ("bonus", "deductions"):
        for key, value in rules[group].items():
            yield f"{group}.{key}", value, POINTS
    for key, value in rules["total"].items():
        yield f"total.{key}", value, TOTAL
    for low, name in rules["grades"]:
        yield f"grades.{name}", low, POINTS
    for name, value in rules["coefficients"].items():
        yield f"coefficients.{name}", value, COEFFICIENT
    for level, pay in rules["levels"].items():
        for part, value in zip(("base", "standard"), pay):
            yield f"levels.{level}.{part}", value, PAY
    for colour, days in rules["visit_intervals"].items():
        yield f"visit_intervals.{colour}", days, VISIT_DAYS


def validate(rules: dict) -> None:
    """A scheme that can be computed and means what §6 says: its indicators worth 100 points in
    all, every value a number within its bounds, grades from high to low with a coefficient each, a
    visit interval for every colour and pay for every level."""
    try:
        indicators = rules["indicators"]
        points = sum(v["points"] for v in indicators.values())
        grades = [g for g, _name in rules["grades"]]
        names = [name for _g, name in rules["grades"]]
        missing = [n for n in names if n not in rules["coefficients"]]
        levels, intervals, total = rules["levels"], rules["visit_intervals"], rules["total"]
        satisfaction = indicators["satisfaction"]
        lowest, highest = total["min"], total["max"]
        if "target" not in indicators["reporting"]:
            raise KeyError("indicators.reporting.target")
        given = list(numbers(rules))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError("考核方案不完整:{exc}", exc=exc) from None
    for place, value, bounds in given:
        bounds.require(value, Message("考核方案的 {place}", place=place))
    if abs(points - INDICATOR_TOTAL) > 1e-9:
        raise InputError("各项指标分值之和应为 {total} 分,现为 {points:g} 分", total=INDICATOR_TOTAL, points=points)
    if satisfaction.get("none_points", 0) > satisfaction["points"]:
        raise InputError("群众满意度无评价时的得分不能高于该项满分")
    if not lowest < highest:
        raise InputError("总分下限应低于上限")
    if len(grades) < 2:
        raise InputError("至少应有两个等次:最低一档为不合格,其上为合格的等次")
    if grades != sorted(grades, reverse=True) or grades[-1] != 0 or len(set(grades)) != len(grades):
        raise InputError("等次分数线应从高到低排列,最后一档为 0")
    if any(not str(n).strip() for n in names) or len(set(names)) != len(names):
        raise InputError("等次名称不能为空,也不能重复")
    if missing:
        raise InputError("缺少等次系数:{missing}", missing=missing)
    if any(len(v) != 2 for v in levels.values()) or set(levels) != {lv.value for lv in Level}:
        raise InputError("等级薪金应为每个等级的 [基本工资, 绩效基数],且不为负")
    if set(intervals) != {c.value for c in PersonColour}:
        raise InputError("走访间隔应为每种颜色的天数(正整数)")
