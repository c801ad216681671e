"""Time of writing a month's HR documents at city scale (target: 3,402 sheets in under 60 s).

    python benchmarks/exports.py --db city.sqlite [--month YYYY-MM]

Prints JSON: the evaluation sheets PDF (one A4 page per worker), the ranking and salary tables
as PDF and xlsx, with their sizes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gridcommand.database import Database  # noqa: E402
from gridcommand.evaluation import service  # noqa: E402
from gridcommand.reports import evaluation_pdf as pdf  # noqa: E402
from gridcommand.reports.xlsx import write_table  # noqa: E402
from gridcommand.users import local_user  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    path = fn()
    return {"seconds": round(time.perf_counter() - start, 2), "bytes": Path(path).stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--month", default="2026-10")
    args = parser.parse_args()
    db = Database(f"sqlite:///{args.db.resolve()}")
    with db.session() as session:
        result = service.evaluate(session, args.month, local_user(session))
        session.rollback()
    out = Path(tempfile.mkdtemp())
    town = "benchmark"
    print(json.dumps({
        "month": args.month, "workers": len(result["workers"]),
        "sheets_pdf": timed(lambda: pdf.sheets_pdf(town, result, out / "sheets.pdf")),
        "ranking_pdf": timed(lambda: pdf.ranking_pdf(town, result, out / "ranking.pdf")),
        "salary_pdf": timed(lambda: pdf.salary_pdf(town, result, out / "salary.pdf")),
        "ranking_xlsx": timed(lambda: write_table(out / "ranking.xlsx", "考核排名", pdf.RANKING_HEADER,
                                                  pdf.ranking_rows(result))),
        "salary_xlsx": timed(lambda: write_table(out / "salary.xlsx", "薪金浮动", pdf.SALARY_HEADER,
                                                 pdf.salary_rows(result))),
    }, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
