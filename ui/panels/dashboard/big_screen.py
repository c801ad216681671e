"""The big screen 大屏 of the command room: the dashboard full-screen on a chosen screen, dark and
in large type, with the time of its figures. Esc (or a double click) closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gridcommand.base import clock

from .view import DashboardView

BACKGROUND, TEXT = "#0b1320", "#e8eaed"


class BigScreen(QWidget):
    sig_closed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("bigScreen")
        self.setWindowTitle(title)
        self.setStyleSheet(f"#bigScreen {{ background: {BACKGROUND}; }} QLabel {{ color: {TEXT}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("bigScreenHeading")
        font = self.heading.font()
        font.setPointSize(26)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.updated = QLabel(self)
        self.updated.setObjectName("bigScreenUpdated")
        self.updated.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view = DashboardView(dark=True, columns=4, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.updated)
        layout.addWidget(self.view, 1)

    def show_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def stamp(self, when) -> None:
        self.updated.setText(self.tr("As of %1").replace("%1", clock.format_local(when, "%Y-%m-%d %H:%M")))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.close()

    def closeEvent(self, event) -> None:
        self.sig_closed.emit()
        super().closeEvent(event)
