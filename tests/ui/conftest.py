import pytest
from PySide6.QtCore import QSettings

from ui.incidents.form import FormDialog

from gridcommand.demo import build_demo
from gridcommand.township import require

from ..factories import TINY, TODAY


@pytest.fixture
def demo_db(sqlite_db):
    build_demo(sqlite_db, TINY, seed=5, today=TODAY)
    return sqlite_db


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
        queue.seen.append(dialog)
        for key, value in queue.pop(0).items():
            dialog.set_value(key, value)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    return queue
