"""The state machine of SPEC §3.4: the only way an incident changes state.

Every move checks the current state and the fields it needs, records an event (who, when,
from, to, note) in the same transaction, moves the open step's deadline, runs the automatic
rules for the incident, and returns what changed. A move that is not allowed changes nothing
and says which moves are allowed now. The caller (an operation in ``gridcommand.ops``) commits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..access.permissions import Can, allows
from ..access.users import system_user
from ..base import clock
from ..base.changes import Changes
from ..base.enums import OPEN_STATUSES, Action, HoldingLevel, Outcome, Status, Track, UnitKind, UnitRole, WarningColour
from ..base.errors import InputError, StaleIncident
from ..base.messages import Message
from ..models import Attachment, Category, Incident, IncidentEvent, IncidentUnit, Unit, User
from ..org.defaults import DISPUTE_CATEGORY
from ..record import audit
from . import supervision
from .deadlines import RuleBook
from .steps import refresh_step, resolve_deadline

S = Status
LEVELS = list(HoldingLevel)


class IllegalMove(InputError):
    """The move is not allowed in the incident's current state."""


@dataclass(frozen=True)
class Move:
    sources: tuple[Status, ...]
    target: Status | None  # None: the state stays


MOVES: dict[Action, Move] = {
    Action.ACCEPT: Move((S.REPORTED,), S.ACCEPTED),
    Action.DISPATCH: Move((S.ACCEPTED,), S.DISPATCHED),
    Action.SIGN: Move((S.DISPATCHED, S.IN_PROGRESS), None),
    Action.RETURN: Move((S.DISPATCHED,), S.ACCEPTED),
    Action.RESOLVE: Move((S.IN_PROGRESS,), S.RESOLVED),
    Action.VERIFY_OK: Move((S.RESOLVED,), S.CLOSED),
    Action.VERIFY_FAIL: Move((S.RESOLVED,), S.IN_PROGRESS),
    Action.ESCALATE: Move(OPEN_STATUSES, None),
    Action.CANCEL: Move((S.REPORTED, S.ACCEPTED), S.CANCELLED),
    Action.MEDIATION_FAILED: Move((S.ACCEPTED, S.DISPATCHED, S.IN_PROGRESS), None),
    Action.EXTENSION_REQUEST: Move((S.DISPATCHED, S.IN_PROGRESS), None),
    Action.ATTACH: Move(tuple(Status), None),
    Action.MARK_SERIOUS: Move(tuple(s for s in Status if s != S.CANCELLED), None),
    Action.RETRACK: Move(OPEN_STATUSES, None),
    # Before it is handed to a unit, an incident taken in with the wrong grid or category (an
    # order whose address named none) is put right.
    Action.RELOCATE: Move((S.REPORTED, S.ACCEPTED), None),
    Action.LINK_PERSON: Move(tuple(s for s in Status if s != S.CANCELLED), None),  # workflow/persons.py
    # The county sends an item it has not yet dispatched back to the township, with a reason.
    Action.HAND_DOWN: Move((S.REPORTED, S.ACCEPTED), None),
    # The county's 批示 on an item it holds, flagged in the township's queue until read there.
    Action.INSTRUCT: Move(OPEN_STATUSES, None),
    Action.INSTRUCTION_READ: Move(tuple(Status), None),
}
# What a county account (SPEC §13) may do, and only on items held at county level.
COUNTY_MOVES = frozenset({Action.ACCEPT, Action.DISPATCH, Action.SIGN, Action.RETURN, Action.RESOLVE,
                          Action.VERIFY_OK, Action.VERIFY_FAIL, Action.HAND_DOWN, Action.INSTRUCT})
MAX_PHOTO_BYTES = 20 * 1024 * 1024


def _text(value: str | None, what: Message, required: bool = True, limit: int = 2000) -> str:
    value = (value or "").strip()
    if required and not value:
        raise InputError("{what}不能为空", what=what)
    if len(value) > limit:
        raise InputError("{what}不能超过 {limit} 个字", what=what, limit=limit)
    return value


