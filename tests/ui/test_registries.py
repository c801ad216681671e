"""The registries are what the window shows: every dock the window has is declared once, in the
order of its Alt+N key; every administrator's screen opens from its action; the report centre
lists exactly the reports the core can make."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from gridcommand.base.enums import Action
from gridcommand.ops import reports
from ui.actions import ActionId
from ui.dialogs.administration import SCREENS
from ui.panels.registry import PANELS

from .conftest import make_window


def test_the_docks_are_the_registry_in_its_order(qtbot, runner, settings):
    window = make_window(qtbot, runner, settings)
    declared = [getattr(window, panel.attribute) for panel in PANELS]
    assert window.docks == declared
    assert set(window.findChildren(QDockWidget)) == set(declared)  # no dock made elsewhere
    names = [dock.objectName() for dock in declared]
    assert len(set(names)) == len(names) and all(names)  # saveState needs unique, stable names
    keys = [window.findChild(QAction, f"view.goto.{name}").shortcut().toString() for name in names]
    assert keys == [f"Alt+{n}" for n in range(1, len(PANELS) + 1)]


def test_a_dock_not_the_users_is_not_theirs(qtbot, demo_db, settings):
    from .conftest import make_runner

    window = make_window(qtbot, make_runner(demo_db, "chair", ("chair",)), settings)
    for panel, dock in zip(PANELS, window.docks):
        assert dock.toggleViewAction().isVisible() == panel.for_(window.runner.actor), dock.objectName()


def test_every_administrators_screen_opens_from_its_action(qtbot, runner, settings, monkeypatch):
    window = make_window(qtbot, runner, settings)
    opened = []
    monkeypatch.setattr("ui.dialogs.administration.SCREENS", {k: lambda w, k=k: opened.append(k) for k in SCREENS})
    for screen in SCREENS:
        window.actions_by_id[screen].trigger()
    assert opened == list(SCREENS)
    assert all(isinstance(screen, ActionId) for screen in SCREENS)


def test_the_report_centre_lists_the_reports_the_core_makes(qtbot, runner, settings):
    window = make_window(qtbot, runner, settings)
    listed = [window.reports.list.item(n) for n in range(window.reports.list.count())]
    keys = [item.data(Qt.ItemDataRole.UserRole) for item in listed]
    assert keys[:len(reports.REPORTS)] == list(reports.REPORTS)
    assert all(key not in reports.REPORTS for key in keys[len(reports.REPORTS):])  # made in other panels


def test_every_move_of_the_core_is_in_the_incident_menu_once_with_its_own_key(qtbot, runner, settings):
    from gridcommand.ops.incidents import MOVES
    from ui.incidents.commands import MOVES_SHOWN

    window = make_window(qtbot, runner, settings)
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and window.commands.actions[Action.ACCEPT]
                in a.menu().actions())
    shown = [a for a in menu.actions() if a.objectName().startswith("incident.") and a in
             window.commands.actions.values()]
    assert [a.objectName() for a in shown] == [f"incident.{key}" for key in MOVES_SHOWN]
    assert set(MOVES) <= set(MOVES_SHOWN)  # every move the core allows can be made from the window
    keys = [a.shortcut().toString() for a in shown]
    assert len(set(keys)) == len(keys) and all(keys)
    assert all(entry.form is not None or key in ("accept", "dispatch") for key, entry in MOVES_SHOWN.items())
