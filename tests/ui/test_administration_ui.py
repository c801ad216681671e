
"""The administrator's screens: a department added and offered for dispatch, categories, the
deadline matrix previewed and saved as a new version, the township's names — each refusal shown
where it was typed, nothing saved."""

import datetime as dt

from PySide6.QtWidgets import QDialog, QMessageBox

from gridcommand.base import clock
from gridcommand.ops import reference, rules
from gridcommand.workflow.deadlines import STEPS
from ui.actions import ActionId

from .conftest import make_window


def test_a_department_added_is_offered_for_dispatch(qtbot, runner, answers):
    from ui.dialogs.units import UnitsDialog

    dialog = UnitsDialog(runner)
    qtbot.addWidget(dialog)
    answers.append({"name": "农业农村办", "kind": "department", "contact_name": "王芳", "contact_phone": "0573-84561234"})
    dialog.create()
    assert "农业农村办" in [u.name for u in dialog.model.rows]  # the list follows the change
    assert "农业农村办" in [u.label for u in runner.read(reference.lists).units]
    answers.append({"name": "农业农村办", "kind": "department"})
    dialog.create()
    assert "exists already" in answers.seen[-1].message.text() and answers.seen[-1].result() == 0
    assert [u.name for u in dialog.model.rows].count("农业农村办") == 1


def test_a_category_and_its_sub_category_then_deactivated(qtbot, runner, answers, monkeypatch):
    from ui.dialogs.categories import CategoriesDialog

    dialog = CategoriesDialog(runner)
    qtbot.addWidget(dialog)
    answers.append({"name": "农业农村", "track": "general"})
    dialog.buttons["categoriesNew"].click()
    row = next(n for n, c in enumerate(dialog.model.rows) if c.name == "农业农村")
    dialog.table.selectRow(row)
    answers.append({"name": "秸秆焚烧", "track": "safety"})
    dialog.buttons["categoriesNewSub"].click()
    sub = next(c for c in dialog.model.rows if c.name == "秸秆焚烧")
    assert sub.parent == "农业农村" and sub.track == "safety"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(next(n for n, c in enumerate(dialog.model.rows) if c.name == "农业农村"))
    dialog.buttons["categoriesActive"].click()
    assert not any(c.active for c in dialog.model.rows if "农业农村" in (c.name, c.parent))


def test_the_red_resolve_time_changed_from_next_monday_with_its_preview(qtbot, runner):
    from ui.dialogs.deadlines import DeadlinesDialog, next_monday

    before = rules.deadline_versions(runner.db, runner.actor)
    dialog = DeadlinesDialog(runner)
    qtbot.addWidget(dialog)
    red_resolve = dialog.matrix.cellWidget(STEPS.index("resolve"), 0)
    old = red_resolve.value()
    red_resolve.setValue(12)
    dialog.show_preview()
    assert f"Resolve Red: {old:g} h → 12 h" in dialog.preview.text()
    assert "open incidents not accepted yet" in dialog.preview.text()
    red_resolve.setValue(0)
    dialog.accept()  # refused by the core: the cell is named, nothing saved
    assert "resolve/red" in dialog.message.text() and dialog.result() == 0
    assert len(rules.deadline_versions(runner.db, runner.actor)) == len(before)
    red_resolve.setValue(12)
    dialog.accept()
    latest = rules.deadline_versions(runner.db, runner.actor)[-1]
    assert latest.effective_from == next_monday() and latest.allowed_hours("resolve", "red") == 12
    monday = clock.local(latest.effective_from)
    assert (monday.weekday(), monday.hour) == (0, 0) and latest.effective_from > dt.datetime.now(dt.timezone.utc)


def test_the_township_renamed_in_the_window_title(qtbot, runner, settings, answers):
    window = make_window(qtbot, runner, settings)
    answers.append({"township": "西塘镇", "county": "嘉善县", "prefix": "西塘"})
    window.administer(ActionId.TOWNSHIP)
    assert "prefix" in answers.seen[-1].message.text()
    answers.append({"township": "西塘镇", "county": "嘉善县", "prefix": "XT"})
    window.administer(ActionId.TOWNSHIP)
    assert window.windowTitle().endswith("嘉善县西塘镇") and window.status_township.text() == "嘉善县西塘镇"
    assert window.findChild(type(window.menuBar().actions()[0].menu()), "adminMenu") is not None


def test_the_scheme_tried_on_a_month_then_saved_from_next_month(qtbot, runner):
    from gridcommand.ops import evaluation
    from ui.dialogs.scheme import SchemeDialog

    dialog = SchemeDialog(runner)
    qtbot.addWidget(dialog)
    name = dialog.grades[0][0]
    for (_name, low, _coefficient), points in zip(dialog.grades, (40, 30, 20, 0)):
        low.setValue(points)  # a lower bar for every grade
    dialog.show_preview()
    assert dialog.shown is not None and dialog.shown.month == dialog.try_month.currentData(), dialog.message.text()
    assert dialog.shown.grades_after[name.text()] >= dialog.shown.grades_before.get(name.text(), 0)
    assert "→" in dialog.preview.toPlainText()
    dialog.numbers[("indicators", "reporting", "points")].setValue(30)
    dialog.accept()
    assert "add up to 100 points; these add up to 105" in dialog.message.text() and dialog.result() == 0
    dialog.numbers[("indicators", "reporting", "points")].setValue(25)
    dialog.accept()
    next_month = dialog.effective.currentData()
    since, rules = evaluation.scheme_for(runner.db, runner.actor, next_month)
    assert since == next_month == clock.shift_month(clock.local(clock.now()).strftime("%Y-%m"), 1)
    assert rules["grades"][0] == [40, name.text()]


