"""Import dialog (check, see errors, import all or nothing) and the first-run questions."""

from sqlalchemy import func, select

from gridcommand.models import Grid, Township
from ui.app import open_window
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.import_dialog import ImportDialog

from ..persistence.test_import import GRIDS, write_csv
from .conftest import make_runner


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


def test_first_run_names_the_township(qtbot, sqlite_db):
    dialog = FirstRunDialog(make_runner(sqlite_db))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "不能为空" in dialog.message.text() and dialog.result() == 0
    dialog.township.setText("西塘镇")
    dialog.county.setText("嘉善县")
    dialog.accept()
    assert dialog.result() == 1
    with sqlite_db.session() as s:
        assert s.scalars(select(Township.name)).one() == "西塘镇"


def test_open_window_on_a_named_database(qtbot, demo_db, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    monkeypatch.setattr("ui.app.open_settings",
                        lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = open_window(demo_db)
    qtbot.addWidget(window)
    assert "西塘镇" in window.status_township.text()
    assert window.queue.model.rowCount() == 300
