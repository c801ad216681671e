"""Time of scoring a month for every full-time grid worker (SPEC §6; target ≤ 1.0 s at city scale, ≤ 1.5 s from the CLI).

    python -m gridcommand demo --scale city --db city.sqlite
    python benchmarks/evaluate.py --db city.sqlite [--month YYYY-MM]

Prints JSON: workers, incidents in the month, and the median and worst of 5 runs of the month
computed — never read back: a locked month is unlocked inside a transaction that is rolled back —
as gathering the inputs alone, gathering and scoring, and with storing the results (what HR
waits for); and ``python -m gridcommand evaluate --month M --json`` itself, the month computed
and stored, and the month locked (read back).
"""

from __future__ import annotations

import argparse
import json
import os
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


def _locked(db: Database, month: str, locked: bool | None = None) -> bool:
    """Whether ``month`` is locked; with ``locked``, made so first (the benchmark's own file)."""
    with db.session() as session:
        state = session.get(EvaluationMonth, month)
        if locked is not None and state is not None:
            state.locked_at = clock.now() if locked else None
            session.commit()
        return state is not None and state.locked_at is not None


def cli_end_to_end(db: Database, target_url: str, month: str, runs: int) -> dict:
    """``python -m gridcommand --user hr evaluate --month M --json``, the real command, from process
    start to its last line printed: on the month computed and stored (unlocked for the run), and
    on the month locked (its stored sheets read back). The month's lock is left as it was."""
    where = ["--database-url", target_url] if "://" in target_url and not target_url.startswith("sqlite") \
        else ["--db", target_url.removeprefix("sqlite:///")]
    command = [sys.executable, "-m", "gridcommand", *where, "--user", "hr", "evaluate", "--month", month, "--json"]
    env = {**os.environ, "GRIDCOMMAND_PASSWORD": "demo1234"}
    was = _locked(db, month)
    timed: dict[bool, list[float]] = {False: [], True: []}
    try:
        for locked in (False, True):
            _locked(db, month, locked)
            for _ in range(runs):
                start = time.perf_counter()
                out = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout
                timed[locked].append(time.perf_counter() - start)
                assert json.loads(out)["locked"] == locked
    finally:
        _locked(db, month, was)
    return {"computed_and_stored": _stats(timed[False]), "locked_month_read": _stats(timed[True])}


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
                      "cli_end_to_end_s": cli_end_to_end(db, args.db.url, month, args.runs)},
                     indent=2))


def _stats(times: list[float]) -> dict:
    return {"median": round(statistics.median(times), 3), "max": round(max(times), 3)}


if __name__ == "__main__":
    main()
