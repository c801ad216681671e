"""Signing in to the county seat: the county account, checked in every township at once; the
seat opens on those that let it in (a wrong password is said once, for all)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from gridcommand.county.config import CountyConfig
from gridcommand.county.seat import Seat, open_seat

from ..dialogs.sign_in import password_field
from ..widgets.form import add_footer, submit_in


class CountySignInDialog(QDialog):
    def __init__(self, config: CountyConfig, hint: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("countySignInDialog")
        self.setWindowTitle(self.tr("Sign in to the county seat"))
        self.setMinimumWidth(400)
        self.config = config
        self.seat: Seat | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{config.county}</b> · " + self.tr("%n township(s)", "", len(config.townships)), self)
        layout.addWidget(heading)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = password_field(self, "password")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        if hint:
            note = QLabel(hint, self)
            note.setObjectName("note")
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            layout.addWidget(note)
        self.message = add_footer(self, layout)
        self.username.setFocus()

    @Slot()
    def accept(self) -> None:
        done, seat = submit_in(self, self.message, lambda: open_seat(
            self.config, self.username.text().strip(), self.password.text()))
        self.password.clear()
        if done and not self._own_password(seat):
            seat.close()
        elif done:
            self.seat = seat
            super().accept()

    def _own_password(self, seat: Seat) -> bool:
        """A temporary password (a new account, or reset) replaced by the account's own, in every
        township, before anything else; False if they would not."""
        if not seat.must_change_password:
            return True
        from .accounts import CountyPasswordDialog

        return CountyPasswordDialog(seat, self).exec() == QDialog.DialogCode.Accepted
