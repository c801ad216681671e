"""A review as the reviewer works it (SPEC §8): open it on a serious incident or an event entered
by hand, draft the findings from the record, decide each (responsibility and reason), add what
the record cannot show, and approve. An approved review is locked; its confirmed findings count
in the evaluation month it names (§6) and in careers (§7)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import EventKind, FindingKind, Responsibility, ReviewState, Status
from ..base.errors import InputError
from ..evaluation.service import is_locked
from ..models import Grid, Incident, KeyPerson, Review, ReviewFinding, User, incident_key_person, review_key_person
from ..org import township
from ..record import audit
from .draft import ORDER, Draft, draft
from .evidence import Evidence
from .scope import WINDOW_DAYS, scope_of

MAX_WINDOW_DAYS = 366


@dataclass
class NewEvent:
    """An event entered by hand (a fire, a criminal case, a mass petition …)."""

    kind: str
    event_at: dt.datetime
    grid_id: int | None
    place: str = ""
    description: str = ""
    person_ids: list[int] = field(default_factory=list)


def _review(session: Session, review_id: int, *, open_only: bool = True) -> Review:
    review = session.get(Review, review_id)
    if review is None:
        raise InputError("倒查 {review_id} 不存在", review_id=review_id)
    if open_only and review.state != ReviewState.OPEN:
        raise InputError("倒查 {code} 已审批锁定,不能再修改", code=review.code)
    return review


def _window(days: int) -> int:
    if not 1 <= int(days) <= MAX_WINDOW_DAYS:
        raise InputError("倒查天数应在 1 到 {limit} 之间", limit=MAX_WINDOW_DAYS)
    return int(days)


def _next_code(session: Session, year: int) -> str:
    prefix = township.require(session).code_prefix
    start = f"{prefix}-DC-{year}-"
    taken = session.scalar(select(func.count()).select_from(Review).where(Review.code.like(f"{start}%")))
    return f"{start}{taken + 1:03d}"


def open_for_incident(session: Session, actor: User, incident_id: int, kind: str = EventKind.OTHER,
                      days: int = WINDOW_DAYS, whole_village: bool = False) -> Review:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise InputError("事件 {incident_id} 不存在", incident_id=incident_id)
    if not incident.serious:
        raise InputError("事件 {code} 未标记为重大事件:先“标记为重大事件”,再开展倒查", code=incident.code)
    if incident.status == Status.CANCELLED:
        raise InputError("事件 {code} 已作废,不能倒查", code=incident.code)
    earlier = session.scalar(select(Review.code).where(Review.incident_id == incident.id))
    if earlier:
        raise InputError("事件 {code} 已有倒查 {earlier}", code=incident.code, earlier=earlier)
    persons = list(session.scalars(select(incident_key_person.c.key_person_id)
                                   .where(incident_key_person.c.incident_id == incident.id)))
    description = incident.title + (f"。{incident.description}" if incident.description else "")
    return _open(session, actor, EventKind(kind), incident.reported_at, incident.grid_id, incident.location or "",
                 description, persons, _window(days), whole_village, incident.id)


def open_for_event(session: Session, actor: User, event: NewEvent, days: int = WINDOW_DAYS,
                   whole_village: bool = False) -> Review:
    try:
        kind = EventKind(event.kind)
    except ValueError:
        raise InputError("事件类型“{kind}”无效:应为 {choices}", kind=event.kind, choices=list(EventKind)) from None
    if event.event_at is None or event.event_at > clock.now():
        raise InputError("事发时间不能晚于现在")
    grid = session.get(Grid, event.grid_id) if event.grid_id is not None else None
    if grid is None:
        raise InputError("请选择事发网格")
    if not (event.description or "").strip():
        raise InputError("请写明发生了什么")
    known = set(session.scalars(select(KeyPerson.id).where(KeyPerson.id.in_(event.person_ids))))
    if set(event.person_ids) - known:
        raise InputError("关联的重点人员不存在")
    return _open(session, actor, kind, event.event_at, grid.id, event.place.strip(), event.description.strip(),
                 sorted(known), _window(days), whole_village, None)


def _open(session, actor, kind, event_at, grid_id, place, description, persons, days, whole_village,
          incident_id) -> Review:
    now = clock.now()
    review = Review(code=_next_code(session, clock.local(now).year), kind=kind, incident_id=incident_id,
                    event_at=event_at, place=place, grid_id=grid_id, whole_village=whole_village,
                    description=description, window_days=days, state=ReviewState.OPEN,
                    opened_at=now, opened_by=actor.id)
    session.add(review)
    session.flush()
    if persons:
        session.execute(insert(review_key_person), [{"review_id": review.id, "key_person_id": p} for p in persons])
    audit.note(session, "review.open", "review", review.code, kind=kind, incident=incident_id,
               event_at=event_at.isoformat(), days=days, whole_village=whole_village)
    redraft(session, review.id)
    return review


def person_linked(session: Session, incident_id: int, person_id: int) -> str | None:
    """A person linked to an incident after it was reported joins the scope of the review still
    open on it, whose findings are drafted again; the review's code, or None if there is none."""
    review = session.scalars(select(Review).where(Review.incident_id == incident_id,
                                                  Review.state == ReviewState.OPEN)).first()
    if review is None:
        return None
    session.execute(insert(review_key_person).values(review_id=review.id, key_person_id=person_id))
    audit.note(session, "review.person", "review", review.code, key_person=person_id)
    redraft(session, review.id)
    return review.code


