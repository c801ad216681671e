"""A seat left alone locks (SPEC §12.1: after 15 idle minutes, a setting): everything stays as it
was behind an opaque cover, and only the signed-in user's password opens it again — or the seat
is handed to someone else ("switch user")."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QLabel, QMainWindow

from .dialogs.sign_in import SWITCH_USER, SignInDialog
from .ops import OpRunner

CHECK_MS = 15_000
INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
         QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleLock(QObject):
    sig_switch_user = Signal()
    """At the lock screen the user chose to sign in as someone else."""

    def __init__(self, window: QMainWindow, runner: OpRunner, idle_minutes: int,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(window)
        self._window, self._runner = window, runner
        self._limit = idle_minutes * 60
        self._clock = clock
        self._last = clock()
        self.locked = False
        self.cover = QLabel(QCoreApplication.translate("IdleLock", "Locked"), window)
        self.cover.setObjectName("lockCover")
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setStyleSheet("background: #20262c; color: #d8dde2; font-size: 28px;")
        self.cover.hide()
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_MS)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in INPUT and not self.locked:
            self._last = self._clock()
        return False

    @Slot()
    def check(self) -> None:
        if not self.locked and self._clock() - self._last >= self._limit:
            self.lock()

    @Slot()
    def lock(self) -> None:
        """Cover the window (floating docks hide) and ask for the password until it is given."""
        self.locked = True
        floating = [d for d in self._window.findChildren(QDockWidget) if d.isFloating() and d.isVisible()]
        for dock in floating:
            dock.hide()
        self.cover.setGeometry(self._window.rect())
        self.cover.raise_()
        self.cover.show()
        actor = self._runner.actor
        while True:
            dialog = SignInDialog(self._runner.db, locked_user=actor, parent=self._window)
            result = dialog.exec()
            if result == SWITCH_USER:
                self.sig_switch_user.emit()
                return
            if result == QDialog.DialogCode.Accepted and dialog.actor.user_id == actor.user_id:
                break
        self.cover.hide()
        for dock in floating:
            dock.show()
        self.locked = False
        self._last = self._clock()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
