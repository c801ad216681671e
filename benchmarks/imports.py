"""How long an import of an incident ledger blocks the other seats (SPEC §11; target: 20,000
incidents written in ≤ 3 s on SQLite).

    python -m gridcommand demo --scale township --db town.sqlite
    python benchmarks/imports.py --db town.sqlite [--rows 20000] [--runs 3]

Writes a ledger of historic incidents (CSV and xlsx) from the database's own grids, workers,
units and categories, then imports it into a fresh copy of the database, several times. Prints
JSON with the median of:
- prepare: reading and checking the file (nothing is locked: other seats work on);
- write: the one write transaction, from taking the lock to its commit — what other seats wait;
- another seat's wait: the longest a small move at another seat waited during the import;
- raw baseline: the same rows written with plain sqlite3 executemany in one transaction.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event  # noqa: E402

from gridcommand import imports  # noqa: E402
from gridcommand.demo import DEMO_PASSWORD  # noqa: E402
from gridcommand.ops import (  # noqa: E402
    accounts,
    imports as import_ops,  # noqa: E402
    incidents,
)
from gridcommand.store.database import Database

HEADERS = ["事件编号*", "标题*", "描述", "大类*", "小类", "预警颜色*", "所属网格*", "来源", "上报人工号",
           "上报人", "上报时间*", "受理时间", "交办时间", "处置单位", "责任人工号", "办结时间", "结案时间",
           "作废时间", "作废原因", "调解失败次数", "返工次数", "满意度", "层级", "严重"]
TABLES = ("incident", "incident_event", "incident_unit")


def ledger(db_path: Path, rows: int, folder: Path) -> tuple[Path, Path]:
    """A ledger of ``rows`` historic incidents at every stage of the loop, as CSV and xlsx."""
    from openpyxl import Workbook

    con = sqlite3.connect(db_path)
    grids = [r[0] for r in con.execute("SELECT code FROM grid")]
    staff = [r[0] for r in con.execute("SELECT staff_no FROM staff WHERE role = 'full_time'")]
    units = [r[0] for r in con.execute("SELECT name FROM unit")]
    categories = [r[0] for r in con.execute("SELECT name FROM category WHERE parent_id IS NULL")]
    con.close()
    rng, start = random.Random(1), dt.datetime(2023, 1, 1, 8)
    table = []
    for n in range(rows):
        t, stage = start + dt.timedelta(minutes=41 * n), rng.randint(0, 4)

        def at(hours, needed, t=t, stage=stage):
            return (t + dt.timedelta(hours=hours)).strftime("%Y-%m-%d %H:%M") if stage >= needed else ""

        table.append([f"TZ-{n:06d}", f"台账事件 {n}", "旧台账迁移", rng.choice(categories), "",
                      rng.choice("红黄蓝"), rng.choice(grids), "网格员上报", rng.choice(staff), "",
                      at(0, 0), at(1, 1), at(2, 2), rng.choice(units) if stage >= 2 else "",
                      rng.choice(staff), at(30, 3), at(40, 4), "", "", "", "",
                      "4" if stage >= 4 else "", "", "否"])
    csv_path = folder / "ledger.csv"
    with open(csv_path, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows([HEADERS, *table])
    book = Workbook(write_only=True)
    sheet = book.create_sheet("事件")
    for row in [HEADERS, *table]:
        sheet.append(row)
    xlsx_path = folder / "ledger.xlsx"
    book.save(xlsx_path)
    return csv_path, xlsx_path


def timed_import(source: Path, copy: Path, ledger_path: Path) -> dict:
    """Import into a fresh copy while another seat keeps making small moves."""
    shutil.copy(source, copy)
    db = Database(f"sqlite:///{copy}")
    me = accounts.sign_in(db, "admin", DEMO_PASSWORD)
    lock: dict[str, float] = {}
    event.listen(db.engine, "begin", lambda conn: lock.setdefault("taken", time.perf_counter())
                 if conn.get_execution_options().get("gridcommand_write") else None)
    event.listen(db.engine, "commit", lambda conn: lock.__setitem__("released", time.perf_counter()))
    with sqlite3.connect(copy) as con:
        probe_id = con.execute("SELECT id FROM incident WHERE status = 'reported' LIMIT 1").fetchone()[0]
    waits, stop = [], threading.Event()

    def other_seat() -> None:
        with Database(f"sqlite:///{copy}") as seat:
            them = accounts.sign_in(seat, "admin", DEMO_PASSWORD)
            while not stop.is_set():
                begin = time.perf_counter()
                incidents.attach(seat, them, probe_id, "file", __file__)
                waits.append(time.perf_counter() - begin)
                time.sleep(0.05)

    seat = threading.Thread(target=other_seat)
    seat.start()
    time.sleep(0.2)
    lock.clear()
    started = time.perf_counter()
    report = import_ops.run(db, me, "incidents", ledger_path).value
    total = time.perf_counter() - started
    stop.set()
    seat.join()
    db.close()
    write = lock["released"] - lock["taken"]
    return {"prepare_s": total - write, "write_s": write, "other_seat_max_wait_s": max(waits),
            "created": report.created}


def raw_baseline(source: Path, imported: Path, copy: Path) -> float:
    """The rows the import wrote, written again with plain sqlite3 into a fresh copy."""
    shutil.copy(source, copy)
    before = sqlite3.connect(source)
    after = sqlite3.connect(imported)
    rows = {}
    for table in TABLES:
        key = "incident_id" if table == "incident_unit" else "id"
        last = before.execute(f"SELECT COALESCE(MAX({key}), 0) FROM {table}").fetchone()[0]
        rows[table] = after.execute(f"SELECT * FROM {table} WHERE {key} > ?", (last,)).fetchall()
    before.close()
    after.close()
    con = sqlite3.connect(copy, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    for table in TABLES:
        if rows[table]:
            marks = ",".join("?" * len(rows[table][0]))
            con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="a demo database (township scale or larger)")
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    source = args.db.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        Database(f"sqlite:///{source}").close()  # migrated to head before it is copied
        csv_path, xlsx_path = ledger(source, args.rows, folder)
        runs = [timed_import(source, folder / f"run{n}.sqlite", csv_path) for n in range(args.runs)]
        raw = [raw_baseline(source, folder / "run0.sqlite", folder / f"raw{n}.sqlite") for n in range(args.runs)]
        started = time.perf_counter()
        db = Database(f"sqlite:///{folder / 'run0.sqlite'}")
        imports.prepare(db, "incidents", xlsx_path)  # (all rows already there: checked, not written)
        xlsx_prepare = time.perf_counter() - started
        db.close()

    def median(key):
        return round(statistics.median(r[key] for r in runs), 2)

    print(json.dumps({
        "database": str(args.db), "rows": args.rows, "runs": args.runs,
        "created": runs[0]["created"],
        "prepare_csv_s (nothing locked)": median("prepare_s"),
        "prepare_xlsx_s (nothing locked)": round(xlsx_prepare, 2),
        "write_s (others wait; target <= 3)": median("write_s"),
        "write_s worst": round(max(r["write_s"] for r in runs), 2),
        "other_seat_max_wait_s": median("other_seat_max_wait_s"),
        "raw_sqlite3_write_s": round(statistics.median(raw), 2),
    }, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
