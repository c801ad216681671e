"""Time from a cold start to the first rows of the queue painted, on a given database.

    python -m gridcommand demo --scale city --db city.sqlite     # once, ~2–3 minutes
    python benchmarks/open_app.py --db city.sqlite

Prints JSON. Each run is a fresh process, so imports, migrations check, signing in (as the
demo's administrator: the password check is in the figure, the typing is not), the first count
and the first page are all inside the figure. Uses the offscreen platform unless DISPLAY is set.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from ui import i18n
from ui.fonts import apply_chinese_font
import ui.app
from gridcommand.database import Database
app = QApplication([])
keep = i18n.install(app)
apply_chinese_font(app)
from ui.gc_guard import GuiThreadCollector
collector = GuiThreadCollector(app)
db = Database("sqlite:///" + {db!r})
ui.app.open_settings = lambda: QSettings({ini!r}, QSettings.Format.IniFormat)
from gridcommand.demo import DEMO_PASSWORD
from gridcommand.ops import accounts
window = ui.app.open_window(db, accounts.sign_in(db, "admin", DEMO_PASSWORD))
painted = {{}}

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "t" not in painted and window.queue.model.rowCount():
            painted["t"] = time.perf_counter() - t0
            QTimer.singleShot(0, app.quit)
        return False

watch = Watch()
window.queue.view.viewport().installEventFilter(watch)
window.show()
app.exec()
import resource
print(json.dumps({{"seconds": painted["t"], "rows": window.queue.model.rowCount(),
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
window.queue.wait()
"""


# The raw baseline: a bare PySide6 table over plain sqlite3 showing the same first page (no
# sign-in, no ORM, no docks) — what any Qt program pays to put 200 rows of this file on screen.
RAW_CHILD = r"""
import json, sqlite3, time
t0 = time.perf_counter()
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
connection = sqlite3.connect({db!r})
rows = connection.execute("SELECT code, reported_at, title, colour, status FROM incident "
                          "ORDER BY reported_at DESC, id DESC LIMIT 200").fetchall()
class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return len(rows)
    def columnCount(self, parent=QModelIndex()):
        return 5
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None
view = QTableView()
model = Model()
view.setModel(model)
painted = {{}}
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "t" not in painted:
            painted["t"] = time.perf_counter() - t0
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
view.viewport().installEventFilter(watch)
view.resize(1600, 900)
view.show()
app.exec()
print(json.dumps({{"seconds": painted["t"], "rows": len(rows), "max_rss_mb": 0}}))
"""


def _child(code: str) -> dict:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def cold_open(db: Path, runs: int, baseline: bool = False) -> dict:
    """Fresh processes from start to the first queue rows painted; with ``baseline``, each run
    followed by the raw baseline's, so that both see the same moment of a noisy machine."""
    ini = str(Path(os.environ.get("TMPDIR", "/tmp")) / "gridcommand-bench.ini")
    code = CHILD.format(root=str(ROOT), db=str(db.resolve()), ini=ini)
    results, raw = [], []
    for _ in range(runs):
        results.append(_child(code))
        if baseline:
            raw.append(_child(RAW_CHILD.format(db=str(db.resolve())))["seconds"])
    seconds = [r["seconds"] for r in results]
    figures = {"incidents": results[0]["rows"], "runs": runs,
               "first_rows_painted_s": {"median": round(statistics.median(seconds), 3),
                                        "max": round(max(seconds), 3)},
               "max_rss_mb": round(max(r["max_rss_mb"] for r in results), 1)}
    if baseline:
        figures["raw_pyside6_sqlite3_s"] = {"median": round(statistics.median(raw), 3), "max": round(max(raw), 3)}
    return figures


def require_db(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"{path} does not exist: build it with "
                 f"python -m gridcommand demo --scale city --db {path}")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    result = cold_open(require_db(args.db), args.runs, baseline=True)
    print(json.dumps({"database": str(args.db), **result}, indent=2))


if __name__ == "__main__":
    main()
