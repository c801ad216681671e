"""The one runner of core operations. Every action of the screens goes through it: it calls the
operation as the seat's user, publishes what changed through the hub, and makes sure every
failure reaches the user — a refusal as the core's own message, anything else in the error
dialog. Reads go through it too, so no screen ever opens a database session itself."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gridcommand.base.changes import Changes
from gridcommand.base.errors import InputError, StaleIncident
from gridcommand.ops import Actor, Database, Result

from .errors import show_error
from .hub import ChangeHub
from .messages import text
from .worker import Task


@contextmanager
def _waiting():
    """A busy cursor while an operation runs (it may wait for another seat's import)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class OpRunner(QObject):
    def __init__(self, db: Database, actor: Actor, hub: ChangeHub, parent: QObject | None = None):
        super().__init__(parent)
        self.db, self.actor, self.hub = db, actor, hub

    def read(self, op: Callable[..., Any], *args, **kwargs) -> Any:
        """A read operation (``gridcommand.ops``) as this seat's user: plain data for a view.
        Nothing else is read: a screen never opens a session nor runs a query of its own."""
        if not op.__module__.startswith("gridcommand.ops."):
            raise TypeError(f"{op.__qualname__} is not an operation: read through gridcommand.ops")
        return op(self.db, self.actor, *args, **kwargs)

    def call(self, op: Callable[..., Any], *args, **kwargs) -> Any:
        """Run a quick operation now, as this seat's user; returns its value once what changed
        is published. A refusal (``InputError``) is raised for the caller to show where the user
        typed; an incident another seat changed first is reloaded on screen before the refusal
        is raised."""
        with _waiting():
            try:
                result = op(self.db, self.actor, *args, **kwargs)
            except StaleIncident as exc:
                self.hub.publish(Changes(incidents=frozenset({exc.incident_id})))
                raise
        return self._publish(result)

    def attempt(self, parent: QWidget, title: str, op: Callable[..., Any], *args, **kwargs
                ) -> tuple[bool, Any]:
        """``call``, telling the user what went wrong: (True, the value) if it was done."""
        try:
            return True, self.call(op, *args, **kwargs)
        except InputError as exc:
            QMessageBox.warning(parent, title, text(exc))
        except Exception as exc:  # a failure, not a refusal: the user must see it
            show_error(parent, exc)
        return False, None

    def start(self, parent: QWidget | None, title: str, op: Callable[..., Any], *args,
              on_done: Callable[[Any], None] = lambda _value: None,
              on_error: Callable[[Exception, str], None] | None = None,
              on_cancel: Callable[[], None] | None = None,
              progress: bool = False, show_progress: bool = True, **kwargs) -> Task:
        """Run a long operation on the worker thread with a progress dialog (after 0.6 s) and
        cancel; ``on_done`` gets the value on the GUI thread, after its changes are published.
        ``progress``: the operation takes a ``progress`` argument to report to."""
        def work(report):
            extra = {"progress": report} if progress else {}
            return op(self.db, self.actor, *args, **kwargs, **extra)

        def done(result) -> None:
            on_done(self._publish(result))

        def failed(exc: Exception, trace: str) -> None:
            if isinstance(exc, StaleIncident):
                self.hub.publish(Changes(incidents=frozenset({exc.incident_id})))
            if on_error is not None:
                on_error(exc, trace)
            elif isinstance(exc, InputError):
                QMessageBox.warning(parent, title, text(exc))
            else:
                show_error(parent, exc, trace)

        task = Task(parent, title, work, done, failed, on_cancel, show_progress=show_progress)
        task.start()
        return task

    def _publish(self, result: Any) -> Any:
        """Publish an operation's changes; its value."""
        if not isinstance(result, Result):
            return result
        self.hub.publish(result.changes, result.seqs)
        return result.value
