"""Upkeep every open seat does in the background, off the GUI thread.

The automatic rules (cards, escalation, meeting flags) run every minute as an operation of the
system user: what they change reaches every dock through the hub like any other change, and two
seats running them at once do the work once. The daily backup is made by the first seat started
on a day (and by one left running past midnight)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gridcommand.ops import intake, maintenance, rules
from gridcommand.ops.maintenance import BackupInfo

from .messages import text
from .ops import OpRunner
from .worker import Task

log = logging.getLogger(__name__)
RULES_MS = 60_000
INBOX_MS = 60_000
DAILY_BACKUP_CHECK_MS = 3_600_000  # a seat left running past midnight backs up within the hour


class _Upkeep(QObject):
    """An operation run in the background every ``interval_ms``, never twice at once."""

    def __init__(self, runner: OpRunner, op, interval_ms: int, parent: QObject | None = None, **options):
        super().__init__(parent)
        self._runner, self._op, self._options = runner, op, options
        self._interval_ms = interval_ms
        self._task: Task | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run)

    def start(self) -> None:
        self.run()
        self.timer.start(self._interval_ms)

    @Slot()
    def run(self) -> None:
        if self._task is not None:
            return
        self._task = self._runner.start(None, "", self._op, show_progress=False, on_done=self._done,
                                        on_error=self._failed, **self._options)
        self._task.sig_finished.connect(self._finished)

    def _done(self, _value) -> None:
        pass

    def _failed(self, exc: Exception, trace: str) -> None:
        # Upkeep nobody asked for: logged, and tried again on the next tick.
        log.error("%s failed: %s\n%s", type(self).__name__, exc, trace)

    @Slot()
    def _finished(self) -> None:
        self._task = None

    def stop(self) -> None:
        self.timer.stop()
        if self._task is not None:
            self._task.wait()


class AutomaticRules(_Upkeep):
    def __init__(self, runner: OpRunner, parent: QObject | None = None):
        super().__init__(runner, rules.run, RULES_MS, parent)
        self.timer.start(RULES_MS)  # the first run a minute after start: the queue comes first


class DailyBackup(_Upkeep):
    sig_message = Signal(str)
    """What came of it, for the status bar."""

    def __init__(self, runner: OpRunner, parent: QObject | None = None):
        super().__init__(runner, maintenance.daily_backup, DAILY_BACKUP_CHECK_MS, parent, progress=True)

    def _done(self, info: BackupInfo | None) -> None:
        if info is not None:
            self.sig_message.emit(self.tr("Today's automatic backup was made: %1").replace("%1", str(info.path)))

    def _failed(self, exc: Exception, trace: str) -> None:
        super()._failed(exc, trace)
        self.sig_message.emit(self.tr("The automatic backup failed: %1").replace("%1", text(exc)))


class InboxWatcher(_Upkeep):
    """The sources' inbox folders, looked at on start and every minute: each file found is taken
    in (or refused) and moved to done/ or failed/ beside its report."""

    sig_message = Signal(str)

    def __init__(self, runner: OpRunner, parent: QObject | None = None):
        super().__init__(runner, intake.watch, INBOX_MS, parent)

    def _done(self, filed) -> None:
        if not filed:
            return
        taken = [f for f in filed if f.ok]
        failed = [f for f in filed if not f.ok]
        line = self.tr("Inbox: %n file(s) taken in", "", len(taken))
        if failed:
            line += self.tr("; %n refused, see its report in the failed folder: ", "", len(failed)) + \
                ", ".join(str(f.file) for f in failed)
        self.sig_message.emit(line)
