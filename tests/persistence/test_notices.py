"""Supervision notices 督办通知单: for the items a unit holds that are overdue now or carry a card
given to it — shown before anything is numbered, numbered per year without gaps across
sessions, noted on each incident's timeline, read back from the PDF, counted in the unit's
monthly ranking, withdrawn with a reason (the number stays used)."""

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from gridcommand.base.clock import SHANGHAI
from gridcommand.base.errors import InputError
from gridcommand.figures.unit_scores import monthly_ranking
from gridcommand.models import AuditEntry, Incident, IncidentCard, IncidentEvent, SupervisionNotice
from gridcommand.ops import notices as notice_ops
from gridcommand.workflow import notices

from ..factories import admin_user, signed_in
from .test_workflow import T0, H, office  # noqa: F401 — a township with a worker and units

LATE = T0 + 100 * H  # the blue incidents accepted at T0 are due 72 h later


def issue_to(session, units, now, user=None):
    """Every item planned for ``units`` at ``now``, issued."""
    planned = notices.plan(session, units, now=now)
    return notices.issue(session, user or admin_user(session), notice_ops.chosen(planned), now)


@pytest.fixture
def late(office):  # noqa: F811
    """Two incidents of 住建办 overdue at LATE, one with a yellow card; one of 派出所 on time."""
    ids = []
    for unit in (office.housing, office.housing, office.police):
        i = office.report(at=T0)
        office.move("accept", i, T0)
        office.move("dispatch", i, T0 + H, unit)
        ids.append(i)
    office.move("sign", ids[2], T0 + 2 * H, office.police)
    office.move("resolve", ids[2], T0 + 3 * H, "已修")
    with office.db.session() as s:
        s.add(IncidentCard(incident_id=ids[0], colour="yellow", step="resolve", step_due_at=T0 + 72 * H,
                           issued_at=T0 + 73 * H, unit_id=office.housing))
        s.commit()
    office.ids = ids
    return office


def test_a_notice_names_the_units_overdue_and_carded_items(late):
    with late.db.session() as s:
        assert notices.due_units(s, LATE) == [late.housing]
        issued = issue_to(s, [late.housing, late.police], LATE)
        s.commit()
        events = s.scalars(select(IncidentEvent).where(IncidentEvent.action == "notice")).all()
    [notice] = issued  # 派出所 has nothing to answer for: no notice
    assert notice.serial == "督办〔2026〕第 1 号" and notice.unit == "住建办"
    assert [i.incident_id for i in notice.items] == late.ids[:2]
    first = notice.items[0]
    assert first.yellow_cards == 1 and first.late == LATE - (T0 + 72 * H)
    assert notice.answer_by == dt.date(2026, 3, 9)  # LATE is 6 March (Shanghai) + 3 days
    assert sorted(e.incident_id for e in events) == sorted(late.ids[:2])
    assert all("督办〔2026〕第 1 号" in e.note for e in events)


def test_numbers_run_on_through_the_year_and_start_again_the_next(late):
    with late.db.session() as s:
        issue_to(s, [late.housing], LATE)
        s.commit()
    with late.db.session() as s:  # another session: a restart, another seat
        issue_to(s, [late.housing], LATE + H)
        s.commit()
        numbers = s.execute(select(SupervisionNotice.year, SupervisionNotice.number)
                            .order_by(SupervisionNotice.id)).all()
    assert numbers == [(2026, 1), (2026, 2)]
    with late.db.session() as s:
        nye = dt.datetime(2027, 1, 1, 0, 0, tzinfo=SHANGHAI)
        assert issue_to(s, [late.housing], nye)[0].serial == "督办〔2027〕第 1 号"
        assert issue_to(s, [late.housing], nye - dt.timedelta(minutes=1))[0].serial \
            == "督办〔2026〕第 3 号"  # one minute before the new year: still the old year's


def test_nothing_to_answer_for_is_refused(late):
    with late.db.session() as s, pytest.raises(InputError, match="无需发督办通知单"):
        issue_to(s, [late.police], LATE)


