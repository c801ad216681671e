"""Time from a cold start to the first rows of the queue painted, on a given database.

    python -m gridcommand demo --scale city --db city.sqlite     # once, ~6 minutes
    python benchmarks/open_app.py --db city.sqlite

Prints JSON. Each run is a fresh process doing what ``ui.app.main`` does: the sign-in dialog is
painted, the database opens behind it (imports, migrations check) while a user would type, the
demo's duty officer (the queue is their first screen) signs in the moment it is open (the
password check is timed, the typing is not), then the window is built and the queue's first rows
painted. What the user waits for is
the time to the dialog plus the time from OK to the rows; without a pause to type, the whole
run. Uses the offscreen platform unless DISPLAY is set.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from target import Target, target  # noqa: E402

CHILD = r"""
import json, os, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from ui import i18n
from ui.fonts import apply_chinese_font
import ui.app, ui.opening
app = QApplication([])
keep = i18n.install(app)
apply_chinese_font(app)
from ui.gc_guard import GuiThreadCollector
collector = GuiThreadCollector(app)
ui.app.open_settings = lambda: QSettings({ini!r}, QSettings.Format.IniFormat)
times = {{}}

def now():
    return time.perf_counter() - t0

class Watch(QObject):
    # The sign-in dialog's first paint, then the queue's first rows painted.
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if obj.objectName() == "signInDialog":
                times.setdefault("dialog", now())
            elif "rows" not in times and ui.app._WINDOWS[0].queue.model.rowCount():
                times["rows"] = now()
                QTimer.singleShot(0, app.quit)
        return False

watch = Watch()

class SignIn(ui.opening.SignInDialog):
    # The demo's duty officer signs in as soon as the database is open (the user typed meanwhile).
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.installEventFilter(watch)

    def database_open(self, *args):
        times["ready"] = now()
        super().database_open(*args)
        from gridcommand.demo import DEMO_PASSWORD
        self.username.setText("duty1")
        self.password.setText(DEMO_PASSWORD)
        times["ok"] = now()
        self.accept()

ui.opening.SignInDialog = SignIn
db, actor = ui.app.open_and_sign_in(lambda: __import__("gridcommand.store.database").store.database.Database({url!r}))
window = ui.app.open_window(db, actor)
window.queue.view.viewport().installEventFilter(watch)
window.show()
app.exec()
import resource
print(json.dumps({{**times, "rows_shown": window.queue.model.rowCount(),
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


def cold_open(db: Target, runs: int, baseline: bool = False) -> dict:
    """Fresh processes from start to the first queue rows painted; with ``baseline``, each run
    followed by the raw baseline's (on a SQLite file), so that both see the same moment of a
    noisy machine."""
    ini = str(Path(os.environ.get("TMPDIR", "/tmp")) / "gridcommand-bench.ini")
    code = CHILD.format(root=str(ROOT), url=db.url, ini=ini)
    baseline = baseline and db.path is not None
    results, raw = [], []
    for _ in range(runs):
        results.append(_child(code))
        if baseline:
            raw.append(_child(RAW_CHILD.format(db=str(db.path)))["seconds"])
    def spread(values: list[float]) -> dict:
        return {"median": round(statistics.median(values), 3), "max": round(max(values), 3)}

    figures = {"rows_shown": results[0]["rows_shown"], "runs": runs,
               "sign_in_dialog_painted_s": spread([r["dialog"] for r in results]),
               "database_open_behind_the_dialog_s": spread([r["ready"] for r in results]),
               "sign_in_to_first_rows_painted_s": spread([r["rows"] - r["ok"] for r in results]),
               "user_waits_s": spread([r["dialog"] + r["rows"] - r["ok"] for r in results]),
               "first_rows_painted_s": spread([r["rows"] - (r["ok"] - r["ready"]) for r in results]),
               "max_rss_mb": round(max(r["max_rss_mb"] for r in results), 1)}
    if baseline:
        figures["raw_pyside6_sqlite3_s"] = spread(raw)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=target, help="a SQLite file or a database URL")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    result = cold_open(args.db, args.runs, baseline=True)
    print(json.dumps({"database": str(args.db), **result}, indent=2))


if __name__ == "__main__":
    main()
