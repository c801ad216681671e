"""The main window: assembles the dock panels, the menus and the status bar, and keeps the
layout across restarts. It holds no behaviour of its own: actions run through the runner
(``ui/ops.py``), and every dock refreshes itself from the change hub (``ui/hub.py``)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QTabBar

from gridcommand import __version__
from gridcommand.base.changes import Changes
from gridcommand.ops import Can, accounts, allows, queue

from .actions import ActionId
from .dialogs.password import ChangePasswordDialog
from .idle_lock import IdleLock
from .incidents.commands import IncidentCommands
from .labels import roles
from .live import AutomaticRules, DailyBackup, InboxWatcher
from .menus import build_menus
from .ops import OpRunner
from .panels.queue.dock import BULK_LIMIT
from .panels.registry import PANELS
from .settings import GEOMETRY, LAYOUT_VERSION, read_bytes
from .widgets.columns import ColumnLayout
from .widgets.panel import PanelDock
from .workspace import Workspace, save_state, saved_state, workspace_of

DEFAULT_SIZE = (1400, 860)


class MainWindow(QMainWindow):
    sig_switch_user = Signal()
    """The user wants to hand the seat to someone else (the start-up signs them in)."""
    sig_restored = Signal()
    """The database was replaced by a backup: whoever works here signs in again."""

    def __init__(self, runner: OpRunner, settings: QSettings, township: str):
        super().__init__()
        self.setObjectName("mainWindow")
        self.runner = runner
        self.settings = settings
        self.setWindowTitle(self.tr("GridCommand — %1").replace("%1", township))
        self.setDockNestingEnabled(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks
                            | QMainWindow.DockOption.AllowNestedDocks)
        self.township = township
        self.docks: list[PanelDock] = []
        for panel in PANELS:  # in the order of their Alt+N keys
            dock = panel.build(self)
            setattr(self, panel.attribute, dock)
            self.docks.append(dock)
        self.resize(*DEFAULT_SIZE)
        self._carried: dict | None = None  # the last new incident's place and kind, for the next one
        self.workspace = workspace_of(runner.actor.roles)
        self._arrange(self.workspace)
        self._hide_what_is_not_theirs()
        self._default_state = self.saveState(LAYOUT_VERSION)
        self.commands = IncidentCommands(runner, self, self._acted_on, self._shown_incident)
        self.detail.set_actions(list(self.commands.actions.values()))
        self.rules = AutomaticRules(runner, self)
        self.daily_backup = DailyBackup(runner, self)
        self.daily_backup.sig_message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.inbox = InboxWatcher(runner, self)
        self.inbox.sig_message.connect(lambda text: self.statusBar().showMessage(text, 30_000))
        self.queue.sig_incident_selected.connect(self.detail.show_incident)
        self.queue.sig_selection_changed.connect(self._update_commands)
        self.detail.sig_loaded.connect(self._update_commands)
        self.commands.sig_refused.connect(self._refused)
        self.meetings.sig_open_incident.connect(self.open_incident)
        self.reviews.sig_open_incident.connect(self.open_incident)
        self.dashboard.sig_drill.connect(self.queue.drill)
        self.org.sig_drill.connect(self.queue.drill)
        self.reports.sig_show_dock.connect(lambda name: self.bring_forward(self.findChild(QDockWidget, name)))
        for dock in self.docks:
            dock.sig_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
            dock.dockLocationChanged.connect(lambda: QTimer.singleShot(0, self, self._keep_tab_titles))
        self.lock = IdleLock(self, runner, runner.read(accounts.idle_minutes))
        self.lock.sig_switch_user.connect(self.sig_switch_user)
        self.actions_by_id = build_menus(self)
        self._build_status_bar(township)
        self.restore_layout()

    @Slot()
    def bring_forward(self, dock: QDockWidget | None) -> None:
        """Alt+N (and the report centre's "open"): the dock in front, open and focused — never
        closed, so a second press keeps it. A dock not the user's stays closed."""
        if dock is None or not dock.toggleViewAction().isVisible():
            return
        dock.show()
        dock.raise_()
        dock.focus_widget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def dock_keys(self) -> list[tuple[QDockWidget, QAction]]:
        """Each dock with the action that brings it forward (View, Alt+N)."""
        return [(dock, self.findChild(QAction, f"view.goto.{dock.objectName()}")) for dock in self.docks]

    @Slot()
    def show_help(self) -> None:
        from .dialogs.help import HelpDialog

        HelpDialog(self).exec()

    def _hide_what_is_not_theirs(self) -> None:
        for panel, dock in zip(PANELS, self.docks):
            if not panel.for_(self.runner.actor):
                dock.hide()
                dock.toggleViewAction().setVisible(False)

    # -- layout ---------------------------------------------------------------------------------

    def _arrange(self, workspace: Workspace) -> None:
        """The role's workspace: its groups of tabbed docks side by side; every other dock
        placed behind the last group, closed until asked for (View, Alt+N)."""
        docks = {dock.objectName(): dock for dock in self.docks}
        groups = workspace.groups()
        for area, group in zip((Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea),
                               groups):
            for name in group:
                self.addDockWidget(area, docks[name])
                if name != group[0]:
                    self.tabifyDockWidget(docks[group[0]], docks[name])
        behind = docks[groups[-1][0]]
        for dock in self.docks:
            if dock.objectName() not in workspace.shown():
                self.addDockWidget(self.dockWidgetArea(behind), dock)
                self.tabifyDockWidget(behind, dock)
                dock.hide()
        for group in groups:
            docks[group[0]].raise_()

    def restore_layout(self) -> None:
        geometry = read_bytes(self.settings, GEOMETRY)
        # A geometry saved on a larger screen (or one no longer attached) is not restored: the
        # window opens maximized on the screen it starts on instead (``ui.app``).
        self.has_saved_geometry = geometry is not None and self.restoreGeometry(geometry) and any(
            screen.availableGeometry().contains(self.geometry()) for screen in QGuiApplication.screens())
        if not self.has_saved_geometry:
            self.resize(*DEFAULT_SIZE)
        state = saved_state(self.settings, self.runner.actor.username)
        restored = state is not None and self.restoreState(state, LAYOUT_VERSION)
        if restored:
            self._hide_what_is_not_theirs()
        if not (restored and self.has_saved_geometry):
            # Dock sizes saved for another screen would squeeze the queue; and they only take
            # once the window has its final size on screen.
            QTimer.singleShot(0, self, self._default_dock_sizes)
        self._keep_tab_titles()
        for columns in self.findChildren(ColumnLayout):
            columns.restore(self.settings, self.runner.actor.username)
        self.queue.filters.remember_track(self.settings)

    def show_fitted(self) -> None:
        """On screen: as it was left, or maximized on the screen it starts on — its size set
        first, for a desktop whose window manager does not maximize (or not at once)."""
        if self.has_saved_geometry:
            self.show()
            return
        self.setGeometry(self.screen().availableGeometry())
        self.showMaximized()

    def _default_dock_sizes(self) -> None:
        # The side group (the detail, or the chair's queue) takes what it needs to read; the main
        # area the rest — on a 1366-pixel screen the queue's deciding columns all fit.
        if not self.workspace.side:
            return
        main, side = (self.findChild(QDockWidget, group[0]) for group in self.workspace.groups())
        width = min(max(360, self.width() * 3 // 10), 560)
        self.resizeDocks([main, side], [self.width() - width, width], Qt.Orientation.Horizontal)

    @Slot()
    def _keep_tab_titles(self) -> None:
        """Tabs of docks show their whole title ("事件队列", never "事…"), scrolling when many."""
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    def save_layout(self) -> None:
        self.settings.setValue(GEOMETRY, self.saveGeometry())
        save_state(self.settings, self.runner.actor.username, self.saveState(LAYOUT_VERSION))
        for columns in self.findChildren(ColumnLayout):
            columns.save(self.settings, self.runner.actor.username)
        self.settings.sync()

    @Slot()
    def reset_layout(self) -> None:
        """Back to the workspace of the user's role."""
        for dock in self.docks:
            dock.setFloating(False)
        self.restoreState(QByteArray(self._default_state), LAYOUT_VERSION)
        self._default_dock_sizes()
        self._keep_tab_titles()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock.stop()
        self.rules.stop()
        self.daily_backup.stop()
        self.inbox.stop()
        self.runner.hub.stop()
        for dock in (self.performance, self.queue, self.dashboard, self.reports, self.org):
            dock.wait()
        self.save_layout()
        super().closeEvent(event)

    # -- menus and status -----------------------------------------------------------------------

    def _build_status_bar(self, township: str) -> None:
        self.status_township = QLabel(township, self)
        self.status_database = QLabel(self.runner.db.describe(), self)
        actor = self.runner.actor
        self.status_user = QLabel(self.tr("User: %1 (%2)").replace("%1", actor.name)
                                  .replace("%2", roles(actor.roles)), self)
        for label in (self.status_township, self.status_user, self.status_database):
            self.statusBar().addPermanentWidget(label)

    # -- commands -------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """F5: read everything again, and what other seats changed."""
        self.runner.hub.poll()
        self.runner.hub.publish(Changes.everything())

    def _shown_incident(self):
        """The incident the moves act on: the queue's current one as the detail shows it — or,
        when a move took it out of the queue's filter, the one the detail still shows."""
        detail, current = self.detail.detail, self.queue.current_id()
        return detail if detail is not None and detail.id == (current or detail.id) else None

    def _acted_on(self) -> list:
        """The rows a bulk move (accept, dispatch) takes: the selection, or the shown incident."""
        rows = self.queue.selected_rows()
        shown = self._shown_incident()
        if rows or self.queue.selection_size() or self.queue.current_id() is not None or shown is None:
            return rows
        return self.runner.read(queue.rows, [shown.id])

    @Slot()
    def _update_commands(self, *_args) -> None:
        shown = self._shown_incident()
        if self.queue.selection_size() > BULK_LIMIT:
            self.statusBar().showMessage(self.tr("More than %1 incidents selected: bulk moves are off.")
                                         .replace("%1", str(BULK_LIMIT)), 5000)
        statuses = {row.status for row in self._acted_on()}
        self.commands.update_state(set(shown.allowed) if shown else set(), statuses,
                                   bool(shown and shown.pending_extension))

    @Slot(int)
    def open_incident(self, incident_id: int) -> None:
        """Show an incident named elsewhere (an agenda item) in the detail dock."""
        self.detail.show_incident(incident_id)
        self.detail.show()
        self.detail.raise_()

    @Slot(str)
    def _refused(self, reason: str) -> None:
        self.statusBar().showMessage(reason, 10_000)
        QMessageBox.information(self, self.tr("Not allowed now"), reason)

    # The dialogs are imported when first opened: they are not on the way to the first paint.

    @Slot()
    def new_incident(self) -> None:
        from .incidents.new_incident import NewIncidentDialog

        dialog = NewIncidentDialog(self.runner, self, self._carried)
        if dialog.exec():
            self._carried = dialog.carried()
            self.statusBar().showMessage(self.tr("Incident %1 taken in.").replace("%1", dialog.code), 8000)
            self.queue.refresh()
            self.queue.select_id(dialog.incident_id)

    def start_upkeep(self) -> None:
        """What a seat does in the background once it is on screen: the daily backup and, for
        the duty staff, the sources' inbox folders."""
        self.daily_backup.start()
        if allows(self.runner.actor, Can.MOVE_INCIDENTS):
            self.inbox.start()

    @Slot()
    def open_repeats(self) -> None:
        from .dialogs.repeats import RepeatsDialog

        RepeatsDialog(self.runner, self.open_incident, self).open()

    @Slot()
    def open_import(self) -> None:
        from .dialogs.import_dialog import ImportDialog

        ImportDialog(self.runner, self.settings, self).exec()

    @Slot()
    def change_password(self) -> None:
        ChangePasswordDialog(self.runner.db, self.runner.actor, self).exec()

    @Slot()
    def manage_users(self) -> None:
        from .dialogs.users import UsersDialog

        UsersDialog(self.runner, self).exec()

    def administer(self, screen: ActionId) -> None:
        """An administrator's screen of reference data and rules (``ui/dialogs/administration.py``)."""
        from .dialogs.administration import SCREENS

        SCREENS[screen](self)

    def show_township(self, place: str) -> None:
        """The township's name, changed by its administrator, where the window shows it."""
        self.township = place
        self.setWindowTitle(self.tr("GridCommand — %1").replace("%1", place))
        self.status_township.setText(place)

    @Slot()
    def backup(self) -> None:
        from .dialogs.backup import ask_backup_path, start_backup

        path = ask_backup_path(self, self.runner, self.settings)
        if path is not None:
            start_backup(self, self.runner, path)

    @Slot()
    def verify_backup(self) -> None:
        from .dialogs.backup import ask_restore_path, start_verify

        path = ask_restore_path(self, self.settings)
        if path is not None:
            start_verify(self, self.runner, path)

    @Slot()
    def restore(self) -> None:
        from .dialogs.backup import ask_restore_path, start_restore

        path = ask_restore_path(self, self.settings)
        if path is not None:
            start_restore(self, self.runner, path, self.sig_restored.emit)

    @Slot()
    def about(self) -> None:
        QMessageBox.about(self, self.tr("About GridCommand"), self.tr(
            "<h3>GridCommand %1</h3><p>Incident, meeting and performance desk for township "
            "comprehensive information command rooms.</p>").replace("%1", __version__)
)
