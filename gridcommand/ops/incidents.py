"""Incident operations (SPEC §3.4): taking one in, every move of the closed loop, extensions,
attachments, and the bulk accept and dispatch of the queue. Each is one unit of work that
returns what changed; a move another seat made first is refused with ``StaleIncident``."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..access.permissions import Can, require
from ..base.changes import NOTHING, Area, Changes
from ..base.enums import Action, Outcome
from ..base.errors import InputError, StaleIncident
from ..base.messages import Message
from ..models import Incident, User
from ..org import categories
from ..org.lookup import person_ids
from ..record import audit
from ..reviews.service import person_linked
from ..store.database import Database
from ..workflow import (
    MOVES as MOVES,
    NewIncident,
    Workflow,
    county as county_moves,
    decide_extension as _decide,
    persons,
    report_incident,
    request_extension as _request,
    rule_notes as rule_notes,
)
from ..workflow.detail import IncidentDetail, Revealed, attachment_data, load_detail, personal_numbers
from ..workflow.extensions import EXTENSION_HOURS as EXTENSION_HOURS
from ..workflow.moves import MAX_PHOTO_BYTES
from ..workflow.relocate import relocate as relocating
from . import actor as actors
from .actor import Actor
from .unit_of_work import Result, look, perform

Move = Callable[[Workflow], Changes]
# A move is the township seat's or, on an item held at county level, the county's (the workflow
# keeps a county account to those items and moves).
MOVING = (Can.MOVE_INCIDENTS, Can.MOVE_COUNTY_ITEMS)


def _move(db: Database, actor: Actor, incident_id: int, move: Move) -> Result[None]:
    return perform(db, actor, lambda session, user: (None, move(Workflow(session, user))),
                   needs=MOVING, incident_id=incident_id)


def report(db: Database, actor: Actor, data: NewIncident) -> Result[tuple[int, str]]:
    """A new incident in state 上报; the value is its (id, code)."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        incident, changes = report_incident(session, user, data)
        return (incident.id, incident.code), changes
    return perform(db, actor, work, needs=Can.MOVE_INCIDENTS)


def accept(db: Database, actor: Actor, incident_id: int, note: str = "", version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: wf.accept(incident_id, note, version=version))


def dispatch(db: Database, actor: Actor, incident_id: int, lead_unit_id: int, co_unit_ids: Iterable[int] = (),
             responsible_staff_id: int | None = None, note: str = "", version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: wf.dispatch(
        incident_id, lead_unit_id, co_unit_ids, responsible_staff_id, note, version=version))


def mark_serious(db: Database, actor: Actor, incident_id: int, reason: str, version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: wf.mark_serious(incident_id, reason, version=version))


def retrack(db: Database, actor: Actor, incident_id: int, track: str, reason: str, version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: wf.retrack(incident_id, track, reason, version=version))


def relocate(db: Database, actor: Actor, incident_id: int, grid_id: int, category_id: int, subcategory_id: int | None,
             reason: str, version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: relocating(wf, incident_id, grid_id, category_id, subcategory_id,
                                                                reason, version=version))


def link_person(db: Database, actor: Actor, incident_id: int, key_person_id: int | None = None, id_number: str | None = None,
                note: str = "", version: int | None = None) -> Result[str | None]:
    """Link a key person — chosen, or by their ID number — to the incident, on its timeline; a
    review still open on the incident takes them into its scope. The value is that review's code."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        person = key_person_id if key_person_id is not None else _person_by_number(session, id_number)
        changes = persons.link_person(Workflow(session, user), incident_id, person, note, version=version)
        review = person_linked(session, incident_id, person)
        return review, changes | (Changes.of(Area.REVIEWS) if review else NOTHING)
    return perform(db, actor, work, needs=Can.MOVE_INCIDENTS, incident_id=incident_id)


def _person_by_number(session: Session, id_number: str | None) -> int:
    if not (id_number or "").strip():
        raise InputError("请选择要关联的重点人员,或填写其身份证号")
    return person_ids(session, [id_number or ""])[0]


def nearby_persons(db: Database, actor: Actor, incident_id: int) -> list[persons.Nearby]:
    """The key persons of the incident's grid one may link to it."""
    return look(db, actor, persons.nearby, incident_id, needs=Can.MOVE_INCIDENTS)


