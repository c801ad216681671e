import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from gridcommand.demo.build import build_demo
from gridcommand.org.township import require
from ui.gc_guard import GuiThreadCollector, collect_due
from ui.hub import ChangeHub
from ui.main_window import MainWindow
from ui.ops import OpRunner
from ui.widgets.form import FormDialog

from ..factories import TINY, TODAY, signed_in


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp):
    """As in the app: Python's garbage collected on the GUI thread only (see ui/gc_guard.py)."""
    return GuiThreadCollector(qapp)


@pytest.fixture(autouse=True)
def collect_between_tests():
    yield
    collect_due()


@pytest.fixture
def demo_db(sqlite_db):
    build_demo(sqlite_db, TINY, seed=5, today=TODAY)
    return sqlite_db


def make_runner(db, username: str = "admin", roles=("admin",)) -> OpRunner:
    """A seat on ``db`` signed in as ``username``: its hub (polling stopped: tests poll by hand)
    and runner."""
    hub = ChangeHub(db)
    hub.stop()
    return OpRunner(db, signed_in(db, username, roles), hub)


@pytest.fixture
def runner(demo_db, qapp) -> OpRunner:
    return make_runner(demo_db)


def make_window(qtbot, runner, settings, label="嘉善县 西塘镇") -> MainWindow:
    window = MainWindow(runner, settings, label)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.rules.stop()
    # The queue's length arrives with the tabs' counts, after the first page.
    qtbot.waitUntil(lambda: window.queue.model.count_known, timeout=20_000)
    return window


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def township_label(demo_db):
    with demo_db.session() as s:
        place = require(s)
        return f"{place.county.name} {place.name}"


class Answers(list):
    """What to type into the next dialogs; ``seen`` keeps the dialogs that were answered."""

    def __init__(self):
        super().__init__()
        self.seen: list[FormDialog] = []


@pytest.fixture
def answers(monkeypatch) -> Answers:
    """Dialogs opened with exec() are answered from this list, through their real accept()."""
    queue = Answers()

    def fake_exec(dialog):
        # A real exec() runs the event loop: what earlier actions changed is on screen by now.
        QCoreApplication.processEvents()
        queue.seen.append(dialog)
        for key, value in queue.pop(0).items():
            dialog.set_value(key, value)
        dialog.accept()
        QCoreApplication.processEvents()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    return queue