def test_meeting_defaults_checked_then_saved(qtbot, runner, settings, answers):
    from gridcommand.ops import administration as admin

    window = make_window(qtbot, runner, settings)
    answers.append({"weekday": 2, "start": "14:30", "length_minutes": "abc"})
    window.administer(ActionId.MEETING_SETTINGS)
    assert "between 15 and 480" in answers.seen[-1].message.text()
    answers.append({"weekday": 2, "start": "14:30", "length_minutes": "60"})
    window.administer(ActionId.MEETING_SETTINGS)
    saved = admin.meeting_settings(runner.db, runner.actor)
    assert (saved.weekday, saved.start.strftime("%H:%M"), saved.length_minutes) == (2, "14:30", 60)
    answers.append({"group_units_from": "3", "written_minutes": "5"})  # how the agenda is fitted: kept with the data
    window.administer(ActionId.MEETING_SETTINGS)
    saved = admin.meeting_settings(runner.db, runner.actor)
    assert (saved.group_units_from, saved.written_minutes, saved.length_minutes) == (3, 5, 60)
    assert saved.start.strftime("%H:%M") == "14:30"  # the dialog opened on the start saved, not on the clock


def test_supervision_notices_shown_before_they_are_numbered(qtbot, runner, settings, monkeypatch, tmp_path):
    """With nothing chosen in the queue, every unit with items to answer for is shown with its
    items — each overdue now or carded — and what the user unticks is left out of the PDF."""
    from pypdf import PdfReader
    from PySide6.QtCore import Qt

    from gridcommand.workflow.notices import plan

    window = make_window(qtbot, runner, settings)
    with runner.db.session() as s:
        planned = plan(s)
    assert planned and all(i.late is not None or i.carded for p in planned for i in p.items)
    shown = {}

    kept = next(n for n, p in enumerate(planned) if len(p.items) > 1)  # a unit with several items

    def choose(dialog):
        dialog.show()
        assert dialog.tree.visualRect(dialog.model.index(0, 0)).height() > 0  # the rows are painted
        rows = [dialog.model.item(r, 0) for r in range(dialog.model.rowCount())]
        items = [(u.child(r, 1).text(), u.child(r, 2).text()) for u in rows for r in range(u.rowCount())]
        shown.update(units=[u.text() for u in rows], items=items, left_out=rows[kept].child(0, 0).text())
        rows[kept].child(0, 0).setCheckState(Qt.CheckState.Unchecked)
        for n, unit in enumerate(rows):  # only that unit's notice is issued, less its first item
            if n != kept:
                unit.setCheckState(Qt.CheckState.Unchecked)
        return True

    target = tmp_path / "notices.pdf"
    monkeypatch.setattr("ui.notices.save_path", lambda *_a: target)
    monkeypatch.setattr("ui.notices.NoticePlanDialog.exec", choose)
    window.queue.view.clearSelection()
    window.actions_by_id["incident.notices"].trigger()
    qtbot.waitUntil(lambda: "Written" in window.statusBar().currentMessage(), timeout=30_000)
    assert shown["units"] == [p.unit for p in planned]
    assert len(shown["items"]) == sum(len(p.items) for p in planned)
    assert all(late != "—" or cards != "—" for late, cards in shown["items"])  # each overdue or carded
    text = "".join(p.extract_text() for p in PdfReader(target).pages).replace(" ", "")
    assert len(PdfReader(target).pages) == 1 and planned[kept].unit in text
    assert shown["left_out"] not in text
    assert all(i.code in text for i in planned[kept].items[1:])


def test_a_notice_withdrawn_from_the_list_of_notices_issued(qtbot, runner, settings, answers):
    from gridcommand.ops.notices import chosen
    from gridcommand.workflow.notices import issue, issued, plan

    from ..factories import admin_user

    with runner.db.session() as s:
        issue(s, admin_user(s), chosen(plan(s)[:1]))
        s.commit()
    window = make_window(qtbot, runner, settings)
    window.actions_by_id["incident.noticesIssued"].trigger()
    dialog = window.findChild(QDialog, "noticesIssuedDialog")
    assert dialog.model.rowCount() == 1
    dialog.table.selectRow(0)
    answers.append({"reason": "交办单位有误"})
    dialog.buttons["noticeWithdraw"].click()
    with runner.db.session() as s:
        [notice] = issued(s)
    assert notice.withdrawn and notice.withdraw_reason == "交办单位有误"
    qtbot.waitUntil(lambda: "交办单位有误" in dialog.model.data(dialog.model.index(0, 5)))
    dialog.table.selectRow(0)
    assert not dialog.buttons["noticeWithdraw"].isEnabled()  # withdrawn already


def test_system_settings_checked_then_saved(qtbot, runner, settings, answers):
    from gridcommand.ops import administration as admin
    from gridcommand.ops.accounts import idle_minutes

    window = make_window(qtbot, runner, settings)
    answers.append({"security.idle_minutes": "0", "dashboard.closure_target": "98"})
    window.administer(ActionId.SYSTEM_SETTINGS)
    assert "between 1 and 240" in answers.seen[-1].message.text() and answers.seen[-1].result() == 0
    assert admin.system_settings(runner.db, runner.actor)["dashboard.closure_target"] == 95  # nothing stored
    answers.append({"security.idle_minutes": "30", "dashboard.closure_target": "98", "backup.keep_days": "60"})
    window.administer(ActionId.SYSTEM_SETTINGS)
    saved = admin.system_settings(runner.db, runner.actor)
    assert (saved["dashboard.closure_target"], saved["backup.keep_days"], runner.read(idle_minutes)) == (98, 60, 30)