def usual_unit(db: Database, actor: Actor, incident_ids: list[int]) -> int | None:
    """The unit to offer first when dispatching these incidents: their categories' usual one."""
    return look(db, actor, categories.usual_unit, list(incident_ids), needs=Can.MOVE_INCIDENTS)


def sign(db: Database, actor: Actor, incident_id: int, unit_id: int, version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: wf.sign(incident_id, unit_id, version=version))


def return_(db: Database, actor: Actor, incident_id: int, reason: str, version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: wf.return_(incident_id, reason, version=version))


def resolve(db: Database, actor: Actor, incident_id: int, result: str, photo: str | Path | None = None,
            version: int | None = None) -> Result[None]:
    """办结, with an optional photo after handling (a file on this PC)."""
    require(actor, MOVING)  # before the file is read
    file = read_file(photo) if photo else None
    return _move(db, actor, incident_id, lambda wf: wf.resolve(incident_id, result, file, version=version))


def verify_ok(db: Database, actor: Actor, incident_id: int, outcome: str = Outcome.RESOLVED,
              duplicate_of: str | None = None, satisfaction: int | None = None, note: str = "",
              version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: wf.verify_ok(
        incident_id, outcome, duplicate_of, satisfaction, note, version=version))


def verify_fail(db: Database, actor: Actor, incident_id: int, reason: str, version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: wf.verify_fail(incident_id, reason, version=version))


def escalate(db: Database, actor: Actor, incident_id: int, note: str = "", version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: wf.escalate(incident_id, note, version=version))


def hand_down(db: Database, actor: Actor, incident_id: int, reason: str, version: int | None = None) -> Result[None]:
    """The county sends an item it holds back to the township (SPEC §13)."""
    return _move(db, actor, incident_id, lambda wf: county_moves.hand_down(wf, incident_id, reason, version=version))


def instruct(db: Database, actor: Actor, incident_id: int, words: str, version: int | None = None) -> Result[None]:
    """The county's 批示 on an item it holds (SPEC §13)."""
    return _move(db, actor, incident_id, lambda wf: county_moves.instruct(wf, incident_id, words, version=version))


def read_instruction(db: Database, actor: Actor, incident_id: int, version: int | None = None) -> Result[None]:
    """The township has read the county's 批示."""
    return _move(db, actor, incident_id, lambda wf: county_moves.read_instruction(wf, incident_id, version=version))


def cancel(db: Database, actor: Actor, incident_id: int, reason: str, version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: wf.cancel(incident_id, reason, version=version))


def mediation_failed(db: Database, actor: Actor, incident_id: int, note: str = "", version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: wf.mediation_failed(incident_id, note, version=version))


def attach(db: Database, actor: Actor, incident_id: int, kind: str, path: str | Path, version: int | None = None) -> Result[None]:
    require(actor, MOVING)  # before the file is read
    file = read_file(path)
    return _move(db, actor, incident_id, lambda wf: wf.attach(incident_id, kind, *file, version=version))


def request_extension(db: Database, actor: Actor, incident_id: int, hours: float, reason: str,
                      version: int | None = None) -> Result[None]:
    return _move(db, actor, incident_id, lambda wf: _request(wf, incident_id, hours, reason, version))


def decide_extension(db: Database, actor: Actor, extension_id: int | None, approve: bool,
                     granted_hours: float | None = None, note: str = "") -> Result[None]:
    if extension_id is None:
        raise InputError("没有待审批的延期申请")
    return perform(db, actor, lambda session, user: (None, _decide(
        Workflow(session, user), extension_id, approve, granted_hours, note)),
        needs=Can.DECIDE_EXTENSIONS)


# -- several at once ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Bulk:
    done: int
    refused: tuple[str, ...]  # one message per incident refused, naming it


