"""Time of writing a month's HR documents at city scale (target: 3,402 sheets in under 60 s).

    python benchmarks/exports.py --db city.sqlite [--month YYYY-MM]

Prints JSON: the evaluation sheets PDF (one A4 page per worker), the ranking and salary tables
as PDF and xlsx, and the month's closed-loop report for the whole township as PDF and xlsx (target:
PDF ≤ 10 s), with their sizes — each written by the operation the app runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from target import target  # noqa: E402

from gridcommand.demo import DEMO_PASSWORD  # noqa: E402
from gridcommand.ops import accounts, evaluation, reports  # noqa: E402
from gridcommand.store.database import Database


def timed(fn):
    start = time.perf_counter()
    path = fn()
    return {"seconds": round(time.perf_counter() - start, 2), "bytes": Path(path).stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=target, help="a SQLite file or a database URL")
    parser.add_argument("--month", default="2026-10")
    args = parser.parse_args()
    db = Database(args.db.url)
    me = accounts.sign_in(db, "admin", DEMO_PASSWORD)
    result = evaluation.month(db, me, args.month).value.result
    out = Path(tempfile.mkdtemp())

    def table(kind, name):
        return timed(lambda: reports.evaluation_table(db, me, kind, result, out / name))

    def centre(kind, name, period=args.month):
        return timed(lambda: reports.report(db, me, kind, period, None, out / name))

    print(json.dumps({
        "month": args.month, "workers": len(result.workers),
        "sheets_pdf": timed(lambda: reports.evaluation_sheets(db, me, result, out / "sheets.pdf")),
        "ranking_pdf": table("ranking", "ranking.pdf"), "salary_pdf": table("salary", "salary.pdf"),
        "ranking_xlsx": table("ranking", "ranking.xlsx"), "salary_xlsx": table("salary", "salary.xlsx"),
        "closed_loop_pdf": centre("closed_loop", "month.pdf"), "closed_loop_xlsx": centre("closed_loop", "month.xlsx"),
        "unit_ranking_pdf": centre("unit_ranking", "units.pdf"), "visits_pdf": centre("visits", "visits.pdf"),
        "evaluation_year_pdf": centre("evaluation_summary", "year.pdf", args.month[:4]),
    }, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
