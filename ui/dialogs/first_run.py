"""First start on a new database: which township (and county) it belongs to."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from gridcommand.ops.reference import init_township

from ..ops import OpRunner
from ..widgets.form import submit_in


class FirstRunDialog(QDialog):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("New database"))
        self._runner = runner
        intro = QLabel(self.tr("This database is new. Which township's command room does it "
                               "serve? (It cannot be changed later.)"), self)
        intro.setWordWrap(True)
        self.township = QLineEdit(self)
        self.township.setPlaceholderText(self.tr("e.g. 西塘镇"))
        self.county = QLineEdit(self)
        self.county.setPlaceholderText(self.tr("e.g. 嘉善县"))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c5221f;")
        form = QFormLayout()
        form.addRow(self.tr("Township / sub-district"), self.township)
        form.addRow(self.tr("County / district"), self.county)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot()
    def accept(self) -> None:
        done, _label = submit_in(self, self.message, lambda: self._runner.call(
            init_township, self.township.text(), self.county.text()))
        if done:
            super().accept()
