"""The reviews dock as a leader works it — deciding findings from the keyboard, adding one,
approving — and as other roles see it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from gridcommand.ops.unit_of_work import read
from gridcommand.reviews import views

from ..factories import signed_in
from .conftest import make_runner, make_window


def _dock(qtbot, demo_db, settings, username="leader", roles=("leader",)):
    window = make_window(qtbot, make_runner(demo_db, username, roles), settings)
    window.reviews.show()
    window.reviews.raise_()
    qtbot.waitUntil(lambda: window.reviews.on_screen() and not window.reviews.stale)  # read when shown
    return window, window.reviews


def _select(dock, state: str) -> None:
    row = next(n for n, r in enumerate(dock.list_model.rows) if r.state == state)
    dock.list_table.selectRow(row)


def test_the_demo_reviews_are_listed_with_their_findings(qtbot, demo_db, settings):
    _window, dock = _dock(qtbot, demo_db, settings)
    assert sorted(r.state for r in dock.list_model.rows) == ["approved", "open"]
    _select(dock, "approved")
    assert dock.view.locked and not dock.buttons["major"].isEnabled()
    assert "approved" in dock.heading.text().lower() or "已审批" in dock.heading.text()
    assert dock.timeline.shown is not None and dock.timeline.plot_widget is not None
    _select(dock, "open")
    assert dock.buttons["major"].isEnabled() and dock.findings_model.rowCount() == len(dock.view.findings)
    assert "Evidence:" in dock.evidence.text()


def test_keys_decide_findings_one_after_another(qtbot, demo_db, settings, answers):
    _window, dock = _dock(qtbot, demo_db, settings)
    _select(dock, "open")
    undecided = [f.number for f in dock.view.findings if f.level is None]
    dock.findings_table.selectRow(undecided[0] - 1)
    dock.findings_table.setFocus()
    answers.append({"reason": "巡查记录显示未按时上门"})
    qtbot.keyClick(dock.findings_table, Qt.Key.Key_2)
    decided = next(f for f in dock.view.findings if f.number == undecided[0])
    assert (decided.level, decided.reason) == ("major", "巡查记录显示未按时上门")
    assert dock._finding().number == undecided[1]  # on to the next undecided one
    answers.append({"reason": ""})  # refused: a reason is required, nothing changes
    qtbot.keyClick(dock.findings_table, Qt.Key.Key_1)
    assert "Reason" in answers.seen[-1].message.text() or "理由" in answers.seen[-1].message.text()


def test_add_a_finding_and_approve(qtbot, demo_db, settings, answers):
    window, dock = _dock(qtbot, demo_db, settings)
    _select(dock, "open")
    review_id = dock.review_id
    answers.append({"summary": "值班日志缺少事发当晚记录"})
    dock.add_finding()
    added = next(f for f in dock.view.findings if f.manual)
    assert added.summary == "值班日志缺少事发当晚记录" and dock._finding().number == added.number
    answers.append({"conclusion": "网格员走访不到位,值班记录不全", "rest": "经核实属客观原因"})
    dock.approve()
    qtbot.waitUntil(lambda: dock.view is not None and dock.view.locked)
    assert not dock.buttons["approve"].isEnabled()
    approved = read(demo_db, views.review, window.runner.actor, review_id)
    assert approved.conclusion == "网格员走访不到位,值班记录不全"
    assert {f.reason for f in approved.findings if f.level == "none"} >= {"经核实属客观原因"}
    assert all(f.level is not None for f in approved.findings)


def test_a_review_is_opened_for_a_serious_incident_chosen_from_a_list(qtbot, demo_db, settings, answers):
    from sqlalchemy import select

    from gridcommand.models import Incident, Review
    from gridcommand.ops import incidents

    _window, dock = _dock(qtbot, demo_db, settings)
    with demo_db.session() as session:
        fire = session.scalar(select(Incident).where(Incident.serious.is_(False), Incident.status == "closed")
                              .order_by(Incident.id).limit(1))
    incidents.mark_serious(demo_db, signed_in(demo_db, "duty1", ("duty",)), fire.id, "造成人员伤亡")
    with demo_db.session() as session:
        reviewed = set(session.scalars(select(Review.incident_id)))
    answers.append({"incident": fire.id, "kind": "fire", "days": "60"})
    dock.open_for_incident()
    listed = answers.seen[-1].editors["incident"]
    offered = [listed.itemData(i) for i in range(listed.count())]
    assert fire.id in offered and not reviewed & set(offered)  # the reviewed ones are not offered
    assert dock.view.incident_code == fire.code and dock.view.window_days == 60
    assert dock.list_model.rows[dock.list_table.currentIndex().row()].code == dock.view.code


def test_the_report_is_written_in_the_background(qtbot, demo_db, settings, tmp_path, monkeypatch):
    _window, dock = _dock(qtbot, demo_db, settings)
    _select(dock, "approved")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "r.pdf"), ""))
    with qtbot.waitSignal(dock.sig_message, timeout=20_000):
        dock.export_pdf()
    assert (tmp_path / "r.pdf").stat().st_size > 10_000


def test_who_sees_what(qtbot, demo_db, settings):
    _window, hr = _dock(qtbot, demo_db, settings, "hr", ("hr",))
    assert len(hr.list_model.rows) == 2 and not hr.buttons["approve"].isVisible()
    chair = make_window(qtbot, make_runner(demo_db, "chair", ("chair",)), settings)
    assert chair.reviews.isHidden() and not chair.reviews.toggleViewAction().isVisible()


def test_nothing_is_read_or_drawn_until_the_dock_is_first_on_screen(qtbot, demo_db, settings):
    window = make_window(qtbot, make_runner(demo_db, "leader", ("leader",)), settings)
    window.detail.raise_()  # the reviews dock behind another's tab
    qtbot.wait(50)
    dock = window.reviews
    assert dock.stale and dock.list_model.rows == [] and dock.timeline.plot_widget is None
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.stale)
    assert len(dock.list_model.rows) == 2 and dock.timeline.plot_widget is not None
