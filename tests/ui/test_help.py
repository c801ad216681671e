"""Nothing silent: Help (F1) lists every shortcut the window offers and what each panel is for;
a button pressed with nothing chosen, or on a locked month, says why nothing happens; a decided
candidate leaving the list says where it went."""

import pytest
from PySide6.QtGui import QAction, QKeySequence

from ui.dialogs.help import HelpDialog, _plain
from ui.panels.performance.dock import PerformanceDock

from .conftest import make_runner, make_window
from .test_performance_ui import open_month


@pytest.mark.parametrize("user, role", [("duty1", "duty"), ("hr", "hr"), ("admin", "admin")])
def test_help_lists_every_shortcut_and_every_panel_of_the_user(qtbot, demo_db, settings, user, role):
    window = make_window(qtbot, make_runner(demo_db, user, (role,)), settings)
    help_action = next(a for a in window.findChildren(QAction) if a.objectName() == "help.contents")
    assert help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    listed = {(dialog.keys.item(r, 0).text(), dialog.keys.item(r, 1).text()) for r in range(dialog.keys.rowCount())}
    offered = {(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), _plain(a.text()))
               for a in window.findChildren(QAction) if not a.shortcut().isEmpty() and a.isVisible()
               and a.associatedObjects()}  # in a menu
    assert offered and offered <= listed
    assert ("Alt+1", "Incident queue") in listed and ("Ctrl+F", "Search the queue") in listed
    panels = dialog.panels.toPlainText()
    for dock, forward in window.dock_keys():
        assert (dock.windowTitle() in panels) == forward.isVisible()
        assert dock.purpose() and (dock.purpose()[:40] in panels) == forward.isVisible()


def test_buttons_with_nothing_to_act_on_say_why(qtbot, demo_db, monkeypatch):
    told = []
    monkeypatch.setattr("ui.panels.performance.dock.QMessageBox.information", lambda _p, _t, words: told.append(words))
    dock = PerformanceDock(make_runner(demo_db, "hr", ("hr",)))
    qtbot.addWidget(dock)
    open_month(qtbot, dock)
    dock.decide(True)
    dock.adjust()
    dock.log_visit()
    assert told == ["Choose a candidate in the list first.", "Choose a worker in the ranking first.",
                    "Choose a key person in the list first."]


def test_compute_on_a_locked_month_says_it_is_locked(qtbot, demo_db):
    dock = PerformanceDock(make_runner(demo_db, "hr", ("hr",)))
    qtbot.addWidget(dock)
    locked = "2026-09"
    open_month(qtbot, dock, locked)
    assert dock.result.locked
    with qtbot.waitSignal(dock.sig_message, timeout=20_000) as said:
        dock.compute()
    assert said.args[0].startswith(f"{locked} is locked")


def test_a_decided_candidate_says_where_it_went(qtbot, demo_db, answers):
    from sqlalchemy import select, update

    from gridcommand.models import Evaluation

    with demo_db.session() as s:  # one worker failed the locked month: a yellow-card candidate
        staff_id = s.scalars(select(Evaluation.staff_id).where(Evaluation.month == "2026-09")).first()
        s.execute(update(Evaluation).where(Evaluation.staff_id == staff_id, Evaluation.month == "2026-09")
                  .values(total=50.0, grade="不合格"))
        s.commit()
    dock = PerformanceDock(make_runner(demo_db, "hr", ("hr",)))
    qtbot.addWidget(dock)
    open_month(qtbot, dock, "2026-09")
    assert dock.candidates.rowCount() > 0
    dock.candidate_view.selectRow(0)
    name = dock._current(dock.candidate_view).name
    answers.append({"reason": "当月考核不合格,予以黄牌警告"})
    with qtbot.waitSignal(dock.sig_message) as said:
        dock.decide(True)
    assert said.args[0].startswith(f"Approved: {name}") and "career record" in said.args[0]
