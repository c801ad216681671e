"""Progress and cancellation for long work, without Qt.

The core reports to a ``Progress`` and asks it whether to stop; the UI hands in one whose
callback posts to a progress bar, the command line one that prints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO


class Cancelled(Exception):
    """The user cancelled; whatever was under way has been rolled back."""


class Progress:
    def __init__(self, callback: Callable[[float, str], None] | None = None):
        self._callback = callback
        self._cancelled = False

    def report(self, fraction: float, message: str = "") -> None:
        """Say how far the work is (0..1) and what it is doing; raises ``Cancelled`` on request."""
        self.check()
        if self._callback is not None:
            self._callback(max(0.0, min(1.0, fraction)), message)

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        if self._cancelled:
            raise Cancelled()

    def part(self, start: float, end: float) -> Progress:
        """A view of this progress for a sub-task covering [start, end] of the whole."""
        parent = self

        class _Part(Progress):
            def report(self, fraction: float, message: str = "") -> None:
                parent.report(start + (end - start) * max(0.0, min(1.0, fraction)), message)

            def check(self) -> None:
                parent.check()

            @property
            def cancelled(self) -> bool:
                return parent.cancelled

        return _Part()


SILENT = Progress()


def printing(stream: TextIO) -> Progress:
    """Progress shown on one line of a terminal (``stream``: sys.stderr), rewritten in place."""
    last = [""]

    def show(fraction: float, message: str) -> None:
        line = f"\r{fraction:6.1%}  {message:<24}"
        if line != last[0]:
            print(line, end="", file=stream, flush=True)
            last[0] = line
    return Progress(show)
