"""The handling units 处置单位 (administrators): add a department, rename one, say who to call,
deactivate one that is gone — never delete it, the record keeps naming it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QWidget

from gridcommand.base.changes import Area
from gridcommand.base.enums import UnitKind
from gridcommand.ops import administration as admin
from gridcommand.ops.administration import UnitRow
from gridcommand.ops.reference import lists

from ..labels import choices, label
from ..ops import OpRunner
from ..widgets.form import FormDialog, FormField
from .list_dialog import ListDialog

translate = QCoreApplication.translate


def _columns():
    def state(u: UnitRow) -> str:
        return translate("UnitsDialog", "in use") if u.active else translate("UnitsDialog", "deactivated")

    return [(translate("UnitsDialog", "Name"), lambda u: u.name),
            (translate("UnitsDialog", "Kind"), lambda u: label(UnitKind, u.kind)),
            (translate("UnitsDialog", "Village"), lambda u: u.village or "—"),
            (translate("UnitsDialog", "Contact person"), lambda u: u.contact_name or "—"),
            (translate("UnitsDialog", "Phone"), lambda u: u.contact_phone or "—"),
            (translate("UnitsDialog", "Open incidents led"), lambda u: u.open_incidents),
            (translate("UnitsDialog", "State"), state)]


class UnitsDialog(ListDialog):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(runner, "unitsDialog", translate("UnitsDialog", "Handling units"), _columns(),
                         lambda: runner.read(admin.unit_list), Area.REFERENCE, parent)
        self.add_buttons([("unitsNew", self.tr("New unit…"), self.create),
                          ("unitsEdit", self.tr("Edit…"), self.edit),
                          ("unitsActive", self.tr("Deactivate / bring back…"), self.toggle)], self.edit)

    def _contact_fields(self, unit: UnitRow | None = None) -> list[FormField]:
        return [FormField("name", self.tr("Name"), "line", True, default=unit.name if unit else ""),
                FormField("contact_name", self.tr("Contact person"), "line",
                          default=unit.contact_name if unit else ""),
                FormField("contact_phone", self.tr("Phone"), "line", default=unit.contact_phone if unit else "",
                          placeholder="0573-84561234")]

    @Slot()
    def create(self) -> None:
        villages = [(None, "—")] + [(v.id, v.label) for v in self.runner.read(lists, workers=False).villages]
        fields = self._contact_fields()
        fields[1:1] = [FormField("kind", self.tr("Kind"), "combo", True, choices(UnitKind), UnitKind.DEPARTMENT),
                       FormField("village_id", self.tr("Village (of a village unit)"), "combo", False, villages)]
        FormDialog(self.tr("New handling unit"), fields, lambda v: self.runner.call(
            admin.add_unit, v["name"], v["kind"], v["village_id"], v["contact_name"], v["contact_phone"]), self,
            self.tr("A township's own department, or a village's committee: it can be dispatched to at once.")
        ).exec()

    @Slot()
    def edit(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        FormDialog(self.tr("Edit %1").replace("%1", unit.name), self._contact_fields(unit), lambda v: self.runner.call(
            admin.update_unit, unit.id, v["name"], v["contact_name"], v["contact_phone"]), self,
            self.tr("A new name shows everywhere, in the history too.")).exec()

    @Slot()
    def toggle(self) -> None:
        self.toggle_active(self.tr("Deactivate %1? It is no longer offered for dispatch; what it handled keeps its "
                                   "name."), admin.set_unit_active)
