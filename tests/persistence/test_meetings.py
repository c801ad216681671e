"""Meetings: the agenda builder on a hand-built week, editing and locking, action items, PDFs."""

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from gridcommand.base.clock import SHANGHAI
from gridcommand.base.errors import InputError
from gridcommand.meetings import builder, service, views
from gridcommand.models import ActionItem, AgendaItem, Category, Incident, KeyPerson, Visit
from gridcommand.reports.meeting_pdf import agenda_pdf, minutes_pdf

from ..factories import admin_user
from .test_workflow import Office

D = dt.date(2026, 3, 16)                       # a Monday: the window is 9–15 March
MONDAY = dt.datetime(2026, 3, 16, 9, 0, tzinfo=SHANGHAI)
IN_WINDOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=SHANGHAI)


def at(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, 0, tzinfo=SHANGHAI)


@pytest.fixture
def week(township_db):
    o = Office(township_db)
    with township_db.session() as s:
        o.admin_id = admin_user(s).id
        o.other = s.scalars(select(Category.id).where(Category.name == "环境卫生")).one()
        s.commit()
    # Overdue at D: accepted 5 March (blue: 3 days) and 8 March; not overdue: accepted 15 March.
    o.overdue_old = o.report(at=at(5))
    o.move("accept", o.overdue_old, at(5, 10))
    o.overdue_new = o.report(at=at(8))
    o.move("accept", o.overdue_new, at(8, 10))
    o.fresh = o.report(at=at(15))
    o.move("accept", o.fresh, at(15, 10))
    # Everything else is accepted at once, so that only the two above are overdue at D.
    def accepted(day, **kwargs):
        incident = o.report(at=at(day), **kwargs)
        o.move("accept", incident, at(day, 10))
        return incident

    # Escalated to the township and open, not overdue.
    o.escalated = accepted(14)
    o.move("escalate", o.escalated, at(14, 11))
    o.move("escalate", o.escalated, at(14, 12))
    # A yellow dispute, open; a blue one, open (not listed in section 4).
    o.yellow_dispute = accepted(12, colour="yellow", category=o.dispute)
    o.blue_dispute = accepted(14, colour="blue", category=o.dispute)
    # Hotspot edge: facilities in G1 has 3 reports in the window (fresh, escalated, extra);
    # environment has 2.
    o.extra = accepted(13)
    o.env = [accepted(13, category=o.other) for _ in range(2)]
    with township_db.session() as s:
        red = KeyPerson(id_number="11010519491231002X", name="钱红", grid_id=o.grid_id, colour="red",
                        responsible_staff_id=o.worker_id, tagged_on=dt.date(2025, 1, 1))
        orange = KeyPerson(id_number="330421198001010013", name="孙橙", grid_id=o.grid_id, colour="orange",
                           responsible_staff_id=o.worker_id, tagged_on=dt.date(2025, 1, 1))
        s.add_all([red, orange])
        s.flush()
        s.add_all([Visit(key_person_id=red.id, visited_at=at(13), staff_id=o.worker_id, mode="door"),
                   Visit(key_person_id=orange.id, visited_at=at(14), staff_id=o.worker_id, mode="door")])
        s.commit()
    return o


def sections(drafts) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for d in drafts:
        out.setdefault(d.section, []).append(d.title)
    return out


def test_each_section_from_the_record(week):
    with week.db.session() as s:
        drafts = builder.build(s, MONDAY)
        got = sections(drafts)
        codes = {i.id: i.code for i in s.scalars(select(Incident))}
    overdue = got[2]
    assert [t.split()[0] for t in overdue] == [codes[week.overdue_old], codes[week.overdue_new]]
    assert [t.split()[0] for t in got[3]] == [codes[week.escalated]]
    assert [t.split()[0] for t in got[4]] == [codes[week.yellow_dispute]]
    assert got[5] == ["东塘村 第一网格:公共设施 一周 3 件"]     # 2 of 环境卫生: below the threshold
    assert len(got[6]) == 1 and "钱红" in got[6][0] and "110105********002X" in got[6][0]
    assert got[7][0].startswith("本周数据:上报 7 件")
    assert 1 not in got and 8 not in got
    assert [d.section for d in drafts] == sorted(d.section for d in drafts)


