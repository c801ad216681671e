"""First start on a new database: which township (and county) it belongs to."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from gridcommand.database import Database
from gridcommand.errors import InputError
from gridcommand.township import init_township


class FirstRunDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("New database"))
        self._db = db
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
        try:
            with self._db.session() as session:
                init_township(session, self.township.text(), self.county.text())
                session.commit()
        except InputError as exc:
            self.message.setText(str(exc))
            return
        super().accept()
