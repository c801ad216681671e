"""The command line as a script would use it: exit codes and messages."""

import re
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from gridcommand.cli.main import main
from gridcommand.demo import DEMO_PASSWORD
from gridcommand.models import Grid, Township
from gridcommand.store.database import Database

from .test_import import GRIDS, STAFF, write_csv

INIT = ["init", "--township", "西塘镇", "--county", "嘉善县", "--admin", "admin"]


@pytest.fixture(autouse=True)
def as_admin(monkeypatch):
    """Scripts sign in through the environment; the demo's administrator has the same password."""
    monkeypatch.setenv("GRIDCOMMAND_USER", "admin")
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", DEMO_PASSWORD)


def test_init_import_template(tmp_path, capsys):
    db_path = tmp_path / "t.sqlite"
    assert main(["--db", str(db_path), *INIT]) == 0
    assert "XT" in capsys.readouterr().out
    assert main(["template", "staff", str(tmp_path / "staff")]) == 0
    assert (tmp_path / "staff.xlsx").exists()
    assert main(["import", "grids", str(write_csv(tmp_path / "g.csv", GRIDS)), "--db", str(db_path)]) == 0
    assert "新增 3" in capsys.readouterr().out
    headers, rows = STAFF
    bad = write_csv(tmp_path / "s.csv", (headers, [rows[0][:2] + ["厨师"] + rows[0][3:]]))
    assert main(["--db", str(db_path), "import", "staff", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "第 2 行【岗位】" in err and "未导入任何数据" in err
    with Database(f"sqlite:///{db_path}") as db, db.session() as s:
        assert s.scalar(select(func.count()).select_from(Grid)) == 3
        assert s.scalars(select(Township.name)).one() == "西塘镇"


def test_init_refuses_a_second_township(tmp_path, capsys):
    db_path = str(tmp_path / "t.sqlite")
    main(["--db", db_path, *INIT])
    assert main(["--db", db_path, "init", "--township", "姚庄镇", "--county", "嘉善县", "--admin", "x"]) == 1
    assert "已属于" in capsys.readouterr().err


def test_import_without_township_is_refused(tmp_path, capsys):
    Database(f"sqlite:///{tmp_path / 't.sqlite'}").close()  # a database, migrated, nothing in it
    code = main(["--db", str(tmp_path / "t.sqlite"), "import", "grids",
                 str(write_csv(tmp_path / "g.csv", GRIDS))])
    assert code == 1 and "尚未设置乡镇" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["units", "--month", "2026-10"], ["incidents", "list"], ["migrate"]])
def test_a_missing_database_file_is_refused_not_created(tmp_path, capsys, command):
    missing = tmp_path / "typo.sqlite"
    assert main(["--db", str(missing), *command]) == 1
    assert f"数据库文件 {missing} 不存在" in capsys.readouterr().err and not missing.exists()


