"""Import of an old incident ledger 台账 with its historic timestamps (SPEC §11).

A row's state is the last step it has a time for; its deadline follows §3.4 from 受理时间. Each
timestamped step becomes an event in the incident's timeline, done by the importing user.
Incidents already present (matched on 事件编号) are left as they are: they may have moved on
in the app since the first import.

A ledger has tens of thousands of rows and other seats wait while they are written: the rows
are built (``_stage``) while the file is checked, before the write lock is taken, and go in as
batched inserts (``gridcommand.store.bulk``); under the lock only the ids are given.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..base import clock
from ..base.changes import Area
from ..base.enums import HoldingLevel, Outcome, Source, Status, UnitRole, WarningColour
from ..base.messages import Message
from ..models import DeadlineRuleSet, Incident, IncidentEvent, IncidentUnit
from ..store.bulk import BulkWriter, roomy_cache, stored
from ..store.search import pinyin_key
from ..workflow.deadlines import RuleBook
from ..workflow.steps import open_step
from .base import Kind, Lookups
from .fields import Field, choice, integer, text, timestamp, yes_no

# (time column, state it leads to, event action), in the order the steps happen.
STEPS = (
    ("reported_at", Status.REPORTED, "report"),
    ("accepted_at", Status.ACCEPTED, "accept"),
    ("dispatched_at", Status.DISPATCHED, "dispatch"),
    ("resolved_at", Status.RESOLVED, "resolve"),
    ("closed_at", Status.CLOSED, "verify_ok"),
)
TIME_KEYS = {key for key, _s, _a in STEPS} | {"cancelled_at"}
IMPORT_NOTE = "台账导入"


def _check(record, lookups: Lookups, error) -> None:
    category = lookups.categories.get(record["category"])
    if record["category"] and category is None:
        error("category", Message("大类“{category}”不存在;可选:{choices}", category=record["category"],
                                  choices=list(lookups.categories)))
    elif category and record["subcategory"] and (record["category"], record["subcategory"]) not in lookups.subcategories:
        error("subcategory", Message("小类“{subcategory}”不属于大类“{category}”",
                                     subcategory=record['subcategory'], category=record['category']))
    if record["grid"] and record["grid"] not in lookups.grids:
        error("grid", Message("网格编码 {grid} 不存在:请先导入网格", grid=record['grid']))
    for key in ("reporter_no", "responsible_no"):
        if record[key] and record[key] not in lookups.staff:
            error(key, Message("工号 {staff} 不存在:请先导入人员", staff=record[key]))
    if record["unit"] and record["unit"] not in lookups.units:
        error("unit", Message("处置单位“{unit}”不存在;{known}", unit=record["unit"], known=_units_known(lookups)))
    if record["dispatched_at"] and not record["unit"]:
        error("unit", Message("有交办时间时必须填写处置单位(交办的对象是单位,村社也是单位);{known}",
                              known=_units_known(lookups)))
    _check_times(record, error)


def _units_known(lookups: Lookups, shown: int = 30) -> Message:
    names = sorted(lookups.units)
    if len(names) > shown:
        return Message("本镇街的单位有:{names} 等 {n} 个", names=names[:shown], n=len(names))
    return Message("本镇街的单位有:{names}", names=names)


def _check_times(record, error) -> None:
    if not record["reported_at"] or record["_failed"] & TIME_KEYS:
        return  # the order of times is only checked once every time could be read
    now = clock.now()
    previous = None
    for key, _status, _action in STEPS:
        at = record[key]
        if at is None:
            continue
        if at > now:
            error(key, Message("时间晚于现在"))
        if previous and at < record[previous]:
            error(key, Message("早于{column}", column=FIELD_HEADERS[previous]))
        previous = key
    for (earlier, _s, _a), (later, _s2, _a2) in zip(STEPS, STEPS[1:]):
        if record[later] and not record[earlier]:
            error(later, Message("有{later}时必须有{earlier}", later=FIELD_HEADERS[later],
                                  earlier=FIELD_HEADERS[earlier]))
    if record["cancelled_at"]:
        if record["dispatched_at"]:
            error("cancelled_at", Message("已交办的事件不能作废(作废只能在上报或受理之后)"))
        elif record["cancelled_at"] < record["reported_at"]:
            error("cancelled_at", Message("早于上报时间"))
        if not record["cancel_reason"]:
            error("cancel_reason", Message("作废必须填写作废原因"))


def _state(record) -> Status:
    if record["cancelled_at"]:
        return Status.CANCELLED
    return next(status for key, status, _a in reversed(STEPS) if record[key])


T_INCIDENT, T_EVENT, T_UNIT = Incident.__table__, IncidentEvent.__table__, IncidentUnit.__table__


@dataclass
class Staged:
    """The ledger's rows, built and in their stored form: per incident its code, row, events and
    unit, lacking only the ids the write gives them."""

    matrix: int | None  # the newest deadline matrix they were built with
    incidents: list[tuple[str, dict, list[dict], dict | None]]


def _newest_matrix(session) -> int | None:
    return session.scalar(select(func.max(DeadlineRuleSet.id)))


def _stage(session, records, lookups: Lookups) -> Staged:
    dialect, book, now = session.get_bind().dialect.name, RuleBook.load(session), clock.now()
    incidents = []
    for record in records:
        row = incident_row(record, lookups, book, now)
        unit = (dict(unit_id=row["unit_id"], role=UnitRole.LEAD.value, dispatched_at=record["dispatched_at"],
                     signed_at=None) if row["unit_id"] and record["dispatched_at"] else None)
        incidents.append((record["code"], stored(dialect, T_INCIDENT, row),
                          [stored(dialect, T_EVENT, e) for e in timeline(row, record)],
                          unit and stored(dialect, T_UNIT, unit)))
    return Staged(_newest_matrix(session), incidents)


def _apply(session, records, lookups: Lookups, actor, staged: Staged | None):
    if staged is None or staged.matrix != _newest_matrix(session):
        staged = _stage(session, records, lookups)  # a new deadline matrix since the check
    codes = [code for code, *_rest in staged.incidents]
    existing = {code for start in range(0, len(codes), 500) for code in session.scalars(
        select(Incident.code).where(Incident.code.in_(codes[start:start + 500])))}
    writer = BulkWriter(session.connection(), stored=True)
    created = 0
    with roomy_cache(session.connection()):
        for code, row, events, unit in staged.incidents:
            if code in existing:
                continue
            incident_id = writer.next_id(T_INCIDENT)
            writer.add(T_INCIDENT, {**row, "id": incident_id})
            for event in events:
                writer.add(T_EVENT, {**event, "incident_id": incident_id, "actor_id": actor.id})
            if unit:
                writer.add(T_UNIT, {**unit, "incident_id": incident_id})
            created += 1
            writer.maybe_flush()
        writer.flush()
    return created, 0, len(records) - created


def incident_row(record, lookups: Lookups, book: RuleBook, now) -> dict:
    """The incident's row but its id, every column given (the rows bypass the ORM's defaults)."""
    category_id, track = lookups.categories[record["category"]]
    colour = record["colour"]
    state = _state(record)
    source = record["source"] or (Source.GRID_WORKER if record["reporter_no"] else Source.CITIZEN)
    # The rules in force when the incident was accepted (or reported, if it never was).
    rules = book.in_force(record["accepted_at"] or record["reported_at"])
    deadline = (rules.due("resolve", colour, record["accepted_at"], category_id)
                if record["accepted_at"] else None)
    step, started, warn, due = open_step(state, colour, category_id, record["reported_at"],
                                         record["accepted_at"], record["resolved_at"], deadline, rules)
    return dict(
        code=record["code"], title=record["title"], title_pinyin=pinyin_key(record["title"]),
        description=record["description"] or "", category_id=category_id,
        subcategory_id=lookups.subcategories.get((record["category"], record["subcategory"])),
        track=track, colour=colour, grid_id=lookups.grids[record["grid"]], location=None,
        lat=None, lon=None, source=source,
        reporter_staff_id=lookups.staff.get(record["reporter_no"]),
        reporter_name=record["reporter_name"] or None, reporter_phone=None,
        unit_id=lookups.units.get(record["unit"]),
        responsible_staff_id=lookups.staff.get(record["responsible_no"]),
        level=record["level"] or HoldingLevel.GRID, status=state,
        outcome=Outcome.RESOLVED if state == Status.CLOSED else None, duplicate_of_id=None,
        reported_at=record["reported_at"], accepted_at=record["accepted_at"],
        dispatched_at=record["dispatched_at"], signed_at=None, resolved_at=record["resolved_at"],
        closed_at=record["closed_at"], cancelled_at=record["cancelled_at"],
        cancel_reason=record["cancel_reason"] or None, deadline=deadline, result=None,
        mediation_failures=record["mediation_failures"] or 0, return_count=0,
        rework_count=record["rework_count"] or 0, satisfaction=record["satisfaction"],
        serious=bool(record["serious"]), step=step, step_started_at=started, step_warn_at=warn,
        step_due_at=due, rule_set_id=rules.id, flagged=False, updated_at=now, version=1,
        # A ledger has no sign-in times: only a unit of a still-dispatched incident is waiting.
        unsigned_units=1 if state == Status.DISPATCHED else 0)


def timeline(row: dict, record, note: str = IMPORT_NOTE) -> list[dict]:
    """The timeline of the incident's row, but whose and by whom (given at the write)."""
    events, previous = [], None
    for key, status, action in STEPS:
        if record[key]:
            # The ledger's 责任人 answers for the incident from its 交办时间, with its unit (§8).
            dispatch = action == "dispatch"
            events.append(dict(at=record[key], action=action, from_status=previous, to_status=status,
                               note=note, unit_id=row["unit_id"] if dispatch else None,
                               staff_id=row["responsible_staff_id"] if dispatch else None,
                               to_level=row["level"] if action == "report" else None))
            previous = status
    if record["cancelled_at"]:
        events.append(dict(at=record["cancelled_at"], action="cancel", from_status=previous,
                           to_status=Status.CANCELLED, note=f"{IMPORT_NOTE}:{record['cancel_reason']}",
                           unit_id=None, staff_id=None, to_level=None))
    return events


