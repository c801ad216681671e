"""Changing one's own password: when one wants to, and — before anything else — after the
administrator reset it."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from gridcommand.base.errors import InputError
from gridcommand.ops import Database, accounts
from gridcommand.ops.actor import Actor

from ..widgets.form import add_footer, submit_in
from .sign_in import password_field


class ChangePasswordDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(380)
        self._db, self._actor = db, actor
        layout = QVBoxLayout(self)
        if actor.must_change_password:
            note = QLabel(self.tr("Your password was set by the administrator: choose your own "
                                  "before you go on."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.old = password_field(self, "oldPassword")
        self.new = password_field(self, "newPassword")
        self.again = password_field(self, "newPasswordAgain")
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password (8 or more characters)"), self.new)
        form.addRow(self.tr("New password again"), self.again)
        layout.addLayout(form)
        self.message = add_footer(self, layout)

    def _change(self) -> None:
        if self.new.text() != self.again.text():
            raise InputError(self.tr("The two new passwords differ."))
        self._store(self.old.text(), self.new.text())

    def _store(self, old: str, new: str) -> None:
        accounts.change_password(self._db, self._actor, old, new)

    @Slot()
    def accept(self) -> None:
        done, _ = submit_in(self, self.message, self._change)
        if done:
            super().accept()
