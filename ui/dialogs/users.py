"""The administrator's screen for accounts: create one, set its roles, reset its password (the
user must change it at the next sign-in), deactivate it (never delete: the record keeps the
name of everyone who acted in it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from gridcommand import clock
from gridcommand.accounts import ASSIGNABLE, Account
from gridcommand.changes import Area, Changes
from gridcommand.enums import UserRole
from gridcommand.ops import accounts

from ..labels import choices, roles
from ..ops import OpRunner
from ..widgets.form import FormDialog, FormField
from ..widgets.rows_model import ROW_ROLE, RowsModel


translate = QCoreApplication.translate


def _columns():
    def state(a: Account) -> str:
        if not a.active:
            return translate("UsersDialog", "deactivated")
        if a.locked_until and a.locked_until > clock.now():
            return translate("UsersDialog", "locked until %1").replace("%1", clock.format_local(a.locked_until, "%H:%M"))
        return translate("UsersDialog", "must change password") if a.must_change_password else translate("UsersDialog", "active")

    return [(translate("UsersDialog", "User name"), lambda a: a.username), (translate("UsersDialog", "Name"), lambda a: a.name),
            (translate("UsersDialog", "Roles"), lambda a: roles(a.roles)), (translate("UsersDialog", "State"), state),
            (translate("UsersDialog", "Last sign-in"), lambda a: clock.format_local(a.last_sign_in_at) or "—")]


class UsersDialog(QDialog):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.resize(720, 420)
        self._runner = runner
        self.model = RowsModel(_columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("New account…"), self.create), (self.tr("Roles…"), self.roles),
                           (self.tr("Reset password…"), self.reset), (self.tr("Deactivate…"), self.deactivate)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        runner.hub.sig_changes.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        self.model.show(accounts.users(self._runner.db, self._runner.actor))
        self.table.resizeColumnsToContents()

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Area.REFERENCE):
            self.reload()

    def _selected(self) -> Account | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    @staticmethod
    def _role_options():
        return choices(UserRole, ASSIGNABLE)

    @Slot()
    def create(self) -> None:
        fields = [FormField("username", self.tr("User name"), "line", True),
                  FormField("name", self.tr("Name"), "line", True),
                  FormField("roles", self.tr("Roles"), "checks", True, self._role_options()),
                  FormField("password", self.tr("First password (changed at the first sign-in)"), "line", True)]
        FormDialog(self.tr("New account"), fields, lambda v: self._runner.call(
            accounts.create_user, v["username"], v["name"], v["roles"], v["password"]), self).exec()

    @Slot()
    def roles(self) -> None:
        account = self._selected()
        if account is None:
            return
        fields = [FormField("roles", self.tr("Roles"), "checks", True, self._role_options())]
        dialog = FormDialog(self.tr("Roles of %1").replace("%1", account.name), fields,
                            lambda v: self._runner.call(accounts.set_roles, account.id, v["roles"]), self)
        dialog.set_value("roles", list(account.roles))
        dialog.exec()

    @Slot()
    def reset(self) -> None:
        account = self._selected()
        if account is None:
            return
        fields = [FormField("password", self.tr("Temporary password"), "line", True)]
        FormDialog(self.tr("Reset the password of %1").replace("%1", account.name), fields,
                   lambda v: self._runner.call(accounts.reset_password, account.id, v["password"]),
                   self, self.tr("The user must choose a new password at the next sign-in.")).exec()

    @Slot()
    def deactivate(self) -> None:
        account = self._selected()
        if account is None or not account.active:
            return
        answer = QMessageBox.question(self, self.tr("Deactivate"), self.tr(
            "Deactivate %1? The account can no longer sign in; the record keeps its name.")
            .replace("%1", account.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._runner.attempt(self, self.tr("Deactivate"), accounts.deactivate, account.id)
