"""Administration ▸ System settings: when an idle seat locks, how long backups are kept, and the
county's targets the dashboard measures against."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from gridcommand.ops import administration as admin
from gridcommand.ops.administration import NUMBERS

from ..ops import OpRunner
from ..widgets.form import FormDialog, FormField

translate = QCoreApplication.translate
LABELS = {
    "security.idle_minutes": QT_TRANSLATE_NOOP("SystemSettings", "Lock an idle seat after (minutes)"),
    "backup.keep_days": QT_TRANSLATE_NOOP("SystemSettings", "Daily backups kept (days)"),
    "backup.keep_months": QT_TRANSLATE_NOOP("SystemSettings", "Month-end backups kept (months)"),
    "dashboard.closure_target": QT_TRANSLATE_NOOP("SystemSettings", "Closure rate target (%)"),
    "dashboard.on_time_target": QT_TRANSLATE_NOOP("SystemSettings", "On-time rate target (%)"),
}


def edit_system_settings(runner: OpRunner, parent: QWidget) -> None:
    now = runner.read(admin.system_settings)
    fields = [FormField(n.key, translate("SystemSettings", LABELS[n.key]), "line", True, default=str(now[n.key]),
                        placeholder=f"{n.low}–{n.high}") for n in NUMBERS]
    FormDialog(translate("SystemSettings", "System settings"), fields,
               lambda v: runner.call(admin.save_system_settings, v), parent,
               translate("SystemSettings", "The lock applies from the next sign-in; the rest at once.")).exec()
