"""How long the supervision notices for every unit with overdue or carded items take (SPEC §3.4;
target ≤ 10 s at city scale): planning the units and items, numbering, noting each incident's
timeline and writing the PDF — in a transaction rolled back afterwards, so the demo is left as
it was.

    python benchmarks/notices.py --db city.sqlite

Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from target import target  # noqa: E402

from gridcommand.models import User  # noqa: E402
from gridcommand.ops.notices import chosen  # noqa: E402
from gridcommand.reports.notice_pdf import notices_pdf  # noqa: E402
from gridcommand.store.database import Database
from gridcommand.workflow.notices import issue, plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=target)
    args = parser.parse_args()
    db = Database(args.db.url)
    out = Path(tempfile.mkdtemp()) / "notices.pdf"
    with db.session() as session:
        duty = session.query(User).filter(User.username == "duty1").one()
        start = time.perf_counter()
        issued = issue(session, duty, chosen(plan(session)))
        planned_and_issued = time.perf_counter() - start
        notices_pdf(issued, out)
        total = time.perf_counter() - start
        session.rollback()
    print(json.dumps({"units": len(issued), "items": sum(len(n.items) for n in issued),
                      "issue_s": round(planned_and_issued, 2), "with_pdf_s": round(total, 2),
                      "pdf_bytes": out.stat().st_size}, indent=2))


if __name__ == "__main__":
    main()
