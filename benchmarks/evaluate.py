"""Time of scoring a month for every full-time grid worker (SPEC §6; target ≤ 1.0 s at city scale, ≤ 1.5 s from the CLI).

    python -m gridcommand demo --scale city --db city.sqlite
    python benchmarks/evaluate.py --db city.sqlite [--month YYYY-MM]

Prints JSON: workers, incidents in the month, and the median and worst of 5 runs of the month
computed — never read back: a locked month is unlocked inside a transaction that is rolled back —
as gathering the inputs alone, gathering and scoring, and with storing the results (what HR
waits for); and the same from a fresh process as the CLI runs it (imports, sign-in, compute,
store).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from target import target  # noqa: E402

from gridcommand.base import clock
from gridcommand.base.gc_pause import cycle_collector_paused
from gridcommand.evaluation import engine, scheme, service  # noqa: E402
from gridcommand.models import EvaluationMonth, Incident  # noqa: E402
from gridcommand.store.database import Database

# What `python -m gridcommand evaluate --month M` does, from process start: the CLI's imports,
# opening the database, signing in as HR, computing and storing the month — in a transaction
# rolled back at the end, so that a locked month is computed and the file is left as it was.
CLI_CHILD = r"""
import time
t0 = time.perf_counter()
import sys
sys.path.insert(0, {root!r})
import gridcommand.cli.main
from gridcommand.store.database import Database
from gridcommand.evaluation import service
from gridcommand.models import EvaluationMonth
from gridcommand.ops import accounts
db = Database({url!r})
accounts.sign_in(db, "hr", "demo1234")
with db.session() as session:
    state = session.get(EvaluationMonth, {month!r})
    if state is not None:
        state.locked_at = None
    result = service.evaluate(session, {month!r}, None, store=True)
    lines = [f"{{w.staff_no}} {{w.total}}" for w in result.workers]
    session.rollback()
print(time.perf_counter() - t0)
"""


def cli_end_to_end(url: str, month: str, runs: int) -> dict:
    code = CLI_CHILD.format(root=str(Path(__file__).resolve().parent.parent), url=url,
                            month=month)
    times = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                  check=True).stdout.split()[-1]) for _ in range(runs)]
    return _stats(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=target, help="a SQLite file or a database URL")
    parser.add_argument("--month", help="default: last month")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    month = args.month or (clock.today().replace(day=1) - __import__("datetime").timedelta(days=1)).strftime("%Y-%m")
    db = Database(args.db.url)
    timed: dict[bool, list[float]] = {False: [], True: []}
    gathering: list[float] = []
    workers = 0
    for _ in range(args.runs):
        with db.session() as session:
            start = time.perf_counter()
            with cycle_collector_paused():  # as evaluate() gathers
                engine.gather(session, month, scheme.in_force(session, month).rules.get("visit_intervals"))
            gathering.append(time.perf_counter() - start)
        for store in (False, True):
            with db.session() as session:
                state = session.get(EvaluationMonth, month)
                if state is not None:
                    state.locked_at = None  # computed, not read back; rolled back below
                start = time.perf_counter()
                result = service.evaluate(session, month, None, store=store)
                timed[store].append(time.perf_counter() - start)
                workers = len(result.workers)
                session.rollback()
    _first, _last, begin, end = clock.month_bounds(month)
    with db.session() as session:
        incidents = session.query(Incident).filter(Incident.reported_at >= begin, Incident.reported_at < end).count()
    print(json.dumps({"database": str(args.db), "month": month, "workers": workers,
                      "incidents_reported_in_month": incidents,
                      "gathering_s": _stats(gathering), "gather_and_score_s": _stats(timed[False]),
                      "with_storing_s": _stats(timed[True]),
                      "cli_end_to_end_s": cli_end_to_end(args.db.url, month, args.runs)},
                     indent=2))


def _stats(times: list[float]) -> dict:
    return {"median": round(statistics.median(times), 3), "max": round(max(times), 3)}


if __name__ == "__main__":
    main()
