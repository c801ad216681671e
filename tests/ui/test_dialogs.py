"""Import dialog (check, see errors, import all or nothing) and the first-run questions."""

from pathlib import Path

from sqlalchemy import func, select

from gridcommand.models import Grid, Township
from gridcommand.ops import accounts
from ui.app import open_window
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.sign_in import SignInDialog
from ui.widgets.form import FormDialog, FormField

from ..factories import PASSWORD
from ..persistence.test_import import GRIDS, write_csv


def _wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=10_000)


def _grids(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Grid))


def test_bad_file_shows_errors_and_changes_nothing(qtbot, demo_db, runner, settings, tmp_path):
    dialog = ImportDialog(runner, settings)
    qtbot.addWidget(dialog)
    headers, rows = GRIDS
    dialog.set_file("grids", write_csv(tmp_path / "bad.csv", (headers, [["G1", "", "东塘村", "", "x", ""]])))
    before = _grids(demo_db)
    dialog.check()
    _wait_idle(qtbot, dialog)
    assert dialog.errors.rowCount() == 2
    problems = {dialog.errors.item(r, 1).text() for r in range(2)}
    assert problems == {"网格名称", "户数"}
    assert not dialog.import_button.isEnabled()
    assert _grids(demo_db) == before


def test_check_then_import(qtbot, demo_db, runner, settings, tmp_path):
    dialog = ImportDialog(runner, settings)
    qtbot.addWidget(dialog)
    dialog.set_file("grids", write_csv(tmp_path / "good.csv", GRIDS))
    before = _grids(demo_db)
    dialog.check()
    _wait_idle(qtbot, dialog)
    assert dialog.import_button.isEnabled() and _grids(demo_db) == before
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000) as blocker:
        dialog.commit()
    _wait_idle(qtbot, dialog)
    assert blocker.args[0].created == 3
    assert _grids(demo_db) == before + 3
    dialog.path.setText(str(tmp_path / "other.csv"))
    assert not dialog.import_button.isEnabled()  # a changed file must be checked again


def test_first_run_names_the_township_and_its_administrator(qtbot, sqlite_db):
    dialog = FirstRunDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.password.setText("12345678")
    dialog.again.setText("12345678")
    dialog.accept()
    assert "are required" in dialog.message.text() and dialog.result() == 0
    dialog.township.setText("西塘镇")
    dialog.county.setText("嘉善县")
    dialog.name.setText("王管理")
    dialog.again.setText("different")
    dialog.accept()
    assert "differ" in dialog.message.text() and dialog.result() == 0
    dialog.again.setText("12345678")
    dialog.accept()
    assert dialog.result() == 1 and dialog.actor.username == "admin" and dialog.actor.roles == {"admin"}
    with sqlite_db.session() as s:
        assert s.scalars(select(Township.name)).one() == "西塘镇"
    assert not accounts.needs_first_start(sqlite_db)


def test_signing_in_and_the_lockout(qtbot, demo_db):
    dialog = SignInDialog(demo_db, "嘉善县西塘镇")
    qtbot.addWidget(dialog)
    dialog.username.setText("hr")
    for attempt in range(1, 6):
        dialog.password.setText("wrong")
        dialog.accept()
        assert dialog.result() == 0 and dialog.password.text() == ""
    assert "locked" in dialog.message.text()
    dialog.password.setText(PASSWORD)  # the right one, but the account is locked now
    dialog.accept()
    assert dialog.result() == 0 and "locked" in dialog.message.text()
    dialog.username.setText("duty1")
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == 1 and dialog.actor.roles == {"duty"}


def test_open_window_as_a_signed_in_user(qtbot, demo_db, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    monkeypatch.setattr("ui.app.open_settings",
                        lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = open_window(demo_db, accounts.sign_in(demo_db, "duty1", PASSWORD))
    qtbot.addWidget(window)
    assert "西塘镇" in window.status_township.text() and "Duty officer" in window.status_user.text()
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 300)  # counted after the first page


def test_dates_are_picked_from_a_calendar_and_handed_on_as_text(qtbot):
    from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

    fields = [FormField("day", "Date", "date", True, default="2026-12-07"),
              FormField("at", "Time", "time", True, default="09:30"),
              FormField("when", "When", "datetime", True, default="2026-11-20 14:05"),
              FormField("due", "Due", "date")]
    dialog = FormDialog("t", fields, lambda v: v)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.editors["day"], QDateEdit) and dialog.editors["day"].calendarPopup()
    assert isinstance(dialog.editors["when"], QDateTimeEdit) and dialog.editors["when"].calendarPopup()
    assert dialog.values() == {"day": "2026-12-07", "at": "09:30", "when": "2026-11-20 14:05", "due": ""}
    dialog.set_value("due", "2026-12-31")
    assert dialog.values()["due"] == "2026-12-31"
    dialog.set_value("due", "")
    assert dialog.values()["due"] == ""  # an optional date may stay empty


def test_file_dialogs_start_in_the_last_folder_of_their_kind(qtbot, tmp_path, monkeypatch, settings):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from ui.widgets.files import save_path

    window = QWidget()
    window.settings = settings
    qtbot.addWidget(window)
    started = []
    (tmp_path / "pdfs").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, start, _filters: started.append(start) or (str(tmp_path / "pdfs" / "a.pdf"), ""))
    assert save_path(window, "meetings", "t", "agenda.pdf", "PDF (*.pdf)") == tmp_path / "pdfs" / "a.pdf"
    save_path(window, "meetings", "t", "minutes.pdf", "PDF (*.pdf)")
    save_path(window, "performance", "t", "ranking.xlsx", "Excel (*.xlsx)")
    assert started[1] == str(tmp_path / "pdfs" / "minutes.pdf")  # where the last meeting PDF went
    assert Path(started[2]).parent == Path.home()  # another kind: not yet
