"""The change hub: one signal that tells every dock what changed, whether this seat changed it
(the runner publishes each operation's ``Changes``) or another seat did (the hub reads the
change log every few seconds). Each dock decides from it what to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gridcommand.base.changes import NOTHING, Changes
from gridcommand.ops import Database, changes as change_log

POLL_MS = 3_000


class ChangeHub(QObject):
    sig_changes = Signal(object)
    """Something changed, here or at another seat; carries the ``Changes``."""

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._seen = change_log.latest(db)
        self._own: set[int] = set()  # log entries of this seat's own operations, already shown
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(POLL_MS)

    def publish(self, changes: Changes, seqs: frozenset[int] = frozenset()) -> None:
        """This seat changed something (``seqs``: its change log entries, not to show twice)."""
        self._own |= seqs
        if changes:
            self.sig_changes.emit(changes)

    @Slot()
    def poll(self) -> Changes:
        """Tell the docks what other seats changed since the last look; returns it."""
        self._seen, entries = change_log.since(self._db, self._seen)
        merged = NOTHING
        for seq, changes in entries:
            if seq not in self._own:
                merged |= changes
        self._own = {seq for seq in self._own if seq > self._seen}
        if merged:
            self.sig_changes.emit(merged)
        return merged

    def stop(self) -> None:
        self.timer.stop()
