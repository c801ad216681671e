"""How long the weekly meeting's agenda takes to propose (SPEC §5; target: a city-sized
township's week in ≤ 1 s): the builder reading every section from the record and the fitting to
the meeting's length — what the chair waits for after "New meeting…" — next to a raw baseline
reading the open incidents (the builder's raw material) with plain sqlite3.

    python benchmarks/agenda.py --db city.sqlite [--runs 5]

Prints JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from target import target  # noqa: E402

from gridcommand.base import clock
from gridcommand.meetings.fit import plan  # noqa: E402
from gridcommand.store.database import Database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=target)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = Database(args.db.url)
    today = clock.local(clock.now()).date()
    monday = today + dt.timedelta(days=7 - today.weekday())
    starts = clock.at_local(monday, 9)
    times, raw = [], []
    with db.session() as session:
        for _ in range(args.runs):
            start = time.perf_counter()
            proposed = plan(session, starts)
            times.append(time.perf_counter() - start)
    if args.db.path:
        with sqlite3.connect(args.db.path) as connection:
            for _ in range(args.runs):
                start = time.perf_counter()
                connection.execute("SELECT id, code, title, colour, unit_id, step_due_at FROM incident "
                                   "WHERE status NOT IN ('closed', 'cancelled')").fetchall()
                raw.append(time.perf_counter() - start)
        connection.close()
    print(json.dumps({
        "meeting": starts.isoformat(), "planned_minutes": proposed.minutes, "length_minutes": proposed.length,
        "slots": len(proposed.slots), "written": sum(len(s.children) for s in proposed.slots if s.kind == "written"),
        "propose_s": {"median": round(statistics.median(times), 3), "max": round(max(times), 3)},
        "raw_sqlite3_open_incidents_s": {"median": round(statistics.median(raw), 4)} if raw else None,
    }, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
