"""Every benchmark in one run, printed as one table (the README's table is this output).

    python benchmarks/run_all.py --scale city [--folder DIR] [--runs 5] [--skip imports,backup]
    python benchmarks/run_all.py --scale county --postgres

Builds the demo of the scale once (and a township demo, for its start-up) in the folder, or
reuses them; runs each benchmark in a fresh process, one after the other; prints the commit,
the machine's load average before and after, and for every figure the median, the worst and
the raw baseline measured in the same run (plain sqlite3 or a bare PySide6 table).

With ``--postgres`` the same figures are measured on the SQLite demo and on the same demo in a
PostgreSQL cluster started as CI starts it (tests/pg_cluster.py, kept in FOLDER/pg), and printed
side by side with their ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
DEMO_ENV = {"GRIDCOMMAND_USER": "admin", "GRIDCOMMAND_PASSWORD": "demo1234"}
OPTIONAL = ("imports", "backup", "audit", "review")


def _run(*args: str) -> dict:
    """A benchmark script's JSON, from a fresh process."""
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**os.environ, **DEMO_ENV}).stdout
    return json.loads(out[out.index("{"):])


def ensure_demo(folder: Path, scale: str) -> Path:
    path = folder / f"{scale}.sqlite"
    if not path.exists():
        print(f"building the {scale} demo in {path} …", file=sys.stderr, flush=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "gridcommand", "demo", "--scale", scale, "--db", str(path)],
                       check=True, cwd=ROOT, env={**os.environ, **DEMO_ENV}, stdout=subprocess.DEVNULL)
        print(f"built in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return path


def _commit() -> str:
    def git(*args):
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    return git("rev-parse", "--short", "HEAD") + (" (with uncommitted changes)" if git("status", "--porcelain") else "")


def _fmt(value, unit: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return f"{value:,.0f} {unit}" if unit == "MB" else f"{value:g} {unit}"


def _spread(figure: dict) -> tuple:
    return figure["median"], figure["max"]


def collect(db: str, town: str | None, month: str, runs: int, skip: set[str]) -> list[tuple]:
    """(figure, target, median, worst, baseline, unit) rows; ``db`` a SQLite file or a URL (no
    raw sqlite3 baselines then), ``town`` the township demo for its start-up (or None)."""
    rows: list[tuple] = []
    queue = _run(str(HERE / "queue_view.py"), "--db", db, "--runs", str(runs))
    cold = queue["cold_open"]
    raw_cold = cold.get("raw_pyside6_sqlite3_s", {}).get("median")
    rows += [
        ("cold start → sign-in dialog painted", "—", *_spread(cold["sign_in_dialog_painted_s"]), raw_cold, "s"),
        ("sign in → queue rows painted (password check included)", "—",
         *_spread(cold["sign_in_to_first_rows_painted_s"]), None, "s"),
        ("what the user waits for: the two above (the database opens behind the dialog while "
         "they type)", "≤ 1.0 s", *_spread(cold["user_waits_s"]), raw_cold, "s"),
        ("start → database open behind the dialog", "—", *_spread(cold["database_open_behind_the_dialog_s"]),
         None, "s"),
        ("cold start → queue rows painted, signing in without a pause to type", "—",
         *_spread(cold["first_rows_painted_s"]), raw_cold, "s"),
    ]
    if town:
        town_open = _run(str(HERE / "open_app.py"), "--db", town, "--runs", str(runs))
        rows.insert(3, ("the same on the township demo", "≤ 0.8 s", *_spread(town_open["user_waits_s"]),
                        town_open["raw_pyside6_sqlite3_s"]["median"], "s"))
    moves, search = queue["filter_or_sort_to_first_page_ms"], queue["text_search_to_first_page_ms"]
    jumps, counts = queue["jump_to_a_row_ms"], queue["tab_counts_ready_ms"]
    rows += [
        (f"filter or sort → first page painted ({moves['n']} changes: every column both ways, "
         "every filter)", "≤ 50 ms median, ≤ 150 ms worst", moves["median"], moves["max"],
         queue.get("raw_sqlite3_first_page_query_ms"), "ms"),
        ("first page read: app vs raw sqlite3", "≤ 2× raw", queue["app_first_page_query_ms"], None,
         queue.get("raw_sqlite3_first_page_query_ms"), "ms"),
        ("jump anywhere in the queue → painted (6 rows, to the last)", "≤ 100 ms", jumps["median"],
         jumps["max"], None, "ms"),
        (f"text search → first page painted ({search['n']} terms: "
         + ", ".join(t or "∅" for t in search["terms"]) + ")", "≤ 100 ms median, ≤ 300 ms worst",
         search["median"], search["max"], None, "ms"),
        (f"tab counts and queue length ready after a change ({counts['n']}); the GUI thread's "
         "lateness meanwhile in the baseline column", "never block", counts["median"], counts["max"],
         queue["event_loop_late_while_counting_ms"], "ms"),
        ("memory with the queue open and used", "≤ 400 MB", queue["rss_mb_with_queue_open"], None,
         None, "MB"),
    ]
    evaluation = _run(str(HERE / "evaluate.py"), "--db", db, "--month", month, "--runs", str(runs))
    rows += [
        (f"evaluate {evaluation['month']}: {evaluation['workers']:,} workers, gathering and scoring",
         "≤ 1.0 s", evaluation["gather_and_score_s"]["median"], evaluation["gather_and_score_s"]["max"],
         None, "s"),
        ("of which gathering the inputs (the rest is scoring)", "—", *_spread(evaluation["gathering_s"]), None, "s"),
        ("the same, results stored", "—", evaluation["with_storing_s"]["median"],
         evaluation["with_storing_s"]["max"], None, "s"),
        ("`python -m gridcommand evaluate --month M --json`, process start to printed: computed and stored",
         "≤ 1.5 s", *_spread(evaluation["cli_end_to_end_s"]["computed_and_stored"]), None, "s"),
        ("the same on the month locked (its stored sheets read back)", "≤ 1.0 s",
         *_spread(evaluation["cli_end_to_end_s"]["locked_month_read"]), None, "s"),
    ]
    exports = _run(str(HERE / "exports.py"), "--db", db, "--month", month)
    rows += [
        (f"{exports['workers']:,} evaluation sheets PDF", "≤ 20 s", exports["sheets_pdf"]["seconds"], None, None, "s"),
        ("ranking PDF", "≤ 3 s", exports["ranking_pdf"]["seconds"], None, None, "s"),
        ("salary PDF", "≤ 3 s", exports["salary_pdf"]["seconds"], None, None, "s"),
        ("ranking xlsx", "—", exports["ranking_xlsx"]["seconds"], None, None, "s"),
        ("salary xlsx", "—", exports["salary_xlsx"]["seconds"], None, None, "s"),
        ("monthly closed-loop report PDF, the whole township", "≤ 10 s", exports["closed_loop_pdf"]["seconds"],
         None, None, "s"),
        ("the same as xlsx", "—", exports["closed_loop_xlsx"]["seconds"], None, None, "s"),
        ("units' monthly ranking PDF", "—", exports["unit_ranking_pdf"]["seconds"], None, None, "s"),
        ("visits to key persons PDF", "—", exports["visits_pdf"]["seconds"], None, None, "s"),
        ("a year of evaluations PDF", "—", exports["evaluation_year_pdf"]["seconds"], None, None, "s"),
    ]
    board = _run(str(HERE / "dashboard.py"), "--db", db, "--runs", str(runs))
    rows += [
        (f"dashboard: first paint ({board['incidents_last_30_days']:,} incidents in the last 30 days; "
         "pyqtgraph's import included)", "≤ 1 s", board["first_paint_s"], None, None, "s"),
        ("dashboard: refresh after a change", "≤ 500 ms", board["refresh_ms"]["median"], board["refresh_ms"]["max"],
         (board["raw_sqlite3_per_day_ms"] or {}).get("median"), "ms"),
        ("dashboard: finished months' figures (in the background)", "—", board["finished_months_background_s"],
         None, None, "s"),
        (f"grid map: first paint ({board['grids_on_map']:,} grids)", "—", board["map_first_paint_s"], None, None, "s"),
        ("grid map: frames per second while panned and zoomed", "≥ 30", board["map_pan_zoom_frames_per_s"], None,
         None, "fps"),
    ]
    if "audit" not in skip:
        audit = _run(str(HERE / "audit.py"), "--db", db)
        first = next(k for k in audit if k.startswith("verify_first_"))
        raw = next(k for k in audit if k.startswith("raw_"))
        rows.append((f"audit verify, the first {int(first.split('_')[2]):,} entries", "≤ 10 s",
                     round(audit[first], 2), None, round(audit[raw], 2), "s"))
    if "imports" not in skip:
        imports = _run(str(HERE / "imports.py"), "--db", db, "--runs", "1")
        rows.append(("import 20,000 ledger incidents: the write other seats wait for", "≤ 3 s",
                     imports["write_s (others wait; target <= 3)"], None, imports["raw_sqlite3_write_s"], "s"))
    if "backup" not in skip:
        backup = _run(str(HERE / "backup.py"), "--db", db)
        raw = backup["raw_file_copy_s"] + backup["raw_quick_check_s"]
        rows.append(("File ▸ Backup, checked (quick check and the copy's chain); baseline: cp + sqlite3 quick_check",
                     "≤ 2.5× baseline", round(backup["backup_operation_s"], 1), None, round(raw, 1), "s"))
        rows.append(("File ▸ Verify a backup (full integrity check and the chain)", "—",
                     round(backup["verify_backup_operation_s"], 1), None, None, "s"))
    if "agenda" not in skip:
        agenda = _run(str(HERE / "agenda.py"), "--db", db)
        rows.append((f"the weekly meeting's agenda proposed and fitted ({agenda['planned_minutes']} of "
                     f"{agenda['length_minutes']} minutes, {agenda['written']} items in writing)", "≤ 1 s",
                     agenda["propose_s"]["median"], agenda["propose_s"]["max"],
                     (agenda["raw_sqlite3_open_incidents_s"] or {}).get("median"), "s"))
    if "notices" not in skip:
        notices = _run(str(HERE / "notices.py"), "--db", db)
        rows.append((f"supervision notices for every unit with overdue or carded items ({notices['units']:,} units, "
                     f"{notices['items']:,} items), PDF written", "≤ 10 s", notices["with_pdf_s"], None, None, "s"))
    if "intake" not in skip:
        intake = _run(str(HERE / "intake.py"), "--db", db)
        rows.append((f"a {intake['rows']:,}-row 12345 hotline export taken in, with likely repeats found "
                     f"({intake['flagged']:,} flagged)", "≤ 15 s", intake["total_s"], None,
                     intake["raw_openpyxl_read_s"], "s"))
    if "review" not in skip:
        review = _run(str(HERE / "review.py"), "--db", db, "--reviews", "3")
        rows.append(("retrospective review: drafting 90 days of a grid", "≤ 2 s",
                     review["draft_ms"]["median"], review["draft_ms"]["max"],
                     review["raw_sqlite3_scope_rows_ms"]["median"], "ms"))
    return rows


def ensure_pg_demo(folder: Path, scale: str):
    """A PostgreSQL cluster as CI runs it (tests/pg_cluster.py), kept in the folder, with the
    demo of the scale built once in its own database. The started cluster and the demo's URL."""
    from sqlalchemy import create_engine, text

    sys.path.insert(0, str(ROOT))
    from tests.pg_cluster import Cluster, server_bin

    bindir = server_bin()
    if bindir is None:
        sys.exit("no PostgreSQL server binaries: apt-get install postgresql")
    cluster = Cluster(bindir, folder / "pg")
    cluster.start()
    admin = create_engine(cluster.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        if not connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": scale}):
            # Built under another name and renamed when complete: an interrupted build is not reused.
            connection.execute(text(f"DROP DATABASE IF EXISTS {scale}_building"))
            connection.execute(text(f"CREATE DATABASE {scale}_building"))
            print(f"building the {scale} demo on PostgreSQL …", file=sys.stderr, flush=True)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "gridcommand", "demo", "--scale", scale, "--database-url",
                            cluster.url(f"{scale}_building")], check=True, cwd=ROOT,
                           env={**os.environ, **DEMO_ENV}, stdout=subprocess.DEVNULL)
            connection.execute(text(f"ALTER DATABASE {scale}_building RENAME TO {scale}"))
            print(f"built in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    admin.dispose()
    return cluster, cluster.url(scale)


def compare(sqlite_rows: list[tuple], pg_rows: list[tuple]) -> None:
    """SQLite and PostgreSQL side by side, figure by figure."""
    print("| figure | SQLite median | PostgreSQL median | PostgreSQL ÷ SQLite |")
    print("| --- | --- | --- | --- |")
    for (figure, _t, lite, _w, _b, unit), (_f, _t2, pg, _w2, _b2, _u) in zip(sqlite_rows, pg_rows):
        ratio = f"{pg / lite:.2f}×" if lite and pg is not None else "—"
        print(f"| {figure} | {_fmt(lite, unit)} | {_fmt(pg, unit)} | {ratio} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=("township", "county", "city"), default="city")
    parser.add_argument("--folder", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "gridcommand-bench")
    parser.add_argument("--month", default=None, help="the month evaluated (default: last month)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip", default="", help="comma-separated: " + ", ".join(OPTIONAL))
    parser.add_argument("--postgres", action="store_true",
                        help="the same figures on SQLite and on PostgreSQL (CI's cluster), side by side")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    db = ensure_demo(args.folder, args.scale)
    month = args.month or (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    if args.postgres:
        cluster, url = ensure_pg_demo(args.folder, args.scale)
        before, started = os.getloadavg(), time.perf_counter()
        try:  # the file-only figures (imports, backup, audit, review) are left out
            lite = collect(str(db), None, month, args.runs, set(OPTIONAL))
            pg = collect(url, None, month, args.runs, set(OPTIONAL))
        finally:
            cluster.stop()
        print(f"commit {_commit()} · {dt.datetime.now():%Y-%m-%d %H:%M} · load average {before[0]:.2f} "
              f"before, {os.getloadavg()[0]:.2f} after · {args.scale} demo on both · "
              f"{time.perf_counter() - started:.0f} s\n")
        compare(lite, pg)
        return
    town = ensure_demo(args.folder, "township")
    before = os.getloadavg()
    started = time.perf_counter()
    rows = collect(str(db), str(town), month, args.runs, set(filter(None, args.skip.split(","))))
    after = os.getloadavg()
    print(f"commit {_commit()} · {dt.datetime.now():%Y-%m-%d %H:%M} · {platform.python_version()} on "
          f"{os.cpu_count()} cores · load average {before[0]:.2f} before, {after[0]:.2f} after · "
          f"{args.scale} demo ({db.stat().st_size / 1e9:.1f} GB) · {time.perf_counter() - started:.0f} s\n")
    print("| figure | target | median | worst | raw baseline, same run |")
    print("| --- | --- | --- | --- | --- |")
    for figure, target, median, worst, baseline, unit in rows:
        print(f"| {figure} | {target} | {_fmt(median, unit)} | {_fmt(worst, unit)} | {_fmt(baseline, unit)} |")


if __name__ == "__main__":
    main()
