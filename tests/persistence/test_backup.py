"""Backups and restores (SPEC §12): a consistent copy while another seat writes, checked after
writing; a restore that is checked first, takes a safety backup, and leaves an identical,
verifiable database; the daily backups and what is kept of them."""

import datetime as dt
import io
import sqlite3
import threading
import zipfile

import pytest
from sqlalchemy import create_engine, select, text

from gridcommand.base.errors import InputError, NotAllowed
from gridcommand.models import AuditEntry, Incident
from gridcommand.ops import incidents, maintenance
from gridcommand.ops.unit_of_work import read
from gridcommand.record import audit, backup, transfer
from gridcommand.settings import system
from gridcommand.workflow import NewIncident

from ..factories import PASSWORD, signed_in
from .test_workflow import Office

# What a restore changes besides the content it brings back: its own entry in the log, the
# change counter other seats follow, and the note a backup file carries of when it was made.
BOOKKEEPING = {"audit_log", "change_log", "change_counter", "setting"}


@pytest.fixture
def office(township_db):
    o = Office(township_db)
    o.admin = signed_in(township_db)
    return o


def report(o, title: str = "路灯不亮") -> int:
    return incidents.report(o.db, o.admin, NewIncident(
        title=title, category_id=o.facilities, grid_id=o.grid_id, colour="blue", source="grid_worker",
        reporter_staff_id=o.worker_id)).value[0]


def content(rows_of) -> dict[str, list]:
    """Every table's rows, in key order, as plain tuples."""
    return {table.name: [tuple(row[c.name] for c in table.columns) for batch in rows_of(table) for row in batch]
            for table in transfer.tables()}


def backup_content(path) -> dict[str, list]:
    if zipfile.is_zipfile(path):
        return content(transfer.archive_feed(path))
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            return content(transfer.database_feed(connection))
    finally:
        engine.dispose()


def database_content(db) -> dict[str, list]:
    with db.engine.connect() as connection:
        return content(transfer.database_feed(connection))


def test_backup_while_another_seat_writes_then_restore(office, tmp_path):
    db = office.db
    for n in range(5):
        report(office, f"备份前 {n}")
    written, stop = [], threading.Event()

    def other_seat():
        seat = signed_in(db, "duty1", ("duty",))
        while not stop.is_set():
            written.append(incidents.report(db, seat, NewIncident(
                title="另一席位", category_id=office.facilities, grid_id=office.grid_id, colour="blue",
                source="grid_worker", reporter_staff_id=office.worker_id)).value[0])

    seat = threading.Thread(target=other_seat)
    seat.start()
    try:
        while len(written) < 3:
            stop.wait(0.01)
        before = len(written)
        info = maintenance.backup(db, office.admin, tmp_path / "copy").value
        during = len(written)
        while len(written) < during + 3:
            stop.wait(0.01)
    finally:
        stop.set()
        seat.join()
    assert info.path.suffix == (".sqlite" if db.is_sqlite else ".zip")
    kept = backup_content(info.path)
    assert before + 5 <= len(kept["incident"]) <= during + 5  # one moment of the other seat's work
    assert backup.check(info.path).ok
    assert read(db, audit.entries, "file", info.path.name)[-1].action == "backup"

    report(office, "备份之后")
    result = maintenance.restore(db, office.admin, info.path)
    assert result.changes.touches_incident(None) and result.value.safety.exists()
    now = database_content(db)
    for table in now:
        if table not in BOOKKEEPING:
            assert now[table] == kept[table], table
    assert now["audit_log"][:len(kept["audit_log"])] == kept["audit_log"]
    last = read(db, audit.entries)[-1]
    assert (last.action, last.actor, last.summary["backup"]) == ("restore", "admin", info.pin)
    assert read(db, audit.verify).ok
    assert "备份之后" not in [i.title for i in read(db, lambda s: s.scalars(select(Incident)).all())]
    # the safety backup holds the database as it was, with the request to restore at its end
    safety = backup_content(result.value.safety)
    assert len(safety["incident"]) == 5 + len(written) + 1
    assert safety["audit_log"][-1][5] == "restore.request"
    report(office, "恢复之后")  # the restored database works on


