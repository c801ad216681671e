"""Reviews as plain data for the screens, the command line and the report: the list, one review
with its findings, and the timeline of everything in its scope. Who sees what (§12.1): leaders,
administrators and HR every review; duty staff those whose findings name them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..access.permissions import Can, allows, require
from ..base.enums import EventKind, ReviewState
from ..base.errors import NotAllowed
from ..base.masking import mask_id
from ..models import (
    Grid,
    Incident,
    IncidentCard,
    KeyPerson,
    Meeting,
    MeetingAttendee,
    Review,
    ReviewFinding,
    Staff,
    Unit,
    User,
    Village,
    Visit,
    review_key_person,
)
from .evidence import Evidence
from .scope import scope_of


@dataclass(frozen=True)
class ReviewRow:
    id: int
    code: str
    kind: str
    event_at: dt.datetime
    place: str
    grid: str
    state: str
    findings: int
    decided: int
    effective_month: str | None


@dataclass(frozen=True)
class FindingView:
    number: int
    kind: str
    occurred_at: dt.datetime
    summary: str
    facts: dict
    evidence: tuple[Evidence, ...]
    staff_id: int | None
    person: str          # the person responsible then: "张伟(W1)", or "" for the command room
    unit: str
    level: str | None
    reason: str | None
    manual: bool

    @property
    def responsible(self) -> str:
        return "、".join(x for x in (self.person, self.unit) if x) or "指挥室"


@dataclass(frozen=True)
class ReviewView:
    id: int
    code: str
    kind: str
    incident_code: str | None
    event_at: dt.datetime
    place: str
    grid: str
    village: str
    whole_village: bool
    description: str
    window_days: int
    start: dt.datetime
    persons: list[str]       # linked key persons, masked
    units: list[str]         # units in scope
    state: str
    conclusion: str
    opened_by: str
    opened_at: dt.datetime
    approved_by: str
    approved_at: dt.datetime | None
    effective_month: str | None
    findings: list[FindingView]

    @property
    def kind_label(self) -> str:
        return EventKind.label_of(self.kind)

    @property
    def locked(self) -> bool:
        return self.state == ReviewState.APPROVED


def _visible(session: Session, viewer) -> object:
    """The reviews ``viewer`` may see, as a condition (None: all)."""
    require(viewer, Can.VIEW_REVIEWS)
    if allows(viewer, Can.SEE_ALL_REVIEWS):
        return None
    user = session.get(User, getattr(viewer, "user_id", None) or viewer.id)
    return Review.id.in_(select(ReviewFinding.review_id).where(ReviewFinding.staff_id == user.staff_id,
                                                               ReviewFinding.staff_id.is_not(None)))


def reviews(session: Session, viewer) -> list[ReviewRow]:
    decided = func.count(ReviewFinding.level)
    stmt = (select(Review.id, Review.code, Review.kind, Review.event_at, Review.place, Grid.code, Review.state,
                   func.count(ReviewFinding.id), decided, Review.effective_month)
            .join(Grid, Grid.id == Review.grid_id)
            .outerjoin(ReviewFinding, ReviewFinding.review_id == Review.id)
            .group_by(Review.id, Grid.code).order_by(Review.opened_at.desc(), Review.id.desc()))
    condition = _visible(session, viewer)
    if condition is not None:
        stmt = stmt.where(condition)
    return [ReviewRow(*row) for row in session.execute(stmt)]


def _name(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id else None
    return user.display_name if user else ""


def review(session: Session, viewer, review_id: int) -> ReviewView:
    condition = _visible(session, viewer)
    if condition is not None and not session.scalar(select(Review.id).where(Review.id == review_id, condition)):
        raise NotAllowed("只能查看涉及本人的倒查")
    r = session.get(Review, review_id)
    if r is None:
        raise NotAllowed("倒查 {review_id} 不存在", review_id=review_id)
    grid = session.get(Grid, r.grid_id)
    village = session.get(Village, grid.village_id)
    staff = {s.id: f"{s.name}({s.staff_no})" for s in session.scalars(select(Staff).where(
        Staff.id.in_(select(ReviewFinding.staff_id).where(ReviewFinding.review_id == r.id))))}
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    findings = [FindingView(f.position, f.kind, f.occurred_at, f.summary, f.facts,
                            tuple(Evidence.from_stored(e) for e in f.evidence), f.staff_id,
                            staff.get(f.staff_id, ""), units.get(f.unit_id, ""), f.level, f.reason, f.manual)
                for f in session.scalars(select(ReviewFinding).where(ReviewFinding.review_id == r.id)
                                         .order_by(ReviewFinding.position))]
    persons = [f"{name}({mask_id(number)})" for name, number in session.execute(
        select(KeyPerson.name, KeyPerson.id_number).join(review_key_person, review_key_person.c.key_person_id == KeyPerson.id)
        .where(review_key_person.c.review_id == r.id).order_by(KeyPerson.id))]
    scope = scope_of(session, r)
    incident = session.get(Incident, r.incident_id) if r.incident_id else None
    return ReviewView(r.id, r.code, r.kind, incident.code if incident else None, r.event_at, r.place,
                      f"{grid.code} {grid.name}", village.name, r.whole_village, r.description, r.window_days,
                      scope.start, persons, sorted(units[u] for u in scope.unit_ids), r.state, r.conclusion,
                      _name(session, r.opened_by), r.opened_at, _name(session, r.approved_by), r.approved_at,
                      r.effective_month, findings)


@dataclass(frozen=True)
class Timeline:
    """Everything in scope along the window, for the chart: lists of instants per row."""

    start: dt.datetime
    end: dt.datetime
    rows: dict[str, list[dt.datetime]]   # 事件 / 走访 / 督办 / 例会 → when
    findings: list[dt.datetime]


TIMELINE_ROWS = ("事件", "走访", "督办", "例会")


def timeline(session: Session, viewer, review_id: int) -> Timeline:
    view = review(session, viewer, review_id)  # checks the viewer
    scope = scope_of(session, session.get(Review, review_id))
    ids = scope.incident_ids
    incidents, cards = [], []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        incidents += [at for at in session.scalars(select(Incident.reported_at).where(Incident.id.in_(chunk)))
                      if at >= scope.start]
        cards += session.scalars(select(IncidentCard.issued_at).where(
            IncidentCard.incident_id.in_(chunk), IncidentCard.issued_at >= scope.start,
            IncidentCard.issued_at < scope.end))
    visits = list(session.scalars(select(Visit.visited_at).where(
        Visit.key_person_id.in_(scope.person_ids), Visit.visited_at >= scope.start, Visit.visited_at < scope.end)))
    staff = select(Staff.id).where(Staff.grid_id.in_(scope.grid_ids))
    meetings = list(session.scalars(select(Meeting.starts_at).distinct()
                                    .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
                                    .where(Meeting.starts_at >= scope.start, Meeting.starts_at < scope.end,
                                           (MeetingAttendee.staff_id.in_(staff))
                                           | MeetingAttendee.unit_id.in_(scope.unit_ids))))
    rows = dict(zip(TIMELINE_ROWS, (sorted(incidents), sorted(visits), sorted(cards), sorted(meetings))))
    return Timeline(scope.start, scope.end, rows, [f.occurred_at for f in view.findings])

