"""Each role opens on the screen made for its job; each user keeps their own arrangement on a
shared seat; Alt+N brings a dock forward and never closes it; dock tabs show whole titles."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTabBar

from gridcommand.base.enums import UserRole
from ui.workspace import WORKSPACES, workspace_of

from .conftest import make_runner, make_window

FRONT = {  # the dock a role's day starts on, and the one beside it if any
    "duty1": ("duty", "queue", "detail"),
    "chair": ("chair", "meetings", "queue"),
    "hr": ("hr", "performance", None),
    "leader": ("leader", "dashboard", None),
    "admin": ("admin", "org", None),
}


@pytest.mark.parametrize("username", FRONT)
def test_each_role_opens_on_its_own_workspace(qtbot, demo_db, settings, username):
    role, front, beside = FRONT[username]
    window = make_window(qtbot, make_runner(demo_db, username, (role,)), settings)
    qtbot.wait(20)  # the default sizes are set once the window has its size
    main = getattr(window, front)
    assert main.on_screen()
    if beside is None:  # at full width
        assert main.width() >= window.width() - 20
    else:
        assert getattr(window, beside).on_screen() and main.width() > window.width() // 2
    shown = {dock.objectName() for dock in window.docks if not dock.isHidden()}
    assert shown <= WORKSPACES[UserRole(role)].shown()


def test_a_user_with_several_roles_starts_on_the_daily_work():
    assert workspace_of({"admin", "duty"}) is workspace_of({"duty"})
    assert workspace_of({"leader", "hr"}) is workspace_of({"hr"})
    assert workspace_of(set()) is workspace_of({"duty"})


def test_each_user_keeps_their_own_layout_on_a_shared_seat(qtbot, demo_db, settings):
    chair = make_window(qtbot, make_runner(demo_db, "chair", ("chair",)), settings)
    chair.queue.hide()
    chair.close()  # "switch user" saves the leaving user's layout as closing does
    hr = make_window(qtbot, make_runner(demo_db, "hr", ("hr",)), settings)
    assert hr.performance.on_screen() and hr.queue.isHidden()
    hr.reports.raise_()
    hr.close()
    again = make_window(qtbot, make_runner(demo_db, "chair", ("chair",)), settings)
    assert again.queue.isHidden() and again.meetings.on_screen()
    again.reset_layout()
    assert not again.queue.isHidden() and again.meetings.on_screen()
    fresh = make_window(qtbot, make_runner(demo_db, "duty1", ("duty",)), settings)
    assert fresh.queue.on_screen() and fresh.detail.on_screen() and fresh.meetings.isHidden()


def test_alt_n_brings_a_dock_forward_and_focuses_it_and_a_second_press_keeps_it(qtbot, demo_db, settings):
    window = make_window(qtbot, make_runner(demo_db, "duty1", ("duty",)), settings)
    window.activateWindow()
    goto = {action.shortcut().toString(): action for action in window.findChildren(QAction)
            if action.objectName().startswith("view.goto.")}
    assert sorted(goto) == [f"Alt+{n}" for n in range(1, 9)]
    for _press in range(2):
        goto["Alt+3"].trigger()
        qtbot.waitUntil(window.meetings.on_screen)
        assert window.meetings.isAncestorOf(QApplication.focusWidget())
    goto["Alt+1"].trigger()
    assert QApplication.focusWidget() is window.queue.view
    chair = make_window(qtbot, make_runner(demo_db, "chair", ("chair",)), settings)
    performance = chair.findChild(QAction, "view.goto.performanceDock")
    assert not performance.isVisible()  # not theirs: no key brings it
    performance.trigger()
    assert chair.performance.isHidden()


def test_dock_tabs_show_their_whole_titles(qtbot, demo_db, settings):
    window = make_window(qtbot, make_runner(demo_db, "leader", ("leader",)), settings)
    bars = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window and bar.isVisible()]
    assert bars
    for bar in bars:
        assert bar.elideMode() == Qt.TextElideMode.ElideNone
        titles = [bar.tabText(i) for i in range(bar.count())]
        assert all("…" not in title for title in titles) and "Dashboard" in titles