def test_issued_as_a_pdf_and_counted_in_the_ranking(late, tmp_path):
    duty = signed_in(late.db, "duty", ("duty",))
    written = notice_ops.issue(late.db, duty, notice_ops.chosen(notice_ops.plan(late.db, duty)),
                               tmp_path / "notices.pdf").value
    pages = PdfReader(written[0]).pages
    text = "\n".join(p.extract_text() for p in pages).replace(" ", "")
    assert len(pages) == 1
    for said in ("督办通知单", "督办〔2026〕第1号", "住建办", "回执(督办〔2026〕第1号)", "负责人签字"):
        assert said in text, said
    with late.db.session() as s:
        codes = [s.get(Incident, i).code for i in late.ids[:2]]
        month = dt.datetime.now(SHANGHAI).strftime("%Y-%m")
        ranking = {u.unit: u.notices for u in monthly_ranking(s, month)}
    assert all(code in text for code in codes) and ranking["住建办"] == 1
    separate = notice_ops.issue(late.db, duty, notice_ops.chosen(notice_ops.plan(late.db, duty, [late.housing])),
                                tmp_path, separate=True).value
    assert [p.name for p in separate] == [f"督办〔{dt.datetime.now(SHANGHAI).year}〕第 2 号 住建办.pdf"]


def test_from_the_command_line(late, tmp_path, monkeypatch, capsys):
    from gridcommand.cli.main import main

    from ..factories import PASSWORD

    signed_in(late.db, "duty", ("duty",))
    monkeypatch.setenv("GRIDCOMMAND_USER", "duty")
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", PASSWORD)
    url = late.db.url.render_as_string(hide_password=False)
    assert main(["--database-url", url, "notices", "--units", "住建办", "--pdf", str(tmp_path / "n.pdf")]) == 0
    assert "督办通知单已写入" in capsys.readouterr().out and (tmp_path / "n.pdf").exists()
    assert main(["--database-url", url, "notices", "--units", "不存在办", "--pdf", str(tmp_path / "x.pdf")]) == 1
    said = capsys.readouterr()
    assert "不存在办" in said.err + said.out


def test_two_seats_issuing_at_once_take_the_next_numbers_without_a_gap(late):
    """Seat B asks for a number while seat A holds one not yet committed: B waits, is stepped past
    A's number, and takes the next one; A giving its number back (a failed PDF) leaves no gap."""
    if late.db.is_sqlite:
        pytest.skip("SQLite serializes writing units of work: the second seat starts after the first commits")
    import threading

    taken: dict[str, str] = {}

    def seat_b():
        with late.db.write_session() as s:
            taken["b"] = issue_to(s, [late.housing], LATE)[0].serial
            s.commit()

    with late.db.write_session() as a:
        taken["a"] = issue_to(a, [late.housing], LATE)[0].serial
        other = threading.Thread(target=seat_b)
        other.start()
        other.join(0.5)
        assert other.is_alive()  # waiting for seat A's number to be committed or given back
        a.commit()
    other.join(10)
    assert (taken["a"], taken["b"]) == ("督办〔2026〕第 1 号", "督办〔2026〕第 2 号")
    with late.db.write_session() as a:
        assert issue_to(a, [late.housing], LATE)[0].serial == "督办〔2026〕第 3 号"
        other = threading.Thread(target=seat_b)
        other.start()
        other.join(0.5)
        a.rollback()  # seat A's PDF could not be written: nothing issued
    other.join(10)
    assert taken["b"] == "督办〔2026〕第 3 号"


@pytest.fixture
def mixed(office):  # noqa: F811
    """住建办 holds four items at LATE: one overdue; one carded for 住建办 and not overdue; one
    carded for 派出所 only; one neither (the demo's 41 of 65 were like the last two)."""
    def held(at):
        i = office.report(at=at)
        office.move("accept", i, at)
        office.move("dispatch", i, at + H, office.housing)
        return i

    overdue = held(T0)
    carded, other_card, neither = (held(T0 + 50 * H) for _ in range(3))  # due T0 + 122 h
    with office.db.session() as s:
        for incident_id, unit in ((carded, office.housing), (other_card, office.police)):
            s.add(IncidentCard(incident_id=incident_id, colour="yellow", step="accept", step_due_at=T0 + 50.5 * H,
                               issued_at=T0 + 50.5 * H, unit_id=unit))
        s.commit()
    office.ids = dict(overdue=overdue, carded=carded, other_card=other_card, neither=neither)
    return office


def test_only_items_overdue_or_carded_for_the_unit_are_listed(mixed):
    ids = mixed.ids
    with mixed.db.session() as s:
        [planned] = notices.plan(s, now=LATE)
        assert (planned.unit, [i.incident_id for i in planned.items]) == ("住建办", [ids["overdue"], ids["carded"]])
        first, second = planned.items
        assert first.late == LATE - (T0 + 72 * H) and not first.carded
        assert second.late is None and (second.yellow_cards, second.red_cards) == (1, 0)
        assert s.scalar(select(SupervisionNotice.id)) is None  # a plan numbers nothing
        [notice] = issue_to(s, [mixed.housing], LATE)
        s.commit()
        noted = set(s.scalars(select(IncidentEvent.incident_id).where(IncidentEvent.action == "notice")))
    assert [i.incident_id for i in notice.items] == [ids["overdue"], ids["carded"]]
    assert noted == {ids["overdue"], ids["carded"]}  # no timeline says a notice about the others


