"""Retrospective reviews 事后倒查 (SPEC §8): opened, drafted, decided and approved by leaders and
administrators; each step in the audit log. An approval changes the evaluation of the month its
findings count in."""

from __future__ import annotations

import datetime as dt

from ..access.permissions import Can
from ..base.enums import EventKind
from ..reviews import service
from ..reviews.scope import WINDOW_DAYS
from ..reviews.service import NewEvent
from ..store.changes import Area, Changes
from ..store.database import Database
from .actor import Actor
from .unit_of_work import Result, perform

REVIEWS = Changes.of(Area.REVIEWS)


def _run(db: Database, actor: Actor, work, changes: Changes = REVIEWS) -> Result:
    return perform(db, actor, lambda session, user: (work(session, user), changes), needs=Can.RUN_REVIEWS)


def open_for_incident(db, actor, incident_id: int, kind: str = EventKind.OTHER, days: int = WINDOW_DAYS,
                      whole_village: bool = False) -> Result[int]:
    """A review of a serious incident, its findings drafted; the value is its id."""
    return _run(db, actor, lambda s, u: service.open_for_incident(s, u, incident_id, kind, days, whole_village).id)


def open_for_event(db, actor, event: NewEvent, days: int = WINDOW_DAYS, whole_village: bool = False
                   ) -> Result[int]:
    return _run(db, actor, lambda s, u: service.open_for_event(s, u, event, days, whole_village).id)


def redraft(db, actor, review_id: int) -> Result[int]:
    return _run(db, actor, lambda s, _u: service.redraft(s, review_id))


def confirm(db, actor, review_id: int, number: int, level: str, reason: str) -> Result[int]:
    return _run(db, actor, lambda s, u: service.confirm(s, u, review_id, number, level, reason).position)


def add_finding(db, actor, review_id: int, summary: str, occurred_at: dt.datetime, staff_id: int | None = None,
                unit_id: int | None = None, evidence: list[dict] | None = None) -> Result[int]:
    return _run(db, actor, lambda s, u: service.add_finding(s, u, review_id, summary, occurred_at, staff_id,
                                                            unit_id, evidence or []))


def approve(db, actor, review_id: int, conclusion: str, rest_reason: str | None = None) -> Result[str]:
    """Approve and lock (the findings still undecided decided "none" with ``rest_reason``); the
    value is the evaluation month its findings count in."""
    def work(session, user):
        review = service.approve(session, user, review_id, conclusion, rest_reason)
        return review.effective_month, Changes.of(Area.REVIEWS, months={review.effective_month})
    return perform(db, actor, work, needs=Can.RUN_REVIEWS)
