"""How long the leaders' screen takes (SPEC §10; targets at city scale: first paint ≤ 1 s, a
refresh ≤ 500 ms).

    python benchmarks/dashboard.py --db city.sqlite [--runs 5]

Prints JSON. In a fresh process (so pyqtgraph's import counts, as it does the first time a user
opens the dock): the dashboard dock shown on a 1366×768 window until its charts are painted; then
a refresh after a change (the period's figures read again and every chart redrawn) and a change
of period to 90 days; the grid map's first paint and its frames per second while panned and
zoomed (60 frames, each painted before the next); the finished months' figures (read in the background, never waited for);
next to a raw baseline counting the period's incidents per day with plain sqlite3. Uses the
offscreen platform unless DISPLAY is set.
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


def _painted(app, widget) -> None:
    """Until everything posted is done and the widget has painted itself."""
    app.processEvents()
    widget.repaint()
    app.processEvents()


def _raw(path: Path, days: int) -> float:
    con = sqlite3.connect(path)
    start = time.perf_counter()
    con.execute("SELECT date(reported_at, '+8 hours') AS day, count(*), sum(status = 'closed') FROM incident "
                "WHERE reported_at >= datetime('now', ?) GROUP BY day", (f"-{days} days",)).fetchall()
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gridcommand.base.changes import Area, Changes
    from gridcommand.demo import DEMO_PASSWORD
    from gridcommand.figures import dashboard as figures
    from gridcommand.ops import accounts
    from gridcommand.store.database import Database, resolve_url
    from ui.hub import ChangeHub
    from ui.ops import OpRunner
    from ui.panels.dashboard.dock import DashboardDock

    app = QApplication([])
    db = Database(resolve_url(path=args.db) if "://" not in args.db else args.db)
    actor = accounts.sign_in(db, "leader", DEMO_PASSWORD)
    hub = ChangeHub(db)
    hub.stop()
    runner = OpRunner(db, actor, hub)
    start = time.perf_counter()
    dock = DashboardDock(runner, "")
    dock.resize(1366, 740)
    dock.show()
    while dock.live is None:
        app.processEvents()
    _painted(app, dock)
    first_paint = time.perf_counter() - start
    reported = dock.live.total.reported
    refreshes, periods = [], []
    for n in range(args.runs):
        start = time.perf_counter()
        dock.refresh(Changes.of(Area.INCIDENTS))
        _painted(app, dock)
        refreshes.append(time.perf_counter() - start)
        start = time.perf_counter()
        dock.period.setCurrentIndex(dock.period.findData(90 if n % 2 == 0 else 30))
        _painted(app, dock)
        periods.append(time.perf_counter() - start)
    start = time.perf_counter()
    dock.tabs.setCurrentWidget(dock.map)
    _painted(app, dock)
    map_paint = time.perf_counter() - start
    box = dock.map.plot.getPlotItem().vb
    frames = 60
    start = time.perf_counter()
    for n in range(frames):  # pan across and back, zooming in then out: what a user's mouse does
        box.translateBy(x=(0.002 if n < frames // 2 else -0.002))
        box.scaleBy((0.97, 0.97) if n < frames // 2 else (1 / 0.97, 1 / 0.97))
        _painted(app, dock.map.plot.viewport())
    fps = frames / (time.perf_counter() - start)
    with db.read_session() as session:
        start = time.perf_counter()
        figures.monthly(session)
        monthly = time.perf_counter() - start
    raw = [_raw(Path(args.db), 30) for _ in range(args.runs)] if "://" not in args.db else []
    ms = lambda values: {"median": round(1000 * statistics.median(values), 1),  # noqa: E731
                         "max": round(1000 * max(values), 1), "n": len(values)}
    print(json.dumps({
        "incidents_last_30_days": reported,
        "first_paint_s": round(first_paint, 3),
        "refresh_ms": ms(refreshes),
        "period_change_ms": ms(periods),
        "finished_months_background_s": round(monthly, 3),
        "grids_on_map": len(dock.map.data.grids),
        "map_first_paint_s": round(map_paint, 3),
        "map_pan_zoom_frames_per_s": round(fps, 1),
        "raw_sqlite3_per_day_ms": ms(raw) if raw else None,
    }, indent=2))


if __name__ == "__main__":
    main()
