"""The one path, as a user at two seats sees it: what one seat does appears at the other in
every dock; failures reach the user as messages, never only a console; every table model keeps
Qt's contract."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from gridcommand.base import clock
from gridcommand.base.errors import InputError
from gridcommand.ops import evaluation, incidents, meetings, visits
from gridcommand.store.database import Database
from ui import errors
from ui.panels.meetings.models import AgendaModel, AttendanceModel
from ui.panels.performance.models import VillageFilter, ranking_columns
from ui.widgets.form import FormDialog, FormField
from ui.widgets.rows_model import RowsModel

from ..factories import TODAY, signed_in
from .conftest import make_window
from .test_performance_ui import open_month


@pytest.fixture
def other_seat(demo_db):
    """A second seat on the same file: its own Database object, as another PC would have."""
    with Database(demo_db.url) as db:
        yield db, signed_in(db)


@pytest.fixture
def window(qtbot, runner, settings):
    return make_window(qtbot, runner, settings)


def show(dock) -> None:
    dock.show()
    dock.raise_()


def test_another_seats_work_appears_in_every_dock(window, qtbot, other_seat):
    seat, me = other_seat
    hub = window.runner.hub
    # Meetings: the other seat makes a meeting and adds an item.
    meeting_id = meetings.create(seat, me, clock.at_local(TODAY + dt.timedelta(days=7), 9)).value
    meetings.add_item(seat, me, meeting_id, "另一席位加的议题")
    show(window.meetings)
    hub.poll()
    qtbot.waitUntil(lambda: window.meetings.meeting.findData(meeting_id) >= 0)
    window.meetings.meeting.setCurrentIndex(window.meetings.meeting.findData(meeting_id))
    assert "另一席位加的议题" in [i.title for i in window.meetings.agenda.items]
    # Performance: an adjustment recomputes the month shown here; a visit leaves the reminders.
    performance = window.performance
    show(performance)
    open_month(qtbot, performance, "2026-11")
    staff_no = performance.result.workers[0].staff_no
    evaluation.adjust(seat, me, "2026-11", staff_no, "-3", "另一席位调整")
    due = window.runner.read(visits.reminders)[0]
    worker = performance.result.workers[0].staff_id
    visits.log_visit(seat, me, due.key_person_id, worker, "door", "")
    hub.poll()
    qtbot.waitUntil(lambda: next(w.adjustment.reasons for w in performance.result.workers
                                 if w.staff_no == staff_no) == ("另一席位调整",), timeout=20_000)
    qtbot.waitUntil(lambda: due.key_person_id not in [r.key_person_id for r in performance.reminders.rows])
    # Queue and detail: a move at the other seat.
    window.queue.view.selectRow(0)
    incident_id = window.queue.current_id()
    before = window.detail.detail.version
    incidents.escalate(seat, me, incident_id, "另一席位提级")
    hub.poll()
    # More than one step when the automatic rules act on it too (the demo's days are past).
    qtbot.waitUntil(lambda: window.detail.detail.version > before)
    assert "另一席位提级" in window.detail.browser.toPlainText()
    assert window.queue.current_id() == incident_id  # the selection survived the refresh


def test_a_hidden_dock_catches_up_when_shown(window, qtbot, other_seat):
    seat, me = other_seat
    window.detail.raise_()  # the meetings dock sits behind it
    qtbot.waitUntil(lambda: not window.meetings.on_screen())
    meeting_id = meetings.create(seat, me, clock.at_local(TODAY + dt.timedelta(days=7), 9)).value
    window.runner.hub.poll()
    qtbot.wait(10)
    assert window.meetings.stale and window.meetings.meeting.findData(meeting_id) < 0
    show(window.meetings)
    qtbot.waitUntil(lambda: window.meetings.meeting.findData(meeting_id) >= 0)
    assert not window.meetings.stale


def test_a_pdf_that_cannot_be_written_is_a_message(window, qtbot, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr("ui.widgets.files.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(blocker / "议程.pdf"), ""))
    told = []
    monkeypatch.setattr("ui.ops.QMessageBox.warning", lambda parent, title, text: told.append(text))
    dock = window.meetings
    show(dock)
    meetings.create(window.runner.db, window.runner.actor, clock.at_local(TODAY, 9))
    dock.refresh()
    dock.export_agenda()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "Cannot write" in told[0] and str(blocker) in told[0]
    assert window.isVisible()  # the app keeps running


def test_a_failure_reaches_the_user_with_its_details(qtbot, monkeypatch):
    def broken(_values):
        raise RuntimeError("disk on fire")

    shown = []
    monkeypatch.setattr("ui.widgets.form.show_error", lambda parent, exc, trace="": shown.append(exc))
    dialog = FormDialog("x", [FormField("note", "Note")], broken)
    qtbot.addWidget(dialog)
    dialog.set_value("note", "typed")
    dialog.accept()
    assert not dialog.result() and "failed" in dialog.message.text()
    assert dialog.values()["note"] == "typed" and str(shown[0]) == "disk on fire"


def test_the_error_dialog_copies_its_details(qtbot):
    try:
        raise RuntimeError("database on fire")
    except RuntimeError as exc:
        box = errors.show_error(None, exc)
    qtbot.addWidget(box)
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert box.isVisible() and "database on fire" in QApplication.clipboard().text()
    assert "Traceback" in box.detailedText()


def test_the_excepthook_shows_what_nobody_caught(qtbot, monkeypatch):
    import sys

    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, trace="": shown.append((exc, trace)))
    errors.install_excepthook()
    try:
        raise ValueError("nobody caught me")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert str(shown[0][0]) == "nobody caught me" and "Traceback" in shown[0][1]


def test_runner_attempt_names_a_refusal(runner, monkeypatch, qtbot):
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))

    def refused(db, actor):
        raise InputError("不能这样做")

    assert runner.attempt(None, "t", refused) == (False, None) and told == ["不能这样做"]


def test_every_table_model_keeps_qts_contract(qtmodeltester, runner, demo_db):
    meeting_id = meetings.create(demo_db, runner.actor, clock.at_local(TODAY, 9)).value
    view = runner.read(meetings.agenda, meeting_id)
    agenda = AgendaModel(lambda *a, **k: None, lambda *a: None)
    agenda.show(view)
    qtmodeltester.check(agenda, force_py=True)
    attendance = AttendanceModel(lambda *a: None)
    attendance.show(view.attendees)
    qtmodeltester.check(attendance, force_py=True)
    month = evaluation.month(demo_db, runner.actor, "2026-10").value.result
    ranking = RowsModel(ranking_columns())
    ranking.show(month.workers)
    qtmodeltester.check(ranking, force_py=True)
    proxy = VillageFilter()
    proxy.setSourceModel(ranking)
    proxy.set_village(month.workers[0].village)
    qtmodeltester.check(proxy, force_py=True)


def test_the_runner_reads_only_operations(runner):
    """A screen reads through gridcommand.ops as its user, never a core function of a session."""
    from gridcommand.ops import queue
    from gridcommand.workflow.queue import status_counts

    assert sum(runner.read(queue.counts).values()) > 0
    with pytest.raises(TypeError, match="not an operation"):
        runner.read(status_counts)
