"""Work orders from the screens: Incident ▸ Take in work orders… (a source, a file, taken in the
background all or nothing, every bad cell listed if it is refused) and the likely repeats it
found, offered at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from gridcommand.base.errors import InputError
from gridcommand.ops import intake

from .errors import show_error
from .messages import text
from .widgets.files import open_path

translate = QCoreApplication.translate


def take_in_file(window: QMainWindow, path: str | Path | None = None, source: str | None = None) -> None:
    title = translate("Intake", "Take in work orders")
    names = [s.name for s in window.runner.read(intake.sources_listed) if s.active]
    if not names:
        QMessageBox.information(window, title, translate(
            "Intake", "No source of work orders is defined yet: the administrator maps one under "
                      "Administration ▸ Sources of work orders."))
        return
    if source is None:
        source, ok = (names[0], True) if len(names) == 1 else QInputDialog.getItem(
            window, title, translate("Intake", "Orders from"), names, 0, False)
        if not ok:
            return
    path = path or open_path(window, "orders", translate("Intake", "An export of %1").replace("%1", source),
                             translate("Intake", "Spreadsheets (*.xlsx *.csv)"))
    if not path:
        return

    def done(report: intake.IntakeReport) -> None:
        said = text(report.summary())
        window.statusBar().showMessage(said, 15_000)
        if report.flagged and QMessageBox.question(window, title, said + "\n\n" + translate(
                "Intake", "Look at the likely repeats now?")) == QMessageBox.StandardButton.Yes:
            window.open_repeats()
        elif not report.flagged:
            QMessageBox.information(window, title, said)

    def failed(exc: Exception, trace: str) -> None:
        if isinstance(exc, intake.ImportFailed):
            box = QMessageBox(QMessageBox.Icon.Warning, title, translate(
                "Intake", "Not taken in, nothing was changed: %1").replace("%1", text(exc.report.summary())),
                parent=window)
            more = [text(exc.report.more_said())] if exc.report.more_said() else []
            box.setDetailedText("\n".join([f"{e.row}\t{e.column}\t{text(e.message)}" for e in exc.report.errors]
                                          + more))
            box.exec()
        elif isinstance(exc, InputError):
            QMessageBox.warning(window, title, text(exc))
        else:
            show_error(window, exc, trace)

    window.runner.start(window, translate("Intake", "Taking in %1").replace("%1", Path(path).name), intake.take_in,
                        source, path, progress=True, on_done=done, on_error=failed)
