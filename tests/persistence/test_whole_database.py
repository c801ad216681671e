"""Nothing destroyed, nothing leaked, never a traceback (SPEC §12.1): what changes the whole
database is the administrator's, confirmed and backed up first; the audit log is shown by role;
every number typed is bounded; every command's mistakes are one sentence and an exit code."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from gridcommand.access.permissions import allows
from gridcommand.cli.main import main
from gridcommand.demo import DEMO_PASSWORD, Held, held_by
from gridcommand.demo.build import build_demo
from gridcommand.ops.unit_of_work import read
from gridcommand.record import audit
from gridcommand.record.audit_scope import seen_with
from gridcommand.store.database import Database

from ..factories import TINY, TODAY

ROLES = {"duty1": "duty", "chair": "chair", "hr": "hr", "leader": "leader", "admin": "admin"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("whole") / "demo.sqlite"
    with Database(f"sqlite:///{path}") as db:
        build_demo(db, TINY, seed=7, today=TODAY)
    return path


@pytest.fixture
def demo_file(built, tmp_path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copy(built, path)
    return path


@pytest.fixture
def township_file(demo_file) -> Path:
    """The same data as a township's own database: no longer marked as a demo."""
    with sqlite3.connect(demo_file) as connection:
        connection.execute("DELETE FROM setting WHERE key LIKE 'demo.%'")
    connection.close()
    return demo_file


@pytest.fixture
def as_user(monkeypatch, tmp_path):
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the backups' folder

    def use(username: str | None) -> None:
        if username:
            monkeypatch.setenv("GRIDCOMMAND_USER", username)
        else:
            monkeypatch.delenv("GRIDCOMMAND_USER", raising=False)
    return use


def _tables(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    connection.close()
    return found


def _incidents(path: Path) -> list:
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT code, status FROM incident ORDER BY id").fetchall()
    connection.close()
    return found


def _backups(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "data").rglob("before-*.sqlite"))


@pytest.mark.parametrize("who", [None, "duty1", "hr", "leader"])
def test_a_downgrade_is_refused_to_anyone_but_the_administrator(township_file, as_user, who, capsys):
    as_user(who)
    tables = _tables(township_file)
    assert main(["--db", str(township_file), "migrate", "--revision", "base", "--downgrade", "--yes"]) == 1
    assert "错误" in capsys.readouterr().err
    assert _tables(township_file) == tables


def test_the_administrators_downgrade_asks_backs_up_first_and_restores(township_file, as_user, tmp_path, capsys):
    as_user("admin")
    db_args = ["--db", str(township_file)]
    assert main([*db_args, "migrate", "--revision", "base", "--downgrade"]) == 1  # not confirmed
    assert "--yes" in capsys.readouterr().err and _backups(tmp_path) == []
    assert main([*db_args, "migrate", "--revision", "base", "--downgrade", "--yes"]) == 0
    assert _tables(township_file) == 1  # alembic_version alone
    [kept] = _backups(tmp_path)
    with Database(f"sqlite:///{kept}") as copy:
        last = read(copy, audit.entries, "database", limit=100_000)[-1]
        assert (last.action, last.actor, last.summary["revision"]) == ("schema.downgrade.request", "admin", "base")
        assert read(copy, audit.verify).ok
    # Nothing is left to sign in to: the restore into the emptied file brings everything back.
    assert main([*db_args, "restore", "--yes", str(kept)]) == 0
    with Database(f"sqlite:///{township_file}") as db:
        assert read(db, audit.verify).ok
        assert read(db, audit.entries, limit=100_000)[-1].action == "restore"


@pytest.mark.parametrize("who", [None, "duty1", "chair"])
def test_a_demo_replaces_a_townships_database_only_for_its_administrator(township_file, as_user, who, capsys):
    as_user(who)
    before = _incidents(township_file)
    assert main(["demo", "--db", str(township_file), "--force", "--yes"]) == 1
    assert "错误" in capsys.readouterr().err
    assert _incidents(township_file) == before and held_by(township_file) == Held.TOWNSHIP


