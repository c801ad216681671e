"""The main window: docks by name, Chinese by default, layout kept across restarts."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMenuBar

from gridcommand.workflow.queue import COLUMNS
from ui.actions import ActionId
from ui.panels.queue.filters import SEARCH_DELAY_MS
from ui.panels.queue.model import ID_ROLE

from .conftest import make_window

DOCKS = ["queueDock", "detailDock", "meetingsDock", "performanceDock", "reviewsDock", "dashboardDock", "reportsDock",
         "orgDock"]


def test_docks_menus_and_queue(qtbot, runner, settings, township_label):
    window = make_window(qtbot, runner, settings, township_label)
    assert sorted(d.objectName() for d in window.findChildren(QDockWidget)) == sorted(DOCKS)
    menus = [a.text() for a in window.findChild(QMenuBar).actions()]
    assert menus == ["&File", "&Incident", "&View", "&Administration", "&Help"]  # English sources: no translator here
    assert window.actions_by_id[ActionId.RESET_LAYOUT].parent() is window
    model = window.queue.model
    assert model.rowCount() == 300
    assert model.columnCount() == len(COLUMNS)
    assert window.queue.view.isVisible()


def test_selecting_a_row_shows_the_detail(qtbot, runner, settings):
    window = make_window(qtbot, runner, settings)
    model = window.queue.model
    with qtbot.waitSignal(window.queue.sig_incident_selected) as blocker:
        window.queue.view.selectRow(3)
    assert blocker.args == [model.data(model.index(3, 0), ID_ROLE)]
    html = window.detail.browser.toPlainText()
    assert model.data(model.index(3, 0)) in html  # the code
    assert window.detail.incident_id == blocker.args[0]


def test_a_search_applied_at_once_keeps_the_row_chosen_when_its_pause_ends(qtbot, runner, settings):
    window = make_window(qtbot, runner, settings)
    queue = window.queue
    code = queue.model.data(queue.model.index(5, 0))
    queue.filters.search.setText(code)  # starts the typing pause …
    qtbot.keyClick(queue.filters.search, Qt.Key.Key_Return)  # … and Enter searches at once
    assert queue.model.rowCount() == 1
    queue.filters._typing.start()  # as if the pause were still running (tabs change it too)
    queue.view.selectRow(0)
    chosen = queue.current_id()
    qtbot.wait(SEARCH_DELAY_MS + 150)  # the pause ends: the same filter, nothing to do
    assert chosen is not None and queue.current_id() == chosen


def test_sorting_by_header_asks_the_database(qtbot, runner, settings):
    window = make_window(qtbot, runner, settings)
    column = COLUMNS.index("code")
    window.queue.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    model = window.queue.model
    codes = [model.data(model.index(r, column)) for r in range(model.rowCount())]
    assert codes == sorted(codes)


def test_layout_is_restored_after_restart(qtbot, runner, settings):
    window = make_window(qtbot, runner, settings)
    window.reports.hide()
    window.detail.setFloating(True)
    window.resize(701, 555)  # inside the offscreen screen (800×600): Qt clamps to the screen
    window.close()
    again = make_window(qtbot, runner, settings)
    assert not again.reports.isVisible()
    assert again.detail.isFloating()
    assert again.size().width() == 701
    again.reset_layout()  # the administrator's workspace: the reports are in it
    assert not again.reports.isHidden() and again.reports in again.tabifiedDockWidgets(again.org)
    assert not again.detail.isFloating()


def test_columns_come_by_priority_and_each_user_keeps_their_own(qtbot, demo_db, settings):
    from ui.widgets.columns import ColumnLayout

    from .conftest import make_runner

    window = make_window(qtbot, make_runner(demo_db, "duty1", ("duty",)), settings)
    header = window.queue.view.horizontalHeader()
    assert [header.logicalIndex(v) for v in range(3)] == [COLUMNS.index(k) for k in ("colour", "code", "title")]
    columns = window.queue.view.findChild(ColumnLayout)
    menu = columns.menu()
    toggles = [a for a in menu.actions() if a.isCheckable()]
    assert [a.text() for a in toggles[:3]] == ["Colour", "Code", "Title"] and all(a.isChecked() for a in toggles)
    toggles[1].setChecked(False)  # hide the code
    assert header.isSectionHidden(COLUMNS.index("code"))
    header.moveSection(header.visualIndex(COLUMNS.index("unit")), 0)
    window.queue.view.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    window.close()

    again = make_window(qtbot, make_runner(demo_db, "duty1", ("duty",)), settings)
    header = again.queue.view.horizontalHeader()
    assert header.isSectionHidden(COLUMNS.index("code")) and header.logicalIndex(0) == COLUMNS.index("unit")
    again.queue.view.findChild(ColumnLayout).reset()  # the default columns, the rows' order kept
    assert not header.isSectionHidden(COLUMNS.index("code")) and header.logicalIndex(0) == COLUMNS.index("colour")
    assert header.sortIndicatorSection() == COLUMNS.index("title")
    for column in range(header.count() - 1):
        header.setSectionHidden(header.logicalIndex(column), True)
    last = [a for a in again.queue.view.findChild(ColumnLayout).menu().actions() if a.isChecked()]
    assert len(last) == 1 and not last[0].isEnabled()  # the last column shown stays
    again.close()

    other = make_window(qtbot, make_runner(demo_db, "duty2", ("duty",)), settings)
    header = other.queue.view.horizontalHeader()
    assert not header.isSectionHidden(COLUMNS.index("code")) and header.logicalIndex(0) == COLUMNS.index("colour")


def test_a_layout_of_another_version_is_ignored(qtbot, runner, settings):
    window = make_window(qtbot, runner, settings)
    window.reports.hide()
    window.close()
    settings.setValue(f"layout/{runner.actor.username}/version", 999)
    again = make_window(qtbot, runner, settings)
    assert not again.reports.isHidden()


def test_queue_model_contract(qtmodeltester, runner, qtbot):
    from ui.panels.queue.model import QueueModel

    qtmodeltester.check(QueueModel(runner), force_py=True)