def _due_at(office, incident_id, due):
    with office.db.session() as s:
        s.get(Incident, incident_id).step_due_at = due
        s.commit()


@pytest.mark.parametrize("offset, listed", [(-1, True), (0, True), (1, False)])
def test_overdue_is_read_at_the_meetings_start(week, offset, listed):
    _due_at(week, week.fresh, MONDAY + dt.timedelta(minutes=offset))  # due around 09:00 on the day
    with week.db.session() as s:
        overdue = [d.incident_id for d in builder.build(s, MONDAY) if d.section == 2]
    assert (week.fresh in overdue) is listed


def test_an_incident_appears_once_and_its_line_names_every_reason(week):
    week.move("escalate", week.overdue_new, at(9))
    week.move("escalate", week.overdue_new, at(9))  # to the township
    for _ in range(2):
        week.move("dispatch", week.overdue_new, at(10), week.police)
        week.move("return_", week.overdue_new, at(10), "不属本单位")
    with week.db.session() as s:
        drafts = [d for d in builder.build(s, MONDAY) if d.incident_id == week.overdue_new]
    assert len(drafts) == 1 and drafts[0].section == 2
    assert drafts[0].detail.startswith("超期 ") and "已提级镇街" in drafts[0].detail
    assert "退回 2 次" in drafts[0].detail


def test_returned_twice_or_held_at_the_township_reaches_section_three(week):
    for _ in range(2):  # returned twice, not overdue, at grid level: flagged by the rule
        week.move("dispatch", week.extra, at(13, 11), week.police)
        week.move("return_", week.extra, at(13, 11), "不属本单位")
    with week.db.session() as s:
        s.get(Incident, week.env[0]).level = "township"  # an imported ledger row at 镇街
        s.commit()
        got = {d.incident_id: d for d in builder.build(s, MONDAY) if d.section == 3}
    assert set(got) == {week.escalated, week.extra, week.env[0]}
    assert got[week.extra].detail == "退回 2 次" and got[week.env[0]].detail == "已提级镇街"


def test_hotspot_threshold_is_a_setting(week):
    with week.db.session() as s:
        settings = service.MeetingSettings.load(s)
        settings = settings.__class__(**{**settings.__dict__, "hotspot_threshold": 2})
        settings.save(s)
        s.commit()
        got = sections(builder.build(s, MONDAY))
    assert len(got[5]) == 3  # the disputes and the environment pairs, 2 each, now count


def test_an_empty_week(township_db, tmp_path):
    with township_db.session() as s:
        drafts = builder.build(s, MONDAY)
        view = views.draft(s, D)
    assert [d.section for d in drafts] == [7]
    assert drafts[0].title.startswith("本周数据:上报 0 件")
    text = "".join(p.extract_text() for p in PdfReader(agenda_pdf(view, tmp_path / "a.pdf")).pages)
    assert "(本周无)" in text and "主持人签字" in text


def new_meeting(o: Office):
    with o.db.session() as s:
        meeting = service.create_meeting(s, admin_user(s), MONDAY, chair="镇长")
        count = service.build_agenda(s, meeting.id)
        s.commit()
        return meeting.id, count


def items(o: Office, meeting_id: int) -> list[AgendaItem]:
    with o.db.session() as s:
        return list(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                              .order_by(AgendaItem.section, AgendaItem.position)))


