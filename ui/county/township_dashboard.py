"""A township's own dashboard opened from the county seat (SPEC §13): its leaders' screen as the
township sees it, read in its database as the county account; nothing on it changes the record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ..ops import OpRunner
from ..panels.dashboard.dock import DashboardDock


class TownshipDashboard(QMainWindow):
    def __init__(self, runner: OpRunner, township: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("townshipDashboard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("%1 — dashboard (read only)").replace("%1", township))
        self.dock = DashboardDock(runner, township, self)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.setCentralWidget(QWidget(self))
        self.centralWidget().hide()
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.dock)
        self.resize(1100, 700)

    def closeEvent(self, event) -> None:
        self.dock.wait()
        super().closeEvent(event)