def test_only_an_administrator_backs_up_or_restores(office, tmp_path):
    made = maintenance.backup(office.db, office.admin, tmp_path / "copy").value
    hr = signed_in(office.db, "hr", ("hr",))
    with pytest.raises(NotAllowed, match="管理员"):
        maintenance.backup(office.db, hr, tmp_path / "mine")
    with pytest.raises(NotAllowed, match="管理员"):
        maintenance.restore(office.db, hr, made.path)
    assert not list(tmp_path.glob("mine*"))


def _sqlite_copy(office, tmp_path):
    """A backup in the SQLite format whichever the database (a server's archive holds the same)."""
    path = tmp_path / "copy.sqlite"
    if office.db.is_sqlite:
        return maintenance.backup(office.db, office.admin, path).value.path
    engine = create_engine(f"sqlite:///{path}")
    from gridcommand.store import migrations

    migrations.upgrade(engine.url)
    with office.db.engine.connect() as reading, engine.begin() as writing:
        transfer.replace_all(writing, transfer.database_feed(reading))
    engine.dispose()
    return path


def _tamper(path, statement: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute(statement)
    connection.close()


@pytest.mark.parametrize("damage, says", [
    ("UPDATE audit_log SET summary = summary || ' ' WHERE seq = 2", "第 2 条"),
    ("UPDATE alembic_version SET version_num = 'ffffffffffff'", "另一版本"),
])
def test_a_damaged_or_foreign_backup_is_refused_and_changes_nothing(office, tmp_path, damage, says):
    report(office)
    path = _sqlite_copy(office, tmp_path)
    _tamper(path, damage)
    before = database_content(office.db)
    with pytest.raises(InputError, match=says):
        maintenance.restore(office.db, office.admin, path)
    assert database_content(office.db) == before
    assert not list(maintenance.folder(office.db).glob("before-restore-*"))


def test_a_cut_short_copy_fails_its_integrity_check(office, tmp_path):
    for n in range(30):
        report(office, f"事件 {n}" * 20)
    path = _sqlite_copy(office, tmp_path)
    with open(path, "r+b") as file:
        file.truncate(path.stat().st_size * 2 // 3)
    with pytest.raises(InputError, match="copy.sqlite"):
        backup.check(path)


def test_what_is_not_a_backup_is_named(office, tmp_path):
    (tmp_path / "notes.sqlite").write_text("not a database", encoding="utf-8")
    with pytest.raises(InputError, match="notes.sqlite"):
        maintenance.restorable(office.db, office.admin, tmp_path / "notes.sqlite")
    with pytest.raises(InputError, match="找不到"):
        maintenance.restorable(office.db, office.admin, tmp_path / "missing.zip")


def test_an_archive_is_checked_member_by_member(office, tmp_path):
    report(office)
    path = tmp_path / "server.zip"
    transfer.write_archive(office.db, path)
    assert backup.check(path).ok

    def rewritten(name: str, change) -> str:
        out = tmp_path / name
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
            for member in source.namelist():
                data = source.read(member).decode("utf-8")
                target.writestr(member, change(member, data))
        return out

    forged = rewritten("forged.zip", lambda member, data: data.replace("路灯不亮", "路灯已亮")
                       if member == "tables/audit_log.jsonl" else data)
    with pytest.raises(InputError, match="审计链"):
        backup.check(forged)
    short = rewritten("short.zip", lambda member, data: "\n".join(data.split("\n")[:-2]) + "\n"
                      if member == "tables/incident.jsonl" else data)
    with pytest.raises(InputError, match="incident"):
        backup.check(short)


def test_a_backup_holds_its_township_and_audit_head(office, tmp_path):
    info = maintenance.backup(office.db, office.admin, tmp_path / "copy").value
    assert info.township == "嘉善县西塘镇"
    logged = read(office.db, audit.entries)
    assert (logged[-1].action, logged[-1].summary["copy"]) == ("backup", info.pin)
    assert info.audit_seq == logged[-2].seq
    assert info.audit_hash == read(office.db, lambda s: s.get(AuditEntry, info.audit_seq).hash)
    assert info.made_at is not None


def test_the_first_start_of_a_day_backs_up_once(office, monkeypatch):
    today = dt.date(2026, 11, 25)
    monkeypatch.setattr("gridcommand.base.clock.today", lambda: today)
    first = maintenance.daily_backup(office.db, office.admin).value
    assert first.path.name.startswith("gridcommand-2026-11-25")
    assert maintenance.daily_backup(office.db, office.admin).value is None
    entry = read(office.db, audit.entries, "file", first.path.name)[-1]
    assert entry.summary["automatic"] is True
    duty = signed_in(office.db, "duty1", ("duty",))  # any seat sets it going
    today = dt.date(2026, 11, 26)
    assert maintenance.daily_backup(office.db, duty).value is not None


def _days(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def test_daily_backups_keep_thirty_days_and_twelve_month_ends(tmp_path):
    today = dt.date(2026, 11, 25)
    for day in _days(dt.date(2025, 6, 1), today):
        (tmp_path / f"gridcommand-{day}.sqlite").touch()
    (tmp_path / "before-restore-20260101-120000.sqlite").touch()
    removed = backup.prune(tmp_path, today, keep_days=30, keep_months=12)
    kept = sorted(dt.date.fromisoformat(p.name[12:22]) for p in tmp_path.glob("gridcommand-*"))
    recent = [d for d in kept if (today - d).days < 30]
    assert recent[0] == today - dt.timedelta(days=29) and recent[-1] == today  # 29 days ago kept
    assert today - dt.timedelta(days=30) not in kept                          # 30 days ago not
    month_ends = sorted(set(kept) - set(recent))
    assert month_ends == [dt.date(2025, 12, 31), dt.date(2026, 1, 31), dt.date(2026, 2, 28),
                          dt.date(2026, 3, 31), dt.date(2026, 4, 30), dt.date(2026, 5, 31),
                          dt.date(2026, 6, 30), dt.date(2026, 7, 31), dt.date(2026, 8, 31),
                          dt.date(2026, 9, 30)]  # with October's and November's: 12 months
    assert dt.date(2026, 10, 31) in kept
    assert (tmp_path / "before-restore-20260101-120000.sqlite").exists()
    assert len(removed) + len(kept) == len(list(_days(dt.date(2025, 6, 1), today)))


def test_the_kept_counts_are_settings(office, monkeypatch):
    from gridcommand.models import Setting

    with office.db.session() as s:
        s.add(Setting(key=system.KEEP_DAYS.key, value="2"))
        s.add(Setting(key=system.KEEP_MONTHS.key, value="0"))
        s.commit()
    folder = maintenance.folder(office.db)
    for day in (dt.date(2026, 11, 20), dt.date(2026, 11, 24)):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"gridcommand-{day}.sqlite").touch()
    monkeypatch.setattr("gridcommand.base.clock.today", lambda: dt.date(2026, 11, 25))
    maintenance.daily_backup(office.db, office.admin)
    assert sorted(p.name[12:22] for p in folder.glob("gridcommand-*")) == ["2026-11-24", "2026-11-25"]


def test_the_copy_is_one_self_contained_file(office, tmp_path):
    if not office.db.is_sqlite:
        pytest.skip("a server's backup is an archive")
    info = maintenance.backup(office.db, office.admin, tmp_path / "copy.sqlite").value
    assert not (tmp_path / "copy.sqlite-wal").exists()
    with sqlite3.connect(info.path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("DELETE FROM audit_log")  # the copy guards its log as well
    connection.close()
    with office.db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_the_command_line_backs_up_and_restores(office, tmp_path, monkeypatch, capsys):
    from gridcommand.cli.main import main

    monkeypatch.setenv("GRIDCOMMAND_USER", "admin")
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", PASSWORD)
    where = ["--database-url", office.db.url.render_as_string(hide_password=False)]
    report(office, "备份里有")
    assert main([*where, "backup", str(tmp_path / "cli")]) == 0
    said = capsys.readouterr().out
    assert "备份完成并已校验" in said and "嘉善县西塘镇" in said
    made = next(tmp_path.glob("cli.*"))
    assert main([*where, "backup", "--verify", str(made)]) == 0
    assert "备份完好" in capsys.readouterr().out
    report(office, "备份里没有")
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main([*where, "restore", str(made)]) == 1
    assert "未恢复" in capsys.readouterr().out
    assert main([*where, "restore", "--yes", str(made)]) == 0
    assert "恢复前的数据库已备份到" in capsys.readouterr().out
    titles = read(office.db, lambda s: s.scalars(select(Incident.title)).all())
    assert "备份里有" in titles and "备份里没有" not in titles
    assert main([*where, "audit", "verify"]) == 0


def test_a_fresh_copy_gets_the_quick_check_a_kept_or_restored_one_the_full_one(office, tmp_path, monkeypatch):
    """The daily copy is checked page by page (a torn copy fails it); a backup of unknown origin —
    a restore, or verifying one kept for months — against its indexes as well."""
    from gridcommand.record import integrity

    asked = []
    real = integrity.problem
    monkeypatch.setattr(integrity, "problem", lambda path, thorough: asked.append(thorough) or real(path, thorough))
    report(office)
    path = _sqlite_copy(office, tmp_path)
    if office.db.is_sqlite:
        assert asked == [False]
    asked.clear()
    maintenance.verify_backup(office.db, office.admin, path)
    maintenance.restorable(office.db, office.admin, path)
    assert asked == [True, True]
    _tamper(path, "UPDATE audit_log SET summary = summary || ' ' WHERE seq = 2")
    with pytest.raises(InputError, match="第 2 条"):
        maintenance.verify_backup(office.db, office.admin, path)
    with pytest.raises(InputError, match="管理员"):
        maintenance.verify_backup(office.db, signed_in(office.db, "duty", ("duty",)), path)


def test_a_cut_short_copy_fails_the_quick_check_too(office, tmp_path):
    for n in range(30):
        report(office, f"事件 {n}" * 20)
    path = _sqlite_copy(office, tmp_path)
    with open(path, "r+b") as file:
        file.truncate(path.stat().st_size * 2 // 3)
    with pytest.raises(InputError, match="copy.sqlite"):
        backup.check(path, thorough=False)


@pytest.mark.parametrize("damage, broken_at", [
    (None, None),
    ("UPDATE audit_log SET summary = summary || ' ' WHERE seq = 3", lambda middle: 3),      # in the first half
    ("UPDATE audit_log SET hash = prev_hash WHERE seq = {middle}", lambda middle: middle),  # its last entry
    ("UPDATE audit_log SET prev_hash = hash WHERE seq = {joint}", lambda middle: middle + 1),  # the second's first
    ("DELETE FROM audit_log WHERE seq = {joint} + 2", lambda middle: middle + 3),           # a gap in the second
])
def test_a_long_chain_walked_in_two_halves_says_what_one_walk_says(office, tmp_path, monkeypatch, damage, broken_at):
    from gridcommand.record import audit_file

    for n in range(6):
        report(office, f"事件 {n}")
    path = _sqlite_copy(office, tmp_path)
    with sqlite3.connect(path) as connection:
        last = connection.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    connection.close()
    middle = last // 2
    if damage:
        with sqlite3.connect(path) as connection:
            connection.execute("DROP TRIGGER audit_log_no_delete")
        connection.close()
        _tamper(path, damage.format(middle=middle, joint=middle + 1))
    monkeypatch.setattr(audit_file, "SPLIT_FROM", 2)  # this chain is long enough to split
    halves = audit_file.verify_file(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        from sqlalchemy.orm import Session

        one = audit.verify(Session(bind=connection))  # the walk of the whole, as the app walks a database
    engine.dispose()
    assert (halves.entries, halves.head, halves.broken_at, str(halves.reason)) == \
        (one.entries, one.head, one.broken_at, str(one.reason))
    assert halves.broken_at == (broken_at(middle) if broken_at else None)


def test_the_thorough_check_finds_an_index_that_no_longer_matches_its_rows_the_quick_one_does_not(tmp_path):
    from gridcommand.record import integrity

    path = tmp_path / "index.sqlite"
    with sqlite3.connect(path) as connection:
        connection.executescript("CREATE TABLE big (a, b); CREATE INDEX big_a ON big (a);"
                                 "CREATE TABLE \"odd \"\"name\" (c); CREATE INDEX odd_c ON \"odd \"\"name\" (c);")
        connection.executemany("INSERT INTO big VALUES (?, ?)", [(n, -n) for n in range(500)])
        connection.executemany("INSERT INTO \"odd \"\"name\" VALUES (?)", [(n,) for n in range(50)])
    connection.close()
    assert integrity.problem(path, thorough=True) is None and integrity.problem(path, thorough=False) is None
    with sqlite3.connect(path) as connection:  # the index now claims to hold column b: its entries are a's
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX big_a ON big (b)' WHERE name = 'big_a'")
    connection.close()
    assert integrity.problem(path, thorough=False) is None
    assert "big_a" in integrity.problem(path, thorough=True)
