"""Confirmed findings as the evaluation (§6) and careers (§7) read them: those of approved
reviews with a responsibility level that counts, by worker and by the month they count in."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base.enums import Responsibility, ReviewState
from ..models import Review, ReviewFinding

COUNTING = (Responsibility.MINOR, Responsibility.MAJOR, Responsibility.SERIOUS)


@dataclass(frozen=True)
class Counted:
    month: str
    review: str      # the review's code
    number: int
    level: str
    reason: str


def counted(session: Session, first_month: str, last_month: str) -> dict[int, list[Counted]]:
    """Worker → the findings counting in months ``first_month`` … ``last_month``, in order."""
    out: dict[int, list[Counted]] = {}
    for staff_id, month, code, number, level, reason in session.execute(
            select(ReviewFinding.staff_id, Review.effective_month, Review.code, ReviewFinding.position,
                   ReviewFinding.level, ReviewFinding.reason)
            .join(Review, Review.id == ReviewFinding.review_id)
            .where(Review.state == ReviewState.APPROVED, Review.effective_month >= first_month,
                   Review.effective_month <= last_month, ReviewFinding.staff_id.is_not(None),
                   ReviewFinding.level.in_(COUNTING))
            .order_by(Review.effective_month, Review.code, ReviewFinding.position)):
        out.setdefault(staff_id, []).append(Counted(month, code, number, level, reason or ""))
    return out
