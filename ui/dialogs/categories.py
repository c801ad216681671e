"""Incident categories 大类 and sub-categories 小类 (administrators), each with the track 三类分流
it is reported on by default: add, rename, change the track of what is reported from now on,
deactivate — never delete, what was reported under one keeps it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from gridcommand.base.changes import Area
from gridcommand.base.enums import Track
from gridcommand.ops import administration as admin
from gridcommand.ops.administration import CategoryRow
from gridcommand.ops.reference import lists

from ..labels import choices, label
from ..ops import OpRunner
from ..widgets.form import FormDialog, FormField
from .list_dialog import ListDialog

translate = QCoreApplication.translate


def _columns():
    def state(c: CategoryRow) -> str:
        return translate("CategoriesDialog", "in use") if c.active else translate("CategoriesDialog", "deactivated")

    return [(translate("CategoriesDialog", "Category"), lambda c: c.parent or c.name),
            (translate("CategoriesDialog", "Sub-category"), lambda c: c.name if c.parent else ""),
            (translate("CategoriesDialog", "Default track"), lambda c: label(Track, c.track)),
            (translate("CategoriesDialog", "Usual unit"), lambda c: c.usual_unit or ""),
            (translate("CategoriesDialog", "State"), state)]


class CategoriesDialog(ListDialog):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(runner, "categoriesDialog", translate("CategoriesDialog", "Incident categories"),
                         _columns(), lambda: runner.read(admin.category_list), Area.REFERENCE, parent)
        self.add_buttons([("categoriesNew", self.tr("New category…"), lambda: self.create(None)),
                          ("categoriesNewSub", self.tr("New sub-category…"), self.create_sub),
                          ("categoriesEdit", self.tr("Edit…"), self.edit),
                          ("categoriesActive", self.tr("Deactivate / bring back…"), self.toggle)], self.edit)

    def _fields(self, category: CategoryRow | None, track: str = Track.GENERAL) -> list[FormField]:
        units = [(None, self.tr("(none: the duty officer chooses)"))] + [
            (o.id, o.label) for o in self.runner.read(lists, workers=False).units]
        return [FormField("name", self.tr("Name"), "line", True, default=category.name if category else ""),
                FormField("track", self.tr("Default track"), "combo", True, choices(Track),
                          category.track if category else track),
                FormField("unit", self.tr("Usual unit (offered first on dispatch)"), "combo", False, units,
                          category.usual_unit_id if category else None)]

    def create(self, parent: CategoryRow | None) -> None:
        title = (self.tr("New sub-category of %1").replace("%1", parent.name) if parent
                 else self.tr("New category"))
        FormDialog(title, self._fields(None, parent.track if parent else Track.GENERAL), lambda v: self.runner.call(
            admin.add_category, v["name"], v["track"], parent.id if parent else None, v["unit"]), self).exec()

    @Slot()
    def create_sub(self) -> None:
        chosen = self.selected()
        if chosen is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose the category it belongs to first."))
            return
        top = chosen if chosen.parent_id is None else next(r for r in self.model.rows if r.id == chosen.parent_id)
        self.create(top)

    @Slot()
    def edit(self) -> None:
        category = self.selected()
        if category is None:
            return
        FormDialog(self.tr("Edit %1").replace("%1", category.name), self._fields(category), lambda v: self.runner.call(
            admin.update_category, category.id, v["name"], v["track"], v["unit"]), self,
            self.tr("Another track applies to what is reported from now on.")).exec()

    @Slot()
    def toggle(self) -> None:
        self.toggle_active(self.tr("Deactivate %1? It is no longer offered for new reports (nor are its "
                                   "sub-categories); what was reported under it keeps it."),
                           admin.set_category_active)
