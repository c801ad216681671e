"""Help (F1): every keyboard shortcut of the window — read from its actions, so that a new one is
listed the day it is added — the keys that work inside panels, and what each panel is for."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
)

from ..widgets.screen_fit import sized

translate = QCoreApplication.translate


def _plain(text: str) -> str:
    """A menu text without its mnemonic ("受理(&A)…" → "受理") and ellipsis."""
    return re.sub(r"\(&.\)", "", text).replace("&", "").rstrip("…").strip()


def _keys(sequence: QKeySequence | QKeySequence.StandardKey) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def panel_keys() -> list[tuple[str, str, str]]:
    """(keys, what they do, where): the keys a panel or a window takes besides the menus'."""
    from ..panels.reviews.dock import LEVEL_KEYS

    def keys(*codes) -> str:
        return " / ".join(_keys(code.value) for code in codes)
    projector, k = translate("Help", "Projector"), Qt.Key
    return [
        (_keys(QKeySequence.StandardKey.Find), translate("Help", "Search the queue"),
         translate("Help", "Incident queue")),
        (keys(*LEVEL_KEYS), translate("Help", "Decide the chosen finding: none, minor, major, serious"),
         translate("Help", "Reviews")),
        (_keys(QKeySequence("Ctrl+Return")), translate("Help", "Submit a form from any field"),
         translate("Help", "Forms")),
        (keys(k.Key_Right, k.Key_Space), translate("Help", "Next slide"), projector),
        (keys(k.Key_Left, k.Key_Backspace), translate("Help", "Previous slide"), projector),
        (keys(k.Key_Home), translate("Help", "First slide"), projector),
        (keys(k.Key_Escape), translate("Help", "Leave the projector or the big screen"),
         translate("Help", "Projector, big screen")),
    ]


def menu_keys(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(keys, command, menu) of every action of the window's menus that has a shortcut and is
    offered to this user."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in _actions(menu):
            if not action.shortcut().isEmpty() and action.isVisible():
                rows.append((_keys(action.shortcut()), _plain(action.text()), _plain(menu.title())))
    return rows


def _actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found += _actions(action.menu()) if action.menu() is not None else [action]
    return found


class HelpDialog(QDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Help"))
        sized(self, 760, 560)
        tabs = QTabWidget(self)
        self.keys = QTableWidget(0, 3, self)
        self.keys.setObjectName("helpKeys")
        self.keys.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Command"), self.tr("Where")])
        self.keys.verticalHeader().hide()
        self.keys.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row in menu_keys(window) + panel_keys():
            at = self.keys.rowCount()
            self.keys.insertRow(at)
            for column, value in enumerate(row):
                self.keys.setItem(at, column, QTableWidgetItem(value))
        self.keys.resizeColumnsToContents()
        self.keys.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.panels = QTextBrowser(self)
        self.panels.setObjectName("helpPanels")
        self.panels.setHtml("".join(f"<h3>{dock.windowTitle()} ({_keys(forward.shortcut())})</h3>"
                                    f"<p>{dock.purpose()}</p>"
                                    for dock, forward in window.dock_keys() if forward.isVisible()))
        tabs.addTab(self.keys, self.tr("Keyboard shortcuts"))
        tabs.addTab(self.panels, self.tr("The panels"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
