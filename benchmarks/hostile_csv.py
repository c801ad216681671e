"""A large CSV that must be refused (SPEC §11, §12.1; goal: within 5 s of CPU and 300 MB for any
CSV up to the size limit): the real command, `import incidents FILE --dry-run`, as a user runs it.

    python -m gridcommand demo --scale township --db town.sqlite
    python benchmarks/hostile_csv.py --db town.sqlite [--mb 50]

Writes two ledgers of about --mb megabytes from the database's grids — every row good but the
last, and every row bad — and times the command on each in a process of its own. Prints JSON:
CPU seconds (user + system) and peak memory of the command, next to the same command on a
one-row file (the process's own start, sign-in and set-up: the raw baseline).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gridcommand.demo import DEMO_PASSWORD  # noqa: E402

# CPU from getrusage; the peak from VmHWM (Linux), since ru_maxrss keeps a forking parent's peak.
MEASURED = ("import re, resource, sys; from gridcommand.cli.main import main; code = main(sys.argv[1:]); "
            "r = resource.getrusage(resource.RUSAGE_SELF); "
            "peak = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
            "print('MEASURED', r.ru_utime + r.ru_stime, peak, file=sys.stderr); sys.exit(code)")


def ledger(path: Path, grids: list[str], megabytes: float, bad: str) -> int:
    size = n = 0
    with open(path, "w", encoding="utf-8") as file:
        file.write("事件编号,标题,描述,大类,预警颜色,所属网格,来源,上报时间\n")
        while size < megabytes * 2**20:
            n += 1
            line = (f"LG-{n:07d},道路积水影响通行第{n}件,村道低洼处雨后积水约二十厘米居民出行不便请求疏通排水沟渠"
                    f"并清理淤泥杂物恢复通行同时排查周边井盖路灯并回访群众,安全隐患,{'紫' if bad == 'all' else '红'},"
                    f"{grids[n % len(grids)]},网格员上报,2025-06-01 08:00\n")
            size += len(line.encode())
            file.write(line)
        file.write(f"LG-{n + 1:07d},最后一行,描述,安全隐患,红,{grids[0]},网格员上报,2025-13-01 08:00\n")
    return n + 1


def run(db: str, path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", MEASURED, "--db", db, "import", "incidents", str(path), "--dry-run"],
                          capture_output=True, text=True,
                          env={**os.environ, "GRIDCOMMAND_USER": "admin", "GRIDCOMMAND_PASSWORD": DEMO_PASSWORD})
    cpu, peak = done.stderr.split("MEASURED ")[-1].split()
    return {"exit": done.returncode, "cpu_s": round(float(cpu), 2), "peak_mb": round(int(peak) / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--mb", type=float, default=50)
    args = parser.parse_args()
    with sqlite3.connect(f"file:{args.db}?mode=ro", uri=True) as connection:
        grids = [code for (code,) in connection.execute("SELECT code FROM grid")]
    with tempfile.TemporaryDirectory() as folder:
        out = {"file_mb": args.mb}
        for bad in ("last", "all"):
            path = Path(folder) / f"{bad}.csv"
            out[f"rows_{bad}"] = ledger(path, grids, args.mb, bad)
            out[f"bad_{bad}"] = run(args.db, path)
        one = Path(folder) / "one.csv"
        ledger(one, grids, 0, "last")
        out["raw_baseline_one_row"] = run(args.db, one)
    print(json.dumps(out, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
