"""The closed loop: every legal and illegal move, deadlines, extensions. (The automatic rules:
test_supervision.py.)"""

import datetime as dt

import pytest
from sqlalchemy import func, select

from gridcommand.base.clock import SHANGHAI
from gridcommand.base.enums import Action, Status
from gridcommand.base.errors import InputError
from gridcommand.models import Attachment, Category, Grid, Incident, IncidentEvent, IncidentUnit, Staff, Unit, Village
from gridcommand.org.township import require
from gridcommand.workflow import (
    IllegalMove,
    NewIncident,
    StaleIncident,
    Workflow,
    decide_extension,
    pending,
    report_incident,
    request_extension,
)
from gridcommand.workflow.deadlines import DEFAULT_HOURS, RuleBook, new_rule_set
from gridcommand.workflow.queue import rows_for
from gridcommand.workflow.relocate import relocate

from ..factories import admin_user

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI)  # a Monday
H = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)


class Office:
    """A township with one village, one grid, a worker and units, and a clock we move."""

    def __init__(self, db):
        self.db = db
        with db.session() as s:
            village = Village(township_id=require(s).id, name="东塘村", kind="village")
            s.add(village)
            s.flush()
            s.add(Unit(name="东塘村", kind="village", village_id=village.id))
            grid = Grid(code="G1", name="第一网格", village_id=village.id, kind="residential")
            s.add(grid)
            s.flush()
            worker = Staff(staff_no="W1", name="张伟", role="full_time", grid_id=grid.id, status="active")
            s.add(worker)
            s.flush()
            self.grid_id, self.worker_id = grid.id, worker.id
            units = dict(s.execute(select(Unit.name, Unit.id)).all())
            self.village_unit, self.police, self.housing = units["东塘村"], units["派出所"], units["住建办"]
            cats = dict(s.execute(select(Category.name, Category.id).where(Category.parent_id.is_(None))).all())
            self.dispute, self.facilities = cats["矛盾纠纷"], cats["公共设施"]
            s.commit()

    def report(self, colour="blue", category=None, at=T0, **extra) -> int:
        with self.db.session() as s:
            data = NewIncident(title="路灯不亮", category_id=category or self.facilities,
                               grid_id=self.grid_id, colour=colour, source="grid_worker",
                               reporter_staff_id=self.worker_id, **extra)
            incident, _ = report_incident(s, admin_user(s), data, now=at)
            s.commit()
            return incident.id

    def move(self, name: str, incident_id: int, at: dt.datetime, *args, **kwargs):
        with self.db.session() as s:
            wf = Workflow(s, admin_user(s), now=at)
            # A move kept in a module of its own is a function of the workflow.
            move = (lambda i, *a, **k: relocate(wf, i, *a, **k)) if name == "relocate" else getattr(wf, name)
            result = move(incident_id, *args, **kwargs)
            s.commit()
            return result

    def get(self, incident_id: int) -> Incident:
        with self.db.session() as s:
            return s.get(Incident, incident_id)

    def events(self, incident_id: int) -> list[tuple[str, str | None, str]]:
        with self.db.session() as s:
            return s.execute(select(IncidentEvent.action, IncidentEvent.from_status,
                                    IncidentEvent.to_status).where(IncidentEvent.incident_id == incident_id)
                             .order_by(IncidentEvent.at, IncidentEvent.id)).all()

    def through_to_resolved(self, colour="blue", at=T0) -> int:
        i = self.report(colour, at=at)
        self.move("accept", i, at + 0.1 * H)
        self.move("dispatch", i, at + 0.2 * H, self.village_unit, [self.police],
                  responsible_staff_id=self.worker_id)
        self.move("sign", i, at + 0.3 * H, self.village_unit)
        self.move("resolve", i, at + 5 * H, "已修复")
        return i


@pytest.fixture
def office(township_db):
    return Office(township_db)


def test_the_whole_loop_records_every_step(office):
    i = office.through_to_resolved()
    office.move("verify_ok", i, T0 + 6 * H, "resolved", satisfaction=5)
    incident = office.get(i)
    assert incident.status == Status.CLOSED and incident.outcome == "resolved"
    assert incident.code.startswith("XT-20260302-") and incident.satisfaction == 5
    assert [e[0] for e in office.events(i)] == ["report", "accept", "dispatch", "sign", "resolve",
                                                "verify_ok"]
    assert office.events(i)[1][1:] == ("reported", "accepted")
    assert incident.step is None and incident.step_due_at is None


