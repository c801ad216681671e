"""The main window's menus and their actions, by stable id; what the signed-in user's roles do
not allow is not offered (SPEC §12.1: the core refuses it anyway)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from gridcommand.ops import Can, allows

from .actions import ActionId, make_action
from .dialogs.import_dialog import save_template
from .dialogs.notices_issued import open_issued_notices
from .intake import take_in_file
from .notices import send_notices

translate = QCoreApplication.translate  # the window's own context: the strings are its


def build_menus(window: QMainWindow) -> dict:
    w, actor = window, window.runner.actor
    a = {
        ActionId.IMPORT: make_action(w, ActionId.IMPORT, translate("MainWindow", "&Import…"), w.open_import, "Ctrl+I",
                                     translate("MainWindow", "Import grids, staff, key persons, incidents, visits or commendations")),
        ActionId.TEMPLATE: make_action(w, ActionId.TEMPLATE, translate("MainWindow", "Save import &template…"),
                                       lambda: save_template(w.runner, w)),
        ActionId.CHANGE_PASSWORD: make_action(w, ActionId.CHANGE_PASSWORD, translate("MainWindow", "Change &password…"),
                                              w.change_password),
        ActionId.LOCK: make_action(w, ActionId.LOCK, translate("MainWindow", "&Lock"), w.lock.lock, "Ctrl+L",
                                   translate("MainWindow", "Lock this seat until your password is given")),
        ActionId.SWITCH_USER: make_action(w, ActionId.SWITCH_USER, translate("MainWindow", "S&witch user…"),
                                          w.sig_switch_user.emit, "Ctrl+Shift+L"),
        ActionId.USERS: make_action(w, ActionId.USERS, translate("MainWindow", "&Users…"), w.manage_users),
        ActionId.UNITS: make_action(w, ActionId.UNITS, translate("MainWindow", "Handling &units…"),
                                    lambda: w.administer(ActionId.UNITS)),
        ActionId.CATEGORIES: make_action(w, ActionId.CATEGORIES, translate("MainWindow", "Incident &categories…"),
                                         lambda: w.administer(ActionId.CATEGORIES)),
        ActionId.DEADLINES: make_action(w, ActionId.DEADLINES, translate("MainWindow", "&Deadline matrix…"),
                                        lambda: w.administer(ActionId.DEADLINES),
                                        tip=translate("MainWindow", "Hours per step and colour, as a new version")),
        ActionId.TOWNSHIP: make_action(w, ActionId.TOWNSHIP, translate("MainWindow", "&Township…"),
                                       lambda: w.administer(ActionId.TOWNSHIP)),
        ActionId.SCHEME: make_action(w, ActionId.SCHEME, translate("MainWindow", "Evaluation &scheme…"),
                                     lambda: w.administer(ActionId.SCHEME),
                                     tip=translate("MainWindow", "The numbers of the monthly evaluation, as a new "
                                                                 "version from a month")),
        ActionId.MEETING_SETTINGS: make_action(w, ActionId.MEETING_SETTINGS,
                                               translate("MainWindow", "&Meeting defaults…"),
                                               lambda: w.administer(ActionId.MEETING_SETTINGS)),
        ActionId.BACKUP: make_action(w, ActionId.BACKUP, translate("MainWindow", "&Backup…"), w.backup,
                                     tip=translate("MainWindow", "A checked copy of the database, made while others work")),
        ActionId.RESTORE: make_action(w, ActionId.RESTORE, translate("MainWindow", "R&estore…"), w.restore,
                                      tip=translate("MainWindow", "Replace the database by a backup")),
        ActionId.VERIFY_BACKUP: make_action(w, ActionId.VERIFY_BACKUP, translate("MainWindow", "&Verify a backup…"),
                                            w.verify_backup,
                                            tip=translate("MainWindow", "Check a kept backup as a restore would, "
                                                                        "replacing nothing")),
        ActionId.QUIT: make_action(w, ActionId.QUIT, translate("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit),
        ActionId.REFRESH: make_action(w, ActionId.REFRESH, translate("MainWindow", "&Refresh"), w.refresh,
                                      QKeySequence.StandardKey.Refresh),
        ActionId.RESET_LAYOUT: make_action(w, ActionId.RESET_LAYOUT, translate("MainWindow", "Reset to my role's &layout"),
                                           w.reset_layout, "Ctrl+Shift+R"),
        ActionId.BIG_SCREEN: make_action(w, ActionId.BIG_SCREEN, translate("MainWindow", "&Big screen…"),
                                         w.dashboard.open_big_screen, "F11",
                                         translate("MainWindow", "The dashboard full-screen, on a screen of your choice")),
        ActionId.ABOUT: make_action(w, ActionId.ABOUT, translate("MainWindow", "&About GridCommand"), w.about),
        ActionId.HELP: make_action(w, ActionId.HELP, translate("MainWindow", "&Keyboard shortcuts and panels…"),
                                   w.show_help, QKeySequence.StandardKey.HelpContents),
        ActionId.NEW_INCIDENT: make_action(w, ActionId.NEW_INCIDENT, translate("MainWindow", "&New incident…"),
                                           w.new_incident, QKeySequence.StandardKey.New,
                                           translate("MainWindow", "Take in a phone-in or a grid worker's report")),
        ActionId.RUN_RULES: make_action(w, ActionId.RUN_RULES, translate("MainWindow", "Run automatic &rules now"),
                                        w.rules.run),
        ActionId.NOTICES: make_action(w, ActionId.NOTICES, translate("MainWindow", "Supervision &notices…"),
                                      lambda: send_notices(w), "Ctrl+Shift+N",
                                      translate("MainWindow", "Notices to the units of the chosen incidents, or to "
                                                              "every unit with overdue or carded ones")),
        ActionId.NOTICES_ISSUED: make_action(w, ActionId.NOTICES_ISSUED,
                                             translate("MainWindow", "Notices &issued…"),
                                             lambda: open_issued_notices(w, w.runner),
                                             tip=translate("MainWindow", "Every supervision notice issued; withdraw "
                                                                         "one issued by mistake")),
        ActionId.TAKE_IN: make_action(w, ActionId.TAKE_IN, translate("MainWindow", "&Take in work orders…"),
                                      lambda: take_in_file(w), "Ctrl+Shift+I",
                                      translate("MainWindow", "A file of orders from the 12345 hotline or the "
                                                              "provincial platform: the new ones become incidents")),
        ActionId.REPEATS: make_action(w, ActionId.REPEATS, translate("MainWindow", "Likely &repeats…"),
                                      w.open_repeats, "Ctrl+Shift+D",
                                      translate("MainWindow", "Orders taken in that may repeat an open incident")),
        ActionId.INTAKE_SOURCES: make_action(w, ActionId.INTAKE_SOURCES,
                                             translate("MainWindow", "Sources of &work orders…"),
                                             lambda: w.administer(ActionId.INTAKE_SOURCES),
                                             tip=translate("MainWindow", "How the exports of the hotline and the "
                                                                         "provincial platform map to our fields")),
        ActionId.SYSTEM_SETTINGS: make_action(w, ActionId.SYSTEM_SETTINGS, translate("MainWindow", "S&ystem settings…"),
                                              lambda: w.administer(ActionId.SYSTEM_SETTINGS),
                                              tip=translate("MainWindow", "Idle lock, backups kept, the dashboard's "
                                                                          "targets")),
    }
    administering = (ActionId.USERS, ActionId.UNITS, ActionId.CATEGORIES, ActionId.DEADLINES, ActionId.SCHEME,
                     ActionId.MEETING_SETTINGS, ActionId.INTAKE_SOURCES, ActionId.SYSTEM_SETTINGS, ActionId.TOWNSHIP)
    for key in (ActionId.IMPORT, ActionId.TEMPLATE, ActionId.BACKUP, ActionId.RESTORE, ActionId.VERIFY_BACKUP,
                *administering):
        a[key].setVisible(allows(actor, Can.ADMINISTER))
    a[ActionId.SCHEME].setVisible(allows(actor, Can.SET_SCHEME))  # HR's too
    a[ActionId.NEW_INCIDENT].setVisible(allows(actor, Can.MOVE_INCIDENTS))
    for key in (ActionId.NOTICES, ActionId.TAKE_IN, ActionId.REPEATS):
        a[key].setVisible(allows(actor, Can.MOVE_INCIDENTS))
    file_menu = w.menuBar().addMenu(translate("MainWindow", "&File"))
    file_menu.setObjectName("fileMenu")
    file_menu.addActions([a[ActionId.IMPORT], a[ActionId.TEMPLATE]])
    file_menu.addSeparator()
    file_menu.addActions([a[ActionId.BACKUP], a[ActionId.VERIFY_BACKUP], a[ActionId.RESTORE]])
    file_menu.addSeparator()
    file_menu.addActions([a[ActionId.CHANGE_PASSWORD], a[ActionId.LOCK], a[ActionId.SWITCH_USER]])
    file_menu.addSeparator()
    file_menu.addAction(a[ActionId.QUIT])
    incident_menu = w.menuBar().addMenu(translate("MainWindow", "&Incident"))
    incident_menu.setObjectName("incidentMenu")
    incident_menu.addActions([a[ActionId.NEW_INCIDENT], a[ActionId.TAKE_IN], a[ActionId.REPEATS]])
    incident_menu.addSeparator()
    incident_menu.addActions(list(w.commands.actions.values()))
    incident_menu.addSeparator()
    incident_menu.addActions([a[ActionId.NOTICES], a[ActionId.NOTICES_ISSUED], a[ActionId.RUN_RULES]])
    view_menu = w.menuBar().addMenu(translate("MainWindow", "&View"))
    view_menu.setObjectName("viewMenu")
    panels = QMenu(translate("MainWindow", "&Panels"), view_menu)
    panels.setObjectName("panelsMenu")
    for number, dock in enumerate(w.docks, start=1):
        forward = QAction(dock.windowTitle(), w)
        forward.setObjectName(f"view.goto.{dock.objectName()}")
        forward.setShortcut(QKeySequence(f"Alt+{number}"))
        forward.setVisible(dock.toggleViewAction().isVisible())
        forward.triggered.connect(lambda _checked=False, d=dock: w.bring_forward(d))
        view_menu.addAction(forward)
        panels.addAction(dock.toggleViewAction())  # open or close
    view_menu.addSeparator()
    view_menu.addMenu(panels)
    view_menu.addActions([a[ActionId.BIG_SCREEN], a[ActionId.REFRESH], a[ActionId.RESET_LAYOUT]])
    if allows(actor, Can.ADMINISTER) or allows(actor, Can.SET_SCHEME):
        admin_menu = w.menuBar().addMenu(translate("MainWindow", "&Administration"))
        admin_menu.setObjectName("adminMenu")
        admin_menu.addActions([a[key] for key in administering])
    help_menu = w.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.setObjectName("helpMenu")
    help_menu.addActions([a[ActionId.HELP], a[ActionId.ABOUT]])
    return a
