"""Start-up: the sign-in dialog is on screen while the database opens behind it; an OK pressed
before it is open signs in once it is; a new database asks the first start's questions; a
database that cannot be opened is reported, not half-opened."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from gridcommand.ops.unit_of_work import read
from gridcommand.org import township
from gridcommand.store.database import Database
from ui.dialogs.first_run import FirstRunDialog
from ui.opening import open_and_sign_in

from ..factories import PASSWORD


def _when_dialog_shows(act) -> None:
    """``act(dialog)`` once the start's sign-in dialog is on screen."""
    def look():
        shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "signInDialog" and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, look)
            return
        act(shown[0])
    QTimer.singleShot(0, look)


def _gated_open(url, gate: threading.Event):
    def open_db() -> Database:
        assert gate.wait(10), "the test never let the database open"
        return Database(url)
    return open_db


def test_an_ok_pressed_while_the_database_opens_signs_in_once_it_is_open(qtbot, demo_db):
    gate, seen = threading.Event(), {}

    def type_and_press_ok(dialog):
        seen["message"] = dialog.findChild(QLabel, "note").text()
        dialog.username.setText("duty1")
        dialog.password.setText(PASSWORD)
        dialog.accept()
        seen["still_open"] = dialog.isVisible()
        seen["waiting"] = dialog.findChild(QLabel, "note").text()
        gate.set()

    _when_dialog_shows(type_and_press_ok)
    db, actor = open_and_sign_in(_gated_open(demo_db.url, gate))
    try:
        assert seen["message"] == QApplication.translate("SignInDialog", "Opening the database…")
        assert seen["still_open"] and seen["waiting"] == QApplication.translate(
            "SignInDialog", "Opening the database… you are signed in as soon as it is open.")
        assert actor.username == "duty1"
    finally:
        db.close()


def test_a_wrong_password_is_said_in_the_dialog_once_the_database_is_open(qtbot, demo_db):
    gate, seen = threading.Event(), {}

    def wrong_then_cancel(dialog):
        dialog.username.setText("duty1")
        dialog.password.setText("not-the-password")
        dialog.accept()
        gate.set()
        qtbot.waitUntil(lambda: "password" in dialog.message.text())
        seen["message"] = dialog.message.text()
        seen["texts"] = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        dialog.reject()

    _when_dialog_shows(wrong_then_cancel)
    db, actor = open_and_sign_in(_gated_open(demo_db.url, gate))
    db.close()
    assert actor is None and "password" in seen["message"]
    place = read(demo_db, township.label)
    assert f"<b>{place}</b>" in seen["texts"]  # the township, once the database said which


def test_cancelling_before_the_database_is_open_waits_for_it_and_signs_nobody_in(qtbot, demo_db):
    gate = threading.Event()

    def cancel(dialog):
        dialog.reject()
        QTimer.singleShot(50, gate.set)

    _when_dialog_shows(cancel)
    db, actor = open_and_sign_in(_gated_open(demo_db.url, gate))
    assert actor is None
    db.close()


def test_a_new_database_asks_the_first_start_questions(qtbot, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(FirstRunDialog, "exec", lambda dialog: asked.append(dialog) or QDialog.DialogCode.Rejected)
    db, actor = open_and_sign_in(lambda: Database(f"sqlite:///{tmp_path / 'new.sqlite'}"))
    db.close()
    assert len(asked) == 1 and actor is None


def test_a_database_that_cannot_be_opened_is_reported(qtbot, tmp_path):
    def refuse() -> Database:
        raise RuntimeError("这不是网格指挥室的数据库")

    with pytest.raises(RuntimeError, match="不是网格指挥室"):
        open_and_sign_in(refuse)
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "signInDialog" and w.isVisible()]


def test_migrations_say_nothing_at_start_but_warnings():
    import logging

    from ui.app import configure_logging

    configure_logging()
    # Levels, not isEnabledFor: an earlier test's logging.config may have disabled the logger.
    assert logging.getLogger("alembic").level == logging.WARNING
    assert logging.getLogger("alembic.runtime.migration").getEffectiveLevel() == logging.WARNING
