"""How fast the audit chain verifies (SPEC §12; target: 1,000,000 entries in ≤ 10 s).

    python -m gridcommand demo --scale city --db city.sqlite    # its events are in the chain
    python benchmarks/audit.py --db city.sqlite [--entries 1000000]

Prints JSON: the first N entries verified through the product (`audit.verify`, as `audit verify
--at` does), and the whole chain; next to a raw baseline that reads the same rows with plain
sqlite3 and hashes them the same way.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gridcommand.ops.unit_of_work import read  # noqa: E402
from gridcommand.record import audit
from gridcommand.store.database import Database


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, round(time.perf_counter() - start, 2)


def raw(path: Path, up_to: int) -> int:
    """Plain sqlite3: the same rows, the same canonical encoding, only the hashing checked."""
    con = sqlite3.connect(path)
    count, prev = 0, audit.GENESIS
    for seq, at, actor_id, actor, roles, action, entity, entity_id, summary, prev_hash, hash_ in con.execute(
            "SELECT seq, at, actor_id, actor, roles, action, entity, entity_id, summary, prev_hash, hash "
            "FROM audit_log WHERE seq <= ? ORDER BY seq", (up_to,)):
        at_text = at.replace(" ", "T") + "+00:00"
        text = "\x1f".join((str(seq), at_text, "" if actor_id is None else str(actor_id), actor, roles,
                            action, entity, entity_id, summary, prev_hash))
        if prev_hash != prev or hashlib.sha256(text.encode()).hexdigest() != hash_:
            raise SystemExit(f"raw baseline: entry {seq} does not verify")
        prev, count = hash_, count + 1
    con.close()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--entries", type=int, default=1_000_000)
    args = parser.parse_args()
    db = Database(f"sqlite:///{args.db.resolve()}")
    total = read(db, audit.head)[0]
    first = min(args.entries, total)
    part, part_s = timed(lambda: read(db, audit.verify, first))
    whole, whole_s = timed(lambda: read(db, audit.verify))
    raw_count, raw_s = timed(lambda: raw(args.db.resolve(), first))
    print(json.dumps({
        "database": str(args.db), "entries_in_chain": total,
        f"verify_first_{first}_s": part_s, "ok": part.ok and whole.ok,
        "verify_whole_chain_s": whole_s, "entries_per_second": round(whole.entries / max(whole_s, 1e-9)),
        f"raw_sqlite3_hashlib_first_{raw_count}_s": raw_s,
    }, indent=2))
    db.close()


if __name__ == "__main__":
    main()
