"""Incident ▸ Notices issued: every supervision notice 督办通知单 with its unit, when and by whom it
was issued and the items it named, and — for one issued by mistake — Withdraw…: with a reason,
noted on its items' timelines; the number stays used and the list shows it withdrawn."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QWidget

from gridcommand.base import clock
from gridcommand.base.changes import Area
from gridcommand.ops import Can, allows, notices
from gridcommand.ops.notices import Issued

from ..labels import joined
from ..ops import OpRunner
from ..widgets.form import FormDialog, FormField
from ..widgets.screen_fit import sized
from .list_dialog import ListDialog

translate = QCoreApplication.translate


def _state(n: Issued) -> str:
    if n.withdrawn:
        return translate("NoticesIssued", "Withdrawn %1 by %2: %3").replace("%1", clock.format_local(n.withdrawn_at)) \
            .replace("%2", n.withdrawn_by or "").replace("%3", n.withdraw_reason or "")
    return translate("NoticesIssued", "Answer by %1").replace("%1", f"{n.answer_by:%Y-%m-%d}")


def _columns():
    return [(translate("NoticesIssued", "Number"), lambda n: n.serial),
            (translate("NoticesIssued", "Unit"), lambda n: n.unit),
            (translate("NoticesIssued", "Issued"), lambda n: clock.format_local(n.issued_at)),
            (translate("NoticesIssued", "By"), lambda n: n.issued_by),
            (translate("NoticesIssued", "Incidents"), lambda n: str(len(n.codes))),
            (translate("NoticesIssued", "State"), _state),
            (translate("NoticesIssued", "Incident codes"), lambda n: joined(n.codes))]


class NoticesIssuedDialog(ListDialog):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(runner, "noticesIssuedDialog", translate("NoticesIssued", "Supervision notices issued"),
                         _columns(), lambda: runner.read(notices.issued), Area.INCIDENTS, parent, first=(0, 1, 5, 2))
        sized(self, 1040, 520)
        if allows(runner.actor, Can.MOVE_INCIDENTS):
            self.add_buttons([("noticeWithdraw", self.tr("Withdraw…"), self.withdraw)], lambda: None)
            self.table.selectionModel().currentRowChanged.connect(self._enable)
            self.model.modelReset.connect(self._enable)
            self._enable()

    @Slot()
    def _enable(self, *_args) -> None:
        """Withdraw… only for a notice chosen and still in force."""
        notice = self.selected()
        self.buttons["noticeWithdraw"].setEnabled(notice is not None and not notice.withdrawn)

    @Slot()
    def withdraw(self) -> None:
        notice: Issued | None = self.selected()
        if notice is None:
            return
        intro = self.tr("%1 to %2 will be marked withdrawn; its number stays used and each of its incidents' "
                        "timelines says so.").replace("%1", notice.serial).replace("%2", notice.unit)
        FormDialog(self.tr("Withdraw a notice"), [FormField("reason", self.tr("Why it is withdrawn"), "text", True)],
                   lambda v: self.runner.call(notices.withdraw, notice.id, v["reason"]), self, intro).exec()


def open_issued_notices(parent: QWidget, runner: OpRunner) -> None:
    NoticesIssuedDialog(runner, parent).open()
