"""One source of work orders, as the administrator defines it once: its name and 来源, a sample
export whose columns are offered for each of our fields (guessed from their names first), what
fills a field the export leaves out, the folder watched for its files — and, below, how the
sample's first rows would be taken in, with every problem named by row and column."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base import clock
from gridcommand.base.enums import Source, WarningColour
from gridcommand.base.errors import InputError
from gridcommand.ops import intake
from gridcommand.ops.intake import Preview, SourceForm, mapping, title_of
from gridcommand.ops.reference import lists

from ..labels import choices, label
from ..messages import text
from ..ops import OpRunner
from ..widgets.files import open_path
from ..widgets.form import add_footer, submit_in
from ..widgets.screen_fit import sized

translate = QCoreApplication.translate
# Our fields as the screen names them; the Chinese are the core's own (gridcommand.intake.mapping).
FIELDS = {
    "order_no": QT_TRANSLATE_NOOP("IntakeField", "Order number"),
    "reported_at": QT_TRANSLATE_NOOP("IntakeField", "Time of the call"),
    "content": QT_TRANSLATE_NOOP("IntakeField", "What is asked"),
    "title": QT_TRANSLATE_NOOP("IntakeField", "Title"),
    "address": QT_TRANSLATE_NOOP("IntakeField", "Address"),
    "grid": QT_TRANSLATE_NOOP("IntakeField", "Grid"),
    "category": QT_TRANSLATE_NOOP("IntakeField", "Category"),
    "colour": QT_TRANSLATE_NOOP("IntakeField", "Warning colour"),
    "contact": QT_TRANSLATE_NOOP("IntakeField", "Caller"),
    "phone": QT_TRANSLATE_NOOP("IntakeField", "Phone"),
    "time_limit": QT_TRANSLATE_NOOP("IntakeField", "Time limit"),
}
NONE = "—"


def field_name(key: str) -> str:
    return translate("IntakeField", FIELDS[key])


class SourceEditor(QDialog):
    def __init__(self, runner: OpRunner, form: SourceForm | None = None,
                 source_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("intakeSourceEditor")
        self.setWindowTitle(self.tr("Source of work orders") if source_id is None else
                            self.tr("Edit %1").replace("%1", form.name))
        sized(self, 980, 680)
        self.runner, self.source_id = runner, source_id
        form = form or SourceForm("")
        self._headers: list[str] = sorted(set(form.columns.values()))
        reference = runner.read(lists, workers=False)
        self.name = QLineEdit(form.name, self)
        self.name.setObjectName("sourceName")
        self.source = self._combo(choices(Source), form.source)
        self.sample = QLineEdit(self)
        self.sample.setPlaceholderText(self.tr("An export of this source (.xlsx or .csv), to map its columns"))
        self.sample.editingFinished.connect(self._typed_sample)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.inbox = QLineEdit(form.inbox, self)
        self.inbox.setPlaceholderText(self.tr("Optional: a folder another system drops its exports into"))
        choose_inbox = QPushButton(self.tr("Choose…"), self)
        choose_inbox.clicked.connect(self._choose_inbox)
        top = QFormLayout()
        top.addRow(self.tr("Name *"), self.name)
        top.addRow(self.tr("Incidents' source"), self.source)
        top.addRow(self.tr("Sample file"), self._row(self.sample, browse))
        top.addRow(self.tr("Inbox folder"), self._row(self.inbox, choose_inbox))
        self.columns = {t.key: QComboBox(self) for t in mapping.TARGETS}
        columns_box = QGroupBox(self.tr("Which column of the file gives each field"), self)
        grid = QGridLayout(columns_box)
        for n, target in enumerate(mapping.TARGETS):
            self.columns[target.key].setObjectName(f"column_{target.key}")
            grid.addWidget(QLabel(field_name(target.key) + (" *" if target.required else ""), self), n // 3, (n % 3) * 2)
            grid.addWidget(self.columns[target.key], n // 3, (n % 3) * 2 + 1)
        self._fill_columns(form.columns)
        categories = [(None, NONE)] + [(o.id, o.label) for o in reference.categories if o.parent_id is None]
        grids = [(None, NONE)] + [(o.id, o.label) for o in reference.grids]
        self._names = {"grid": dict(grids), "category": {o.id: o.label for o in reference.categories}}
        self.category = self._combo(categories, form.default_category_id)
        self.colour = self._combo(choices(WarningColour), form.default_colour)
        self.grid = self._combo(grids, form.default_grid_id)
        self.grid.setEditable(True)  # thousands of grids in a city: typed, completed
        self.active = QCheckBox(self.tr("In use (its inbox folder is watched)"), self)
        self.active.setChecked(form.active)
        defaults = QFormLayout()
        defaults.addRow(self.tr("Category when the file's names none of ours"), self.category)
        defaults.addRow(self.tr("Colour when the file gives none"), self.colour)
        defaults.addRow(self.tr("Grid when the address names none"), self.grid)
        defaults.addRow("", self.active)
        self.preview_button = QPushButton(self.tr("Preview the sample"), self)
        self.preview_button.clicked.connect(self.preview)
        self.summary = QLabel(self.tr("Choose a sample file to see how its rows would be taken in."), self)
        self.summary.setWordWrap(True)
        self.rows = QStandardItemModel(0, len(mapping.TARGETS) + 1, self)
        # What is wrong first: it is what the administrator maps the columns again for.
        self.rows.setHorizontalHeaderLabels([self.tr("Problems")] + [field_name(t.key) for t in mapping.TARGETS])
        self.table = QTableView(self)
        self.table.setObjectName("intakePreview")
        self.table.setModel(self.rows)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(columns_box)
        layout.addLayout(defaults)
        layout.addWidget(self._row(self.summary, self.preview_button))
        layout.addWidget(self.table, 1)
        self.message = add_footer(self, layout)

    def _combo(self, options, current) -> QComboBox:
        combo = QComboBox(self)
        for value, shown in options:
            combo.addItem(shown, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _row(self, *widgets) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for n, widget in enumerate(widgets):
            row.addWidget(widget, 1 if n == 0 else 0)
        return holder

    def _fill_columns(self, chosen: dict[str, str]) -> None:
        for key, combo in self.columns.items():
            combo.clear()
            combo.addItem(NONE, "")
            for header in self._headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(key, ""))))

    def form(self) -> SourceForm:
        grid = self.grid.currentData() if self.grid.currentText() == self.grid.itemText(
            self.grid.currentIndex()) else -1  # typed, but no grid of that name: refused by the core
        return SourceForm(self.name.text(), self.source.currentData(),
                          {k: c.currentData() for k, c in self.columns.items() if c.currentData()},
                          self.category.currentData(), self.colour.currentData(), grid,
                          self.inbox.text(), self.active.isChecked())

    @Slot()
    def _browse(self) -> None:
        path = open_path(self, "orders", self.tr("Choose a sample export"), self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.set_sample(path)

    @Slot()
    def _typed_sample(self) -> None:
        if self.sample.text().strip() and self.sample.isModified():
            self.sample.setModified(False)
            self.set_sample(self.sample.text().strip())

    def set_sample(self, path: str | Path) -> None:
        """Offer the sample's columns (the names other systems use chosen at once) and preview."""
        self.sample.setText(str(path))
        chosen = self.form().columns
        found = self._read()
        if found is None:
            return
        self._headers = [h for h in found.headers if h]
        columns = {**found.guessed, **{k: v for k, v in chosen.items() if v in self._headers}}
        self._fill_columns(columns)
        if columns == found.columns:
            self._show(found)
        else:  # read with other columns than now chosen
            self.preview()

    @Slot()
    def _choose_inbox(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the inbox folder"), self.inbox.text())
        if folder:
            self.inbox.setText(folder)

    @Slot()
    def preview(self) -> None:
        found = self._read()
        if found is not None:
            self._show(found)

    def _read(self) -> Preview | None:
        """The sample's first rows read with the columns now chosen; None (and why) if it cannot be."""
        path = self.sample.text().strip()
        if not path:
            self.summary.setText(self.tr("Choose a sample file to see how its rows would be taken in."))
            return None
        try:
            return self.runner.read(intake.preview, self.form(), path)
        except InputError as exc:
            self.summary.setText(text(exc))
            return None

    def _show(self, preview: Preview) -> None:
        self.rows.removeRows(0, self.rows.rowCount())
        problems: dict[int, list[str]] = {}
        for error in preview.errors:
            problems.setdefault(error.row, []).append(f"{error.column}:{text(error.message)}" if error.column
                                                       else text(error.message))
        for record in preview.rows:
            cells = [QStandardItem(self._shown(record, t.key)) for t in mapping.TARGETS]
            said = QStandardItem(";".join(problems.get(record["_row"], [])) or "✓")
            said.setToolTip(said.text())
            self.rows.appendRow([said] + cells)
        self.table.resizeColumnsToContents()
        for column in range(self.rows.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        whole = [text(e.message) for e in preview.errors if e.row not in {r["_row"] for r in preview.rows}]
        self.summary.setText("\n".join(whole) if whole else self.tr("The first %1 rows of the sample: %2 problem(s).")
                             .replace("%1", str(len(preview.rows))).replace("%2", str(len(preview.errors))))

    def _shown(self, record: dict, key: str) -> str:
        """A cell as it would be taken in: the grid and category as found, not as written."""
        value = record.get(key)
        if key == "grid" and record.get("grid_id"):
            return self._names["grid"].get(record["grid_id"], "")
        if key == "title" and not value and record.get("content"):
            return title_of(record["content"])
        if key == "category" and record.get("category_ids") and record["category_ids"][0]:
            return "/".join(self._names["category"].get(i, "") for i in record["category_ids"] if i)
        if value is None:
            return ""
        if key == "reported_at":
            return clock.format_local(value)
        if key == "colour":
            return label(WarningColour, value)
        if key == "time_limit":
            return clock.format_local(value) if hasattr(value, "tzinfo") else f"{value[0]:g} {value[1]}"
        return str(value)

    def accept(self) -> None:
        ok, _value = submit_in(self, self.message, lambda: self.runner.call(
            intake.save_source, self.form(), self.source_id))
        if ok:
            super().accept()