FIELDS = (
    Field("code", "事件编号", True, text(32)),
    Field("title", "标题", True, text(200)),
    Field("description", "描述", False, text(4000)),
    Field("category", "大类", True, text(32), "§3.5 的 13 个大类之一"),
    Field("subcategory", "小类", False, text(32)),
    Field("colour", "预警颜色", True, choice(WarningColour), "/".join(WarningColour.labels())),
    Field("grid", "所属网格", True, text(32), "网格编码"),
    Field("source", "来源", False, choice(Source), "/".join(Source.labels())),
    Field("reporter_no", "上报人工号", False, text(32)),
    Field("reporter_name", "上报人", False, text(32), "群众姓名"),
    Field("reported_at", "上报时间", True, timestamp, "YYYY-MM-DD HH:MM"),
    Field("accepted_at", "受理时间", False, timestamp, "YYYY-MM-DD HH:MM"),
    Field("dispatched_at", "交办时间", False, timestamp, "YYYY-MM-DD HH:MM"),
    Field("unit", "处置单位", False, text(64)),
    Field("responsible_no", "责任人工号", False, text(32)),
    Field("resolved_at", "办结时间", False, timestamp, "YYYY-MM-DD HH:MM"),
    Field("closed_at", "结案时间", False, timestamp, "YYYY-MM-DD HH:MM"),
    Field("cancelled_at", "作废时间", False, timestamp, "YYYY-MM-DD HH:MM"),
    Field("cancel_reason", "作废原因", False, text(200)),
    Field("mediation_failures", "调解失败次数", False, integer(0, 99)),
    Field("rework_count", "返工次数", False, integer(0, 99)),
    Field("satisfaction", "满意度", False, integer(1, 5), "1–5"),
    Field("level", "层级", False, choice(HoldingLevel), "/".join(HoldingLevel.labels())),
    Field("serious", "严重", False, yes_no, "是/否"),
)
FIELD_HEADERS = {f.key: f.header for f in FIELDS}

INCIDENTS = Kind(name="incidents", label="事件", fields=FIELDS, key=lambda r: r["code"],
                 check=_check, apply=_apply, stage=_stage, areas=(Area.INCIDENTS,))
