"""Time of scoring a month for every full-time grid worker (SPEC §6; target < 2 s at city scale).

    python -m gridcommand demo --scale city --db city.sqlite
    python benchmarks/evaluate.py --db city.sqlite [--month YYYY-MM]

Prints JSON: workers, incidents in the month, and the median and worst of 5 runs of the month
computed — never read back: a locked month is unlocked inside a transaction that is rolled back —
as gathering and scoring alone, and with storing the results (what HR waits for).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gridcommand import clock  # noqa: E402
from gridcommand.database import Database  # noqa: E402
from gridcommand.evaluation import service  # noqa: E402
from gridcommand.evaluation.engine import month_bounds  # noqa: E402
from gridcommand.models import EvaluationMonth, Incident  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--month", help="default: last month")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    month = args.month or (clock.today().replace(day=1) - __import__("datetime").timedelta(days=1)).strftime("%Y-%m")
    db = Database(f"sqlite:///{args.db.resolve()}")
    timed: dict[bool, list[float]] = {False: [], True: []}
    workers = 0
    for _ in range(args.runs):
        for store in (False, True):
            with db.session() as session:
                state = session.get(EvaluationMonth, month)
                if state is not None:
                    state.locked_at = None  # computed, not read back; rolled back below
                start = time.perf_counter()
                result = service.evaluate(session, month, None, store=store)
                timed[store].append(time.perf_counter() - start)
                workers = len(result["workers"])
                session.rollback()
    _first, _last, begin, end = month_bounds(month)
    with db.session() as session:
        incidents = session.query(Incident).filter(Incident.reported_at >= begin, Incident.reported_at < end).count()
    print(json.dumps({"database": str(args.db), "month": month, "workers": workers,
                      "incidents_reported_in_month": incidents,
                      "gather_and_score_s": _stats(timed[False]), "with_storing_s": _stats(timed[True])},
                     indent=2))


def _stats(times: list[float]) -> dict:
    return {"median": round(statistics.median(times), 3), "max": round(max(times), 3)}


if __name__ == "__main__":
    main()
