"""The automatic rules (cards, escalation, meeting flags) run every minute from every open seat,
off the GUI thread, as an operation of the system user: what they change reaches every dock
through the hub like any other change, and two seats running them at once do the work once."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Slot

from gridcommand.ops import rules

from .ops import OpRunner
from .worker import Task

log = logging.getLogger(__name__)
RULES_MS = 60_000


class AutomaticRules(QObject):
    def __init__(self, runner: OpRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._task: Task | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run)
        self.timer.start(RULES_MS)

    @Slot()
    def run(self) -> None:
        if self._task is not None:
            return
        self._task = self._runner.start(None, "", rules.run, show_progress=False,
                                        on_error=self._failed)
        self._task.sig_finished.connect(self._finished)

    def _failed(self, exc: Exception, trace: str) -> None:
        # Upkeep nobody asked for: logged, and tried again on the next tick.
        log.error("automatic rules failed: %s\n%s", exc, trace)

    @Slot()
    def _finished(self) -> None:
        self._task = None

    def stop(self) -> None:
        self.timer.stop()
        if self._task is not None:
            self._task.wait()
