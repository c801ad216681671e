"""Administration ▸ Sources of work orders: the 12345 hotline, the provincial platform, each with
how its exports map to our fields; a new one is mapped from a sample export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Slot
from PySide6.QtWidgets import QWidget

from gridcommand.changes import Area
from gridcommand.enums import Source
from gridcommand.intake.sources import SourceRow, listed, source_form

from ..labels import label
from ..ops import OpRunner
from .intake_source import SourceEditor
from .list_dialog import ListDialog

translate = QCoreApplication.translate


def _columns():
    return [(translate("IntakeSources", "Name"), lambda s: s.name),
            (translate("IntakeSources", "Incidents' source"), lambda s: label(Source, s.source)),
            (translate("IntakeSources", "Orders taken in"), lambda s: s.orders),
            (translate("IntakeSources", "Inbox folder"), lambda s: s.inbox or "—"),
            (translate("IntakeSources", "State"), lambda s: translate("IntakeSources", "in use") if s.active
             else translate("IntakeSources", "not in use"))]


class IntakeSourcesDialog(ListDialog):
    def __init__(self, runner: OpRunner, settings: QSettings, parent: QWidget | None = None):
        super().__init__(runner, "intakeSourcesDialog", translate("IntakeSources", "Sources of work orders"),
                         _columns(), lambda: runner.read(listed), Area.SETTINGS, parent)
        self.settings = settings
        self.add_buttons([("sourcesNew", self.tr("New source…"), self.create),
                          ("sourcesEdit", self.tr("Edit…"), self.edit)], self.edit)

    @Slot()
    def create(self) -> SourceEditor:
        editor = SourceEditor(self.runner, self.settings, parent=self)
        editor.open()
        return editor

    @Slot()
    def edit(self) -> SourceEditor | None:
        row: SourceRow | None = self.selected()
        if row is None:
            return None
        editor = SourceEditor(self.runner, self.settings, self.runner.read(source_form, row.id), row.id, self)
        editor.open()
        return editor