def test_edit_reorder_backlog_and_lock(week):
    meeting_id, count = new_meeting(week)
    listed = items(week, meeting_id)
    assert len(listed) == count and listed[0].section == 2
    first, second = listed[0], listed[1]
    with week.db.session() as s:
        service.move_item(s, second.id, first.position)
        manual = service.add_item(s, meeting_id, "防汛准备", minutes=10, presenter="应急办")
        service.update_item(s, manual.id, minutes=200)
        total, length = service.total_minutes(s, meeting_id)
        assert total > length == 90  # the agenda warns
        with pytest.raises(InputError, match="0–240"):
            service.update_item(s, manual.id, minutes=999)
        service.to_backlog(s, manual.id)
        service.drop_item(s, listed[-1].id)
        s.commit()
    again = items(week, meeting_id)
    assert [again[0].id, again[1].id] == [second.id, first.id]
    assert manual.id not in [i.id for i in again] and len(again) == count - 1
    with week.db.session() as s:
        service.lock(s, meeting_id, admin_user(s))
        s.commit()
        for change in (lambda: service.add_item(s, meeting_id, "x"),
                       lambda: service.move_item(s, first.id, 0),
                       lambda: service.drop_item(s, first.id),
                       lambda: service.build_agenda(s, meeting_id)):
            with pytest.raises(InputError, match="已锁定"):
                change()
        service.record_outcome(s, admin_user(s), first.id, "info", "已通报")  # minutes still open
        s.commit()
    # The backlog comes back on the next meeting's agenda, under 其他事项.
    with week.db.session() as s:
        later = service.create_meeting(s, admin_user(s), MONDAY + dt.timedelta(days=7))
        service.build_agenda(s, later.id)
        s.commit()
    assert [i.title for i in items(week, later.id) if i.section == 8] == ["防汛准备"]


def test_action_item_life_cycle(week):
    meeting_id, _ = new_meeting(week)
    item = items(week, meeting_id)[0]
    with week.db.session() as s:
        me = admin_user(s)
        with pytest.raises(InputError, match="责任单位或责任人"):
            service.record_outcome(s, me, item.id, "decision", "三日内清理")
        service.record_outcome(s, me, item.id, "decision", "三日内清理完毕", unit_id=week.village_unit,
                               due_date=dt.date(2026, 3, 19))
        s.commit()
        action = s.scalars(select(ActionItem)).one()
        assert action.status == "open"
    # Open at the next meeting: it is reviewed first.
    with week.db.session() as s:
        next_one = service.create_meeting(s, me, MONDAY + dt.timedelta(days=7))
        service.build_agenda(s, next_one.id)
        s.commit()
    first = items(week, next_one.id)[0]
    assert first.section == 1 and first.title == "待办:三日内清理完毕" and first.action_item_id == action.id
    with week.db.session() as s:
        with pytest.raises(InputError, match="完成情况"):
            service.complete_action(s, action.id, "")
        service.complete_action(s, action.id, "已清理")
        s.commit()
        # Done, and due before the window of the meeting after next: no longer on the agenda.
        assert 1 not in sections(builder.build(s, MONDAY + dt.timedelta(days=14)))
        # Done but due within the window of the next meeting: reviewed once more, as done.
        reviewed = sections(builder.build(s, MONDAY + dt.timedelta(days=7)))[1]
        assert reviewed == ["待办:三日内清理完毕"]


def test_dispatch_outcome_moves_the_incident(week):
    meeting_id, _ = new_meeting(week)
    with week.db.session() as s:
        item = service.add_item(s, meeting_id, "路灯维修", incident_id=week.fresh)
        s.commit()
        service.record_outcome(s, admin_user(s), item.id, "dispatch", "由住建办处理", unit_id=week.housing)
        s.commit()
    assert week.get(week.fresh).status == "dispatched" and week.get(week.fresh).unit_id == week.housing


def test_pdfs_list_the_items_in_order(week, tmp_path):
    meeting_id, _ = new_meeting(week)
    with week.db.session() as s:
        attendees = views.agenda(s, meeting_id).attendees
        service.set_present(s, attendees[0][0], True)
        service.set_present(s, attendees[1][0], False)
        first = items(week, meeting_id)[0]
        service.record_outcome(s, admin_user(s), first.id, "decision", "限期整改",
                               unit_id=week.village_unit, due_date=dt.date(2026, 3, 20))
        s.commit()
        view = views.agenda(s, meeting_id)
    text = "".join(p.extract_text() for p in PdfReader(agenda_pdf(view, tmp_path / "a.pdf")).pages)
    titles = [i.title.split("(")[0] for i in view.items]
    positions = [text.find(t) for t in titles]
    assert -1 not in positions and positions == sorted(positions)
    assert "嘉善县西塘镇" in text and "主持:镇长" in text and "第 1 页" in text
    minutes = "".join(p.extract_text() for p in PdfReader(minutes_pdf(view, tmp_path / "m.pdf")).pages)
    assert "限期整改" in minutes and "东塘村" in minutes and "到会" in minutes and "缺席" in minutes


