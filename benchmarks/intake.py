"""How long a 10,000-row 12345 hotline export takes to be taken in (target ≤ 15 s at city scale):
read, every row checked and mapped, compared with the open incidents and with each other for
likely repeats, and written — in a transaction rolled back afterwards, so the demo is left as it
was. Next to it, the raw baseline: openpyxl reading the same file, nothing else.

    python benchmarks/intake.py --db city.sqlite [--rows 10000]

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

from gridcommand.demo.orders import orders, write_xlsx  # noqa: E402
from gridcommand.intake import (
    mapping,  # noqa: E402
    orders as intake,  # noqa: E402
)
from gridcommand.intake.sources import SourceForm, save  # noqa: E402
from gridcommand.models import User  # noqa: E402
from gridcommand.store.database import Database


def raw_read(path: Path) -> float:
    from openpyxl import load_workbook

    start = time.perf_counter()
    book = load_workbook(path, read_only=True)
    sum(1 for _row in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=target)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    db = Database(args.db.url)
    path = Path(tempfile.mkdtemp()) / "12345.xlsx"
    with db.session() as session:
        write_xlsx(path, orders(session, args.rows, days=7))
        duty = session.query(User).filter(User.username == "duty1").one()
        source = save(session, SourceForm("12345热线(基准)", columns=mapping.guess(
            intake.read_sheet(path).headers)))
        start = time.perf_counter()
        prepared = intake.prepare(session, source.id, path)
        checked = time.perf_counter() - start
        report = intake.write(session, prepared, duty)
        session.flush()
        total = time.perf_counter() - start
        session.rollback()
    print(json.dumps({"rows": report.rows, "created": report.created, "flagged": report.flagged,
                      "prepare_s": round(checked, 2), "total_s": round(total, 2),
                      "raw_openpyxl_read_s": round(raw_read(path), 2)}, indent=2))


if __name__ == "__main__":
    main()
