"""Signing in (SPEC §12.1): at start, to switch user, and to unlock a seat left idle. A wrong
password is said in the dialog; the fifth in a row locks the account for 15 minutes.

At start the dialog is on screen before the database is open (``db=None``): the user types while
the rest of the program loads, and an OK pressed meanwhile signs in as soon as it is open. So
this module imports nothing of the core's database layer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..widgets.form import add_footer, submit_in

if TYPE_CHECKING:
    from gridcommand.ops import Database
    from gridcommand.ops.actor import Actor

SWITCH_USER = 2  # the lock screen's result when the user chose to sign in as someone else


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SignInDialog(QDialog):
    """Who is at this seat. With ``locked_user`` it is the lock screen: only that user may come
    back (or choose to switch user)."""

    def __init__(self, db: Database | None, place: str = "", hint: str = "",
                 locked_user: Actor | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lockDialog" if locked_user else "signInDialog")
        self.setWindowTitle(self.tr("Locked") if locked_user else self.tr("Sign in"))
        self.setMinimumWidth(380)
        self._db = db
        self._submit_when_open = False
        self.actor: Actor | None = None
        layout = QVBoxLayout(self)
        self._heading = QLabel(self)
        layout.addWidget(self._heading)
        self.username = QLineEdit(locked_user.username if locked_user else "", self)
        self.username.setObjectName("username")
        self.username.setReadOnly(locked_user is not None)
        self.password = password_field(self, "password")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self._hint = QLabel(self)
        self._hint.setObjectName("note")
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("color: #555;")
        layout.addWidget(self._hint)
        self.message = add_footer(self, layout)
        self._show_place(self.tr("%1 is signed in; the seat was locked.").replace("%1", locked_user.name)
                         if locked_user else place, self.tr("Opening the database…") if db is None else hint)
        if locked_user:
            # A locked seat has no Cancel: its way out is someone signing in.
            self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).hide()
            switch = QPushButton(self.tr("Switch user…"), self)
            switch.setObjectName("switchUser")
            switch.clicked.connect(lambda: self.done(SWITCH_USER))
            layout.addWidget(switch)
        (self.password if locked_user else self.username).setFocus()

    def _show_place(self, heading: str, hint: str) -> None:
        self._heading.setText(f"<b>{heading}</b>")
        self._heading.setVisible(bool(heading))
        self._hint.setText(hint)
        self._hint.setVisible(bool(hint))

    def database_open(self, db: Database, place: str, hint: str = "") -> None:
        """The database the start-up opened meanwhile; an OK pressed before goes through now."""
        self._db = db
        self._show_place(place, hint)
        if self._submit_when_open:
            self.accept()

    @Slot()
    def accept(self) -> None:
        if self._db is None:
            self._submit_when_open = True
            self._show_place("", self.tr("Opening the database… you are signed in as soon as it is open."))
            return
        from gridcommand.ops import accounts  # loaded by then: see the module's docstring

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
