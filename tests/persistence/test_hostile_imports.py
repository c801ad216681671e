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
