"""Qt objects in reference cycles are destroyed on the GUI thread, never by a worker that
happens to allocate (that deadlocked the app: see ui/gc_guard.py)."""

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from ui.gc_guard import collect_due


class _Cyclic(QObject):
    def __init__(self):
        super().__init__()
        self.me = self


def test_a_worker_allocating_never_collects_qt_objects_and_the_gui_thread_does():
    assert not gc.isenabled()
    gone = weakref.ref(_Cyclic())
    worker = threading.Thread(target=lambda: [[] for _ in range(200_000)])
    worker.start()
    worker.join()
    assert gone() is not None  # the worker's allocations did not run the collector
    collect_due()
    gc.collect()  # the cycle may sit in an older generation than the one due
    assert gone() is None
