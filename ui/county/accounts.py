"""The county account in every township at once (SPEC §13): its own password chosen — changed in
every township together — and, for the townships' administrator, the account made in each."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base.errors import InputError
from gridcommand.county.accounts import Done, change_password_everywhere, create_everywhere
from gridcommand.county.seat import Seat

from ..dialogs.password import ChangePasswordDialog
from ..dialogs.sign_in import password_field
from ..messages import text
from ..widgets.form import add_footer, failed_in
from ..worker import Task


def _said(done: list[Done], what: str) -> str:
    """Township by township: done, or why not."""
    return "\n".join(f"{d.township}:" + (what if d.ok else text(d.why_not)) for d in done)


class CountyPasswordDialog(ChangePasswordDialog):
    """The county account's password, changed in every township the seat reaches."""

    def __init__(self, seat: Seat, parent: QWidget | None = None):
        first = next(t for t in seat.townships if t.actor is not None)
        super().__init__(first.db, first.actor, parent)
        self.setObjectName("countyPasswordDialog")
        self.seat = seat
        together = QLabel(self.tr("The password is changed in all %n township(s) together.", "",
                                  len(seat.townships)), self)
        together.setWordWrap(True)
        self.layout().insertWidget(self.layout().count() - 3, together)  # above the fields and the footer

    def _store(self, old: str, new: str) -> None:
        done = change_password_everywhere(self.seat, old, new)
        if not any(d.ok for d in done):
            raise InputError(_said(done, ""))
        missed = [d for d in done if not d.ok]
        if missed:  # the account signs in there with the old one until it is changed there too
            QMessageBox.warning(self, self.tr("Change password"), self.tr(
                "The password was not changed in:\n%1\nThere the old one still holds.").replace("%1", _said(missed, "")))


class CountyAccountDialog(QDialog):
    """A county account made in every township by the townships' administrator, with a temporary
    password the account changes at its first sign-in."""

    def __init__(self, seat: Seat, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("countyAccountDialog")
        self.setWindowTitle(self.tr("County account in every township"))
        self.setMinimumWidth(460)
        self.config = seat.config
        self._task: Task | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The account is made in each of the %n township(s) by their administrator, "
                               "who signs in here. It chooses its own password at its first sign-in.", "",
                               len(seat.townships)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.admin = QLineEdit(self)
        self.admin.setObjectName("admin")
        self.admin_password = password_field(self, "adminPassword")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.temporary = password_field(self, "temporary")
        form = QFormLayout()
        form.addRow(self.tr("Administrator"), self.admin)
        form.addRow(self.tr("Administrator's password"), self.admin_password)
        form.addRow(self.tr("New account's user name"), self.username)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Temporary password (8 or more characters)"), self.temporary)
        layout.addLayout(form)
        self.result = QLabel(self)
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.message = add_footer(self, layout)

    @Slot()
    def accept(self) -> None:
        if self._task is not None:
            return
        admin, password = self.admin.text().strip(), self.admin_password.text()
        username, name, temporary = self.username.text().strip(), self.name.text().strip(), self.temporary.text()
        self._task = Task(self, self.tr("Making the county account in every township"),
                          lambda _progress: create_everywhere(self.config, admin, password, username, name, temporary),
                          self._made, self._not_made)
        self._task.start()

    def _made(self, done: list[Done]) -> None:
        self._task = None
        self.admin_password.clear()
        self.message.clear()
        self.result.setText(_said(done, self.tr("made")) + "\n" + self.tr("Made in %1 of %2 townships.")
                            .replace("%1", str(sum(d.ok for d in done))).replace("%2", str(len(done))))
        buttons = self.findChild(QDialogButtonBox)  # what is done is said; what is left is to close
        buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _not_made(self, exc: Exception, trace: str) -> None:
        self._task = None
        failed_in(self, self.message, exc, trace)
