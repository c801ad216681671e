"""Signing in (SPEC §12.1): at start, to switch user, and to unlock a seat left idle. A wrong
password is said in the dialog; the fifth in a row locks the account for 15 minutes."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from gridcommand.database import Database
from gridcommand.ops import accounts
from gridcommand.ops.actor import Actor

from ..widgets.form import add_footer, submit_in

SWITCH_USER = 2  # the lock screen's result when the user chose to sign in as someone else


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SignInDialog(QDialog):
    """Who is at this seat. With ``locked_user`` it is the lock screen: only that user may come
    back (or choose to switch user)."""

    def __init__(self, db: Database, place: str = "", hint: str = "", locked_user: Actor | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lockDialog" if locked_user else "signInDialog")
        self.setWindowTitle(self.tr("Locked") if locked_user else self.tr("Sign in"))
        self.setMinimumWidth(380)
        self._db = db
        self.actor: Actor | None = None
        layout = QVBoxLayout(self)
        heading = self.tr("%1 is signed in; the seat was locked.").replace("%1", locked_user.name) \
            if locked_user else place
        if heading:
            layout.addWidget(QLabel(f"<b>{heading}</b>", self))
        self.username = QLineEdit(locked_user.username if locked_user else "", self)
        self.username.setObjectName("username")
        self.username.setReadOnly(locked_user is not None)
        self.password = password_field(self, "password")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        if hint:
            note = QLabel(hint, self)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            layout.addWidget(note)
        self.message = add_footer(self, layout)
        if locked_user:
            # A locked seat has no Cancel: its way out is someone signing in.
            self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).hide()
            switch = QPushButton(self.tr("Switch user…"), self)
            switch.setObjectName("switchUser")
            switch.clicked.connect(lambda: self.done(SWITCH_USER))
            layout.addWidget(switch)
        (self.password if locked_user else self.username).setFocus()

    @Slot()
    def accept(self) -> None:
        done, actor = submit_in(self, self.message, lambda: accounts.sign_in(
            self._db, self.username.text(), self.password.text()))
        self.password.clear()
        if done:
            self.actor = actor
            super().accept()

    def reject(self) -> None:
        if self.objectName() == "lockDialog":
            return  # a locked seat stays locked: Esc does not open it
        super().reject()
