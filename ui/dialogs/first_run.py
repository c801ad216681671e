"""First start of a new database: which township (and county) it belongs to, and the
administrator's account, who is then signed in."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from gridcommand.base.errors import InputError
from gridcommand.ops import Database, accounts
from gridcommand.ops.actor import Actor

from ..widgets.form import add_footer, submit_in
from .sign_in import password_field


class FirstRunDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("New database"))
        self.setMinimumWidth(420)
        self._db = db
        self.actor: Actor | None = None
        intro = QLabel(self.tr("This database is new. Which township's command room does it "
                               "serve? (It cannot be changed later.) Then make the administrator's "
                               "account: the administrator makes everyone else's."), self)
        intro.setWordWrap(True)
        # A database from before sign-in has its township already: only the account is missing.
        named = accounts.opening(db).named
        self.township = QLineEdit(named[0] if named else "", self)
        self.township.setPlaceholderText(self.tr("e.g. Xitang Town"))
        self.county = QLineEdit(named[1] if named else "", self)
        self.county.setPlaceholderText(self.tr("e.g. Jiashan County"))
        for field in (self.township, self.county):
            field.setReadOnly(named is not None)
        self.username = QLineEdit("admin", self)
        self.username.setObjectName("adminUsername")
        self.name = QLineEdit(self)
        self.name.setObjectName("adminName")
        self.password = password_field(self, "adminPassword")
        self.again = password_field(self, "adminPasswordAgain")
        form = QFormLayout()
        form.addRow(self.tr("Township / sub-district"), self.township)
        form.addRow(self.tr("County / district"), self.county)
        form.addRow(self.tr("Administrator's user name"), self.username)
        form.addRow(self.tr("Administrator's name"), self.name)
        form.addRow(self.tr("Password (8 or more characters)"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.message = add_footer(self, layout)

    def _start(self) -> Actor:
        if self.password.text() != self.again.text():
            raise InputError(self.tr("The two passwords differ."))
        return accounts.first_start(self._db, self.township.text(), self.county.text(),
                                    self.username.text(), self.name.text() or self.username.text(),
                                    self.password.text())

    @Slot()
    def accept(self) -> None:
        done, self.actor = submit_in(self, self.message, self._start)
        if done:
            super().accept()
