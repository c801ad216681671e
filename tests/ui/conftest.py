import pytest
from PySide6.QtCore import QSettings

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
