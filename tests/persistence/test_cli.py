"""The command line as a script would use it: exit codes and messages."""

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from gridcommand.cli import main
from gridcommand.database import Database
from gridcommand.models import Grid, Township

from .test_import import GRIDS, STAFF, write_csv


def test_init_import_template(tmp_path, capsys):
    db_path = tmp_path / "t.sqlite"
    assert main(["--db", str(db_path), "init", "--township", "西塘镇", "--county", "嘉善县"]) == 0
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
    main(["--db", db_path, "init", "--township", "西塘镇", "--county", "嘉善县"])
    assert main(["--db", db_path, "init", "--township", "姚庄镇", "--county", "嘉善县"]) == 1
    assert "已属于" in capsys.readouterr().err


def test_import_without_township_is_refused(tmp_path, capsys):
    code = main(["--db", str(tmp_path / "t.sqlite"), "import", "grids",
                 str(write_csv(tmp_path / "g.csv", GRIDS))])
    assert code == 1 and "尚未设置乡镇" in capsys.readouterr().err


def test_demo_refuses_existing_file(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    path.write_bytes(b"")
    assert main(["demo", "--db", str(path)]) == 1
    assert "--force" in capsys.readouterr().err


def test_database_url_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GRIDCOMMAND_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    assert main(["init", "--township", "西塘镇", "--county", "嘉善县"]) == 0
    assert (tmp_path / "env.sqlite").exists()


@pytest.mark.slow
def test_module_entry_point_and_demo(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "gridcommand", "demo", "--scale", "township", "--seed", "2",
         "--today", "2026-11-23", "--db", str(tmp_path / "demo.sqlite")],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "incident 6,000" in result.stdout
