"""Python's cycle collector, run only on the GUI thread.

Left automatic, the collector runs in whichever thread happens to allocate: a worker writing a
PDF may then destroy a dialog or menu whose Python wrapper was in a reference cycle, and a
QObject destroyed off its own thread deadlocks against the GUI thread (seen: a worker in
reportlab's font loading and the GUI thread painting the queue waiting on each other for ever).
So automatic collection is switched off and a timer on the GUI thread collects instead, with
the interpreter's own thresholds deciding which generation is due (pyqtgraph does the same)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


def collect_due() -> None:
    """Collect the oldest generation whose allocation count is over its threshold, if any."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


class GuiThreadCollector(QObject):
    """Switches automatic collection off for as long as it lives, and collects on its timer."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_due)
        self.timer.start(interval_ms)
        self.destroyed.connect(lambda *_args: gc.enable())
