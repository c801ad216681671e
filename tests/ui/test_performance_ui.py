"""The performance dock: compute a month in the background, filter, explain, adjust, lock."""

from PySide6.QtCore import Qt

from ui.panels.performance.dock import PerformanceDock

from .conftest import make_runner

MONTH = "2026-11"  # the demo has locked the months before it


def open_month(qtbot, dock: PerformanceDock, month: str = MONTH) -> None:
    dock.result = None
    if dock.month.findData(month) < 0:
        dock.month.addItem(month, month)
    dock.month.setCurrentIndex(dock.month.findData(month))
    if dock.result is None and dock._task is None:
        dock.evaluate()
    qtbot.waitUntil(lambda: dock.result is not None and dock.result.month == month, timeout=20_000)
    qtbot.waitUntil(lambda: dock._task is None, timeout=5_000)


def test_month_ranking_sheet_adjust_lock(qtbot, runner, answers, monkeypatch):
    dock = PerformanceDock(runner)
    qtbot.addWidget(dock)
    open_month(qtbot, dock)
    workers = dock.result.workers
    assert dock.ranking.rowCount() == len(workers) > 0
    totals = [dock.ranking_proxy.index(r, 10).data(Qt.ItemDataRole.UserRole + 2)
              for r in range(dock.ranking_proxy.rowCount())]
    assert totals == sorted(totals, reverse=True)  # best first, sorted as numbers
    village = workers[0].village
    dock.village.setCurrentIndex(dock.village.findData(village))
    assert 0 < dock.ranking_proxy.rowCount() <= len(workers)
    assert all(dock.ranking_proxy.index(r, 3).data() == village for r in range(dock.ranking_proxy.rowCount()))
    dock.ranking_view.selectRow(0)
    row = dock._current(dock.ranking_view)
    assert row.name in dock.sheet.toPlainText() and "(target 15)" in dock.sheet.toPlainText()  # English sources: no translator
    before = row.total
    answers.append({"points": "2", "reason": "协助防汛"})
    dock.adjust()
    # At once, in the ranking and in the sheet still open on the same worker.
    adjusted = next(w for w in dock.result.workers if w.staff_no == row.staff_no)
    assert adjusted.total == min(105, round(before + 2, 1)) and adjusted.adjustment.reasons == ("协助防汛",)
    assert dock._current(dock.ranking_view).staff_no == row.staff_no
    assert f"{adjusted.total:.1f}" in dock.sheet.toPlainText() and "协助防汛" in dock.sheet.toPlainText()
    answers.append({"points": "abc", "reason": "x"})
    dock.adjust()  # refused in the dialog, with the core's words
    assert "The adjustment should be a number from -20 to 20" in answers.seen[-1].message.text() and not answers.seen[-1].result()
    qtbot.waitUntil(lambda: dock._task is None, timeout=20_000)
    assert dock.salary.rowCount() == len(workers) and "yuan" in dock.salary_total.text()
    monkeypatch.setattr("ui.panels.performance.dock.QMessageBox.question",
                        lambda *a, **k: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Yes)
    dock.lock()
    qtbot.waitUntil(lambda: dock._task is None and dock.result.locked, timeout=20_000)
    assert not dock.buttons["lock"].isEnabled() and not dock.buttons["adjust"].isEnabled()


def test_duty_staff_see_scores_without_money(qtbot, demo_db):
    dock = PerformanceDock(make_runner(demo_db, "duty1"))
    qtbot.addWidget(dock)
    dock.show()
    open_month(qtbot, dock, "2026-10")
    assert not dock.tabs.isTabVisible(3) and not dock.tabs.isTabVisible(4)
    assert dock.buttons["lock"].isHidden() and dock.buttons["adjust"].isHidden()
    assert not dock.buttons["visit"].isHidden()  # duty staff log visits
    dock.ranking_view.selectRow(0)
    sheet = dock.sheet.toPlainText()
    assert "Reporting" in sheet and "绩效工资" not in sheet and "Performance pay" not in sheet
    assert dock.result.redacted and dock.result.workers[0].pay is None


def test_a_leader_reads_scores_and_changes_nothing(qtbot, demo_db):
    dock = PerformanceDock(make_runner(demo_db, "leader"))
    qtbot.addWidget(dock)
    dock.show()
    open_month(qtbot, dock, "2026-11")  # not locked: computed for the leader, not stored
    assert dock.result.workers and dock.buttons["visit"].isHidden()
    assert all(dock.buttons[k].isHidden() for k in ("adjust", "lock", "approve", "reject"))


def test_visit_reminders_and_logging(qtbot, runner, answers):
    dock = PerformanceDock(runner)
    qtbot.addWidget(dock)
    dock.show()
    count = dock.reminders.rowCount()
    assert count > 0
    dock.reminder_view.selectRow(0)
    first = dock._current(dock.reminder_view)
    answers.append({"note": "上门走访"})
    dock.log_visit()
    assert first.name not in [r.name for r in dock.reminders.rows if r.key_person_id == first.key_person_id]
    assert dock.reminders.rowCount() == count - 1


def test_the_history_chart_draws_the_schemes_own_grade_bands():
    from gridcommand.evaluation.scheme import Grades
    from ui.panels.performance.history import BOTTOM, TOP, bands

    drawn = bands(Grades(((92, "A档"), (75, "B档"), (55, "C档"), (0, "D档"))))
    assert [(low, high) for low, high, _colour in drawn] == [(92, 105), (75, 92), (55, 75), (0, 55)]
    assert drawn[0][2] == TOP and drawn[-1][2] == BOTTOM


def test_the_sign_in_dialog_does_not_wait_for_the_database_modules():
    """The dialog is painted first, the database opens behind it (README, Benchmarks): nothing on
    the way to it may import SQLAlchemy, the models or the workflow (0.5 s more, measured)."""
    import subprocess
    import sys

    found = subprocess.run([sys.executable, "-c", "import sys, ui.app; print(sorted(m for m in sys.modules if "
                            "m.split('.')[0] in ('sqlalchemy', 'pyqtgraph', 'reportlab') or "
                            "m.startswith(('gridcommand.models', 'gridcommand.workflow'))))"],
                           capture_output=True, text=True, check=True).stdout.strip()
    assert found == "[]"
