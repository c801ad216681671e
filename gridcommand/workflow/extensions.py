"""Extensions 延期: the handling unit asks for more time; the command room approves (with the
time it grants) or rejects. An approval moves the incident's deadline and is recorded."""

from __future__ import annotations

from sqlalchemy import select

from ..base.checks import Bounds
from ..base.enums import Action, Status, UserRole
from ..base.errors import InputError, NotAllowed
from ..base.messages import Message
from ..models import Extension, Incident
from .moves import IllegalMove, Workflow, _text

EXTENSION_HOURS = Bounds(0, 24 * 90, above_low=True)
OVERSEERS = frozenset({UserRole.LEADER, UserRole.ADMIN})  # may decide on their own request


def request_extension(workflow: Workflow, incident_id: int, hours: float, reason: str,
                      version: int | None = None):
    incident = workflow._load(incident_id, Action.EXTENSION_REQUEST, version)
    if pending(workflow.session, incident_id) is not None:
        raise InputError("事件 {code} 已有待审批的延期申请", code=incident.code)
    hours = EXTENSION_HOURS.check(hours, Message("申请延长时间"))
    reason = _text(reason, Message("延期理由"))
    workflow.session.add(Extension(incident_id=incident.id, unit_id=incident.unit_id,
                                   requested_at=workflow.now, requested_by=workflow.actor.id,
                                   reason=reason, hours=hours, status="pending"))
    workflow._record(incident, Action.EXTENSION_REQUEST, None, f"申请延期 {hours:g} 小时:{reason}",
                     incident.unit_id)
    return workflow._done(incident)


def decide_extension(workflow: Workflow, extension_id: int, approve: bool,
                     granted_hours: float | None = None, note: str = ""):
    extension = workflow.session.get(Extension, extension_id)
    if extension is None or extension.status != "pending":
        raise InputError("没有待审批的该延期申请")
    if extension.requested_by == workflow.actor.id and not workflow.actor.role_set & OVERSEERS:
        raise NotAllowed("值班员不能审批自己提出的延期申请:请另一位值班员或领导审批")
    incident = workflow.session.get(Incident, extension.incident_id)
    if not Status(incident.status).is_open or incident.deadline is None:
        raise IllegalMove("事件 {code} 已结束,延期申请不再适用", code=incident.code)
    extension.decided_at = workflow.now
    extension.decided_by = workflow.actor.id
    extension.decision_note = note.strip() or None
    if approve:
        granted = EXTENSION_HOURS.check(granted_hours if granted_hours is not None else extension.hours,
                                        Message("批准延长时间"))
        rules = workflow.rules.by_id(incident.rule_set_id, incident.reported_at)
        extension.status, extension.granted_hours = "approved", granted
        incident.deadline = rules.add(incident.deadline, granted)
        workflow._record(incident, Action.EXTENSION_APPROVE, None,
                         f"批准延期 {granted:g} 小时" + (f":{note.strip()}" if note.strip() else ""))
    else:
        _text(note, Message("驳回理由"))
        extension.status = "rejected"
        workflow._record(incident, Action.EXTENSION_REJECT, None, f"驳回延期:{note.strip()}")
    return workflow._done(incident)


def pending(session, incident_id: int) -> Extension | None:
    return session.scalars(select(Extension).where(Extension.incident_id == incident_id,
                                                   Extension.status == "pending")).first()
