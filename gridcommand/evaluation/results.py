"""A month's evaluation as every reader gets it (SPEC §6): frozen values, not dicts with string
keys. A worker's sheet is stored as JSON in ``Evaluation.detail`` (the shape it has always had, so
locked months read back unchanged); ``stored`` and ``from_stored`` are the only code that knows
that shape's keys."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from .findings import Counted

# The indicators in the order every table and sheet shows them.
INDICATORS = ("reporting", "on_time", "visits", "meetings", "satisfaction")


@dataclass(frozen=True, slots=True)
class Indicator:
    name: str
    inputs: Mapping[str, int]   # what was counted: each indicator has its own (``explain.inputs_text``)
    points: float


@dataclass(frozen=True, slots=True)
class Bonus:
    inputs: Mapping[str, int]   # commendation kind → times
    raw: float                  # before the scheme's cap
    points: float


@dataclass(frozen=True, slots=True)
class Deductions:
    rework_count: int
    findings: tuple[Counted, ...]   # retrospective findings (§8) counting in the month
    reworks: float                  # points off for reworks (capped)
    findings_points: float
    points: float                   # all points off


@dataclass(frozen=True, slots=True)
class Adjustment:
    points: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Pay:
    base: float
    standard: float
    coefficient: float
    performance: float
    floating: float     # performance − standard: what the month moved the pay by
    total: float

    def amounts(self) -> tuple[float, float, float, float, float, float]:
        """In the order of ``PAY_KEYS``: the salary table's columns."""
        return self.base, self.standard, self.coefficient, self.performance, self.floating, self.total


PAY_KEYS = ("base", "standard", "coefficient", "performance", "float", "total")  # as stored


@dataclass(frozen=True, slots=True)
class Sheet:
    """One worker's month. Deductions, adjustment and pay are None for a role that may not see
    pay: absent, never a missing key."""

    staff_id: int
    staff_no: str
    name: str
    level: str
    grid: str
    village: str
    indicators: tuple[Indicator, ...]
    bonus: Bonus
    total: float
    grade: str
    deductions: Deductions | None
    adjustment: Adjustment | None
    pay: Pay | None

    def indicator(self, name: str) -> Indicator:
        return next(i for i in self.indicators if i.name == name)

    def without_pay(self) -> Sheet:
        return replace(self, deductions=None, adjustment=None, pay=None)

    def stored(self) -> dict[str, Any]:
        """The JSON kept in ``Evaluation.detail`` and printed by ``evaluate --json``; a sheet
        without pay leaves those keys out."""
        out: dict[str, Any] = {
            "staff_id": self.staff_id, "staff_no": self.staff_no, "name": self.name, "level": self.level,
            "grid": self.grid, "village": self.village,
            "indicators": {i.name: {"inputs": dict(i.inputs), "points": i.points} for i in self.indicators},
            "bonus": {"inputs": dict(self.bonus.inputs), "raw": self.bonus.raw, "points": self.bonus.points}}
        if self.deductions is not None:
            d = self.deductions
            out["deductions"] = {"inputs": {"reworks": d.rework_count,
                                            "findings": [_finding_stored(f) for f in d.findings]},
                                 "reworks": d.reworks, "findings": d.findings_points, "points": d.points}
        if self.adjustment is not None:
            out["adjustment"] = {"points": self.adjustment.points, "reasons": list(self.adjustment.reasons)}
        out["total"], out["grade"] = self.total, self.grade
        if self.pay is not None:
            out["pay"] = dict(zip(PAY_KEYS, self.pay.amounts()))
        return out

    @classmethod
    def from_stored(cls, row: Mapping[str, Any], month: str) -> Sheet:
        # ``row`` is JSON just read for this sheet alone: its inner dicts are taken as they are.
        d, a, p, indicators, bonus = (row.get("deductions"), row.get("adjustment"), row.get("pay"), row["indicators"],
                                      row["bonus"])
        return cls(
            row["staff_id"], row["staff_no"], row["name"], row["level"], row["grid"], row.get("village", ""),
            tuple(Indicator(name, indicators[name]["inputs"], indicators[name]["points"]) for name in INDICATORS),
            Bonus(bonus["inputs"], bonus["raw"], bonus["points"]),
            row["total"], row["grade"],
            None if d is None else Deductions(
                d["inputs"]["reworks"], tuple(_finding(f, month) for f in d["inputs"]["findings"]),
                d["reworks"], d["findings"], d["points"]),
            None if a is None else Adjustment(a["points"], tuple(a["reasons"])),
            None if p is None else Pay(*(p[k] for k in PAY_KEYS)))


def _finding_stored(f: Counted) -> dict[str, Any]:
    # The month is the sheet's own: not repeated in each finding.
    return {"review": f.review, "number": f.number, "level": f.level, "reason": f.reason}


def _finding(f: Mapping[str, Any], month: str) -> Counted:
    return Counted(month, f["review"], f["number"], f["level"], f["reason"])


@dataclass(frozen=True, slots=True)
class MonthResult:
    month: str
    scheme_id: int
    locked: bool
    workers: tuple[Sheet, ...]
    redacted: bool = False      # pay, deductions and adjustments left out for the viewer's role

    def without_pay(self) -> MonthResult:
        return replace(self, redacted=True, workers=tuple(w.without_pay() for w in self.workers))

    def as_json(self) -> dict[str, Any]:
        out = {"month": self.month, "scheme_id": self.scheme_id, "locked": self.locked,
               "workers": [w.stored() for w in self.workers]}
        return {**out, "redacted": True} if self.redacted else out


__all__ = ["INDICATORS", "Adjustment", "Bonus", "Deductions", "Indicator", "MonthResult", "Pay", "Sheet"]
