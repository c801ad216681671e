"""Hostile import files (tests/hostile_files.py), each tried as the administrator's import in a
child process under a memory cap: every one refused with its reason, in bounded time and
memory, the database unchanged."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ..factories import PASSWORD, signed_in
from ..hostile_files import CASES, write_all

SCRIPT = Path(__file__).resolve().parent.parent / "hostile_files.py"
SECONDS_EACH = 5  # of CPU time
PEAK_RSS_MB = 300


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    write_all(folder)
    return folder


def test_every_hostile_file_is_refused_in_bounded_time_and_memory(township_db, hostile):
    signed_in(township_db, "admin", ("admin",))
    url = township_db.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, str(SCRIPT), str(hostile), url, PASSWORD],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    outcome = json.loads(done.stdout)
    by_name = {c["name"]: c for c in outcome["cases"]}
    assert set(by_name) == {c.name for c in CASES}
    for case in CASES:
        got = by_name[case.name]
        assert got["refused"] and case.expect in got["said"], (case.name, got["said"][:500])
        assert got["seconds"] < SECONDS_EACH, (case.name, got["seconds"])
    assert outcome["database_unchanged"]
    assert outcome["peak_rss_mb"] < PEAK_RSS_MB, [(c["name"], c["peak_rss_mb_after"]) for c in outcome["cases"]]


def _ledger_csv(path, grids: list[str], megabytes: int, bad: str) -> int:
    """A ledger of incidents of about ``megabytes``, every row bad (``bad="all"``) or only the last."""
    header = "事件编号,标题,描述,大类,预警颜色,所属网格,来源,上报时间\n"
    size, n = 0, 0
    with open(path, "w", encoding="utf-8") as file:
        file.write(header)
        while size < megabytes * 2**20:
            n += 1
            line = (f"LG-{n:07d},道路积水影响通行第{n}件,村道低洼处雨后积水约二十厘米居民出行不便请求疏通排水沟渠并清理淤泥杂物恢复通行同时排查周边井盖路灯并回访群众,"  # noqa: E501
                    f"安全隐患,{'紫' if bad == 'all' else '红'},{grids[n % len(grids)]},网格员上报,2025-06-01 08:00\n")
            size += len(line.encode())
            file.write(line)
        file.write(f"LG-{n + 1:07d},最后一行,描述,安全隐患,红,{grids[0]},网格员上报,2025-13-01 08:00\n")
    return n + 1


@pytest.mark.slow
@pytest.mark.parametrize("bad", ["last", "all"])
def test_a_50_mb_csv_is_refused_in_bounded_memory_with_200_errors_listed(tmp_path, bad):
    import os

    from sqlalchemy import select

    from gridcommand.demo.build import build_demo
    from gridcommand.models import Grid
    from gridcommand.store.database import Database

    from ..factories import TINY, TODAY

    db_path = tmp_path / "t.sqlite"
    with Database(f"sqlite:///{db_path}") as db:
        build_demo(db, TINY, seed=2, today=TODAY)
        with db.session() as s:
            grids = s.scalars(select(Grid.code)).all()
    rows = _ledger_csv(tmp_path / "ledger.csv", grids, 50, bad)
    # The peak of this process's own memory (VmHWM): ru_maxrss would count the forking parent's too.
    measured = ("import re, sys; from gridcommand.cli.main import main; code = main(sys.argv[1:]); "
                "peak = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
                "print('PEAK', peak, file=sys.stderr); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", measured, "--db", str(db_path), "import", "incidents",
                           str(tmp_path / "ledger.csv"), "--dry-run"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "GRIDCOMMAND_USER": "admin", "GRIDCOMMAND_PASSWORD": PASSWORD})
    peak_mb = int(done.stderr.split("PEAK ")[-1]) / 1024
    assert done.returncode == 1 and "Traceback" not in done.stderr
    listed = [line for line in done.stderr.splitlines() if line.startswith("  第 ")]
    if bad == "last":
        assert [line.split("】")[0] for line in listed] == [f"  第 {rows + 1} 行【上报时间"]
    else:
        assert len(listed) == 200 and f"另有 {rows - 200:,} 处同类错误" in done.stderr
    assert peak_mb < 300, peak_mb  # its CPU time: benchmarks/hostile_csv.py