def test_the_user_leaves_items_and_units_out(mixed):
    ids = mixed.ids
    with mixed.db.session() as s:
        planned = notices.plan(s, now=LATE)
        kept = notice_ops.chosen(planned, leave_out={ids["carded"]})
        assert kept == {mixed.housing: [ids["overdue"]]}
        [notice] = notices.issue(s, admin_user(s), kept, LATE)
        assert [i.incident_id for i in notice.items] == [ids["overdue"]]
        assert notice_ops.chosen(planned, leave_out={ids["overdue"], ids["carded"]}) == {}
        # An item chosen that is no longer to answer for when issued (resolved meanwhile) is not listed.
        with pytest.raises(InputError, match="无需发督办通知单"):
            notices.issue(s, admin_user(s), {mixed.housing: [ids["neither"]]}, LATE)


def test_a_notice_issued_by_mistake_is_withdrawn_and_its_number_stays_used(mixed):
    duty = signed_in(mixed.db, "duty", ("duty",))
    with mixed.db.session() as s:
        [notice] = issue_to(s, [mixed.housing], LATE)
        s.commit()
    with pytest.raises(InputError, match="理由"):
        notice_ops.withdraw(mixed.db, duty, notice.id, "  ")
    assert notice_ops.find(mixed.db, duty, "督办〔2026〕第 1 号") == notice_ops.find(mixed.db, duty, "2026-1") == notice.id
    assert notice_ops.withdraw(mixed.db, duty, notice.id, "单位交办有误").value == "督办〔2026〕第 1 号"
    with pytest.raises(InputError, match="已于"):
        notice_ops.withdraw(mixed.db, duty, notice.id, "再撤一次")
    with mixed.db.session() as s:
        [shown] = notices.issued(s)
        events = s.execute(select(IncidentEvent.incident_id, IncidentEvent.note)
                           .where(IncidentEvent.action == "notice_withdrawn")).all()
        audit = s.scalars(select(AuditEntry.action).where(AuditEntry.action == "notice.withdraw")).all()
        month = notice.issued_at.astimezone(SHANGHAI).strftime("%Y-%m")
        ranking = {u.unit: u.notices for u in monthly_ranking(s, month)}
        again = issue_to(s, [mixed.housing], LATE + H)[0]
    assert shown.withdrawn and shown.withdraw_reason == "单位交办有误" and shown.withdrawn_by == "duty"
    assert sorted(i for i, _n in events) == sorted([mixed.ids["overdue"], mixed.ids["carded"]])
    assert all(n == "撤回督办通知单 督办〔2026〕第 1 号:单位交办有误" for _i, n in events)
    assert audit == ["notice.withdraw"] and ranking["住建办"] == 0
    assert again.serial == "督办〔2026〕第 2 号"  # never reused


def test_preview_list_and_withdraw_from_the_command_line(mixed, tmp_path, monkeypatch, capsys):
    from gridcommand.base import clock
    from gridcommand.cli.main import main

    from ..factories import PASSWORD

    signed_in(mixed.db, "duty", ("duty",))
    monkeypatch.setattr(clock, "now", lambda: LATE)
    monkeypatch.setenv("GRIDCOMMAND_USER", "duty")
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", PASSWORD)
    url = ["--database-url", mixed.db.url.render_as_string(hide_password=False)]
    with mixed.db.session() as s:
        codes = {k: s.get(Incident, i).code for k, i in mixed.ids.items()}
    assert main([*url, "notices", "--units", "all", "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert "住建办:2 件" in shown and codes["overdue"] in shown and codes["carded"] in shown
    assert codes["neither"] not in shown and codes["other_card"] not in shown and "黄牌 1" in shown
    assert "预览:未编号,未发出" in shown
    assert main([*url, "notices", "--units", "all", "--leave-out", codes["neither"], "--dry-run"]) == 1
    assert codes["neither"] in capsys.readouterr().err
    assert main([*url, "notices", "--units", "all", "--leave-out", codes["carded"],
                 "--pdf", str(tmp_path / "n.pdf")]) == 0
    capsys.readouterr()
    assert main([*url, "notices", "--withdraw", "2026-1", "--reason", "误发"]) == 0
    assert "已撤回督办通知单 督办〔2026〕第 1 号" in capsys.readouterr().out
    assert main([*url, "notices", "--list"]) == 0
    listed = capsys.readouterr().out
    assert "督办〔2026〕第 1 号  住建办" in listed and "已撤回" in listed and "误发" in listed and "1 件" in listed