def test_a_section_limit_is_spent_on_incidents_no_earlier_section_listed(week):
    from gridcommand.meetings.settings import MeetingSettings

    week.move("escalate", week.overdue_old, at(9))
    week.move("escalate", week.overdue_old, at(9))  # overdue and at the township: section 2
    with week.db.session() as s:
        one_each = MeetingSettings(max_items_per_section=1)
        got = {d.section: d.incident_id for d in builder.build(s, MONDAY, one_each) if d.incident_id}
    assert got[2] == week.overdue_old and got[3] == week.escalated  # not an empty section 3


def test_a_fitted_agenda_saved_with_its_unit_slot_and_written_report(week):
    """Two overdue incidents of one unit answer in one slot; a short meeting notes the rest in
    writing, which moves to the next meeting in one step."""
    from gridcommand.models import Setting

    for incident in (week.overdue_old, week.overdue_new):
        week.move("dispatch", incident, at(15, 11), week.housing)
    with week.db.session() as s:
        s.add(Setting(key="meeting.length_minutes", value="25"))
        s.commit()
        meeting = service.create_meeting(s, admin_user(s), MONDAY)
        service.build_agenda(s, meeting.id)
        s.commit()
        view = views.agenda(s, meeting.id)
    unit = next(i for i in view.items if i.kind == "unit")
    beneath = [i for i in view.items if i.parent_id == unit.id]
    assert unit.title == "住建办报到:超期事项 2 件" and unit.minutes == 3 + 2
    assert [i.incident_id for i in beneath] == [week.overdue_old, week.overdue_new]  # most overdue first, linked
    written = next(i for i in view.items if i.kind == "written")
    noted = [i for i in view.items if i.parent_id == written.id]
    assert noted and all(i.minutes == 0 for i in noted) and view.total_minutes <= view.length_minutes == 25
    positions = [i.id for i in view.items]
    assert positions.index(unit.id) + 1 == positions.index(beneath[0].id)  # listed right beneath it
    with week.db.session() as s:
        service.to_backlog(s, written.id)  # "move to next meeting"
        service.drop_item(s, unit.id)
        s.commit()
        left = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)).all()
        backlog = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id.is_(None))).all()
        assert {i.id for i in backlog} == {i.id for i in noted} and all(i.parent_id is None for i in backlog)
        assert not {unit.id, written.id, *(i.id for i in beneath)} & {i.id for i in left}


def test_a_section_whose_items_went_to_the_written_report_says_where_they_are(tmp_path):
    """Not "(本周无)" when its key persons are listed in the written report 书面通报."""
    from gridcommand.meetings.views import AgendaView, ItemView, written_by_section

    def item(id_, section, title, kind="item", parent=None, person=None):
        return ItemView(id_, id_, section, title, "", None, None, None, None, None, "", 0, None, None, kind, parent,
                        key_person_id=person)
    written = item(10, 7, "书面通报:2 项(会议知悉,不作讨论)", "written")
    view = AgendaView(1, "嘉善县西塘镇", "2026-03-16 周例会", "weekly", MONDAY, 90, "镇长", "", False,
                      [item(9, 7, "本周数据"), written, item(11, 7, "红色重点人员 张某 走访逾期", parent=10, person=5),
                       item(12, 7, "橙色重点人员 李某 走访逾期", parent=10, person=6)])
    assert written_by_section(view) == {6: 2}
    text = "".join(p.extract_text() for p in PdfReader(agenda_pdf(view, tmp_path / "a.pdf")).pages)
    assert "六、重点人员走访" in text and "2 项列入七、本周数据通报的书面通报" in text
    assert "五、多发问题研判(本周无)" in text.replace("\n", "")
