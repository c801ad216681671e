"""Administration ▸ Sources of work orders: the 12345 hotline, the provincial platform, each with
how its exports map to our fields; a new one is mapped from a sample export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from gridcommand.base.changes import Area
from gridcommand.base.enums import Source
from gridcommand.ops import intake
from gridcommand.ops.intake import DAYS, PERCENT, SourceRow

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
    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(runner, "intakeSourcesDialog", translate("IntakeSources", "Sources of work orders"),
                         _columns(), lambda: runner.read(intake.sources_listed), Area.SETTINGS, parent)
        self.add_buttons([("sourcesNew", self.tr("New source…"), self.create),
                          ("sourcesEdit", self.tr("Edit…"), self.edit)], self.edit)
        self.layout().addWidget(self._repeat_box())

    def _repeat_box(self) -> QGroupBox:
        """How likely repeats are found: for every source, from the next file on."""
        chosen = self.runner.read(intake.repeats)
        box = QGroupBox(self.tr("Likely repeats (every source, from the next file on)"), self)
        self.days, self.percent = QSpinBox(box), QSpinBox(box)
        for spin, setting, value, suffix in ((self.days, DAYS, chosen.days, self.tr(" days")),
                                             (self.percent, PERCENT, chosen.percent, " %")):
            spin.setRange(setting.low, setting.high)
            spin.setValue(value)
            spin.setSuffix(suffix)
        self.days.setObjectName("repeatDays")
        self.percent.setObjectName("repeatPercent")
        save = QPushButton(self.tr("Save"), box)
        save.setObjectName("repeatSave")
        save.clicked.connect(self.save_repeat_settings)
        row = QHBoxLayout(box)
        row.addWidget(QLabel(self.tr("Same place and category within"), box))
        row.addWidget(self.days)
        row.addWidget(QLabel(self.tr("or texts alike from"), box))
        row.addWidget(self.percent)
        row.addStretch(1)
        row.addWidget(save)
        return box

    @Slot()
    def save_repeat_settings(self) -> None:
        self.runner.attempt(self, self.windowTitle(), intake.save_repeat_settings, days=self.days.value(),
                            percent=self.percent.value())

    @Slot()
    def create(self) -> SourceEditor:
        editor = SourceEditor(self.runner, parent=self)
        editor.open()
        return editor

    @Slot()
    def edit(self) -> SourceEditor | None:
        row: SourceRow | None = self.selected()
        if row is None:
            return None
        editor = SourceEditor(self.runner, self.runner.read(intake.source_form, row.id), row.id, self)
        editor.open()
        return editor
