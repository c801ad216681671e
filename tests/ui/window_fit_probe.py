"""Run by ``test_window_fit.py`` in a process of its own, on an offscreen screen of a given size:
opens the main window as the app does on first start and prints, as JSON, what lies outside
the screen (docks, status bar) and which deciding columns are cut off.

    python -m tests.ui.window_fit_probe DB USER
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from gridcommand.store.database import Database
from gridcommand.workflow.queue import COLUMNS
from ui.hub import ChangeHub
from ui.main_window import MainWindow
from ui.ops import OpRunner
from ui.panels.queue.dock import PRIORITY

from ..factories import signed_in

# The columns that must be visible without scrolling, by table: (table, logical columns).
DECIDING = {"queueTable": [COLUMNS.index(key) for key in PRIORITY[:7]],
            "rankingTable": [1, 10, 11]}


def outside(widget: QWidget, screen: QRect) -> bool:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return not screen.contains(QRect(top_left, widget.size()))


def cut_columns(table) -> list[str]:
    header, width = table.horizontalHeader(), table.viewport().width()
    return [str(table.model().headerData(logical, header.orientation()))
            for logical in DECIDING[table.objectName()]
            if header.isSectionHidden(logical)
            or header.sectionViewportPosition(logical) + header.sectionSize(logical) > width]


def main(path: str, user: str, settings_path: str) -> None:
    app = QApplication([])
    db = Database(f"sqlite:///{path}")
    hub = ChangeHub(db)
    hub.stop()
    window = MainWindow(OpRunner(db, signed_in(db, user, (user,)), hub),
                        QSettings(settings_path, QSettings.Format.IniFormat), "嘉善县 西塘镇")
    window.rules.stop()
    window.show_fitted()
    screen = window.screen().availableGeometry()
    report = {"screen": [screen.width(), screen.height()], "outside": [], "cut": {}}
    for dock in window.docks:  # each brought forward as Alt+N does (most are closed in a workspace)
        window.bring_forward(dock)
        for _ in range(20):
            app.processEvents()
        if dock.isVisible() and outside(dock, screen):
            report["outside"].append(dock.objectName())
    if outside(window.statusBar(), screen):
        report["outside"].append("statusBar")
    for table in (window.queue.view, window.performance.ranking_view):
        window.bring_forward(window.performance)
        for _ in range(20):
            app.processEvents()
        report["cut"][table.objectName()] = cut_columns(table)
    report["window"] = [window.frameGeometry().width(), window.frameGeometry().height()]
    window.save_layout()
    window.close()
    db.close()
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main(*sys.argv[1:])
