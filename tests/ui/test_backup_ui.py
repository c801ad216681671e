"""File ▸ Backup and File ▸ Restore as an administrator uses them, the daily backup at start,
and neither offered to other roles."""

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from gridcommand.ops.unit_of_work import read
from gridcommand.record import audit
from ui.actions import ActionId
from ui.dialogs import backup as backup_ui
from ui.dialogs.backup import RestoreDialog

from .conftest import make_runner, make_window


def _quiet(monkeypatch) -> list[str]:
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    return said


def test_backup_and_restore_from_the_file_menu(qtbot, demo_db, settings, tmp_path, monkeypatch):
    said = _quiet(monkeypatch)
    window = make_window(qtbot, make_runner(demo_db), settings)
    assert window.actions_by_id[ActionId.BACKUP].isVisible()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "copy.sqlite"), ""))
    window.actions_by_id[ActionId.BACKUP].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert str(tmp_path / "copy.sqlite") in said[0] and "#" in said[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(tmp_path / "copy.sqlite"), ""))
    window.actions_by_id[ActionId.VERIFY_BACKUP].trigger()  # a kept backup checked, nothing replaced
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    assert "full integrity check" in said[1] and str(tmp_path / "copy.sqlite") in said[1]

    shown = []

    def answer(dialog: RestoreDialog) -> int:
        shown.append({name: dialog.findChild(object, name).text()
                      for name in ("backupFile", "backupTownship", "backupMadeAt", "backupAuditHead")})
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(RestoreDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(tmp_path / "copy.sqlite"), ""))
    with qtbot.waitSignal(window.sig_restored, timeout=30_000):
        window.actions_by_id[ActionId.RESTORE].trigger()
    assert shown[0]["backupTownship"] == "嘉善县西塘镇" and shown[0]["backupAuditHead"].startswith("#")
    assert "2026-" in shown[0]["backupMadeAt"]
    assert "before-restore-" in said[-1]
    assert read(demo_db, audit.entries, "file", "copy.sqlite")[-1].action == "restore"


def test_restoring_asks_first_and_a_no_changes_nothing(qtbot, demo_db, settings, tmp_path, monkeypatch):
    said = _quiet(monkeypatch)
    runner = make_runner(demo_db)
    window = make_window(qtbot, runner, settings)
    made = []
    backup_ui.start_backup(window, runner, tmp_path / "copy.sqlite")
    # Done when it says so: the file is in place a moment before the backup's audit entry.
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    monkeypatch.setattr(RestoreDialog, "exec", lambda _dialog: made.append(1) or QDialog.DialogCode.Rejected)
    head = read(demo_db, audit.head)
    backup_ui.start_restore(window, runner, tmp_path / "copy.sqlite", lambda: made.append("restored"))
    qtbot.waitUntil(lambda: bool(made), timeout=20_000)
    qtbot.wait(200)
    assert made == [1] and read(demo_db, audit.head) == head


def test_the_restore_dialog_says_what_is_replaced(qtbot, demo_db, tmp_path):
    from gridcommand.record.backup import backup

    info = backup(demo_db, tmp_path / "copy.sqlite")
    dialog = RestoreDialog(info, demo_db.describe())
    qtbot.addWidget(dialog)
    assert demo_db.describe() in dialog.findChild(object, "restoreWarning").text()
    assert dialog.findChild(object, "backupAuditHead").text() == info.pin


def test_only_administrators_are_offered_backup_and_restore(qtbot, demo_db, settings):
    window = make_window(qtbot, make_runner(demo_db, "leader"), settings)
    for action in (ActionId.BACKUP, ActionId.RESTORE):
        assert not window.actions_by_id[action].isVisible()


def test_the_first_seat_of_the_day_backs_up_in_the_background(qtbot, demo_db, settings):
    window = make_window(qtbot, make_runner(demo_db, "duty1"), settings)
    with qtbot.waitSignal(window.daily_backup.sig_message, timeout=30_000) as message:
        window.daily_backup.start()
    assert "gridcommand-" in message.args[0]
    window.daily_backup.stop()
