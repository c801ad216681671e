"""Taking in a new incident 上报 (a grid worker's report, a phone-in from 12345 or a citizen)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..base import clock
from ..base.changes import Changes
from ..base.checks import phone_shape
from ..base.enums import Action, HoldingLevel, Source, Status, WarningColour
from ..base.errors import InputError
from ..base.messages import Message, Several, said
from ..models import Category, Grid, Incident, IncidentEvent, KeyPerson, Staff, User, incident_key_person
from ..org.township import require
from ..record import audit
from ..store.search import pinyin_key
from . import supervision
from .moves import Workflow, track_refusal
from .steps import refresh_step

START_LEVEL = {Source.HOTLINE_12345: HoldingLevel.TOWNSHIP,
               Source.NON_POLICE_110: HoldingLevel.TOWNSHIP,
               Source.ASSIGNED: HoldingLevel.TOWNSHIP, Source.CITIZEN: HoldingLevel.VILLAGE}


@dataclass
class NewIncident:
    title: str
    category_id: int | None
    grid_id: int | None
    colour: str
    source: str
    description: str = ""
    subcategory_id: int | None = None
    location: str = ""
    reporter_staff_id: int | None = None
    reporter_name: str = ""
    reporter_phone: str = ""
    serious: bool = False
    key_person_ids: list[int] = field(default_factory=list)
    reported_at: dt.datetime | None = None
    track: str | None = None  # None: the category's own; another one needs ``track_reason``
    track_reason: str = ""


def _validate(session: Session, data: NewIncident, now: dt.datetime) -> list[str]:
    problems = []
    if not data.title.strip():
        problems.append(Message("标题不能为空"))
    elif len(data.title.strip()) > 200:
        problems.append(Message("标题不能超过 200 个字"))
    category = session.get(Category, data.category_id) if data.category_id else None
    if category is None or category.parent_id is not None:
        problems.append(Message("请选择大类"))
    elif not category.active:
        problems.append(Message("类别“{name}”已停用", name=category.name))
    elif data.subcategory_id is not None:
        sub = session.get(Category, data.subcategory_id)
        if sub is None or sub.parent_id != category.id:
            problems.append(Message("小类不属于所选大类"))
        elif not sub.active:
            problems.append(Message("类别“{name}”已停用", name=sub.name))
    if category is not None and data.track is not None and data.track != category.track:
        refusal = track_refusal(category.track, data.track, data.track_reason)
        problems += [refusal] if refusal else []
    if data.grid_id is None or session.get(Grid, data.grid_id) is None:
        problems.append(Message("请选择所属网格"))
    if data.colour not in {c.value for c in WarningColour}:
        problems.append(Message("请选择预警颜色"))
    if data.source not in {s.value for s in Source}:
        problems.append(Message("请选择来源"))
    if data.reporter_staff_id is not None:
        if session.get(Staff, data.reporter_staff_id) is None:
            problems.append(Message("上报人不存在"))
    elif data.source in (Source.GRID_WORKER, Source.PATROL):
        problems.append(Message("网格员上报须选择上报人"))
    elif not data.reporter_name.strip():
        problems.append(Message("群众来电须填写来电人姓名"))
    if data.reporter_phone.strip():
        try:
            phone_shape(data.reporter_phone)
        except ValueError as exc:
            problems.append(Message("来电号码:{problem}", problem=said(exc)))
    if data.reported_at is not None and data.reported_at > now:
        problems.append(Message("上报时间晚于现在"))
    return problems


def next_code(session: Session, prefix: str, at: dt.datetime) -> str:
    day = clock.local(at).strftime("%Y%m%d")
    stem = f"{prefix}-{day}-"
    last = session.scalar(select(func.max(Incident.code)).where(Incident.code.like(f"{stem}%")))
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{stem}{number:04d}"


def report_incident(session: Session, actor: User, data: NewIncident,
                    now: dt.datetime | None = None) -> tuple[Incident, Changes]:
    """Create the incident in state 上报 with its code; refuses with every problem at once."""
    now = now or clock.now()
    problems = _validate(session, data, now)
    if problems:
        raise InputError(Several(problems))
    workflow = Workflow(session, actor, now)
    reported_at = data.reported_at or now
    category = session.get(Category, data.category_id)
    incident = Incident(
        title=data.title.strip(), title_pinyin=pinyin_key(data.title.strip()),
        description=data.description.strip(),
        category_id=category.id, subcategory_id=data.subcategory_id, track=category.track,
        colour=data.colour, grid_id=data.grid_id, location=data.location.strip() or None,
        source=data.source, reporter_staff_id=data.reporter_staff_id,
        reporter_name=data.reporter_name.strip() or None,
        reporter_phone=data.reporter_phone.strip() or None,
        level=START_LEVEL.get(Source(data.source), HoldingLevel.GRID), status=Status.REPORTED,
        reported_at=reported_at, serious=data.serious,
        rule_set_id=workflow.rules.in_force(reported_at).id, updated_at=now)
    prefix = require(session).code_prefix
    for _attempt in range(5):  # another seat may take the same number at the same moment
        incident.code = next_code(session, prefix, reported_at)
        try:
            with session.begin_nested():
                session.add(incident)
                session.flush()
            break
        except IntegrityError:
            session.expunge(incident) if incident in session else None
    else:
        raise InputError("事件编号冲突,请重试")
    session.add(IncidentEvent(incident_id=incident.id, at=reported_at, actor_id=actor.id,
                              action=Action.REPORT, from_status=None, to_status=Status.REPORTED,
                              note=Source(data.source).label, to_level=incident.level))
    audit.note(session, "incident.report", "incident", incident.code, title=incident.title,
               colour=incident.colour, grid=incident.grid_id, source=data.source, serious=data.serious)
    if data.track is not None and data.track != category.track:  # the duty officer's own triage
        workflow.change_track(incident, data.track, data.track_reason)
    for person_id in dict.fromkeys(data.key_person_ids):
        if session.get(KeyPerson, person_id) is None:
            raise InputError("重点人员 {person_id} 不存在", person_id=person_id)
        session.execute(incident_key_person.insert().values(incident_id=incident.id,
                                                            key_person_id=person_id))
    refresh_step(incident, workflow.rules.by_id(incident.rule_set_id, reported_at))
    session.flush()
    supervision.apply(session, incident, now, workflow.rules)
    session.flush()
    return incident, Changes(incidents=frozenset({incident.id}))
