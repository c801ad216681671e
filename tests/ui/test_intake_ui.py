"""Work orders from the screens: a source mapped from a sample export with made-up columns and
previewed, a file taken in from the Incident menu, a likely repeat linked, and the inbox folder
looked at by the seat."""

import os
import time

from PySide6.QtWidgets import QMessageBox, QPushButton

from gridcommand.base.enums import Status
from gridcommand.demo.orders import orders, write_xlsx
from gridcommand.ops import intake

from .conftest import make_runner, make_window

ODD = ("单号", "时间", "姓名", "电话", "位置", "类型", "群众诉求", "时限", "紧急程度", "承办单位", "回访结果")


def _orders(runner, rows, **kwargs) -> list[tuple]:
    """A made-up hotline export's rows about the demo township (the demo's own tool)."""
    with runner.db.read_session() as session:
        return orders(session, rows, **kwargs)


def sample(runner, path, rows=30):
    """The hotline's export, but with the columns called as no other system calls them."""
    made = _orders(runner, rows, seed=7)
    write_xlsx(path, [*made])
    from openpyxl import load_workbook

    book = load_workbook(path)
    for n, name in enumerate(ODD, start=1):
        book.active.cell(1, n).value = name
    book.save(path)
    return path


def test_a_source_is_mapped_from_a_sample_and_its_file_taken_in(qtbot, runner, settings, tmp_path, monkeypatch):
    from ui.dialogs.intake_sources import IntakeSourcesDialog

    path = sample(runner, tmp_path / "hotline.xlsx")
    dialog = IntakeSourcesDialog(runner)
    qtbot.addWidget(dialog)
    editor = dialog.create()
    editor.name.setText("12345热线")
    editor.sample.setText(str(path))  # typed, not browsed to
    editor.sample.setModified(True)
    editor.sample.editingFinished.emit()
    guessed = {k: c.currentData() for k, c in editor.columns.items() if c.currentData()}
    assert guessed == {"order_no": "单号", "colour": "紧急程度", "contact": "姓名", "phone": "电话",
                       "reported_at": "时间", "time_limit": "时限"}
    for key, column in (("content", "群众诉求"), ("address", "位置"), ("category", "类型")):
        combo = editor.columns[key]
        combo.setCurrentIndex(combo.findData(column))
    editor.preview()
    assert editor.rows.rowCount() == 20
    assert {editor.rows.item(r, 0).text() for r in range(20)} == {"✓"}
    assert editor.rows.item(0, 4).text()  # the title, from the text
    assert editor.rows.item(0, 6).text()  # the grid, found from the address
    editor.accept()
    assert editor.result() == 1 and "12345热线" in [s.name for s in dialog.model.rows]
    dialog.days.setValue(3)
    dialog.findChild(QPushButton, "repeatSave").click()

    assert runner.read(intake.repeats).days == 3

    duty = make_runner(runner.db, "duty", ("duty",))
    window = make_window(qtbot, duty, settings)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: asked.append(a[2]))
    assert window.actions_by_id["incident.takeIn"].isVisible()
    from ui.intake import take_in_file

    take_in_file(window, path, "12345热线")
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    assert "新增 30" in asked[0] or "30 new" in asked[0]
    assert sum(s.orders for s in runner.read(intake.sources_listed)) == 30


def test_a_likely_repeat_is_linked_from_its_list(qtbot, runner, settings, tmp_path):
    from ui.dialogs.intake_sources import IntakeSourcesDialog
    from ui.dialogs.repeats import RepeatsDialog

    path = tmp_path / "hotline.xlsx"
    write_xlsx(path, _orders(runner, 40, seed=3, repeats=0.3))
    sources = IntakeSourcesDialog(runner)
    qtbot.addWidget(sources)
    editor = sources.create()
    editor.name.setText("12345热线")
    editor.set_sample(path)
    editor.accept()
    from gridcommand.ops import intake

    runner.call(intake.take_in, "12345热线", path)
    opened = []
    dialog = RepeatsDialog(runner, opened.append)
    qtbot.addWidget(dialog)
    flags = dialog.model.rows
    assert flags and len(flags) == len(runner.read(intake.open_flags))
    dialog.table.selectRow(0)
    dialog.buttons["repeatsShowOriginal"].click()
    assert opened == [flags[0].original.id]
    dialog.buttons["repeatsLink"].click()
    assert len(dialog.model.rows) == len(flags) - 1  # the list follows the change
    with runner.db.session() as s:
        from gridcommand.models import Incident

        linked = s.get(Incident, flags[0].new.id)
        assert (linked.status, linked.duplicate_of_id) == (Status.CANCELLED, flags[0].original.id)


def test_the_seat_watches_the_inbox_folder(qtbot, runner, settings, tmp_path):
    from gridcommand.intake import mapping
    from gridcommand.intake.sources import SourceForm
    from gridcommand.ops import intake

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = write_xlsx(inbox / "today.xlsx", _orders(runner, 12, seed=9))
    old = time.time() - 60
    os.utime(path, (old, old))
    from gridcommand.imports.reader import read_sheet

    columns = mapping.guess(read_sheet(path).headers)
    runner.call(intake.save_source, SourceForm("12345热线", columns=columns, inbox=str(inbox)))
    duty = make_runner(runner.db, "duty", ("duty",))
    window = make_window(qtbot, duty, settings)
    said = []
    window.inbox.sig_message.connect(said.append)
    window.start_upkeep()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    window.inbox.stop()
    window.daily_backup.stop()
    assert (inbox / "done" / "today.xlsx").exists() and (inbox / "done" / "today.xlsx.report.txt").exists()
    assert said == ["Inbox: 1 file(s) taken in"]
    assert sum(s.orders for s in runner.read(intake.sources_listed)) == 12


def test_the_grid_and_category_are_corrected_from_the_incident_menu(qtbot, runner, settings, answers):
    from sqlalchemy import select

    from gridcommand.models import Category, Grid, Incident

    from .test_closed_loop import select_code

    with runner.db.session() as s:
        incident = s.scalars(select(Incident).where(Incident.status == "reported").order_by(Incident.id)).first()
        other = s.scalar(select(Grid.id).where(Grid.id != incident.grid_id).order_by(Grid.id))
        noise = s.execute(select(Category.parent_id, Category.id).where(Category.name == "噪音扰民")).one()
        code = incident.code
    window = make_window(qtbot, make_runner(runner.db, "duty", ("duty",)), settings)
    select_code(window, code)
    qtbot.waitUntil(window.commands.actions["relocate"].isEnabled, timeout=3000)
    answers.append({"grid": other, "kind": "{}/{}".format(*noise), "reason": "来电地址在另一个网格"})
    window.commands.actions["relocate"].trigger()
    assert answers.seen[-1].result() == 1, answers.seen[-1].message.text()
    with runner.db.session() as s:
        moved = s.scalars(select(Incident).where(Incident.code == code)).one()
        assert (moved.grid_id, moved.category_id, moved.subcategory_id) == (other, *noise)
    qtbot.waitUntil(lambda: "Grid or category corrected" in window.detail.browser.toPlainText(), timeout=3000)
