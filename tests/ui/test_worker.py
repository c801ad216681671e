"""Background tasks outlive nothing: a task whose window is gone when it finishes says nothing."""

import shiboken6
from PySide6.QtWidgets import QWidget

from ui.worker import Task


def test_a_task_deleted_before_its_finish_is_announced_raises_nothing(qtbot):
    parent = QWidget()
    gone = []
    task = Task(parent, "", lambda _progress: 42, lambda _value: None, lambda *_a: None, show_progress=False)
    # Right after the task has handled its thread's end, its window closes (the task with it).
    task._runner.finished.connect(lambda: gone.append(shiboken6.delete(parent)))
    task.start()
    qtbot.waitUntil(lambda: bool(gone), timeout=5_000)
    qtbot.wait(50)  # pytest-qt fails the test on an exception raised in the event loop