def redraft(session: Session, review_id: int) -> int:
    """Draft the findings again from the record as it is: those the reviewer decided and those
    added by hand stay; the others are replaced. Returns how many findings the review has."""
    review = _review(session, review_id)
    drafts = draft(session, scope_of(session, review))
    kept = {f.key: f for f in session.scalars(select(ReviewFinding).where(
        ReviewFinding.review_id == review.id, (ReviewFinding.level.is_not(None)) | ReviewFinding.manual))}
    session.execute(delete(ReviewFinding).where(ReviewFinding.review_id == review.id,
                                                ReviewFinding.level.is_(None), ReviewFinding.manual.is_(False)))
    for d in drafts:
        if d.key not in kept:
            session.add(_finding(review.id, d))
    session.flush()
    review.drafted_at = clock.now()
    audit.note(session, "review.draft", "review", review.code, drafted=len(drafts))
    return _renumber(session, review.id)


def _finding(review_id: int, d: Draft, manual: bool = False) -> ReviewFinding:
    return ReviewFinding(review_id=review_id, position=0, kind=d.kind, key=d.key, occurred_at=d.occurred_at,
                         summary=d.summary[:300], facts=d.facts, evidence=[e.stored() for e in d.evidence], staff_id=d.staff_id,
                         unit_id=d.unit_id, manual=manual)


def _renumber(session: Session, review_id: int) -> int:
    findings = sorted(session.scalars(select(ReviewFinding).where(ReviewFinding.review_id == review_id)),
                      key=lambda f: (f.occurred_at, ORDER[FindingKind(f.kind)], f.key))
    for n, f in enumerate(findings, start=1):
        f.position = n
    session.flush()
    return len(findings)


def _at(session: Session, review: Review, number: int) -> ReviewFinding:
    found = session.scalar(select(ReviewFinding).where(ReviewFinding.review_id == review.id,
                                                       ReviewFinding.position == number))
    if found is None:
        raise InputError("倒查 {code} 没有第 {number} 条发现", code=review.code, number=number)
    return found


def confirm(session: Session, actor: User, review_id: int, number: int, level: str, reason: str) -> ReviewFinding:
    """The reviewer's responsibility level for finding ``number``, with the reason."""
    review = _review(session, review_id)
    finding = _at(session, review, number)
    try:
        level = Responsibility(level)
    except ValueError:
        raise InputError("责任认定“{level}”无效:应为 {choices}", level=level, choices=list(Responsibility)) from None
    if not (reason or "").strip():
        raise InputError("责任认定须写明理由")
    finding.level, finding.reason = level, reason.strip()
    finding.confirmed_at, finding.confirmed_by = clock.now(), actor.id
    audit.note(session, "review.confirm", "review", review.code, finding=number, level=level,
               staff=finding.staff_id, reason=finding.reason)
    session.flush()
    return finding


def add_finding(session: Session, actor: User, review_id: int, summary: str, occurred_at: dt.datetime,
                staff_id: int | None, unit_id: int | None, evidence: list[Evidence]) -> int:
    """A finding the record alone does not show, with what it rests on; returns its number."""
    review = _review(session, review_id)
    if not (summary or "").strip():
        raise InputError("请写明发现的问题")
    if occurred_at is None or not review.event_at - dt.timedelta(days=review.window_days) <= occurred_at <= review.event_at:
        raise InputError("发生时间应在倒查时段内")
    n = session.scalar(select(func.count()).select_from(ReviewFinding).where(
        ReviewFinding.review_id == review.id, ReviewFinding.manual.is_(True))) + 1
    d = Draft(FindingKind.MANUAL, f"manual:{n}", occurred_at, summary.strip(), {}, evidence, staff_id, unit_id)
    session.add(_finding(review.id, d, manual=True))
    session.flush()
    _renumber(session, review.id)
    audit.note(session, "review.add", "review", review.code, summary=d.summary, staff=staff_id, unit=unit_id)
    return _at_key(session, review.id, d.key)


def _at_key(session: Session, review_id: int, key: str) -> int:
    return session.scalar(select(ReviewFinding.position).where(ReviewFinding.review_id == review_id,
                                                               ReviewFinding.key == key))


def approve(session: Session, actor: User, review_id: int, conclusion: str, rest_reason: str | None = None
            ) -> Review:
    """Approve and lock. Every finding must be decided: those still undecided are decided "none"
    with ``rest_reason`` when the reviewer gives one. The confirmed findings count in the month
    of approval, or — when HR has locked it already — in the next month still open."""
    review = _review(session, review_id)
    if not (conclusion or "").strip():
        raise InputError("审批须写明倒查结论")
    undecided = session.scalars(select(ReviewFinding).where(
        ReviewFinding.review_id == review.id, ReviewFinding.level.is_(None)).order_by(ReviewFinding.position)).all()
    if undecided and not (rest_reason or "").strip():
        raise InputError("还有 {n_undecided} 条发现未认定责任:逐条认定,或写明理由将其余各条认定为无责任", n_undecided=len(undecided))
    now = clock.now()
    for finding in undecided:
        finding.level, finding.reason = Responsibility.NONE, rest_reason.strip()
        finding.confirmed_at, finding.confirmed_by = now, actor.id
    if undecided:
        audit.note(session, "review.confirm", "review", review.code, findings=[f.position for f in undecided],
                   level=Responsibility.NONE, reason=rest_reason.strip())
    month = clock.local(now).strftime("%Y-%m")
    while is_locked(session, month):
        month = clock.shift_month(month, 1)
    review.state, review.conclusion = ReviewState.APPROVED, conclusion.strip()
    review.approved_at, review.approved_by, review.effective_month = now, actor.id, month
    audit.note(session, "review.approve", "review", review.code, effective_month=month)
    session.flush()
    return review