def test_codes_count_per_day(office):
    first, second = office.report(), office.report()
    nextday = office.report(at=T0 + 24 * H)
    codes = [office.get(i).code for i in (first, second, nextday)]
    assert codes == ["XT-20260302-0001", "XT-20260302-0002", "XT-20260303-0001"]


ILLEGAL_FROM_REPORTED = ["dispatch", "return_", "resolve", "verify_ok", "verify_fail"]


@pytest.mark.parametrize("move", ILLEGAL_FROM_REPORTED)
def test_illegal_moves_are_refused_and_change_nothing(office, move):
    i = office.report()
    before = (office.get(i).version, len(office.events(i)))
    args = {"dispatch": (office.village_unit,), "return_": ("x",), "resolve": ("x",),
            "verify_ok": (), "verify_fail": ("x",)}[move]
    with pytest.raises(IllegalMove, match="现在可以:受理、提级、作废"):
        office.move(move, i, T0 + H, *args)
    assert (office.get(i).version, len(office.events(i))) == before


def test_allowed_moves_follow_the_state(office):
    i = office.report()
    with office.db.session() as s:
        wf = Workflow(s, admin_user(s), now=T0)
        assert wf.allowed(s.get(Incident, i)) == [Action.ACCEPT, Action.ESCALATE, Action.CANCEL,
                                                  Action.ATTACH, Action.MARK_SERIOUS, Action.RETRACK,
                                                  Action.RELOCATE, Action.LINK_PERSON]
    office.move("accept", i, T0 + H)
    office.move("dispatch", i, T0 + H, office.village_unit)
    with office.db.session() as s:
        allowed = Workflow(s, admin_user(s), now=T0).allowed(s.get(Incident, i))
    assert allowed == [Action.SIGN, Action.RETURN, Action.ESCALATE, Action.EXTENSION_REQUEST,
                       Action.ATTACH, Action.MARK_SERIOUS, Action.RETRACK, Action.LINK_PERSON]


def test_marking_a_serious_event_needs_a_reason_and_happens_once(office):
    i = office.report()
    with pytest.raises(InputError, match="理由"):
        office.move("mark_serious", i, T0, " ")
    office.move("mark_serious", i, T0 + H, "出租房起火,一人受伤")
    assert office.get(i).serious and office.events(i)[-1][0] == "mark_serious"
    with pytest.raises(IllegalMove):
        office.move("mark_serious", i, T0 + 2 * H, "再次标记")


def test_the_track_is_the_categorys_unless_the_duty_officer_says_why_not(office):
    suggested = office.report()  # 公共设施: a general public matter
    assert office.get(suggested).track == "general" and [e[0] for e in office.events(suggested)] == ["report"]
    with pytest.raises(InputError, match="改变分流的理由不能为空"):
        office.report(track="safety")
    with pytest.raises(InputError, match="没有“police”这一分流类别"):
        office.report(track="police", track_reason="涉及治安")
    sent = office.report(track="safety", track_reason="路灯不亮处发生过抢夺")
    assert office.get(sent).track == "safety" and [e[0] for e in office.events(sent)] == ["report", "retrack"]
    with office.db.session() as s:
        note = s.scalar(select(IncidentEvent.note).where(IncidentEvent.incident_id == sent,
                                                          IncidentEvent.action == "retrack"))
    assert note == "一般公共事项 → 平安需求事项:路灯不亮处发生过抢夺"


def test_an_open_incident_changes_track_with_a_reason_a_closed_one_does_not(office):
    i = office.report()
    with pytest.raises(InputError, match="已是“一般公共事项”"):
        office.move("retrack", i, T0 + H, "general", "无变化")
    with pytest.raises(InputError, match="理由"):
        office.move("retrack", i, T0 + H, "complex", " ")
    assert office.get(i).track == "general" and len(office.events(i)) == 1  # refused: nothing changed
    office.move("retrack", i, T0 + H, "complex", "涉及多个部门,转矛调中心")
    assert office.get(i).track == "complex" and office.events(i)[-1] == ("retrack", "reported", "reported")
    office.move("cancel", i, T0 + 2 * H, "重复上报")
    with pytest.raises(IllegalMove, match="改变分流"):
        office.move("retrack", i, T0 + 3 * H, "general", "改回")


