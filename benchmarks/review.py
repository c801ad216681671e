"""How long a retrospective review takes to draft (SPEC §8; target: a 90-day window at county
scale in ≤ 2 s).

    python -m gridcommand demo --scale county --db county.sqlite
    python benchmarks/review.py --db county.sqlite [--reviews 5] [--whole-village]

Prints JSON: for the latest serious incidents, the drafting as the reviewer waits for it
(scope, findings and who was responsible then, read from the database), and the whole "open a
review" operation (drafted, written, committed: this writes reviews into the database); next to
a raw baseline reading the same scope's rows with plain sqlite3.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from gridcommand.demo import DEMO_PASSWORD  # noqa: E402
from gridcommand.models import Incident, Review  # noqa: E402
from gridcommand.ops import accounts, reviews  # noqa: E402
from gridcommand.reviews.draft import draft  # noqa: E402
from gridcommand.reviews.scope import scope_of  # noqa: E402
from gridcommand.store.database import Database


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def raw(path: Path, grid_id: int, start: str, end: str) -> int:
    """Plain sqlite3: the scope's incidents, their events and cards, the grid's visits."""
    con = sqlite3.connect(path)
    ids = [r[0] for r in con.execute("SELECT id FROM incident WHERE grid_id = ? AND reported_at < ? AND "
                                     "(closed_at IS NULL OR closed_at >= ?)", (grid_id, end, start))]
    marks = ",".join("?" * len(ids)) or "NULL"
    rows = len(con.execute(f"SELECT * FROM incident WHERE id IN ({marks})", ids).fetchall())
    rows += len(con.execute(f"SELECT * FROM incident_event WHERE incident_id IN ({marks})", ids).fetchall())
    rows += len(con.execute(f"SELECT * FROM incident_card WHERE incident_id IN ({marks})", ids).fetchall())
    rows += len(con.execute("SELECT v.* FROM visit v JOIN key_person p ON p.id = v.key_person_id "
                            "WHERE p.grid_id = ? AND v.visited_at >= ? AND v.visited_at < ?",
                            (grid_id, start, end)).fetchall())
    con.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--reviews", type=int, default=5)
    parser.add_argument("--whole-village", action="store_true")
    args = parser.parse_args()
    db = Database(f"sqlite:///{args.db.resolve()}")
    leader = accounts.sign_in(db, "leader", DEMO_PASSWORD)
    with db.session() as s:
        reviewed = select(Review.incident_id).where(Review.incident_id.is_not(None))
        serious = s.scalars(select(Incident.id).where(Incident.serious.is_(True), Incident.id.not_in(reviewed))
                            .order_by(Incident.reported_at.desc()).limit(args.reviews)).all()
    drafting, opening, raws, found = [], [], [], []
    for incident_id in serious:
        review_id, seconds = timed(lambda i=incident_id: reviews.open_for_incident(
            db, leader, i, whole_village=args.whole_village).value)
        opening.append(seconds)
        with db.session() as s:
            review = s.get(Review, review_id)
            scope = scope_of(s, review)
            drafts, seconds = timed(lambda: draft(s, scope))
            drafting.append(seconds)
            found.append(len(drafts))
            window = (str(scope.start.replace(tzinfo=None)), str(scope.end.replace(tzinfo=None)))
            grid = review.grid_id
        _rows, seconds = timed(lambda: raw(args.db.resolve(), grid, *window))
        raws.append(seconds)
    ms = lambda xs: {"median": round(statistics.median(xs) * 1000), "max": round(max(xs) * 1000)}  # noqa: E731
    print(json.dumps({"database": str(args.db), "reviews": len(serious), "window_days": 90,
                      "scope": "village" if args.whole_village else "grid", "findings": found,
                      "draft_ms": ms(drafting), "open_review_operation_ms": ms(opening),
                      "raw_sqlite3_scope_rows_ms": ms(raws)}, indent=2))
    db.close()


if __name__ == "__main__":
    main()
