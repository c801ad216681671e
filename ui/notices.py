"""Supervision notices 督办通知单 from the screens: Incident ▸ Supervision notices… for the units
of the incidents chosen in the queue (or, with none chosen, every unit with overdue or carded
items), and the same from the units' ranking in the report centre — written as one PDF in the
background, the notices numbered and noted on the incidents' timelines."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from gridcommand import clock
from gridcommand.ops import notices

from .ops import OpRunner
from .widgets.files import save_path

translate = QCoreApplication.translate


def issue_notices(parent: QWidget, runner: OpRunner, incident_ids: list[int] | None,
                  said: Callable[[str], None]) -> None:
    """Notices for the units of ``incident_ids``, or (None) for every unit that has items to
    answer for, after asking where to write them; ``said`` gets the line for the status bar."""
    title = translate("Notices", "Supervision notices")
    if not incident_ids and QMessageBox.question(parent, title, translate(
            "Notices", "Send a notice to every unit with overdue or carded items?")) != QMessageBox.StandardButton.Yes:
        return
    name = f"督办通知单 {clock.local(clock.now()):%Y-%m-%d}.pdf"  # the document's own name: it is Chinese
    path = save_path(parent, "notices", title, name, "PDF (*.pdf)")
    if path is None:
        return
    runner.start(parent, title, notices.issue, None, path, incident_ids=incident_ids or None,
                 on_done=lambda written: said(translate("Notices", "Written: %1").replace("%1", str(written[0]))))


def send_notices(window: QMainWindow) -> None:
    """From the menu: the incidents chosen in the queue, if any."""
    issue_notices(window, window.runner, [row.id for row in window.queue.selected_rows()] or None,
                  lambda line: window.statusBar().showMessage(line, 10_000))