def test_required_fields(office):
    i = office.report()
    office.move("accept", i, T0)
    with pytest.raises(InputError, match="作废原因不能为空"):
        office.move("cancel", i, T0, "  ")
    with pytest.raises(InputError, match="请选择牵头处置单位"):
        office.move("dispatch", i, T0, None)
    with pytest.raises(InputError, match="处置单位不存在"):  # not "choose one": it was chosen
        office.move("dispatch", i, T0, 99999)
    office.move("dispatch", i, T0, office.village_unit)
    with pytest.raises(InputError, match="退回原因不能为空"):
        office.move("return_", i, T0, "")
    office.move("sign", i, T0, office.village_unit)
    with pytest.raises(InputError, match="处置结果不能为空"):
        office.move("resolve", i, T0, "")
    office.move("resolve", i, T0, "ok")
    with pytest.raises(InputError, match="返工原因不能为空"):
        office.move("verify_fail", i, T0, "")
    with pytest.raises(InputError, match="原事件的编号"):
        office.move("verify_ok", i, T0, "duplicate", duplicate_of="NOPE")


def test_whistle_and_report_in(office):
    i = office.report("yellow")
    office.move("accept", i, T0)
    office.move("dispatch", i, T0 + H, office.police, [office.village_unit, office.housing])
    assert office.get(i).unsigned_units == 3
    with office.db.session() as s:
        name = {u: s.get(Unit, u).name for u in (office.police, office.village_unit, office.housing)}
        waiting = rows_for(s, [i])[0].unsigned  # the queue's 待报到 column: the lead unit first
    assert waiting[0] == name[office.police] and sorted(waiting) == sorted(name.values())
    office.move("sign", i, T0 + 2 * H, office.housing)  # a co-unit first: still waiting for the lead
    assert office.get(i).status == Status.DISPATCHED and office.get(i).unsigned_units == 2
    with office.db.session() as s:
        assert sorted(rows_for(s, [i])[0].unsigned) == sorted([name[office.police], name[office.village_unit]])
    office.move("sign", i, T0 + 3 * H, office.police)
    assert office.get(i).status == Status.IN_PROGRESS and office.get(i).unsigned_units == 1
    with office.db.session() as s:
        unsigned = s.scalars(select(IncidentUnit.unit_id).where(
            IncidentUnit.incident_id == i, IncidentUnit.signed_at.is_(None))).all()
    assert unsigned == [office.village_unit]
    with pytest.raises(InputError, match="已经报到"):
        office.move("sign", i, T0 + 4 * H, office.police)
    office.move("resolve", i, T0 + 5 * H, "完成")
    office.move("verify_ok", i, T0 + 6 * H)
    assert office.get(i).unsigned_units == 0  # no longer waited for once closed
    with office.db.session() as s:
        assert rows_for(s, [i])[0].unsigned == ()


def test_return_and_redispatch_then_rework(office):
    i = office.report()
    office.move("accept", i, T0)
    office.move("dispatch", i, T0, office.police)
    office.move("return_", i, T0 + H, "不属于本单位职责")
    assert office.get(i).status == Status.ACCEPTED and office.get(i).return_count == 1
    office.move("dispatch", i, T0 + 2 * H, office.village_unit)
    office.move("sign", i, T0 + 3 * H, office.village_unit)
    office.move("resolve", i, T0 + 4 * H, "ok")
    office.move("verify_fail", i, T0 + 5 * H, "未整改到位")
    incident = office.get(i)
    assert incident.status == Status.IN_PROGRESS and incident.rework_count == 1
    assert incident.resolved_at is None


def test_cancel_only_before_dispatch(office):
    i = office.report()
    office.move("cancel", i, T0 + H, "重复上报")
    assert office.get(i).status == Status.CANCELLED
    with pytest.raises(IllegalMove, match="现在可以:添加附件。"):
        office.move("accept", i, T0 + H)


def test_escalation_goes_one_level_at_a_time(office):
    i = office.report()
    for level in ("village", "township", "county"):
        office.move("escalate", i, T0 + H, "需上级协调")
        assert office.get(i).level == level
    with pytest.raises(IllegalMove):
        office.move("escalate", i, T0 + H)


def test_closure_outcomes(office):
    first = office.through_to_resolved()
    office.move("verify_ok", first, T0 + 6 * H, "watch", note="资金未到位")
    second = office.through_to_resolved()
    office.move("verify_ok", second, T0 + 6 * H, "duplicate", duplicate_of=office.get(first).code)
    assert office.get(first).outcome == "watch"
    assert office.get(second).duplicate_of_id == first


