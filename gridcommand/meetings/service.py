"""Meetings as the chair works them: create, build the agenda, reorder and edit it, lock it,
take attendance, record each item's outcome, and follow the action items to done."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.changes import Changes
from ..base.errors import InputError
from ..models import ActionItem, AgendaItem, Meeting, MeetingAttendee, Staff, Unit, User
from ..workflow import Workflow
from . import builder, fit
from .settings import KINDS, SECTIONS, MeetingSettings

OUTCOMES = {"info": "通报", "decision": "决定", "dispatch": "交办"}


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise InputError("会议 {meeting_id} 不存在", meeting_id=meeting_id)
    return meeting


def _unlocked(session: Session, meeting_id: int) -> Meeting:
    meeting = _meeting(session, meeting_id)
    if meeting.locked_at is not None:
        raise InputError("“{title}”的议程已锁定,不能再修改议程(仍可记录纪要)。", title=meeting.title)
    return meeting


def _item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise InputError("议程事项 {item_id} 不存在", item_id=item_id)
    return item


def create_meeting(session: Session, actor: User, starts_at: dt.datetime | None = None,
                   kind: str = "weekly", chair: str = "", length_minutes: int | None = None,
                   location: str = "") -> Meeting:
    """A meeting (by default the next weekly one), expecting every department and village."""
    if kind not in KINDS:
        raise InputError("会议类型“{kind}”无效,应为 {choices}", kind=kind, choices=list(KINDS))
    settings = MeetingSettings.load(session)
    starts_at = starts_at or settings.next_weekly(clock.now())
    length = length_minutes or settings.length_minutes
    if not 10 <= length <= 600:
        raise InputError("会议时长应在 10–600 分钟之间")
    title = f"{clock.local(starts_at):%Y-%m-%d} {KINDS[kind]}"
    meeting = Meeting(kind=kind, title=title, starts_at=starts_at, length_minutes=length,
                      chair=chair.strip(), location=location.strip(), created_at=clock.now(),
                      created_by=actor.id)
    session.add(meeting)
    session.flush()
    for unit_id, name in session.execute(select(Unit.id, Unit.name).order_by(Unit.kind.desc(), Unit.name)):
        session.add(MeetingAttendee(meeting_id=meeting.id, unit_id=unit_id, name=name))
    session.flush()
    return meeting


def add_attendee(session: Session, meeting_id: int, staff_id: int) -> MeetingAttendee:
    person = session.get(Staff, staff_id)
    if person is None:
        raise InputError("人员不存在")
    attendee = MeetingAttendee(meeting_id=_meeting(session, meeting_id).id, staff_id=staff_id,
                               name=person.name)
    session.add(attendee)
    session.flush()
    return attendee


def set_present(session: Session, attendee_id: int, present: bool) -> None:
    attendee = session.get(MeetingAttendee, attendee_id)
    if attendee is None:
        raise InputError("参会人员不存在")
    attendee.present = present


def build_agenda(session: Session, meeting_id: int) -> int:
    """Fill the agenda from the record (replacing earlier generated items, keeping those added
    by hand) and bring back items kept in the backlog. Returns the number of items."""
    meeting = _unlocked(session, meeting_id)
    for item in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id,
                                                         AgendaItem.manual.is_(False))):
        session.delete(item)
    session.flush()
    for slot in fit.plan(session, meeting.starts_at).slots:
        head = _saved(session, meeting.id, slot.draft, slot.minutes, slot.kind)
        for draft in slot.children:
            _saved(session, meeting.id, draft, 0, "item", head.id, head.section)
    for item in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id.is_(None))):
        item.meeting_id = meeting.id  # the backlog comes back under 其他事项
    session.flush()
    _renumber(session, meeting.id)
    return session.scalar(select(func.count()).where(AgendaItem.meeting_id == meeting.id))


def _saved(session: Session, meeting_id: int, draft: builder.Draft, minutes: int, kind: str,
           parent_id: int | None = None, section: int | None = None) -> AgendaItem:
    item = AgendaItem(meeting_id=meeting_id, section=section or draft.section, title=draft.title[:200],
                      detail=draft.detail, incident_id=draft.incident_id, key_person_id=draft.key_person_id,
                      action_item_id=draft.action_item_id, grid_id=draft.grid_id, category_id=draft.category_id,
                      unit_id=draft.unit_id, minutes=minutes, manual=False, kind=kind, parent_id=parent_id)
    session.add(item)
    session.flush()  # the items beneath it name it, and keep their order after it
    return item


def _ordered(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                .order_by(AgendaItem.section, AgendaItem.position, AgendaItem.id)))


def _renumber(session: Session, meeting_id: int) -> None:
    for position, item in enumerate(_ordered(session, meeting_id)):
        item.position = position
    session.flush()


def move_item(session: Session, item_id: int, to_position: int) -> None:
    """Move an item to another place in its section (the sections keep their order of §5); a
    unit's report or the written report moves with the items beneath it."""
    item = _item(session, item_id)
    _unlocked(session, item.meeting_id)
    if item.parent_id is not None:
        raise InputError("该事项列在单位报到或书面通报之下,请移动其所在的事项")
    same = [i for i in _ordered(session, item.meeting_id) if i.section == item.section]
    block = [item] + [i for i in same if i.parent_id == item.id]
    others = [i for i in same if i not in block]
    first = min(i.position for i in same)
    at = max(0, min(to_position - first, len(others)))
    while at < len(others) and others[at].parent_id is not None:  # not between a slot and its items
        at += 1
    others[at:at] = block
    for offset, member in enumerate(others):
        member.position = first + offset
    session.flush()


