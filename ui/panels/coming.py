"""Docks whose panels are not built yet: an honest label saying what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget


class ComingDock(QDockWidget):
    def __init__(self, object_name: str, title: str, text: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.setObjectName(object_name)
        label = QLabel(text, self)
        label.setObjectName(f"{object_name}Coming")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("color: #777; padding: 24px;")
        self.setWidget(label)