def track_refusal(current: str, track: str, reason: str) -> Message | None:
    """Why an incident on track ``current`` cannot go to ``track`` for ``reason``; None if it can."""
    if track not in {t.value for t in Track}:
        return Message("没有“{track}”这一分流类别;可选:{choices}", track=track, choices=list(Track))
    if track == current:
        return Message("事件已是“{track}”", track=Track(track))
    if not (reason or "").strip():
        return Message("{what}不能为空", what=Message("改变分流的理由"))
    return None


class Workflow:
    """The moves, for one actor in one session (one user action). The caller commits."""

    def __init__(self, session: Session, actor: User, now: dt.datetime | None = None,
                 rules: RuleBook | None = None):
        self.session = session
        self.actor = actor
        self.now = now or clock.now()
        self.rules = rules or RuleBook.load(session)
        # A county account acts only on what the township escalated to the county.
        self.county_only = not allows(actor, Can.MOVE_INCIDENTS) and allows(actor, Can.MOVE_COUNTY_ITEMS)

    # -- what is allowed --------------------------------------------------------------------------

    def allowed(self, incident: Incident) -> list[Action]:
        return [a for a, move in MOVES.items() if self._permits(incident, a, move)]

    def _permits(self, incident: Incident, action: Action, move: Move) -> bool:
        if Status(incident.status) not in move.sources:
            return False
        if self.county_only and (incident.level != HoldingLevel.COUNTY or action not in COUNTY_MOVES):
            return False
        if action == Action.SIGN:
            return bool(self._unsigned(incident))
        if action == Action.ESCALATE:
            return incident.level != HoldingLevel.COUNTY
        if action in (Action.HAND_DOWN, Action.INSTRUCT):  # the county's word, not the township's
            return self.county_only and incident.level == HoldingLevel.COUNTY
        if action == Action.INSTRUCTION_READ:
            return incident.instruction_unread
        if action == Action.MARK_SERIOUS:
            return not incident.serious
        if action == Action.MEDIATION_FAILED:
            category = self.session.get(Category, incident.category_id)
            return category is not None and category.name == DISPUTE_CATEGORY
        return True

    def refusal(self, incident: Incident, action: Action) -> Message | None:
        """Why ``action`` is not allowed on ``incident`` now, or None if it is."""
        if self._permits(incident, action, MOVES[action]):
            return None
        said = dict(action=action, code=incident.code, status=Status(incident.status))
        if self.county_only and incident.level != HoldingLevel.COUNTY:
            return Message("县级账号只办理提级到县级的事件:事件 {code} 由{level}办理。", code=incident.code,
                           level=HoldingLevel(incident.level))
        if allowed := self.allowed(incident):
            return Message("不能“{action}”:事件 {code} 现在是“{status}”。现在可以:{allowed}。", allowed=allowed, **said)
        return Message("不能“{action}”:事件 {code} 现在是“{status}”。现在可以:无(事件已结束)。", **said)

    def _unsigned(self, incident: Incident) -> list[IncidentUnit]:
        return list(self.session.scalars(select(IncidentUnit).where(
            IncidentUnit.incident_id == incident.id, IncidentUnit.signed_at.is_(None))))

    def _load(self, incident_id: int, action: Action, version: int | None) -> Incident:
        incident = self.session.get(Incident, incident_id)
        if incident is None:
            raise InputError("事件 {incident_id} 不存在", incident_id=incident_id)
        if version is not None and incident.version != version:
            raise StaleIncident(incident.id, incident.code)
        refusal = self.refusal(incident, action)
        if refusal:
            raise IllegalMove(refusal)
        # Cards the open step has earned by now come before the move closes that step.
        supervision.apply(self.session, incident, self.now, self.rules)
        return incident

    # -- bookkeeping ----------------------------------------------------------------------------

    def _record(self, incident: Incident, action: Action, to: Status | None, note: str | None,
                unit_id: int | None = None, actor: User | None = None,
                at: dt.datetime | None = None, staff_id: int | None = None,
                to_level: HoldingLevel | None = None) -> None:
        before = incident.status
        if to is not None:
            incident.status = to
        audit.note(self.session, f"incident.{action}", "incident", incident.code, status=[before, incident.status],
                   note=note or None, unit=unit_id, at=(at or self.now).isoformat())
        self.session.add(IncidentEvent(
            incident_id=incident.id, at=at or self.now, actor_id=(actor or self.actor).id,
            action=action, from_status=before, to_status=incident.status, note=note or None,
            unit_id=unit_id, staff_id=staff_id, to_level=to_level))

    def _done(self, incident: Incident) -> Changes:
        refresh_step(incident, self.rules.by_id(incident.rule_set_id, incident.reported_at))
        if not Status(incident.status).is_open:
            incident.unsigned_units = 0
        incident.updated_at = self.now
        self.session.flush()
        supervision.apply(self.session, incident, self.now, self.rules)
        self.session.flush()
        return Changes(incidents=frozenset({incident.id}))

    # -- the moves ----------------------------------------------------------------------------

    def accept(self, incident_id: int, note: str = "", version: int | None = None):
        incident = self._load(incident_id, Action.ACCEPT, version)
        rules = self.rules.in_force(self.now)
        incident.rule_set_id = rules.id
        incident.accepted_at = self.now
        incident.deadline = resolve_deadline(incident, rules, self.now)
        self._record(incident, Action.ACCEPT, S.ACCEPTED, _text(note, Message("备注"), False))
        return self._done(incident)

    def dispatch(self, incident_id: int, lead_unit_id: int, co_unit_ids=(),
                 responsible_staff_id: int | None = None, note: str = "",
                 version: int | None = None):
        incident = self._load(incident_id, Action.DISPATCH, version)
        units = [lead_unit_id] + [u for u in dict.fromkeys(co_unit_ids) if u != lead_unit_id]
        found = {i: (n, a) for i, n, a in self.session.execute(
            select(Unit.id, Unit.name, Unit.active).where(Unit.id.in_(units)))}
        names = {i: n for i, (n, _a) in found.items()}
        if lead_unit_id is None:
            raise InputError("请选择牵头处置单位")
        missing = [str(u) for u in units if u not in names]
        if missing:
            raise InputError("处置单位不存在(编号 {ids}):请从本镇街的单位中选择", ids=missing)
        stopped = [n for n, active in found.values() if not active]
        if stopped:
            raise InputError("处置单位已停用:{names}", names=stopped)
        self._check_county_units(incident, units, names)
        for old in self.session.scalars(select(IncidentUnit).where(IncidentUnit.incident_id == incident.id)):
            self.session.delete(old)  # a re-dispatch after a return replaces the units
        self.session.flush()
        for i, unit_id in enumerate(units):
            self.session.add(IncidentUnit(incident_id=incident.id, unit_id=unit_id,
                                          role=UnitRole.LEAD if i == 0 else UnitRole.CO,
                                          dispatched_at=self.now))
        incident.unit_id = lead_unit_id
        incident.dispatched_at = self.now
        incident.unsigned_units = len(units)
        if responsible_staff_id is not None:
            incident.responsible_staff_id = responsible_staff_id
        summary = "、".join(names[u] for u in units)
        self._record(incident, Action.DISPATCH, S.DISPATCHED,
                     f"交办:{summary}" + (f"。{note.strip()}" if note.strip() else ""), lead_unit_id,
                     staff_id=incident.responsible_staff_id)
        return self._done(incident)

    def _check_county_units(self, incident: Incident, unit_ids: list[int], names: dict[int, str]) -> None:
        """County departments take only items held at county level, and a county account
        dispatches only to them (SPEC §13)."""
        county = set(self.session.scalars(select(Unit.id).where(Unit.id.in_(unit_ids),
                                                                 Unit.kind == UnitKind.COUNTY)))
        if self.county_only and set(unit_ids) - county:
            raise InputError("县级账号只能交办县级部门;{names} 不是县级部门",
                             names=[names[u] for u in unit_ids if u not in county])
        if county and incident.level != HoldingLevel.COUNTY:
            raise InputError("{names} 是县级部门,只承办提级到县级的事件", names=[names[u] for u in unit_ids if u in county])

    def sign(self, incident_id: int, unit_id: int, version: int | None = None):
        """A unit signs in 报到; when the lead unit does, handling starts."""
        incident = self._load(incident_id, Action.SIGN, version)
        link = next((u for u in self._unsigned(incident) if u.unit_id == unit_id), None)
        if link is None:
            raise InputError("该单位未被交办此事件,或已经报到")
        link.signed_at = self.now
        incident.unsigned_units = max(0, incident.unsigned_units - 1)
        lead = link.role == UnitRole.LEAD
        if lead:
            incident.signed_at = self.now
        to = S.IN_PROGRESS if lead and incident.status == S.DISPATCHED else None
        name = self.session.get(Unit, unit_id).name
        self._record(incident, Action.SIGN, to, f"{name}报到", unit_id)
        return self._done(incident)

    def return_(self, incident_id: int, reason: str, version: int | None = None):
        incident = self._load(incident_id, Action.RETURN, version)
        reason = _text(reason, Message("退回原因"))
        incident.return_count += 1
        self._record(incident, Action.RETURN, S.ACCEPTED, reason, incident.unit_id)
        return self._done(incident)

    def resolve(self, incident_id: int, result: str, photo: tuple[str, str, bytes] | None = None,
                version: int | None = None):
        incident = self._load(incident_id, Action.RESOLVE, version)
        incident.result = _text(result, Message("处置结果"))
        incident.resolved_at = self.now
        if photo is not None:
            self._attach(incident, "after", *photo)
        self._record(incident, Action.RESOLVE, S.RESOLVED, incident.result, incident.unit_id)
        return self._done(incident)

    def verify_ok(self, incident_id: int, outcome: str = Outcome.RESOLVED,
                  duplicate_of: str | None = None, satisfaction: int | None = None,
                  note: str = "", version: int | None = None):
        incident = self._load(incident_id, Action.VERIFY_OK, version)
        try:
            outcome = Outcome(outcome)
        except ValueError:
            raise InputError("结案方式“{outcome}”无效", outcome=outcome) from None
        if satisfaction is not None and not 1 <= int(satisfaction) <= 5:
            raise InputError("满意度应为 1–5")
        incident.duplicate_of_id = None
        if outcome == Outcome.DUPLICATE:
            incident.duplicate_of_id = self._original(incident, duplicate_of).id
        incident.outcome = outcome
        incident.satisfaction = satisfaction
        incident.closed_at = self.now
        label = outcome.label + (f"(原事件 {duplicate_of})" if outcome == Outcome.DUPLICATE else "")
        self._record(incident, Action.VERIFY_OK, S.CLOSED,
                     label + (f"。{note.strip()}" if note.strip() else ""))
        return self._done(incident)

    def verify_fail(self, incident_id: int, reason: str, version: int | None = None):
        incident = self._load(incident_id, Action.VERIFY_FAIL, version)
        reason = _text(reason, Message("返工原因"))
        incident.rework_count += 1
        incident.resolved_at = None
        self._record(incident, Action.VERIFY_FAIL, S.IN_PROGRESS, reason, incident.unit_id)
        return self._done(incident)

    def escalate(self, incident_id: int, note: str = "", version: int | None = None,
                 actor: User | None = None, at: dt.datetime | None = None):
        incident = self._load(incident_id, Action.ESCALATE, version)
        up = LEVELS[LEVELS.index(HoldingLevel(incident.level)) + 1]
        incident.level = up
        self._record(incident, Action.ESCALATE, None,
                     f"提级至{up.label}" + (f":{note.strip()}" if note.strip() else ""),
                     actor=actor, at=at, to_level=up)
        return self._done(incident)

    def cancel(self, incident_id: int, reason: str, version: int | None = None):
        incident = self._load(incident_id, Action.CANCEL, version)
        incident.cancel_reason = _text(reason, Message("作废原因"), limit=200)
        incident.cancelled_at = self.now
        self._record(incident, Action.CANCEL, S.CANCELLED, incident.cancel_reason)
        return self._done(incident)

    def mark_duplicate(self, incident_id: int, original_code: str, version: int | None = None):
        """An incident just taken in that repeats another: cancelled as 重复, linked to it."""
        incident = self._load(incident_id, Action.CANCEL, version)
        original = self._original(incident, original_code)
        incident.outcome, incident.duplicate_of_id = Outcome.DUPLICATE, original.id
        incident.cancel_reason = f"{Outcome.DUPLICATE.label}:原事件 {original.code}"
        incident.cancelled_at = self.now
        self._record(incident, Action.CANCEL, S.CANCELLED, incident.cancel_reason)
        return self._done(incident)

    def _original(self, incident: Incident, code: str | None) -> Incident:
        original = self.session.scalars(select(Incident).where(
            Incident.code == (code or "").strip())).first()
        if original is None or original.id == incident.id:
            raise InputError("重复事件须填写原事件的编号(另一个已存在的事件)")
        return original

    def mediation_failed(self, incident_id: int, note: str = "", version: int | None = None):
        """A failed mediation of a dispute; the third turns a blue dispute yellow (§3.3) and
        its deadline is recomputed from that moment."""
        incident = self._load(incident_id, Action.MEDIATION_FAILED, version)
        incident.mediation_failures += 1
        n = incident.mediation_failures
        self._record(incident, Action.MEDIATION_FAILED, None,
                     f"第{n}次调解未成功" + (f":{note.strip()}" if note.strip() else ""))
        if n >= 3 and incident.colour == WarningColour.BLUE:
            rules = self.rules.by_id(incident.rule_set_id, incident.reported_at)
            incident.colour = WarningColour.YELLOW
            incident.deadline = resolve_deadline(incident, rules, self.now)
            self._record(incident, Action.RECOLOUR, None, "调解三次未成功,蓝色预警升为黄色",
                         actor=system_user(self.session))
        return self._done(incident)

    def mark_serious(self, incident_id: int, reason: str, version: int | None = None):
        """Flag the incident as a serious event (§8): a retrospective review may be opened on it."""
        incident = self._load(incident_id, Action.MARK_SERIOUS, version)
        if not (reason or "").strip():
            raise InputError("标记为重大事件须写明理由")
        incident.serious = True
        self._record(incident, Action.MARK_SERIOUS, None, reason.strip())
        return self._done(incident)

    def retrack(self, incident_id: int, track: str, reason: str, version: int | None = None):
        """Send the incident to another track 三类分流 (§3.2), and so to another centre."""
        incident = self._load(incident_id, Action.RETRACK, version)
        self.change_track(incident, track, reason)
        return self._done(incident)

    def change_track(self, incident: Incident, track: str, reason: str) -> None:
        """The track of ``incident`` changed and recorded; refused without a reason or a change."""
        refusal = track_refusal(incident.track, track, reason)
        if refusal:
            raise InputError(refusal)
        reason = _text(reason, Message("改变分流的理由"))
        before, new = Track(incident.track), Track(track)
        incident.track = new
        self._record(incident, Action.RETRACK, None, f"{before.label} → {new.label}:{reason}")

    def attach(self, incident_id: int, kind: str, filename: str, mime: str, data: bytes,
               version: int | None = None):
        incident = self._load(incident_id, Action.ATTACH, version)
        self._attach(incident, kind, filename, mime, data)
        self._record(incident, Action.ATTACH, None, filename)
        return self._done(incident)

    def _attach(self, incident: Incident, kind: str, filename: str, mime: str, data: bytes) -> None:
        if kind not in ("before", "after", "file"):
            raise InputError("附件类型“{kind}”无效", kind=kind)
        if not data:
            raise InputError("文件 {filename} 是空的", filename=filename)
        if len(data) > MAX_PHOTO_BYTES:
            raise InputError("文件 {filename} 超过 20 MB", filename=filename)
        self.session.add(Attachment(incident_id=incident.id, kind=kind, filename=filename[:200],
                                    mime=mime[:64], data=data, added_at=self.now,
                                    added_by=self.actor.id))
