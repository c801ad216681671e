"""Retrospective reviews (SPEC §8) on a record built by hand: every kind of finding, the person
responsible at that time (a worker reassigned since is still named for the earlier period),
items exactly at their deadline, determinism, and the reviewer's work with the roles."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from gridcommand.base.enums import FindingKind
from gridcommand.base.errors import InputError, NotAllowed
from gridcommand.meetings import service as meetings
from gridcommand.models import ActionItem, Incident, KeyPerson, Review, Staff, Visit, incident_key_person
from gridcommand.ops import reviews, rules
from gridcommand.ops.unit_of_work import read
from gridcommand.org import responsibility
from gridcommand.record import audit
from gridcommand.reviews import lookup, views
from gridcommand.reviews.draft import draft
from gridcommand.reviews.scope import scope_of

from ..factories import PASSWORD, admin_user, signed_in
from .test_workflow import T0, H, Office

EVENT = T0 + dt.timedelta(days=40)   # 2026-04-11 09:00, Shanghai
MINUTE = dt.timedelta(minutes=1)
DAY = dt.timedelta(days=1)


def day(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text + "T10:00+08:00")


class Record(Office):
    """One grid, two workers (W2 took over the key person on 03-22), and the incidents below."""

    def __init__(self, db):
        super().__init__(db)
        with db.session() as s:
            w2 = Staff(staff_no="W2", name="李娜", role="full_time", grid_id=self.grid_id, status="active")
            s.add(w2)
            s.flush()
            self.w2 = w2.id
            person = KeyPerson(id_number="330421198001011234", name="王某", grid_id=self.grid_id, colour="orange",
                               responsible_staff_id=self.worker_id, tagged_on=dt.date(2026, 1, 1))
            s.add(person)
            s.flush()
            self.person = person.id
            responsibility.record_key_persons(s, [(person.id, self.worker_id)], responsibility.tagged_at(person.tagged_on))
            responsibility.record_key_persons(s, [(person.id, w2.id)], T0 + 20 * DAY)
            person.responsible_staff_id = w2.id
            for text in ("2026-03-01", "2026-03-08", "2026-03-16"):
                s.add(Visit(key_person_id=person.id, visited_at=day(text), staff_id=self.worker_id, mode="door"))
            s.commit()
        self.on_time = self.handled(T0, 0 * MINUTE)
        self.just_before = self.handled(T0, -MINUTE)
        self.late = self.handled(T0, MINUTE)
        self.reworked = self.reworked_and_open(T0 + 2 * DAY)
        self.returned = self.returned_once(T0 + 3 * DAY)
        admin = signed_in(db)
        rules.run(db, admin, EVENT - H)
        self.meeting_items()
        self.serious = self.report(at=EVENT, serious=True)
        with db.session() as s:
            s.execute(incident_key_person.insert().values(incident_id=self.serious, key_person_id=self.person))
            s.commit()

    def handled(self, at, after_deadline) -> int:
        i = self.report(at=at)
        self.move("accept", i, at + H)
        self.move("dispatch", i, at + 2 * H, self.village_unit, responsible_staff_id=self.worker_id)
        self.move("sign", i, at + 3 * H, self.village_unit)
        self.move("resolve", i, self.get(i).deadline + after_deadline, "修好")
        self.move("verify_ok", i, self.get(i).resolved_at + H)
        return i

    def reworked_and_open(self, at) -> int:
        i = self.report(at=at)
        self.move("accept", i, at + H)
        self.move("dispatch", i, at + 2 * H, self.village_unit, responsible_staff_id=self.worker_id)
        self.move("sign", i, at + 3 * H, self.village_unit)
        self.move("resolve", i, at + 5 * H, "修好")
        self.move("verify_fail", i, at + 6 * H, "没修好")
        return i

    def returned_once(self, at) -> int:
        i = self.report(at=at)
        self.move("accept", i, at + H)
        self.move("dispatch", i, at + 2 * H, self.housing, responsible_staff_id=self.worker_id)
        self.move("return_", i, at + 3 * H, "不属于本单位")
        self.move("dispatch", i, at + 4 * H, self.village_unit, responsible_staff_id=self.w2)
        self.move("sign", i, at + 5 * H, self.village_unit)
        self.move("resolve", i, at + 6 * H, "修好")
        self.move("verify_ok", i, at + 7 * H)
        return i

    def meeting_items(self) -> None:
        with self.db.session() as s:
            meeting = meetings.create_meeting(s, admin_user(s), T0 + 7 * DAY)
            for title, done in (("清理楼道堆物", None), ("排查电动车充电", day("2026-03-12").replace(hour=18))):
                s.add(ActionItem(meeting_id=meeting.id, title=title, unit_id=self.village_unit, staff_id=self.worker_id,
                                 due_date=dt.date(2026, 3, 12), status="done" if done else "open", done_at=done,
                                 created_at=T0 + 7 * DAY))
            s.commit()


@pytest.fixture
def record(township_db):
    return Record(township_db)


def drafted(db, incident_id):
    admin = signed_in(db)
    review_id = reviews.open_for_incident(db, admin, incident_id, "fire").value
    return review_id, read(db, views.review, admin, review_id)


def test_every_kind_of_finding_is_drafted_with_who_was_responsible_then(record):
    review_id, view = drafted(record.db, record.serious)
    kinds = [f.kind for f in view.findings]
    code = {i: record.get(i).code for i in (record.on_time, record.just_before, record.late, record.reworked,
                                            record.returned)}
    lateness = "\n".join(f.summary for f in view.findings if f.kind in (FindingKind.LATE, FindingKind.OVERDUE))
    assert code[record.on_time] not in lateness  # resolved at the deadline: on time (§6 "by their deadline")
    assert code[record.just_before] not in "\n".join(f.summary for f in view.findings)
    late = next(f for f in view.findings if f.kind == FindingKind.LATE)
    assert code[record.late] in late.summary and late.person == "张伟(W1)" and late.unit == "东塘村"
    overdue = next(f for f in view.findings if f.kind == FindingKind.OVERDUE)
    assert code[record.reworked] in overdue.summary and "至事发时仍未办结" in overdue.summary
    rework = next(f for f in view.findings if f.kind == FindingKind.REWORK)
    assert code[record.reworked] in rework.summary and rework.person == "张伟(W1)"
    returned = next(f for f in view.findings if f.kind == FindingKind.RETURN)
    assert code[record.returned] in returned.summary and returned.unit == "住建办"
    assert {FindingKind.CARD, FindingKind.INACTION} <= set(kinds)
    lapses = [f for f in view.findings if f.kind == FindingKind.VISIT_LAPSE]
    assert [(f.facts["due"], f.facts["days_missed"], f.person) for f in lapses] == [
        ("2026-01-08", 49, "张伟(W1)"), ("2026-03-15", 1, "张伟(W1)"), ("2026-03-23", 19, "李娜(W2)")]
    assert "2026-03-16 才走访" in lapses[1].summary and "至事发时仍未走访" in lapses[2].summary
    actions = [f for f in view.findings if f.kind == FindingKind.ACTION_ITEM]
    assert [a.summary.split("”")[0] for a in actions] == ["会议事项“清理楼道堆物"]  # the other was done that day
    assert [f.number for f in view.findings] == list(range(1, len(view.findings) + 1))
    assert [f.occurred_at for f in view.findings] == sorted(f.occurred_at for f in view.findings)
    assert all(f.evidence for f in view.findings)


def test_drafting_is_deterministic(record):
    admin = signed_in(record.db)
    review_id = reviews.open_for_incident(record.db, admin, record.serious).value
    first = read(record.db, views.review, admin, review_id).findings
    reviews.redraft(record.db, admin, review_id)
    again = read(record.db, views.review, admin, review_id).findings
    assert [(f.number, f.kind, f.summary, f.staff_id) for f in first] == [
        (f.number, f.kind, f.summary, f.staff_id) for f in again]
    with record.db.session() as s:
        review = s.get(Review, review_id)
        assert [d.key for d in draft(s, scope_of(s, review))] == [d.key for d in draft(s, scope_of(s, review))]


def test_a_redraft_keeps_what_the_reviewer_decided(record):
    admin = signed_in(record.db)
    review_id = reviews.open_for_incident(record.db, admin, record.serious).value
    reviews.confirm(record.db, admin, review_id, 1, "minor", "走访不及时")
    number = reviews.add_finding(record.db, admin, review_id, "值班记录缺页", EVENT - 2 * DAY).value
    reviews.redraft(record.db, admin, review_id)
    view = read(record.db, views.review, admin, review_id)
    assert view.findings[0].level == "minor" and view.findings[0].reason == "走访不及时"
    assert any(f.manual and f.summary == "值班记录缺页" for f in view.findings)
    assert view.findings[number - 1].summary == "值班记录缺页"


def test_only_a_serious_incident_is_reviewed_once(record):
    admin = signed_in(record.db)
    with pytest.raises(InputError, match="标记为重大事件"):
        reviews.open_for_incident(record.db, admin, record.late)
    duplicate = record.report(at=EVENT + H, serious=True)
    record.move("cancel", duplicate, EVENT + 2 * H, "重复上报")
    with pytest.raises(InputError, match="已作废"):
        reviews.open_for_incident(record.db, admin, duplicate)
    assert [i.id for i in read(record.db, lookup.serious_incidents)] == [record.serious]
    reviews.open_for_incident(record.db, admin, record.serious)
    assert read(record.db, lookup.serious_incidents) == []  # offered only while it has no review
    with pytest.raises(InputError, match="已有倒查"):
        reviews.open_for_incident(record.db, admin, record.serious)


def test_an_event_entered_by_hand(record):
    admin = signed_in(record.db)
    event = reviews.NewEvent("criminal", EVENT, record.grid_id, "东塘村3组", "入室盗窃", [record.person])
    review_id = reviews.open_for_event(record.db, admin, event, days=30).value
    view = read(record.db, views.review, admin, review_id)
    assert view.kind_label == "刑事案件" and view.window_days == 30 and view.persons == ["王某(330421********1234)"]
    assert all(f.occurred_at >= EVENT - 30 * DAY for f in view.findings)
    with pytest.raises(InputError, match="网格"):
        reviews.open_for_event(record.db, admin, reviews.NewEvent("fire", EVENT, None, "", "起火"))
    with pytest.raises(InputError, match="事件类型"):
        reviews.open_for_event(record.db, admin, reviews.NewEvent("flood", EVENT, record.grid_id, "", "内涝"))
    with pytest.raises(InputError, match="晚于现在"):
        reviews.open_for_event(record.db, admin, reviews.NewEvent("fire", dt.datetime(2099, 1, 1, tzinfo=T0.tzinfo),
                                                                  record.grid_id, "", "起火"))


def test_approval_needs_every_finding_decided_and_locks(record):
    admin = signed_in(record.db)
    review_id, view = drafted(record.db, record.serious)
    with pytest.raises(InputError, match="未认定责任"):
        reviews.approve(record.db, admin, review_id, "责任明确")
    first, *rest = view.findings
    reviews.confirm(record.db, admin, review_id, first.number, "minor", "走访不到位")
    with pytest.raises(InputError, match="结论"):
        reviews.approve(record.db, admin, review_id, " ", "客观原因")
    with pytest.raises(InputError, match=f"还有 {len(rest)} 条"):
        reviews.approve(record.db, admin, review_id, "责任明确", " ")
    month = reviews.approve(record.db, admin, review_id, "责任明确", "客观原因").value
    assert month == dt.datetime.now().astimezone(T0.tzinfo).strftime("%Y-%m")
    approved = read(record.db, views.review, admin, review_id)
    assert [(f.level, f.reason) for f in approved.findings] == [("minor", "走访不到位")] + [("none", "客观原因")] * len(rest)
    with pytest.raises(InputError, match="已审批锁定"):
        reviews.confirm(record.db, admin, review_id, 1, "major", "改判")
    logged = [e.action for e in read(record.db, audit.entries, "review")]
    assert logged[:2] == ["review.open", "review.draft"] and logged[-3:] == ["review.confirm"] * 2 + ["review.approve"]


def test_roles(record):
    review_id, view = drafted(record.db, record.serious)
    for username, roles in (("hr", ("hr",)), ("duty1", ("duty",)), ("chair", ("chair",))):
        someone = signed_in(record.db, username, roles)
        with pytest.raises(NotAllowed):
            reviews.confirm(record.db, someone, review_id, 1, "minor", "理由")
    hr = signed_in(record.db, "hr", ("hr",))
    assert [r.id for r in read(record.db, views.reviews, hr)] == [review_id]
    chair = signed_in(record.db, "chair", ("chair",))
    with pytest.raises(NotAllowed):
        read(record.db, views.reviews, chair)
    duty = signed_in(record.db, "duty1", ("duty",))
    assert read(record.db, views.reviews, duty) == []  # no finding names them
    with record.db.session() as s:  # a duty officer who is also the grid worker a finding names
        from gridcommand.models import User
        s.scalars(select(User).where(User.username == "duty1")).one().staff_id = record.worker_id
        s.commit()
    assert [r.id for r in read(record.db, views.reviews, duty)] == [review_id]


def test_the_timeline_has_everything_in_scope(record):
    admin = signed_in(record.db)
    review_id, _view = drafted(record.db, record.serious)
    line = read(record.db, views.timeline, admin, review_id)
    assert len(line.rows["事件"]) == 5 and len(line.rows["走访"]) == 3 and line.rows["督办"]
    assert line.rows["例会"] == [T0 + 7 * DAY]
    assert line.start == EVENT - 90 * DAY and line.end == EVENT


def test_the_incident_history_names_who_held_it(record):
    with record.db.session() as s:
        held = responsibility.incidents(s, [record.returned])[record.returned]
        at = lambda when: responsibility.at(held, when, (None, None))  # noqa: E731
        start = s.get(Incident, record.returned).reported_at
    assert at(start + 2.5 * H) == (record.worker_id, record.housing)
    assert at(start + 3.5 * H) == (None, None)            # returned: the command room's again
    assert at(start + 4.5 * H) == (record.w2, record.village_unit)


def _worker(result, staff_no: str):
    return next(w for w in result.workers if w.staff_no == staff_no)


def _decide_all(db, admin, review_id, major_for: int | None = None) -> None:
    """Every finding decided: the first naming ``major_for`` major, the rest no responsibility."""
    findings = read(db, views.review, admin, review_id).findings
    target = next((f.number for f in findings if f.staff_id == major_for), None)
    for f in findings:
        level = "major" if f.number == target else "none"
        reviews.confirm(db, admin, review_id, f.number, level, "已核实")


def test_a_confirmed_major_finding_costs_exactly_ten_points_in_the_open_month(record):
    from gridcommand.ops import evaluation

    admin = signed_in(record.db)
    review_id, _view = drafted(record.db, record.serious)
    this_month = dt.datetime.now(T0.tzinfo).strftime("%Y-%m")
    before = _worker(evaluation.month(record.db, admin, this_month).value.result, "W1")
    _decide_all(record.db, admin, review_id, major_for=record.worker_id)
    assert reviews.approve(record.db, admin, review_id, "网格员走访不到位").value == this_month
    after = _worker(evaluation.month(record.db, admin, this_month).value.result, "W1")
    assert after.total == pytest.approx(before.total - 10)
    found = after.deductions.findings
    assert [(f.level, f.reason) for f in found] == [("major", "已核实")]
    assert found[0].review == read(record.db, views.review, admin, review_id).code
    assert _worker(evaluation.month(record.db, admin, this_month).value.result, "W2").deductions.findings_points == 0


def test_a_locked_month_never_changes_the_finding_counts_in_the_next(record):
    from gridcommand.ops import evaluation

    admin = signed_in(record.db)
    review_id, _view = drafted(record.db, record.serious)
    this_month = dt.datetime.now(T0.tzinfo).strftime("%Y-%m")
    locked = _worker(evaluation.lock(record.db, admin, this_month).value.result, "W1")
    _decide_all(record.db, admin, review_id, major_for=record.worker_id)
    following = reviews.approve(record.db, admin, review_id, "结论").value
    assert following > this_month
    assert _worker(evaluation.month(record.db, admin, this_month).value.result, "W1") == locked
    next_sheet = _worker(evaluation.month(record.db, admin, following).value.result, "W1")
    assert next_sheet.deductions.findings_points == 10


def test_the_report_pdf_has_its_sections_and_masks_personal_data(record, tmp_path):
    from pypdf import PdfReader

    from gridcommand.ops import reports

    admin = signed_in(record.db)
    review_id, _view = drafted(record.db, record.serious)
    _decide_all(record.db, admin, review_id, major_for=record.worker_id)
    reviews.approve(record.db, admin, review_id, "网格员走访不到位,负较重责任")
    path = reports.review_pdf(record.db, admin, review_id, tmp_path / "review.pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    for heading in ("事后倒查报告", "一、事件", "二、倒查范围", "三、时间线", "四、倒查发现", "五、结论", "六、审批"):
        assert heading in text, heading
    assert "网格员走访不到位" in text and "较重" in text and "张伟(W1)" in text
    assert "330421********1234" in text and "330421198001011234" not in text
    assert "审计链 #" in text
    assert "序号" in text and "责任人(当时)" in text  # the narrow columns' headers on one line each


def test_the_command_line_runs_a_review_end_to_end(record, tmp_path, monkeypatch, capsys):
    from gridcommand.cli.main import main

    monkeypatch.setenv("GRIDCOMMAND_USER", "leader")
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", PASSWORD)
    signed_in(record.db, "leader", ("leader",))
    where = ["--database-url", record.db.url.render_as_string(hide_password=False)]
    code = record.get(record.serious).code
    assert main([*where, "review", "open", "--incident", code, "--kind", "火灾"]) == 0
    opened = capsys.readouterr().out
    review = opened.split()[0]
    assert "走访断档" in opened and "未认定" in opened
    assert main([*where, "review", "draft", review, "--json"]) == 0
    drafted = json.loads(capsys.readouterr().out)["findings"]
    for f in drafted:
        level = "较重" if f["staff_id"] == record.worker_id and f["kind"] == "visit_lapse" else "none"
        assert main([*where, "review", "confirm", review, "--finding", str(f["number"]), "--level", level,
                     "--reason", "已核实"]) == 0
    assert main([*where, "review", "add", review, "--summary", "值班日志缺页", "--at", "2026-04-01 10:00",
                 "--staff", "W2", "--evidence", f"incident:{code}"]) == 0
    assert "人工补充" in capsys.readouterr().out
    assert main([*where, "review", "approve", review, "--conclusion", "结论"]) == 1  # the added one is undecided
    assert "未认定责任" in capsys.readouterr().err
    assert main([*where, "review", "approve", review, "--conclusion", "结论", "--rest-none", "经核实无责任"]) == 0
    assert "已审批锁定" in capsys.readouterr().out
    assert main([*where, "review", "pdf", review, str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").stat().st_size > 10_000
    assert main([*where, "review", "list"]) == 0
    assert review in capsys.readouterr().out
    assert main([*where, "review", "confirm", review, "--finding", "1", "--level", "major", "--reason", "x"]) == 1
