"""Incident ▸ Supervision notices…: 督办通知单 for the units of the incidents chosen in the queue,
or, with none chosen, for every unit with overdue or carded items — written as one PDF in the
background, the notices numbered and noted on the incidents' timelines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from gridcommand import clock
from gridcommand.ops import notices

from .widgets.files import save_path

translate = QCoreApplication.translate


def send_notices(window: QMainWindow) -> None:
    title = translate("Notices", "Supervision notices")
    chosen = [row.id for row in window.queue.selected_rows()]
    if not chosen and QMessageBox.question(window, title, translate(
            "Notices", "No incident is chosen in the queue. Send a notice to every unit with overdue or carded "
                       "items?")) != QMessageBox.StandardButton.Yes:
        return
    name = f"督办通知单 {clock.local(clock.now()):%Y-%m-%d}.pdf"  # the document's own name: it is Chinese
    path = save_path(window, "notices", title, name, "PDF (*.pdf)")
    if path is None:
        return
    window.runner.start(window, title, notices.issue, None, path, incident_ids=chosen or None,
                        on_done=lambda result: window.statusBar().showMessage(
                            translate("Notices", "Written: %1").replace("%1", str(result[0])), 10_000))
