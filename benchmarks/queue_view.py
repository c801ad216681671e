"""Speed of the incident queue on a city-size database (issue: the closed loop).

    python -m gridcommand demo --scale city --db city.sqlite     # once, ~6 minutes
    python benchmarks/queue_view.py --db city.sqlite

Prints JSON with:
- cold open: a fresh process until the first queue rows are painted (5 runs);
- filter or sort change → first page painted, median and worst over a set of changes;
- text search → first page painted; a jump to rows far down the queue → painted;
- the tab counts (and the queue's length) arriving after each change, and the event loop's
  lateness meanwhile (the view answers while they are read);
- the app's resident memory with the queue open and used;
- the first page read by the app and by raw sqlite3, taking turns (300 each), and the ratio.
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

from open_app import cold_open  # noqa: E402
from target import target  # noqa: E402

RAW_IDS = "SELECT id FROM incident ORDER BY reported_at DESC, id DESC LIMIT 200"
RAW_ROWS = """SELECT i.id, i.code, i.reported_at, i.sort_village, g.name, c.name, i.title, i.colour, i.status,
  i.level, NULLIF(i.sort_unit, ''), i.deadline, NULLIF(i.sort_reporter, ''), i.step, i.step_warn_at,
  i.step_due_at, i.flagged, i.version, i.track, i.unsigned_units
