"""Keeping the screen current: poll the change counter so other seats' changes appear within
seconds, and run the automatic rules on a timer (off the GUI thread)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gridcommand import clock
from gridcommand.database import Database
from gridcommand.workflow import run_all
from gridcommand.workflow.changes import current

from .worker import Task

log = logging.getLogger(__name__)
POLL_MS = 3_000
RULES_MS = 60_000


class LiveUpdates(QObject):
    sig_data_changed = Signal()
    """The database changed since this seat last looked (here or elsewhere)."""

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._seen = self._read()
        self._rules_task: Task | None = None
        self.poll_timer = QTimer(self)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start(POLL_MS)
        self.rules_timer = QTimer(self)
        self.rules_timer.timeout.connect(self.run_rules)
        self.rules_timer.start(RULES_MS)

    def _read(self) -> int:
        with self._db.session() as session:
            return current(session)

    def mark_seen(self) -> None:
        """This seat has just shown the latest data (after its own change)."""
        self._seen = self._read()

    @Slot()
    def poll(self) -> bool:
        value = self._read()
        if value == self._seen:
            return False
        self._seen = value
        self.sig_data_changed.emit()
        return True

    @Slot()
    def run_rules(self) -> None:
        if self._rules_task is not None:
            return

        def work(_progress):
            with self._db.session() as session:
                changed = run_all(session, clock.now())
                session.commit()
                return changed

        def done(_changes) -> None:
            self.poll()

        def failed(exc, trace) -> None:
            log.error("automatic rules failed: %s\n%s", exc, trace)

        self._rules_task = Task(None, "", work, done, failed, show_progress=False)
        self._rules_task.sig_finished.connect(self._rules_finished)
        self._rules_task.start()

    @Slot()
    def _rules_finished(self) -> None:
        self._rules_task = None

    def stop(self) -> None:
        self.poll_timer.stop()
        self.rules_timer.stop()
        if self._rules_task is not None:
            self._rules_task.wait()
