"""File ▸ Backup and File ▸ Restore (administrators, SPEC §12): the copy and the restore run off
the GUI thread with a progress bar; a restore first shows what the backup holds and asks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base import clock
from gridcommand.ops import maintenance
from gridcommand.ops.maintenance import BackupInfo

from ..ops import OpRunner
from ..settings import LAST_BACKUP_DIR

translate = QCoreApplication.translate


def _file_filter(runner: OpRunner) -> str:
    if runner.db.is_sqlite:
        return translate("Backup", "Database backups (*.sqlite)")
    return translate("Backup", "Backup archives (*.zip)")


def ask_backup_path(parent: QWidget, runner: OpRunner, settings: QSettings) -> Path | None:
    folder = Path(str(settings.value(LAST_BACKUP_DIR, "") or Path.home()))
    suggested = folder / f"gridcommand-{clock.local(clock.now()):%Y%m%d-%H%M}{'.sqlite' if runner.db.is_sqlite else '.zip'}"
    path, _ = QFileDialog.getSaveFileName(parent, translate("Backup", "Back up the database to"),
                                          str(suggested), _file_filter(runner))
    if not path:
        return None
    settings.setValue(LAST_BACKUP_DIR, str(Path(path).parent))
    return Path(path)


def ask_restore_path(parent: QWidget, settings: QSettings) -> Path | None:
    folder = str(settings.value(LAST_BACKUP_DIR, "") or Path.home())
    path, _ = QFileDialog.getOpenFileName(parent, translate("Backup", "Choose the backup to restore"), folder,
                                          translate("Backup", "Backups (*.sqlite *.zip);;All files (*)"))
    return Path(path) if path else None


def start_backup(parent: QWidget, runner: OpRunner, path: Path) -> None:
    def done(info: BackupInfo) -> None:
        QMessageBox.information(parent, translate("Backup", "Backup made"), translate(
            "Backup", "The backup was written and checked (integrity and audit chain):\n%1\n\n"
            "Last audit entry in it: %2").replace("%1", str(info.path)).replace("%2", info.pin))
    runner.start(parent, translate("Backup", "Backing up the database"), maintenance.backup, path,
                 progress=True, on_done=done)


def start_verify(parent: QWidget, runner: OpRunner, path: Path) -> None:
    """A kept backup checked as a restore would check it, in the background; nothing replaced."""
    def done(info: BackupInfo) -> None:
        QMessageBox.information(parent, translate("Backup", "Backup verified"), translate(
            "Backup", "The backup passed the full integrity check and its audit chain is whole:\n%1\n\n"
            "Made at %2; last audit entry in it: %3").replace("%1", str(info.path)).replace("%2", _made(info))
            .replace("%3", info.pin))
    runner.start(parent, translate("Backup", "Verifying the backup"), maintenance.verify_backup, path, on_done=done)


def start_restore(parent: QWidget, runner: OpRunner, path: Path, on_restored: Callable[[], None]) -> None:
    """Check the backup (in the background: its whole audit chain is walked), show what it
    holds, and restore it if the administrator confirms."""
    def confirmed(info: BackupInfo) -> None:
        if RestoreDialog(info, runner.db.describe(), parent).exec() != QDialog.DialogCode.Accepted:
            return
        runner.start(parent, translate("Backup", "Restoring the database"), maintenance.restore, path,
                     progress=True, on_done=restored)

    def restored(outcome: maintenance.Restored) -> None:
        QMessageBox.information(parent, translate("Backup", "Restored"), translate(
            "Backup", "The database now holds the backup of %1.\nThe database as it was is kept in:\n%2\n\n"
            "Everyone signs in again.").replace("%1", _made(outcome.backup)).replace("%2", str(outcome.safety)))
        on_restored()
    runner.start(parent, translate("Backup", "Checking the backup"), maintenance.restorable, path,
                 on_done=confirmed)


def _made(info: BackupInfo) -> str:
    return clock.format_local(info.made_at) if info.made_at else translate("Backup", "an unknown date")


class RestoreDialog(QDialog):
    """What a backup holds, and what restoring it does, before anything is done."""

    def __init__(self, info: BackupInfo, database: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("File"), self._value(str(info.path), "backupFile"))
        form.addRow(self.tr("Township"), self._value(info.township, "backupTownship"))
        form.addRow(self.tr("Made at"), self._value(_made(info), "backupMadeAt"))
        form.addRow(self.tr("Last audit entry"), self._value(info.pin, "backupAuditHead"))
        layout.addLayout(form)
        warning = QLabel(self.tr(
            "Everything in the database %1 is replaced by what this backup holds. A safety backup "
            "of the database as it is now is made first. Everyone signed in will have to sign in "
            "again.").replace("%1", database), self)
        warning.setObjectName("restoreWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #c5221f;")
        layout.addWidget(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _value(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label