def test_stale_version_is_refused(office):
    i = office.report()
    version = office.get(i).version
    office.move("accept", i, T0 + H, version=version)
    with pytest.raises(StaleIncident, match="其他席位"):
        office.move("escalate", i, T0 + H, version=version)


def test_deadlines_and_open_step(office):
    i = office.report("red")
    incident = office.get(i)
    assert (incident.step, incident.step_due_at) == ("accept", T0 + 0.5 * H)
    assert incident.step_warn_at == T0 + 0.4 * H
    office.move("accept", i, T0 + 0.2 * H)
    incident = office.get(i)
    assert incident.deadline == T0 + 0.2 * H + 24 * H
    assert (incident.step, incident.step_due_at) == ("resolve", incident.deadline)


def test_a_new_matrix_applies_to_incidents_accepted_after_it(office):
    early = office.report()
    office.move("accept", early, T0)
    with office.db.session() as s:
        hours = dict(DEFAULT_HOURS)
        hours[("resolve", "blue")] = 48
        new_rule_set(s, T0 + 10 * H, "calendar", hours, admin_user(s).id)
        s.commit()
    late = office.report(at=T0 + 11 * H)
    office.move("accept", late, T0 + 11 * H)
    assert office.get(early).deadline == T0 + 72 * H
    assert office.get(late).deadline == T0 + 11 * H + 48 * H
    with office.db.session() as s, pytest.raises(InputError, match="缺少"):
        new_rule_set(s, T0, "calendar", {("accept", "red"): 1}, None)


def test_extension_request_approve_and_reject(office):
    i = office.report()
    office.move("accept", i, T0)
    office.move("dispatch", i, T0, office.village_unit)
    deadline = office.get(i).deadline
    with office.db.session() as s:
        wf = Workflow(s, admin_user(s), now=T0 + H)
        with pytest.raises(InputError, match="延期理由"):
            request_extension(wf, i, 24, "")
        request_extension(wf, i, 24, "需采购配件")
        with pytest.raises(InputError, match="已有待审批"):
            request_extension(wf, i, 24, "again")
        decide_extension(wf, pending(s, i).id, True, 12, "同意")
        s.commit()
    assert office.get(i).deadline == deadline + 12 * H
    assert office.get(i).step_due_at == deadline + 12 * H
    with office.db.session() as s:
        wf = Workflow(s, admin_user(s), now=T0 + 2 * H)
        request_extension(wf, i, 24, "再延")
        with pytest.raises(InputError, match="驳回理由"):
            decide_extension(wf, pending(s, i).id, False, note="")
        decide_extension(wf, pending(s, i).id, False, note="理由不充分")
        s.commit()
    assert office.get(i).deadline == deadline + 12 * H


def test_resolve_with_photo_and_attach(office):
    i = office.report()
    office.move("attach", i, T0, "before", "before.jpg", "image/jpeg", b"\xff\xd8data")
    office.move("accept", i, T0)
    office.move("dispatch", i, T0, office.village_unit)
    office.move("sign", i, T0, office.village_unit)
    office.move("resolve", i, T0 + H, "修好了", ("after.jpg", "image/jpeg", b"\xff\xd8after"))
    with office.db.session() as s:
        kinds = s.scalars(select(Attachment.kind).order_by(Attachment.id)).all()
    assert kinds == ["before", "after"]
    with pytest.raises(InputError, match="空的"):
        office.move("attach", i, T0, "file", "x.txt", "text/plain", b"")


def test_new_incident_validation(office):
    with office.db.session() as s:
        bad = NewIncident(title="", category_id=None, grid_id=None, colour="purple",
                          source="hotline_12345", reporter_phone="abc")
        with pytest.raises(InputError) as error:
            report_incident(s, admin_user(s), bad, now=T0)
        message = str(error.value)
        for part in ("标题不能为空", "请选择大类", "请选择所属网格", "请选择预警颜色",
                     "须填写来电人姓名", "来电号码"):
            assert part in message
        assert s.scalar(select(func.count()).select_from(Incident)) == 0
    with office.db.session() as s:
        phone_in = NewIncident(title="噪音扰民", category_id=office.facilities, grid_id=office.grid_id,
                               colour="blue", source="hotline_12345", reporter_name="刘女士",
                               reporter_phone="13812345678")
        incident, _ = report_incident(s, admin_user(s), phone_in, now=T0)
        assert incident.level == "township" and incident.reporter_name == "刘女士"
        assert RuleBook.load(s).by_id(incident.rule_set_id, T0).id == incident.rule_set_id