def add_item(session: Session, meeting_id: int, title: str, detail: str = "", minutes: int | str = 5,
             presenter: str = "", unit_id: int | None = None, incident_id: int | None = None) -> AgendaItem:
    """An item added by hand, under 其他事项."""
    meeting = _unlocked(session, meeting_id)
    title = title.strip()
    if not title:
        raise InputError("事项标题不能为空")
    minutes = _minutes(minutes)
    last = session.scalar(select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id))
    item = AgendaItem(meeting_id=meeting.id, section=8, position=(last or 0) + 1, title=title[:200],
                      detail=detail.strip(), minutes=minutes, presenter=presenter.strip()[:32],
                      unit_id=unit_id, incident_id=incident_id, manual=True)
    session.add(item)
    session.flush()
    return item


def _beneath(session: Session, item_id: int) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).where(AgendaItem.parent_id == item_id).order_by(AgendaItem.id)))


def drop_item(session: Session, item_id: int) -> None:
    """Take an item off the agenda; a unit's report or the written report with what is beneath it."""
    item = _item(session, item_id)
    _unlocked(session, item.meeting_id)
    for child in _beneath(session, item.id):
        session.delete(child)
    session.flush()  # the items beneath first: the database would take them with it otherwise
    session.delete(item)
    session.flush()


def to_backlog(session: Session, item_id: int) -> None:
    """Keep the item for a later meeting: it comes back when that meeting's agenda is built. For
    a unit's report or the written report, the items beneath it (“move to next meeting”)."""
    item = _item(session, item_id)
    _unlocked(session, item.meeting_id)
    children = _beneath(session, item.id)
    for kept in children or [item]:
        kept.meeting_id, kept.section, kept.manual, kept.parent_id = None, 8, True, None
        kept.minutes = kept.minutes or builder.DEFAULT_MINUTES[8]
    session.flush()
    if children:
        session.delete(item)
        session.flush()


def _minutes(value) -> int:
    """An item's minutes as typed or given: a whole number from 0 to 240."""
    try:
        minutes = int(str(value).strip())
    except ValueError:
        raise InputError("每项时长应为整数分钟,“{value}”不是", value=value) from None
    if not 0 <= minutes <= 240:
        raise InputError("每项时长应在 0–240 分钟之间")
    return minutes


def update_item(session: Session, item_id: int, presenter: str | None = None,
                unit_id: int | None | bool = False, minutes: int | str | None = None) -> None:
    item = _item(session, item_id)
    _unlocked(session, item.meeting_id)
    if presenter is not None:
        item.presenter = presenter.strip()[:32]
    if unit_id is not False:
        item.unit_id = unit_id
    if minutes is not None:
        item.minutes = _minutes(minutes)
    session.flush()


def total_minutes(session: Session, meeting_id: int) -> tuple[int, int]:
    """(minutes of the items, length of the meeting): the agenda warns when the first is larger."""
    meeting = _meeting(session, meeting_id)
    total = session.scalar(select(func.coalesce(func.sum(AgendaItem.minutes), 0))
                           .where(AgendaItem.meeting_id == meeting_id))
    return int(total), meeting.length_minutes


def lock(session: Session, meeting_id: int, actor: User) -> None:
    meeting = _unlocked(session, meeting_id)
    if not _ordered(session, meeting_id):
        raise InputError("议程为空,不能锁定")
    meeting.locked_at, meeting.locked_by = clock.now(), actor.id
    session.flush()


def record_outcome(session: Session, actor: User, item_id: int, outcome: str, note: str = "",
                   unit_id: int | None = None, staff_id: int | None = None,
                   due_date: dt.date | None = None) -> Changes:
    """The minutes of one item: information noted, a decision (→ a tracked action item), or a
    new dispatch (→ the linked incident dispatched to ``unit_id``)."""
    item = _item(session, item_id)
    if item.meeting_id is None:
        raise InputError("待议事项还不在任何会议的议程上")
    if outcome not in OUTCOMES:
        raise InputError("结果类型“{outcome}”无效", outcome=outcome)
    note = note.strip()
    changes = Changes()
    if outcome == "decision":
        if not note:
            raise InputError("决定事项须写明决定内容")
        if unit_id is None and staff_id is None:
            raise InputError("决定事项须指定责任单位或责任人")
        if due_date is None:
            raise InputError("决定事项须有完成期限")
        session.add(ActionItem(meeting_id=item.meeting_id, agenda_item_id=item.id, title=note[:200],
                               unit_id=unit_id, staff_id=staff_id, due_date=due_date, status="open",
                               created_at=clock.now()))
    elif outcome == "dispatch":
        if item.incident_id is None:
            raise InputError("只有关联事件的议程事项可以交办")
        if unit_id is None:
            raise InputError("交办须指定处置单位")
        changes = Workflow(session, actor).dispatch(item.incident_id, unit_id, note=f"例会交办:{note}")
        item.dispatch_incident_id = item.incident_id
    item.outcome, item.outcome_note = outcome, note or None
    session.flush()
    return changes


def complete_action(session: Session, action_id: int, note: str) -> None:
    action = session.get(ActionItem, action_id)
    if action is None:
        raise InputError("待办事项不存在")
    if action.status == "done":
        raise InputError("该待办事项已完成")
    if not note.strip():
        raise InputError("完成待办须填写完成情况")
    action.status, action.done_at, action.done_note = "done", clock.now(), note.strip()
    session.flush()


__all__ = ["OUTCOMES", "SECTIONS", "add_attendee", "add_item", "build_agenda", "complete_action",
           "create_meeting", "drop_item", "lock", "move_item", "record_outcome", "set_present",
           "to_backlog", "total_minutes", "update_item"]