def test_the_database_used_is_named_when_the_command_did_not_name_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GRIDCOMMAND_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    assert main(["incidents", "list"]) == 1 and "env.sqlite 不存在" in capsys.readouterr().err
    assert main([*INIT]) == 0
    capsys.readouterr()
    assert main(["incidents", "list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert f"数据库:sqlite:///{tmp_path / 'env.sqlite'}" in err and out.startswith("{")
    assert main(["--db", str(tmp_path / "env.sqlite"), "incidents", "list", "--json"]) == 0
    assert "数据库:" not in capsys.readouterr().err  # named on the command line: nothing to say


def test_demo_refuses_existing_file(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    path.write_text("会议记录", encoding="utf-8")
    assert main(["demo", "--db", str(path)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["demo", "--db", str(path), "--force"]) == 1  # not this program's: never replaced
    assert "不是本程序的数据库" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "会议记录"


def test_database_url_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GRIDCOMMAND_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    assert main([*INIT]) == 0
    assert (tmp_path / "env.sqlite").exists()


@pytest.mark.slow
def test_module_entry_point_and_demo(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "gridcommand", "demo", "--scale", "township", "--seed", "2",
         "--today", "2026-11-23", "--db", str(tmp_path / "demo.sqlite")],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "incident 6,000" in result.stdout


def test_stats_incidents_units_rules(tmp_path, capsys):
    import json

    db = str(tmp_path / "d.sqlite")
    assert main(["demo", "--scale", "township", "--seed", "4", "--today", "2026-11-23", "--db", db]) == 0
    capsys.readouterr()
    assert main(["--db", db, "stats", "--from", "2026-01-01", "--to", "2026-11-23", "--by", "colour", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert {r["key"] for r in stats["rows"]} == {"red", "yellow", "blue"}
    assert all(0.9 < r["closure_rate"] <= 1 for r in stats["rows"])
    assert main(["--db", db, "stats", "--from", "2026-01-01", "--to", "2026-11-23"]) == 0
    assert "办结率" in capsys.readouterr().out
    by_village = ["stats", "--from", "2026-11-01", "--to", "2026-11-23", "--json"]
    assert main(["--db", db, *by_village, "--by", "village"]) == 0
    first = json.loads(capsys.readouterr().out)["rows"][0]
    assert main(["--db", db, *by_village, "--village", first["key"], "--by", "day"]) == 0
    days = json.loads(capsys.readouterr().out)["rows"]
    assert sum(d["reported"] for d in days) == first["reported"] and all(len(d["key"]) == 10 for d in days)
    assert main(["--db", db, "stats", "--from", "2026-01-01", "--to", "2026-11-23", "--by", "track"]) == 0
    lines = capsys.readouterr().out.splitlines()[1:]
    assert [line.split()[0] for line in lines] == ["复杂疑难事项", "一般公共事项", "平安需求事项"]
    assert main(["--db", db, "incidents", "list", "--status", "in_progress", "--json", "--limit", "5"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["shown"] <= 5 and all(i["status"] == "in_progress" for i in listed["incidents"])
    assert main(["--db", db, "incidents", "list", "--overdue", "--json"]) == 0
    overdue = json.loads(capsys.readouterr().out)
    assert overdue["total"] > 0 and all(i["overdue"] for i in overdue["incidents"])
    assert main(["--db", db, "incidents", "list", "--limit", "30"]) == 0
    lines = capsys.readouterr().out.splitlines()[:-1]
    assert lines and all(re.search(r" [红黄蓝] ", line) for line in lines)
    assert not any(re.search(r"\b(red|yellow|blue)\b", line) for line in lines)
    assert main(["--db", db, "incidents", "list", "--grid", "NOPE"]) == 1
    assert main(["--db", db, "units", "--month", "2026-10", "--json"]) == 0
    units = json.loads(capsys.readouterr().out)["units"]
    assert [u["rank"] for u in units] == list(range(1, len(units) + 1))
    assert units[0]["score"] >= units[-1]["score"]
    assert main(["--db", db, "rules", "run"]) == 0
    assert main(["--db", db, "rules", "run"]) == 0
    assert "0 件事件有更新" in capsys.readouterr().out.splitlines()[-1]


def test_deadlines_show_and_set(tmp_path, capsys):
    import json

    db = str(tmp_path / "t.sqlite")
    main(["--db", db, *INIT])
    capsys.readouterr()
    assert main(["--db", db, "deadlines", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["version"] == 1 and shown["hours"]["resolve:blue"] == 72
    assert main(["--db", db, "deadlines", "set", "--mode", "working", "--hours", "resolve:blue=48", "--json"]) == 0
    changed = json.loads(capsys.readouterr().out)
    assert changed["version"] == 2 and changed["mode"] == "working"
    assert changed["hours"]["resolve:blue"] == 48 and changed["hours"]["resolve:red"] == 24
    assert main(["--db", db, "deadlines", "set", "--hours", "resolve:purple=1"]) == 1
    assert main(["--db", db, "deadlines", "set", "--hours", "resolve:blue=0"]) == 1
    assert "大于 0" in capsys.readouterr().err


def test_evaluate_adjust_and_lock(tmp_path, capsys):
    import json

    db = str(tmp_path / "d.sqlite")
    assert main(["demo", "--scale", "township", "--seed", "4", "--today", "2026-11-23", "--db", db]) == 0
    capsys.readouterr()
    assert main(["--db", db, "evaluate", "--month", "2026-11", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert main(["--db", db, "evaluate", "--month", "2026-09", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["locked"]  # the demo's HR locked its past months …
    assert main(["--db", db, "evaluate", "--month", "2026-10", "--json"]) == 0
    assert not json.loads(capsys.readouterr().out)["locked"]  # … but the last, left to adjust and lock
    # 48 full-time workers, less those hired later.
    assert 40 <= len(result["workers"]) <= 48 and not result["locked"]
    first = result["workers"][0]
    assert set(first["indicators"]) == {"reporting", "on_time", "visits", "meetings", "satisfaction"}
    assert first["pay"]["total"] == first["pay"]["base"] + first["pay"]["performance"]
    assert main(["--db", db, "adjust", "--month", "2026-11", "--staff", first["staff_no"],
                 "--points", "3", "--reason", "抢险表现突出"]) == 0
    assert "抢险表现突出" in capsys.readouterr().out
    assert main(["--db", db, "evaluate", "--month", "2026-11", "--lock", "--json"]) == 0
    locked = json.loads(capsys.readouterr().out)
    again = next(w for w in locked["workers"] if w["staff_no"] == first["staff_no"])
    assert locked["locked"] and again["adjustment"]["points"] == 3
    from gridcommand.ops import Database, accounts, evaluation

    with Database(f"sqlite:///{db}") as opened:  # one worker to a line, the month's own JSON
        assert locked == evaluation.month(opened, accounts.sign_in(opened, "hr", "demo1234"), "2026-11").value.result.as_json()
    assert main(["--db", db, "adjust", "--month", "2026-11", "--staff", first["staff_no"],
                 "--points", "1", "--reason", "晚了"]) == 1
    assert main(["--db", db, "evaluate", "--month", "2026-11"]) == 0
    table = capsys.readouterr().out
    assert "已锁定" in table and "-0 " not in table  # nothing deducted is 0, never -0
    assert re.search(r"(一级|二级|三级|见习)", table) and not re.search(r"\b(l[1-3]|probation)\b", table)


def test_careers_and_decide_commands(tmp_path, capsys):
    import json

    db = str(tmp_path / "d.sqlite")
    main(["--db", db, *INIT])
    assert main(["--db", db, "careers", "--month", "2026-10"]) == 1
    assert "尚未锁定" in capsys.readouterr().err
    assert main(["--db", db, "evaluate", "--month", "2026-10", "--lock"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "careers", "--month", "2026-10", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"month": "2026-10", "candidates": []}
    assert main(["--db", db, "decide", "--month", "2026-10", "--staff", "W9", "--kind", "promotion",
                 "--approve", "--reason", "x"]) == 1
    assert "没有待审批" in capsys.readouterr().err


def test_scheme_show_and_set(tmp_path, capsys):
    import json

    db = str(tmp_path / "t.sqlite")
    main(["--db", db, *INIT])
    capsys.readouterr()
    assert main(["--db", db, "scheme", "show", "--month", "2026-10", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["rules"]["indicators"]["reporting"] == {"points": 25, "target": 15}
    shown["rules"]["indicators"]["reporting"]["target"] = 10
    (tmp_path / "rules.json").write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", db, "scheme", "set", "--from", "2026-12", "--file", str(tmp_path / "rules.json")]) == 0
    capsys.readouterr()
    main(["--db", db, "scheme", "show", "--month", "2026-11", "--json"])
    assert json.loads(capsys.readouterr().out)["rules"]["indicators"]["reporting"]["target"] == 15
    main(["--db", db, "scheme", "show", "--month", "2027-01", "--json"])
    assert json.loads(capsys.readouterr().out)["rules"]["indicators"]["reporting"]["target"] == 10
    shown["rules"]["grades"] = [[60, "合格"], [90, "优秀"]]
    (tmp_path / "bad.json").write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", db, "scheme", "set", "--from", "2027-01", "--file", str(tmp_path / "bad.json")]) == 1
    assert "等次分数线" in capsys.readouterr().err


def test_a_command_imports_only_its_own_module_and_the_registry_names_every_command():
    import argparse
    import subprocess
    import sys

    from gridcommand.cli.main import COMMAND_MODULES, OWN_COMMANDS, build_parser

    def names(parser):
        return set(next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices)

    registered = {n for found in COMMAND_MODULES.values() for n in found}
    assert names(build_parser()) == registered | set(OWN_COMMANDS)
    assert names(build_parser(["--db", "x.sqlite", "--user", "hr", "evaluate", "--month", "2026-11"])) == \
        set(COMMAND_MODULES["hr"]) | set(OWN_COMMANDS)
    assert names(build_parser(["evalute"])) == registered | set(OWN_COMMANDS)  # a typo: the whole list
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys; from gridcommand.cli.main import build_parser; "
         "build_parser(['evaluate', '--month', '2026-11']); print(sorted(m for m in sys.modules if m.startswith("
         "('gridcommand.cli.', 'gridcommand.county'))))"], capture_output=True, text=True, check=True).stdout
    assert "gridcommand.cli.hr" in loaded and "county" not in loaded and "gridcommand.cli.intake" not in loaded
