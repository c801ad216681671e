"""The administrator's screen for accounts: create one, set its roles, reset its password (the
user must change it at the next sign-in), deactivate it (never delete: the record keeps the
name of everyone who acted in it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from gridcommand.base import clock
from gridcommand.base.changes import Area
from gridcommand.base.enums import UserRole
from gridcommand.ops import accounts
from gridcommand.ops.accounts import ASSIGNABLE, Account

from ..labels import choices, roles
from ..ops import OpRunner
from ..widgets.form import FormDialog, FormField
from .list_dialog import ListDialog

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


class UsersDialog(ListDialog):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(runner, "usersDialog", translate("UsersDialog", "Users"), _columns(),
                         lambda: runner.read(accounts.users), Area.REFERENCE, parent)
        self.add_buttons([("usersNew", self.tr("New account…"), self.create),
                          ("usersRoles", self.tr("Roles…"), self.roles),
                          ("usersReset", self.tr("Reset password…"), self.reset),
                          ("usersDeactivate", self.tr("Deactivate…"), self.deactivate)], self.roles)
        self._runner = runner

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
        account = self.selected()
        if account is None:
            return
        fields = [FormField("roles", self.tr("Roles"), "checks", True, self._role_options())]
        dialog = FormDialog(self.tr("Roles of %1").replace("%1", account.name), fields,
                            lambda v: self._runner.call(accounts.set_roles, account.id, v["roles"]), self)
        dialog.set_value("roles", list(account.roles))
        dialog.exec()

    @Slot()
    def reset(self) -> None:
        account = self.selected()
        if account is None:
            return
        fields = [FormField("password", self.tr("Temporary password"), "line", True)]
        FormDialog(self.tr("Reset the password of %1").replace("%1", account.name), fields,
                   lambda v: self._runner.call(accounts.reset_password, account.id, v["password"]),
                   self, self.tr("The user must choose a new password at the next sign-in.")).exec()

    @Slot()
    def deactivate(self) -> None:
        account = self.selected()
        if account is None or not account.active:
            return
        answer = QMessageBox.question(self, self.tr("Deactivate"), self.tr(
            "Deactivate %1? The account can no longer sign in; the record keeps its name.")
            .replace("%1", account.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._runner.attempt(self, self.tr("Deactivate"), accounts.deactivate, account.id)
