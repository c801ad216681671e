"""The deadline matrix 时限矩阵 (administrators): hours per step and warning colour, a category's
own hours where it needs them, calendar or working-day hours, from a chosen moment on. Saved as a
new version — incidents under way keep the deadlines they were given — after a preview of what
it changes: which hours, how many incidents a month they apply to, how many open incidents not
yet accepted will follow it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base import clock
from gridcommand.base.enums import WarningColour
from gridcommand.ops import rules
from gridcommand.ops.reference import lists
from gridcommand.ops.rules import MODES, STEP_HOURS, STEPS, Preview, RuleSet

from ..labels import deadline_mode, deadline_step, label
from ..ops import OpRunner
from ..widgets.form import add_footer, submit_in
from ..widgets.screen_fit import sized

COLOURS = [c.value for c in WarningColour]


def next_monday() -> dt.datetime:
    """Monday 00:00 in Shanghai, the first after today: a new matrix starts with a week."""
    today = clock.local(clock.now()).date()
    monday = today + dt.timedelta(days=7 - today.weekday())
    return dt.datetime.combine(monday, dt.time(0, 0), clock.SHANGHAI)


def _hours(parent: QWidget, value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, STEP_HOURS.high)  # 0 is refused by the core, with the cell named
    box.setDecimals(1)
    box.setSuffix(QCoreApplication.translate("DeadlinesDialog", " h"))
    box.setValue(value)
    return box


class DeadlinesDialog(QDialog):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deadlinesDialog")
        self.setWindowTitle(self.tr("Deadline matrix"))
        self.runner = runner
        self._later = QTimer(self, singleShot=True, interval=300)  # the preview, once the typing stops
        self._later.timeout.connect(self.show_preview)
        versions = runner.read(rules.deadline_versions)
        latest = versions[-1]
        self.categories = [(c.id, c.label) for c in runner.read(lists, workers=False).categories
                           if c.parent_id is None]
        self.versions = QLabel(self._describe(versions), self)
        self.versions.setObjectName("deadlinesVersions")
        self.versions.setWordWrap(True)
        self.matrix = QTableWidget(len(STEPS), len(COLOURS), self)
        self.matrix.setObjectName("deadlinesMatrix")
        self.matrix.setVerticalHeaderLabels([deadline_step(s) for s in STEPS])
        self.matrix.setHorizontalHeaderLabels([label(WarningColour, c) for c in COLOURS])
        for row, step in enumerate(STEPS):
            for column, colour in enumerate(COLOURS):
                self.matrix.setCellWidget(row, column, _hours(self, latest.hours[(step, colour, None)]))
        self.matrix.resizeColumnsToContents()
        self.matrix.setFixedHeight(self.matrix.horizontalHeader().height() + 3 * self.matrix.rowHeight(0) + 4)
        self.overrides = QTableWidget(0, 4, self)
        self.overrides.setObjectName("deadlinesOverrides")
        self.overrides.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Step"), self.tr("Colour"),
                                                  self.tr("Hours")])
        for (step, colour, category), hours in sorted(latest.hours.items(), key=str):
            if category is not None:
                self.add_override(category, step, colour, hours)
        add, remove = QPushButton(self.tr("Add a category's own hours"), self), QPushButton(self.tr("Remove"), self)
        add.clicked.connect(lambda: self.add_override())
        remove.clicked.connect(self.remove_override)
        self.mode = QComboBox(self)
        self.mode.setObjectName("deadlinesMode")
        for mode in MODES:
            self.mode.addItem(deadline_mode(mode), mode)
        self.mode.setCurrentIndex(self.mode.findData(latest.mode))
        self.effective = QDateTimeEdit(self)
        self.effective.setObjectName("deadlinesEffective")
        self.effective.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.effective.setCalendarPopup(True)
        self.effective.setDateTime(QDateTime.fromString(clock.format_local(next_monday()), "yyyy-MM-dd HH:mm"))
        self.note = QLineEdit(self)
        self.note.setObjectName("deadlinesNote")
        self.preview = QLabel(self)
        self.preview.setObjectName("deadlinesPreview")
        self.preview.setWordWrap(True)
        self.shown: Preview | None = None
        self._build_layout(add, remove)
        for row in range(self.matrix.rowCount()):
            for column in range(self.matrix.columnCount()):
                self.matrix.cellWidget(row, column).valueChanged.connect(self._later.start)
        self.mode.currentIndexChanged.connect(self._later.start)
        self.effective.dateTimeChanged.connect(self._later.start)
        self.show_preview()

    def _build_layout(self, add: QPushButton, remove: QPushButton) -> None:
        own = QGroupBox(self.tr("Categories with hours of their own"), self)
        column = QVBoxLayout(own)
        column.addWidget(self.overrides)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        column.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("Hours are counted in"), self.mode)
        form.addRow(self.tr("In force from"), self.effective)
        form.addRow(self.tr("Why (kept with the version)"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.versions)
        layout.addWidget(self.matrix)
        layout.addWidget(own, 1)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        self.message = add_footer(self, layout)
        sized(self, 640, 640)

    def _describe(self, versions: list[RuleSet]) -> str:
        now, *later = versions
        said = self.tr("In force since %1: %2.").replace("%1", clock.format_local(now.effective_from)) \
            .replace("%2", deadline_mode(now.mode))
        for version in later:
            said += " " + self.tr("Already saved to start %1.").replace("%1", clock.format_local(version.effective_from))
        return said + " " + self.tr("The hours below are the latest version's; a new version leaves incidents "
                                    "under way with the deadlines they were given.")

    def add_override(self, category: int | None = None, step: str = "resolve", colour: str = "red",
                     hours: float = 24) -> None:
        row = self.overrides.rowCount()
        self.overrides.insertRow(row)
        for column, (options, chosen) in enumerate((
                (self.categories, category), ([(s, deadline_step(s)) for s in STEPS], step),
                ([(c, label(WarningColour, c)) for c in COLOURS], colour))):
            combo = QComboBox(self.overrides)
            for value, text in options:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(self._later.start)
            self.overrides.setCellWidget(row, column, combo)
        box = _hours(self, hours)
        box.valueChanged.connect(self._later.start)
        self.overrides.setCellWidget(row, 3, box)
        self.overrides.resizeColumnsToContents()
        self._later.start()

    @Slot()
    def remove_override(self) -> None:
        if self.overrides.currentRow() >= 0:
            self.overrides.removeRow(self.overrides.currentRow())
            self._later.start()

    def values(self) -> tuple[dt.datetime, str, dict, dict]:
        """(in force from, mode, hours by (step, colour), a category's own by (step, colour, id))."""
        hours = {(step, colour): self.matrix.cellWidget(r, c).value()
                 for r, step in enumerate(STEPS) for c, colour in enumerate(COLOURS)}
        overrides = {}
        for row in range(self.overrides.rowCount()):
            category, step, colour = (self.overrides.cellWidget(row, c).currentData() for c in range(3))
            overrides[(step, colour, category)] = self.overrides.cellWidget(row, 3).value()
        when = dt.datetime.strptime(self.effective.dateTime().toString("yyyy-MM-dd HH:mm"), "%Y-%m-%d %H:%M")
        return when.replace(tzinfo=clock.SHANGHAI), self.mode.currentData(), hours, overrides

    @Slot()
    def show_preview(self) -> None:
        ok, seen = submit_in(self, self.message, lambda: self.runner.read(rules.preview_deadlines, *self.values()))
        if not ok:
            return
        self.message.clear()
        self.shown = seen
        lines = [self.tr("%1 %2: %3 → %4 (%5 incidents in the last 30 days)")
                 .replace("%1", deadline_step(c.step)).replace("%2", label(WarningColour, c.colour)
                                                               + (f" · {c.category}" if c.category else ""))
                 .replace("%3", self._h(c.before)).replace("%4", self._h(c.after))
                 .replace("%5", str(c.reported_last_30_days)) for c in seen.changes]
        if seen.mode_before != seen.mode_after:
            lines.insert(0, self.tr("Counted in: %1 → %2").replace("%1", deadline_mode(seen.mode_before))
                         .replace("%2", deadline_mode(seen.mode_after)))
        if not lines:
            lines = [self.tr("Nothing changes: these are the hours in force.")]
        lines.append(self.tr("%1 open incidents not accepted yet will follow the new hours if accepted from %2 on; "
                             "incidents already accepted keep their deadlines.")
                     .replace("%1", str(seen.waiting)).replace("%2", clock.format_local(seen.effective_from)))
        self.preview.setText("\n".join(lines))

    def _h(self, hours: float | None) -> str:
        return self.tr("(general)") if hours is None else self.tr("%1 h").replace("%1", f"{hours:g}")

    @Slot()
    def accept(self) -> None:
        when, mode, hours, overrides = self.values()
        done, _version = submit_in(self, self.message, lambda: self.runner.call(
            rules.new_deadlines, when, mode, hours, self.note.text().strip(), overrides))
        if done:
            super().accept()
