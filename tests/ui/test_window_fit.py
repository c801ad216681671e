"""The window fits the screen it starts on (SPEC §1: township PCs with 1366×768 screens): every
dock and the status bar on screen, the deciding columns visible without scrolling — at first
start, and with a layout saved on a larger screen. Each start is a process of its own on an
offscreen screen of that size (Qt's offscreen platform reads the screens from a file)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def start(tmp_path, db, size, settings: Path) -> dict:
    screens = tmp_path / f"screen-{size[0]}.json"
    screens.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": size[0],
                                                "height": size[1], "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    done = subprocess.run([sys.executable, "-m", "tests.ui.window_fit_probe", str(db.url.database), "admin",
                           str(settings)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def fits(report: dict, size) -> None:
    assert report["screen"] == list(size)
    assert report["outside"] == []
    assert report["cut"] == {"queueTable": [], "rankingTable": []}
    assert report["window"][0] <= size[0] and report["window"][1] <= size[1]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_first_start_fits_the_screen(tmp_path, demo_db, size):
    fits(start(tmp_path, demo_db, size, tmp_path / "ui.ini"), size)


def test_a_layout_saved_on_a_larger_screen_still_fits(tmp_path, demo_db):
    settings = tmp_path / "ui.ini"
    start(tmp_path, demo_db, (1920, 1080), settings)
    fits(start(tmp_path, demo_db, (1366, 768), settings), (1366, 768))