FROM incident i JOIN grid g ON g.id = i.grid_id JOIN category c ON c.id = i.category_id
WHERE i.id IN ({ids})"""
RAW_UNSIGNED = """SELECT iu.incident_id, u.name FROM incident_unit iu JOIN unit u ON u.id = iu.unit_id
WHERE iu.incident_id IN ({ids}) AND iu.signed_at IS NULL"""


def first_page_reads(db, actor, path: Path | None, runs: int = 300) -> dict:
    """The first page read by the app — the queue's own read, ``ops.queue.page`` as its user,
    the account checked — and, on a SQLite file, by raw sqlite3, taking turns, so that both see
    the same moments of a noisy machine."""
    from gridcommand.ops import queue

    connection = sqlite3.connect(path) if path else None

    def raw() -> None:
        ids = [r[0] for r in connection.execute(RAW_IDS)]
        marks = ",".join("?" * len(ids))
        connection.execute(RAW_ROWS.format(ids=marks), ids).fetchall()
        connection.execute(RAW_UNSIGNED.format(ids=marks), ids).fetchall()

    app_times, raw_times = [], []
    for _ in range(runs):
        start = time.perf_counter()
        queue.page(db, actor, queue.QueueQuery())
        app_times.append(time.perf_counter() - start)
        if connection:
            start = time.perf_counter()
            raw()
            raw_times.append(time.perf_counter() - start)
    figures = {"app_first_page_query_ms": round(statistics.median(app_times) * 1000, 2)}
    if connection:
        connection.close()
        figures["raw_sqlite3_first_page_query_ms"] = round(statistics.median(raw_times) * 1000, 2)
        figures["app_over_raw_ratio"] = round(statistics.median(app_times) / statistics.median(raw_times), 2)
    return figures


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _ms(times: list[float]) -> dict:
    return {"median": round(statistics.median(times) * 1000, 1), "max": round(max(times) * 1000, 1),
            "n": len(times)}


def in_app(url: str, path: Path | None) -> dict:
    """Filter, sort, search and scroll in a real window, each timed to the repaint; the tab
    counts timed to their arrival, and how late the event loop answered meanwhile; then the first
    page read by the app and by raw sqlite3, in the same process as the app reads it (Python's
    collector run by the GUI thread, as in the app)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    import ui.app
    from gridcommand.store.database import Database
    from ui import i18n
    from ui.gc_guard import GuiThreadCollector

    app = QApplication([])
    app.translators = i18n.install(app)
    app.collector = GuiThreadCollector(app)
    db = Database(url)
    ini = str(Path(os.environ.get("TMPDIR", "/tmp")) / "gridcommand-bench-queue.ini")
    ui.app.open_settings = lambda: QSettings(ini, QSettings.Format.IniFormat)
    from gridcommand.demo import DEMO_PASSWORD
    from gridcommand.ops import accounts

    window = ui.app.open_window(db, accounts.sign_in(db, "duty1", DEMO_PASSWORD))  # the queue's own user
    window.resize(1600, 900)
    window.show()
    app.processEvents()
    queue, filters = window.queue, window.queue.filters
    counts_ready: list[float] = []
    # The event loop's lateness while the counts are read: a 10 ms timer that should fire on time.
    beat, clock_ = QTimer(), QElapsedTimer()
    late = [0.0]
    last = [0]

    def tick():
        now = clock_.elapsed()
        late[0] = max(late[0], (now - last[0] - 10) / 1000)
        last[0] = now
    beat.timeout.connect(tick)

    def settle(start: float) -> None:
        """Wait for the counts of the change made at ``start``; note when they came."""
        clock_.start()
        last[0] = 0
        beat.start(10)
        while not queue.model.count_known or queue._counting is not None:
            app.processEvents()
            if time.perf_counter() - start > 60:
                raise SystemExit(f"the counts did not come: known={queue.model.count_known} "
                                 f"counting={queue._counting} query={queue.model.query}")
        counts_ready.append(time.perf_counter() - start)
        beat.stop()

    def timed(change) -> float:
        start = time.perf_counter()
        change()
        queue.view.viewport().repaint()
        seconds = time.perf_counter() - start
        settle(start)
        return seconds

    def choose(combo, index):
        return lambda: combo.setCurrentIndex(index)

    settle(time.perf_counter())
    counts_ready.clear()
    changes = []
    for combo in (filters.colour, filters.track, filters.village, filters.category, filters.unit, filters.due):
        for index in (1, 2, 0):
            changes.append(choose(combo, min(index, combo.count() - 1)))
    for tab in (2, 5, 6, 0):
        changes.append(lambda t=tab: queue.tabs.setCurrentIndex(t))
    for column in range(queue.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            changes.append(lambda c=column, o=order: queue.view.sortByColumn(c, o))
    changes.append(lambda: queue.view.sortByColumn(1, Qt.SortOrder.DescendingOrder))
    filter_times = [timed(change) for change in changes]

    def jump(row: int):
        def run():
            queue.view.scrollTo(queue.model.index(row, 0))
        return run

    total = queue.model.rowCount()
    rows = [total // 2, total - 1, total // 7, total * 3 // 4, 1000, total // 3]
    jump_times = []
    for row in rows:
        start = time.perf_counter()
        jump(row)()
        queue.view.viewport().repaint()
        jump_times.append(time.perf_counter() - start)

    def search(text):
        def run():
            filters.search.setText(text)
            queue.apply_filters()
        return run

    from gridcommand.ops.unit_of_work import read
    code = read(db, lambda s: s.execute(__import__("sqlalchemy").text(
        "SELECT code FROM incident ORDER BY id LIMIT 1 OFFSET 1000")).scalar())
    terms = ["路灯", "噪音扰民", "电动车", "漏水", code, "工业路", "不存在的词语", "灯", "ld",
             "ludeng", "1381", ""]
    search_times = [timed(search(t)) for t in terms]
    window.rules.stop()
    window.runner.hub.stop()
    result = {
        "filter_or_sort_to_first_page_ms": _ms(filter_times),
        "text_search_to_first_page_ms": {**_ms(search_times), "terms": terms},
        "jump_to_a_row_ms": _ms(jump_times),
        "tab_counts_ready_ms": _ms(counts_ready),
        "event_loop_late_while_counting_ms": round(late[0] * 1000, 1),
        "rss_mb_with_queue_open": round(rss_mb(), 1),
        **first_page_reads(db, window.runner.actor, path),
    }
    db.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=target, help="a SQLite file or a database URL")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    opened = cold_open(args.db, args.runs, baseline=True)
    app = in_app(args.db.url, args.db.path)
    print(json.dumps({"database": str(args.db), "cold_open": opened, **app}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