def test_a_demo_over_a_townships_database_backs_it_up_first(township_file, as_user, tmp_path):
    as_user("admin")
    assert main(["demo", "--db", str(township_file), "--force", "--yes", "--scale", "township",
                 "--today", str(TODAY)]) == 0
    [kept] = _backups(tmp_path)
    with Database(f"sqlite:///{kept}") as copy:
        assert read(copy, audit.entries, "database", limit=100_000)[-1].action == "demo.request"


def test_a_demo_replaces_a_demo_without_asking_and_keeps_it(demo_file, as_user):
    as_user(None)
    assert main(["demo", "--db", str(demo_file), "--force", "--scale", "township", "--today", str(TODAY)]) == 0
    assert demo_file.with_name("demo.previous.sqlite").exists()


@pytest.mark.parametrize("username", sorted(ROLES))
def test_the_audit_log_shows_a_role_only_what_it_may_see(demo_file, as_user, username, capsys):
    as_user(username)
    assert main(["--db", str(demo_file), "audit", "show", "--json", "--limit", "100000"]) == 0
    shown = json.loads(capsys.readouterr().out)
    role = type("Seat", (), {"role_set": frozenset({ROLES[username]})})()
    assert shown and all(allows(role, seen_with(e["action"])) for e in shown)
    actions = {e["action"] for e in shown}
    if username in ("chair", "duty1"):
        assert not {a for a in actions if a.startswith(("review.", "evaluation.adjust", "career."))}
    with Database(f"sqlite:///{demo_file}") as db:
        every = read(db, audit.entries, limit=1_000_000)
    hidden = [e for e in every if not allows(role, seen_with(e.action))]
    assert len(shown) == len(every) - len(hidden)
    assert main(["--db", str(demo_file), "audit", "verify"]) == 0  # verifying stays open to all


@pytest.mark.parametrize("username", sorted(ROLES))
def test_evaluate_prints_its_table_for_every_role(demo_file, as_user, username, capsys):
    as_user(username)
    code = main(["--db", str(demo_file), "evaluate", "--month", "2026-10"])
    out, err = capsys.readouterr()
    if ROLES[username] == "chair":
        assert code == 1 and "需要" in err
        return
    assert code == 0, err
    pay = ROLES[username] in ("hr", "admin")
    assert "总分" in out and ("绩效工资" in out) == pay and ("扣分" in out) == pay


@pytest.mark.parametrize("hours", ["inf", "1e309", "nan", "-1", "0", "8785"])
def test_a_deadline_out_of_bounds_is_refused_with_its_range(demo_file, as_user, hours, capsys):
    as_user("admin")
    assert main(["--db", str(demo_file), "deadlines", "set", "--hours", f"accept:red={hours}"]) == 1
    assert "不超过 8,784" in capsys.readouterr().err


@pytest.mark.parametrize("value", [float("inf"), float("nan"), -5, 1e12])
def test_a_scheme_file_with_a_number_out_of_bounds_is_refused(demo_file, as_user, value, tmp_path, capsys):
    as_user("hr")
    assert main(["--db", str(demo_file), "scheme", "show", "--json"]) == 0
    rules = json.loads(capsys.readouterr().out)["rules"]
    rules["levels"]["l1"][0] = value
    path = tmp_path / "scheme.json"
    path.write_text(json.dumps(rules), encoding="utf-8")  # Python writes Infinity and NaN, as a user's tool may
    assert main(["--db", str(demo_file), "scheme", "set", "--from", "2027-01", "--file", str(path)]) == 1
    assert "levels.l1.base" in capsys.readouterr().err


def test_a_backup_names_its_copy_whatever_dots_the_name_has(demo_file, as_user, tmp_path):
    as_user("admin")
    assert main(["--db", str(demo_file), "backup", str(tmp_path / "week.49")]) == 0
    assert (tmp_path / "week.49.sqlite").is_file()
