"""Retrospective reviews 事后倒查 (SPEC §8): opened, drafted, decided and approved by leaders and
administrators; each step in the audit log. An approval changes the evaluation of the month its
findings count in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ..access.permissions import Can
from ..base.changes import Area, Changes
from ..base.enums import EventKind
from ..imports.fields import timestamp as timestamp
from ..models import User
from ..org.lookup import person_ids as person_ids_of
from ..reviews import lookup, service, views
from ..reviews.evidence import Evidence as Evidence
from ..reviews.lookup import SeriousIncident
from ..reviews.scope import WINDOW_DAYS as WINDOW_DAYS
from ..reviews.service import NewEvent as NewEvent
from ..reviews.views import TIMELINE_ROWS as TIMELINE_ROWS, FindingView as FindingView, ReviewRow, ReviewView, Timeline
from ..store.database import Database
from .actor import Actor
from .unit_of_work import Result, look, perform

REVIEWS = Changes.of(Area.REVIEWS)

T = TypeVar("T")


def _run(db: Database, actor: Actor, work: Callable[[Session, User], T], changes: Changes = REVIEWS) -> Result[T]:
    return perform(db, actor, lambda session, user: (work(session, user), changes), needs=Can.RUN_REVIEWS)


def open_for_incident(db: Database, actor: Actor, incident_id: int, kind: str = EventKind.OTHER, days: int = WINDOW_DAYS,
                      whole_village: bool = False) -> Result[int]:
    """A review of a serious incident, its findings drafted; the value is its id."""
    return _run(db, actor, lambda s, u: service.open_for_incident(s, u, incident_id, kind, days, whole_village).id)


def open_for_event(db: Database, actor: Actor, event: NewEvent, days: int = WINDOW_DAYS, whole_village: bool = False
                   ) -> Result[int]:
    return _run(db, actor, lambda s, u: service.open_for_event(s, u, event, days, whole_village).id)


def redraft(db: Database, actor: Actor, review_id: int) -> Result[int]:
    return _run(db, actor, lambda s, _u: service.redraft(s, review_id))


def confirm(db: Database, actor: Actor, review_id: int, number: int, level: str, reason: str) -> Result[int]:
    return _run(db, actor, lambda s, u: service.confirm(s, u, review_id, number, level, reason).position)


def add_finding(db: Database, actor: Actor, review_id: int, summary: str, occurred_at: dt.datetime, staff_id: int | None = None,
                unit_id: int | None = None, evidence: list[Evidence] | None = None) -> Result[int]:
    return _run(db, actor, lambda s, u: service.add_finding(s, u, review_id, summary, occurred_at, staff_id,
                                                            unit_id, evidence or []))


def approve(db: Database, actor: Actor, review_id: int, conclusion: str, rest_reason: str | None = None) -> Result[str]:
    """Approve and lock (the findings still undecided decided "none" with ``rest_reason``); the
    value is the evaluation month its findings count in."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        review = service.approve(session, user, review_id, conclusion, rest_reason)
        return review.effective_month, Changes.of(Area.REVIEWS, months={review.effective_month})
    return perform(db, actor, work, needs=Can.RUN_REVIEWS)


# -- reading --------------------------------------------------------------------------------------

def reviews(db: Database, actor: Actor) -> list[ReviewRow]:
    """The reviews ``actor`` may see (duty staff: those that name them), newest first."""
    return look(db, actor, views.reviews, actor, needs=Can.VIEW_REVIEWS)


def review(db: Database, actor: Actor, review_id: int) -> ReviewView:
    return look(db, actor, views.review, actor, review_id, needs=Can.VIEW_REVIEWS)


def timeline(db: Database, actor: Actor, review_id: int) -> Timeline:
    """What happened in the review's window, row by row, for its chart."""
    return look(db, actor, views.timeline, actor, review_id, needs=Can.VIEW_REVIEWS)


def review_id(db: Database, actor: Actor, text: str) -> int:
    """The review named by its code (or number)."""
    return look(db, actor, lookup.review_id, text, needs=Can.VIEW_REVIEWS)


def serious_incidents(db: Database, actor: Actor) -> list[SeriousIncident]:
    """Recent incidents marked serious, to open a review on."""
    return look(db, actor, lookup.serious_incidents, needs=Can.RUN_REVIEWS)


def evidence(db: Database, actor: Actor, items: list[str]) -> list[Evidence]:
    """Evidence typed as ``incident:CODE``, found."""
    return look(db, actor, lookup.evidence, items, needs=Can.RUN_REVIEWS)


def person_ids(db: Database, actor: Actor, id_numbers: list[str]) -> list[int]:
    """Key persons by ID number; refused naming the numbers not found."""
    return look(db, actor, person_ids_of, id_numbers, needs=Can.RUN_REVIEWS)
