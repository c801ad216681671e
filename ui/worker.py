"""Long work off the GUI thread, with a progress dialog that appears only if the work is slow.

The task gets a Qt-free ``Progress`` (gridcommand.base.progress) to report to and be cancelled
through; only plain data crosses threads; a failure always reaches the user.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from gridcommand.base.errors import InputError
from gridcommand.base.progress import Cancelled, Progress

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 600


class _Runner(QThread):
    sig_progress = Signal(float, str)
    """Progress from the worker thread: fraction done and what it is doing."""
    sig_done = Signal(object)
    sig_failed = Signal(object, str)
    """The exception and its formatted traceback."""
    sig_cancelled = Signal()

    def __init__(self, fn: Callable[[Progress], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self.progress = Progress(lambda f, m: self.sig_progress.emit(f, m))

    def run(self) -> None:
        try:
            result = self._fn(self.progress)
        except Cancelled:
            self.sig_cancelled.emit()
        except InputError as exc:  # the user's input was refused: a message, not a crash
            self.sig_failed.emit(exc, "")
        except Exception as exc:  # reported to the user by the caller's on_error
            log.exception("background task failed")
            self.sig_failed.emit(exc, traceback.format_exc())
        else:
            self.sig_done.emit(result)


class Task(QObject):
    """One background job. Keep a reference until ``sig_finished``."""

    sig_finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[[Progress], Any],
                 on_done: Callable[[Any], None], on_error: Callable[[Exception, str], None],
                 on_cancel: Callable[[], None] | None = None, show_progress: bool = True):
        super().__init__(parent)
        self._runner = _Runner(fn, self)
        # Background upkeep the user did not ask for gets no dialog at all.
        self._dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1000, parent) if show_progress else None
        if self._dialog is not None:
            self._dialog.setWindowTitle(title)
            self._dialog.setMinimumDuration(SHOW_AFTER_MS)
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
            self._dialog.setValue(0)
            self._dialog.canceled.connect(self._runner.progress.cancel)
        self._runner.sig_progress.connect(self._on_progress)
        self._runner.sig_done.connect(on_done)
        self._runner.sig_failed.connect(on_error)
        if on_cancel is not None:
            self._runner.sig_cancelled.connect(on_cancel)
        self._runner.finished.connect(self._on_finished)

    def start(self) -> Task:
        self._runner.start()
        return self

    def wait(self, ms: int = 60_000) -> bool:
        return self._runner.wait(ms)

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setValue(int(fraction * 1000))
        if message:
            self._dialog.setLabelText(message)

    @Slot()
    def _on_finished(self) -> None:
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
        # Let queued result signals run before listeners drop their reference to us; with this
        # task as the timer's context, nothing fires if the task is gone by then (its window
        # closed): emitting a deleted object's signal raises in the event loop.
        QTimer.singleShot(0, self, self.sig_finished.emit)
