"""Signing in as the app shows it (SPEC §12.1): what each role is offered, the idle lock with a
fake clock, and handing the seat to another user."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

import ui.app
from gridcommand.ops import accounts
from ui.actions import ActionId
from ui.dialogs.sign_in import SWITCH_USER, SignInDialog
from ui.idle_lock import IdleLock

from ..factories import PASSWORD
from .conftest import make_runner, make_window


def test_hr_is_offered_pay_and_no_incident_moves(qtbot, demo_db, settings, monkeypatch):
    monkeypatch.setattr("ui.main_window.QMessageBox.information", lambda *args: None)
    window = make_window(qtbot, make_runner(demo_db, "hr"), settings)
    assert "HR officer" in window.status_user.text()  # the English source words: no translator in tests
    assert not window.actions_by_id[ActionId.NEW_INCIDENT].isVisible()
    assert not window.actions_by_id[ActionId.IMPORT].isVisible()
    window.queue.view.selectRow(0)
    assert not any(a.isEnabled() for a in window.commands.actions.values())
    with qtbot.waitSignal(window.commands.sig_refused) as refused:
        window.commands.refuse("accept")
    assert "needs one of the roles Duty officer, Administrator" in refused.args[0]
    assert window.performance.may_see_pay and not window.performance.buttons["lock"].isHidden()


def test_a_chair_runs_meetings_and_has_no_performance_dock(qtbot, demo_db, settings):
    window = make_window(qtbot, make_runner(demo_db, "chair"), settings)
    assert window.performance.isHidden() and not window.performance.toggleViewAction().isVisible()
    assert not window.meetings.buttons["new"].isHidden()
    duty = make_window(qtbot, make_runner(demo_db, "duty1"), settings)
    assert duty.meetings.buttons["new"].isHidden() and duty.performance.toggleViewAction().isVisible()


def test_an_idle_seat_locks_and_opens_again_only_for_its_user(qtbot, demo_db, settings, monkeypatch):
    window = make_window(qtbot, make_runner(demo_db, "duty1"), settings)
    now = [0.0]
    lock = IdleLock(window, window.runner, idle_minutes=15, clock=lambda: now[0])
    answers, seen = ["wrong-password", PASSWORD], []

    def exec_(dialog: SignInDialog) -> int:
        seen.append((dialog.username.text(), dialog.username.isReadOnly(), lock.cover.isVisible()))
        dialog.password.setText(answers.pop(0))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", exec_)
    now[0] = 15 * 60 - 1
    lock.check()
    assert not lock.locked and not seen  # one second before the limit
    now[0] = 15 * 60
    lock.check()  # at the limit: locked, asked twice (a wrong password first), open again
    assert seen == [("duty1", True, True), ("duty1", True, True)]
    assert not lock.locked and not lock.cover.isVisible()
    lock.stop()


def test_the_lock_screen_hands_the_seat_to_another_user(qtbot, demo_db, settings, monkeypatch):
    monkeypatch.setattr("ui.app.open_settings", lambda: settings)
    first = ui.app.open_window(demo_db, accounts.sign_in(demo_db, "duty1", PASSWORD))
    qtbot.addWidget(first)
    first.show()
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: SWITCH_USER)
    monkeypatch.setattr("ui.app.sign_in", lambda db: accounts.sign_in(db, "leader", PASSWORD))
    with qtbot.waitSignal(first.sig_switch_user):
        first.lock.lock()
    second = ui.app._WINDOWS[-1]
    qtbot.addWidget(second)
    assert second is not first and second.runner.actor.username == "leader"
    assert not first.isVisible() and "Leader" in second.status_user.text()


def test_escape_does_not_open_a_locked_seat(qtbot, demo_db):
    duty = accounts.sign_in(demo_db, "duty1", PASSWORD)
    dialog = SignInDialog(demo_db, locked_user=duty)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_duty_staff_may_show_a_masked_phone_and_hr_may_not(qtbot, demo_db, settings, monkeypatch):
    from sqlalchemy import select

    from gridcommand.models import Incident

    with demo_db.session() as s:
        incident_id = s.scalars(select(Incident.id).where(Incident.reporter_phone.is_not(None))).first()
    shown = []
    monkeypatch.setattr("ui.panels.detail.dock.QMessageBox.information",
                        lambda parent, title, text: shown.append(text))
    duty = make_window(qtbot, make_runner(demo_db, "duty1"), settings)
    duty.open_incident(incident_id)
    assert "****" in duty.detail.browser.toPlainText() and not duty.detail.reveal_button.isHidden()
    duty.detail.reveal()
    assert shown and "****" not in shown[0] and "audit log" in shown[0]  # (no translator in tests)
    hr = make_window(qtbot, make_runner(demo_db, "hr"), settings)
    hr.open_incident(incident_id)
    assert hr.detail.reveal_button.isHidden()