def accept_many(db: Database, actor: Actor, targets: Iterable[tuple[int, int | None]], note: str = "") -> Result[Bulk]:
    """Accept each (incident id, version seen) that can be; the value says which could not."""
    return _bulk(db, actor, targets, lambda wf, i, v: wf.accept(i, note, version=v))


def dispatch_many(db: Database, actor: Actor, targets: Iterable[tuple[int, int | None]], lead_unit_id: int,
                  co_unit_ids: Iterable[int] = (), responsible_staff_id: int | None = None, note: str = ""
                  ) -> Result[Bulk]:
    return _bulk(db, actor, targets, lambda wf, i, v: wf.dispatch(
        i, lead_unit_id, co_unit_ids, responsible_staff_id, note, version=v))


def _bulk(db: Database, actor: Actor, targets: Iterable[tuple[int, int | None]],
          move: Callable[[Workflow, int, int | None], Changes]) -> Result[Bulk]:
    """One transaction, each incident in a savepoint of its own: a refusal undoes only that
    incident's move, and every other seat sees the whole batch at once."""
    targets = list(targets)

    def work(session: Session, user: User) -> tuple[Any, Changes]:
        workflow = Workflow(session, user)
        done, refused, changes = 0, [], NOTHING
        for incident_id, version in targets:
            try:
                with session.begin_nested():
                    changes |= move(workflow, incident_id, version)
                done += 1
            except InputError as exc:
                refused.append(str(exc))
            except StaleDataError:
                code = session.scalar(select(Incident.code).where(Incident.id == incident_id))
                refused.append(str(StaleIncident(incident_id, code)))
        return Bulk(done, tuple(refused)), changes
    return perform(db, actor, work, needs=MOVING)


# -- reading --------------------------------------------------------------------------------------

def reveal(db: Database, actor: Actor, incident_id: int) -> Result[Revealed]:
    """The full phone and ID numbers behind an incident's masked ones, for a role allowed to see
    them; each look is an entry in the audit log (PIPL: access to personal data is recorded)."""
    def work(session: Session, _user: User) -> tuple[Any, Changes]:
        found = personal_numbers(session, incident_id)
        if found is None:
            raise InputError("事件 {incident_id} 不存在", incident_id=incident_id)
        audit.note(session, "unmask", "incident", found.code,
                   reporter=bool(found.reporter_phone), persons=[name for name, *_ in found.persons])
        return found, NOTHING
    return perform(db, actor, work, needs=Can.UNMASK)


def detail(db: Database, actor: Actor, incident_id: int) -> IncidentDetail | None:
    """Everything about one incident, personal numbers masked (None if there is no such incident)."""
    return look(db, actor, lambda session: load_detail(session, incident_id, viewer=actors.resolve(session, actor)),
                needs=Can.SEE_RECORD)


def attachment(db: Database, actor: Actor, attachment_id: int) -> tuple[str, str, bytes] | None:
    """(file name, type, bytes) of an attachment."""
    return look(db, actor, attachment_data, attachment_id, needs=Can.SEE_RECORD)


def refusal(db: Database, actor: Actor, incident_id: int, action: str) -> Message | None:
    """Why ``action`` is not allowed on the incident now (None if it is), for a key pressed."""
    def why(session: Session) -> Message | None:
        incident = session.get(Incident, incident_id)
        return Workflow(session, actors.resolve(session, actor)).refusal(incident, Action(action)) if incident else None
    return look(db, actor, why, needs=Can.SEE_RECORD)


def read_file(path: str | Path) -> tuple[str, str, bytes]:
    """A photo or file from this PC as (name, type, bytes), refusing what is too large to keep."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_PHOTO_BYTES:
            raise InputError("文件 {name} 超过 {mb} MB", name=p.name, mb=MAX_PHOTO_BYTES // 2**20)
        data = p.read_bytes()
    except OSError as exc:
        raise InputError("无法读取文件 {name}:{reason}", name=p.name, reason=exc.strerror or exc) from None
    return p.name, mimetypes.guess_type(p.name)[0] or "application/octet-stream", data
