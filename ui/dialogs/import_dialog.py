"""File ▸ Import: choose a kind and a file, see every error before anything is written, then
import all or nothing. Checking and importing run in the background, through the runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base.errors import InputError
from gridcommand.ops import imports
from gridcommand.ops.imports import KINDS, ImportFailed, ImportReport
from gridcommand.ops.reports import import_template

from ..errors import show_error
from ..labels import import_kind
from ..messages import text
from ..ops import OpRunner
from ..settings import LAST_IMPORT_DIR
from ..widgets.files import save_path
from ..widgets.screen_fit import sized
from ..worker import Task


class ImportDialog(QDialog):
    sig_imported = Signal(object)
    """An import was committed; carries its ImportReport."""

    def __init__(self, runner: OpRunner, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import"))
        sized(self, 760, 480)
        self._runner, self._settings = runner, settings
        self._task: Task | None = None
        self._checked_path: Path | None = None
        self.kind = QComboBox(self)
        for kind in KINDS.values():
            self.kind.addItem(import_kind(kind.name), kind.name)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("An .xlsx or .csv file (UTF-8 or GBK)"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        template = QPushButton(self.tr("Save empty template…"), self)
        template.clicked.connect(lambda: save_template(runner, self, self.kind.currentData()))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("File"), file_row)
        self.summary = QLabel(self.tr("Choose a file, then check it."), self)
        self.summary.setWordWrap(True)
        self.errors = QStandardItemModel(0, 3, self)
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.error_view = QTableView(self)
        self.error_view.setModel(self.errors)
        self.error_view.verticalHeader().hide()
        self.error_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(self)
        self.check_button = self.buttons.addButton(self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(False)
        self.kind.currentIndexChanged.connect(self._invalidate)
        self.path.textChanged.connect(self._invalidate)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(template)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_view, 1)
        layout.addWidget(self.buttons)

    def set_file(self, kind: str, path: str | Path) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.path.setText(str(path))

    @Slot()
    def _invalidate(self) -> None:
        self._checked_path = None
        self.import_button.setEnabled(False)

    @Slot()
    def _browse(self) -> None:
        start = str(self._settings.value(LAST_IMPORT_DIR, "") or "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file to import"), start,
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self._settings.setValue(LAST_IMPORT_DIR, str(Path(path).parent))
            self.path.setText(path)

    def _run(self, dry_run: bool) -> None:
        kind, path = self.kind.currentData(), Path(self.path.text().strip())
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        title = self.tr("Checking %1").replace("%1", path.name) if dry_run else \
            self.tr("Importing %1").replace("%1", path.name)
        self._task = self._runner.start(self, title, imports.check if dry_run else imports.run,
                                        kind, path, progress=True, on_error=self._failed,
                                        on_cancel=lambda: self.summary.setText(
                                            self.tr("Cancelled; nothing was changed.")),
                                        on_done=lambda report: self._done(report, path, dry_run))
        self._task.sig_finished.connect(lambda: self.check_button.setEnabled(True))

    @Slot()
    def check(self) -> None:
        self._run(dry_run=True)

    @Slot()
    def commit(self) -> None:
        self._run(dry_run=False)

    def _show_errors(self, report: ImportReport | None) -> None:
        self.errors.removeRows(0, self.errors.rowCount())
        for error in (report.errors if report else []):
            problem = QStandardItem(text(error.message))
            problem.setToolTip(problem.text())
            self.errors.appendRow([QStandardItem(str(error.row)), QStandardItem(error.column), problem])
        if report and report.more_said():
            self.errors.appendRow([QStandardItem(""), QStandardItem(""), QStandardItem(text(report.more_said()))])
        self.error_view.resizeColumnToContents(0)
        self.error_view.resizeColumnToContents(1)

    def _done(self, report: ImportReport, path: Path, dry_run: bool) -> None:
        self._show_errors(report)
        if dry_run:
            self._checked_path = path
            self.summary.setText(self.tr("No errors. Import would: %1").replace("%1", text(report.summary())))
            self.import_button.setEnabled(True)
        else:
            self.summary.setText(self.tr("Imported: %1").replace("%1", text(report.summary())))
            self.sig_imported.emit(report)

    def _failed(self, exc: Exception, _trace: str) -> None:
        if isinstance(exc, ImportFailed):
            self._show_errors(exc.report)
            self.summary.setText(self.tr("Not imported, nothing was changed: %n error(s), listed below.",
                                         "", exc.report.error_count))
        elif isinstance(exc, InputError):
            self._show_errors(None)
            self.summary.setText(self.tr("Not imported, nothing was changed: %1").replace("%1", text(exc)))
        else:
            self.summary.setText(self.tr("Import failed unexpectedly; nothing was changed."))
            show_error(self, exc, _trace)


def save_template(runner: OpRunner, parent: QWidget, kind_name: str | None = None) -> Path | None:
    """Ask where to save an empty template (of ``kind_name``, or one the user picks) and save it."""
    kinds = list(KINDS.values())
    kind = KINDS.get(kind_name) if kind_name else None
    if kind is None:
        from PySide6.QtWidgets import QInputDialog

        labels = [import_kind(k.name) for k in kinds]
        label, ok = QInputDialog.getItem(parent, QCoreApplication.translate("ImportTemplate", "Import template"),
                                         QCoreApplication.translate("ImportTemplate", "Template for"), labels, 0, False)
        if not ok:
            return None
        kind = kinds[labels.index(label)]
    title = QCoreApplication.translate("ImportTemplate", "Save template")
    name = QCoreApplication.translate("ImportTemplate", "%1 import template").replace("%1", import_kind(kind.name))
    path = save_path(parent, "templates", title, f"{name}.xlsx", "Excel (*.xlsx)")
    if not path:
        return None
    return runner.attempt(parent, title, import_template, kind.name, path)[1]
