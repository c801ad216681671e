"""Speed of the incident queue on a city-size database (issue: the closed loop).

    python -m gridcommand demo --scale city --db city.sqlite     # once, ~2–3 minutes
    python benchmarks/queue_view.py --db city.sqlite

Prints JSON with:
- cold open: a fresh process until the first queue rows are painted (5 runs);
- filter or sort change → first page painted, median and worst over a set of changes;
- text search → first page painted;
- the app's resident memory with the queue open and used;
- the same first page fetched with raw sqlite3, and the app's time over it as a ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from open_app import cold_open, require_db  # noqa: E402

RAW_IDS = "SELECT id FROM incident ORDER BY reported_at DESC, id DESC LIMIT 200"
RAW_ROWS = """SELECT i.id, i.code, i.reported_at, v.name, g.name, c.name, i.title, i.colour, i.status,
  i.level, u.name, i.deadline, COALESCE(s.name, i.reporter_name), i.step, i.step_warn_at,
  i.step_due_at, i.flagged, i.version
FROM incident i JOIN grid g ON g.id = i.grid_id JOIN village v ON v.id = g.village_id
JOIN category c ON c.id = i.category_id LEFT JOIN unit u ON u.id = i.unit_id
LEFT JOIN staff s ON s.id = i.reporter_staff_id WHERE i.id IN ({ids})"""
RAW_UNSIGNED = """SELECT iu.incident_id, u.name FROM incident_unit iu JOIN unit u ON u.id = iu.unit_id
WHERE iu.incident_id IN ({ids}) AND iu.signed_at IS NULL"""


def raw_first_page(path: Path, runs: int = 20) -> float:
    connection = sqlite3.connect(path)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        ids = [r[0] for r in connection.execute(RAW_IDS)]
        marks = ",".join("?" * len(ids))
        connection.execute(RAW_ROWS.format(ids=marks), ids).fetchall()
        connection.execute(RAW_UNSIGNED.format(ids=marks), ids).fetchall()
        times.append(time.perf_counter() - start)
    connection.close()
    return statistics.median(times)


def app_first_page(db, runs: int = 20) -> float:
    from gridcommand.ops import read
    from gridcommand.queue import QueueQuery

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read(db, QueueQuery().page, 0)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def in_app(path: Path) -> dict:
    """Filter, sort and search changes in a real window, each timed to the repaint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    import ui.app
    from gridcommand.database import Database
    from ui import i18n

    app = QApplication([])
    app.translators = i18n.install(app)
    db = Database(f"sqlite:///{path}")
    ini = str(Path(os.environ.get("TMPDIR", "/tmp")) / "gridcommand-bench-queue.ini")
    ui.app.open_settings = lambda: QSettings(ini, QSettings.Format.IniFormat)
    from gridcommand.demo import DEMO_PASSWORD
    from gridcommand.ops import accounts

    window = ui.app.open_window(db, accounts.sign_in(db, "admin", DEMO_PASSWORD))
    window.resize(1600, 900)
    window.show()
    app.processEvents()
    queue, filters = window.queue, window.queue.filters

    def timed(change) -> float:
        start = time.perf_counter()
        change()
        queue.view.viewport().repaint()
        return time.perf_counter() - start

    def choose(combo, index):
        return lambda: combo.setCurrentIndex(index)

    changes = []
    for combo in (filters.colour, filters.village, filters.category, filters.unit, filters.due):
        for index in (1, 2, 0):
            changes.append(choose(combo, min(index, combo.count() - 1)))
    for tab in (2, 5, 6, 0):
        changes.append(lambda t=tab: queue.tabs.setCurrentIndex(t))
    for column in range(queue.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            changes.append(lambda c=column, o=order: queue.view.sortByColumn(c, o))
    changes.append(lambda: queue.view.sortByColumn(1, Qt.SortOrder.DescendingOrder))
    filter_times = [timed(change) for change in changes]
    app.processEvents()  # the deferred tab counts

    def search(text):
        def run():
            filters.search.setText(text)
            queue.apply_filters()
        return run

    terms = ["路灯", "噪音扰民", "电动车", "漏水", "TN-2026", "工业路", "不存在的词语", ""]
    search_times = [timed(search(t)) for t in terms]
    window.rules.stop()
    window.runner.hub.stop()
    result = {
        "filter_or_sort_to_first_page_ms": {"median": round(statistics.median(filter_times) * 1000, 1),
                                            "max": round(max(filter_times) * 1000, 1),
                                            "changes": len(filter_times)},
        "text_search_to_first_page_ms": {"median": round(statistics.median(search_times) * 1000, 1),
                                         "max": round(max(search_times) * 1000, 1),
                                         "terms": len(terms)},
        "rss_mb_with_queue_open": round(rss_mb(), 1),
        "app_first_page_query_ms": round(app_first_page(db) * 1000, 2),
    }
    db.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = require_db(args.db).resolve()
    opened = cold_open(path, args.runs)
    app = in_app(path)
    raw = raw_first_page(path)
    print(json.dumps({
        "database": str(path), "incidents": opened["incidents"],
        "cold_open_first_rows_s": opened["first_rows_painted_s"],
        **app,
        "raw_sqlite3_first_page_query_ms": round(raw * 1000, 2),
        "app_over_raw_ratio": round(app["app_first_page_query_ms"] / (raw * 1000), 2),
    }, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
