"""The county seat's window (SPEC §13): the county queue, the townships side by side, and the
chosen item's detail with the county's moves — read and made in the item's own township, through
that township's runner, so the township sees every county move on its own timeline."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QWidget

from gridcommand.base.changes import Changes
from gridcommand.county.queue import CountyRow
from gridcommand.county.report import write_monthly
from gridcommand.county.seat import Seat, Township

from ..hub import ChangeHub
from ..incidents.commands import IncidentCommands
from ..messages import text
from ..ops import OpRunner
from ..panels.detail.dock import DetailDock
from ..widgets.files import save_path
from ..worker import Task
from .accounts import CountyAccountDialog, CountyPasswordDialog
from .queue_dock import CountyQueueDock
from .township_dashboard import TownshipDashboard
from .townships_dock import TownshipsDock

REFRESH_MS = 30_000      # the townships' own seats move items too: the county reads them again
STATE_KEY, GEOMETRY_KEY, STATE_VERSION = "county/state", "county/geometry", 1


class CountyWindow(QMainWindow):
    def __init__(self, seat: Seat, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("countyWindow")
        self.seat, self.settings = seat, settings
        self.setWindowTitle(self.tr("GridCommand county seat — %1").replace("%1", seat.config.county))
        self._runners: dict[str, OpRunner] = {}
        self._report: Task | None = None
        self.queue = CountyQueueDock(seat, self)
        self.townships = TownshipsDock(seat, self)
        first = next(t for t in seat.townships if t.reachable)
        self.detail = DetailDock(self._runner(first), self)
        self.commands = IncidentCommands(self._runner(first), self, self._acted_on, lambda: self.detail.detail)
        self.detail.set_actions(list(self.commands.actions.values()))
        self.setCentralWidget(QWidget(self))
        self.centralWidget().hide()
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.queue)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.townships)
        self.tabifyDockWidget(self.queue, self.townships)
        self.queue.raise_()
        self._menus()
        self.place = QLabel(self)
        self.statusBar().addPermanentWidget(self.place)
        self._said_where()
        self.queue.sig_current.connect(self.open_item)
        self.queue.model.modelReset.connect(self._said_where)
        self.detail.sig_loaded.connect(self._update_commands)
        self.commands.sig_refused.connect(lambda words: self.statusBar().showMessage(words, 8000))
        self.townships.sig_township.connect(self.open_dashboard)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.townships.load()
        self._restore()

    # -- townships ----------------------------------------------------------------------------------

    def _runner(self, township: Township) -> OpRunner:
        """The runner acting in ``township``'s own database as the county account there."""
        runner = self._runners.get(township.name)
        if runner is None or runner.db is not township.db:
            hub = ChangeHub(township.db, self)
            hub.stop()  # the seat reads every township again on its own timer, whoever answers
            hub.sig_changes.connect(self._moved)
            runner = self._runners[township.name] = OpRunner(township.db, township.actor, hub, self)
        return runner

    @Slot(object)
    def open_item(self, item: CountyRow | None) -> None:
        """Show ``item`` from its own township, and act there."""
        if item is None:
            return
        township = self.seat.township(item.township)
        if not township.reachable:
            self.statusBar().showMessage(self.tr("%1 cannot be reached now.").replace("%1", township.name), 8000)
            return
        runner = self._runner(township)
        self.detail.use_runner(runner)
        self.commands.use_runner(runner)
        self.detail.show_incident(item.row.id)

    @Slot(str)
    def open_dashboard(self, name: str) -> TownshipDashboard | None:
        """That township's own dashboard, read in its database; nothing on it changes the record."""
        township = self.seat.township(name)
        if not township.reachable:
            self.statusBar().showMessage(self.tr("%1 cannot be reached now.").replace("%1", name), 8000)
            return None
        shown = TownshipDashboard(self._runner(township), name, self)
        shown.show()
        return shown

    def _acted_on(self) -> list:
        """The rows a bulk move takes: the chosen item, in its township."""
        item = self.queue.current()
        return [item.row] if item is not None else []

    def _update_commands(self, shown) -> None:
        item = self.queue.current()
        self.commands.update_state(set(shown.allowed) if shown else set(), {item.row.status} if item else set(),
                                   bool(shown and shown.pending_extension))

    @Slot(object)
    def _moved(self, _changes: Changes) -> None:
        self.queue.refresh()

    @Slot()
    def refresh(self) -> None:
        """Every township read again: the county queue now, the figures in the background."""
        self.queue.refresh()
        self.townships.load()
        self._said_where()

    @Slot()
    def reconnect(self) -> None:
        """Asked for by the user: the townships left alone after failing are tried again too."""
        self.seat.retry()
        self.refresh()

    def _said_where(self) -> None:
        reached = sum(t.reachable for t in self.seat.townships)
        self.place.setText(self.tr("%1 · %2 of %3 townships reached").replace("%1", self.seat.config.county)
                           .replace("%2", str(reached)).replace("%3", str(len(self.seat.townships))))

    # -- menus and layout ---------------------------------------------------------------------------

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setObjectName("county.refresh")
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.reconnect)
        file_menu.addAction(refresh)
        report = QAction(self.tr("&Monthly report…"), self)
        report.setObjectName("county.report")
        report.setShortcut(QKeySequence("Ctrl+P"))
        report.triggered.connect(self.export_report)
        file_menu.addAction(report)
        file_menu.addSeparator()
        close = QAction(self.tr("E&xit"), self)
        close.setObjectName("county.exit")
        close.setShortcut(QKeySequence("Ctrl+Q"))
        close.triggered.connect(self.close)
        file_menu.addAction(close)
        people = bar.addMenu(self.tr("&Accounts"))
        for name, label, slot in (("county.password", self.tr("Change my &password…"), self.change_password),
                                  ("county.account", self.tr("County account in every &township…"),
                                   self.make_account)):
            action = QAction(label, self)
            action.setObjectName(name)
            action.triggered.connect(slot)
            people.addAction(action)
        moves = bar.addMenu(self.tr("&Incident"))
        moves.addActions(list(self.commands.actions.values()))
        view = bar.addMenu(self.tr("&View"))
        for n, dock in enumerate((self.queue, self.townships, self.detail), start=1):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(f"Alt+{n}"))
            view.addAction(toggle)
        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About the county seat"), self)
        about.setObjectName("county.about")
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    @Slot()
    def export_report(self) -> None:
        """The county's monthly report for the month the townships tab shows, as PDF or xlsx."""
        month = self.townships.month.currentData()
        path = save_path(self, "county", self.tr("Monthly report"), f"{self.seat.config.county}{month} 月度报告.pdf",
                         "PDF (*.pdf);;Excel (*.xlsx)")
        if path is None:
            return
        self._report = Task(self, self.tr("Writing the county's monthly report"),
                            lambda _progress: write_monthly(self.seat, month, path), self._written, self._not_written)
        self._report.start()

    def _written(self, path) -> None:
        self._report = None
        self.statusBar().showMessage(self.tr("Written: %1").replace("%1", str(path)), 10_000)

    def _not_written(self, exc: Exception, _traceback: str) -> None:
        self._report = None
        QMessageBox.warning(self, self.tr("Monthly report"), text(exc))

    @Slot()
    def change_password(self) -> None:
        """The county account's password, in every township at once."""
        if CountyPasswordDialog(self.seat, self).exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Password changed."), 8000)

    @Slot()
    def make_account(self) -> None:
        """For the townships' administrator: a county account made in every township."""
        CountyAccountDialog(self.seat, self).exec()

    def _about(self) -> None:
        QMessageBox.information(self, self.tr("The county seat"), self.tr(
            "Each township keeps its own database; this seat reads them side by side and copies nothing. "
            "The county queue lists the items every township has escalated to the county; choose one to see it "
            "and act on it in its own township. A township that cannot be reached is named with when it last "
            "answered, and the others are read regardless."))

    def _restore(self) -> None:
        geometry, state = self.settings.value(GEOMETRY_KEY), self.settings.value(STATE_KEY)
        self._has_geometry = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if not (isinstance(state, QByteArray) and self.restoreState(state, STATE_VERSION)):
            width = self.screen().availableGeometry().width()
            self.resizeDocks([self.queue, self.detail], [width * 3 // 5, width * 2 // 5], Qt.Orientation.Horizontal)

    def show_fitted(self) -> None:
        """As it was left, or filling the screen the first time."""
        if self._has_geometry:
            self.show()
            return
        self.setGeometry(self.screen().availableGeometry())
        self.showMaximized()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState(STATE_VERSION))
        self._timer.stop()
        self.townships.wait()
        self.queue.wait()
        super().closeEvent(event)
