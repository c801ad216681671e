"""Every command given what a hurried or hostile user types — months, days, numbers, paths, URLs,
JSON of any shape, control characters — answers with exit code 0, 1 or 2 and never a traceback
(SPEC §12.1). ``demo`` is left out: given good arguments it spends seconds building a township."""

import argparse
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from gridcommand.cli.main import build_parser, main
from gridcommand.demo import DEMO_PASSWORD
from gridcommand.demo.build import build_demo
from gridcommand.store.database import Database

from ..factories import TINY, TODAY

LEFT_OUT = {"demo"}
USERS = ["admin", "duty1", "chair", "hr", "leader", "nobody"]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("fuzz")
    db = folder / "demo.sqlite"
    with Database(f"sqlite:///{db}") as opened:
        build_demo(opened, TINY, seed=11, today=TODAY)
    (folder / "text.sqlite").write_text("不是数据库", encoding="utf-8")
    for name, shape in {"list.json": [1, 2], "null.json": None, "number.json": 1e309, "deep.json": {"a": {"b": []}},
                        "string.json": "规则"}.items():
        (folder / name).write_text(json.dumps(shape), encoding="utf-8")
    (folder / "bad.csv").write_bytes(b"\xff\xfe\x00a,b\n\x00\x01")
    return {"folder": folder, "db": db}


def _values(files: dict[str, Path]):
    folder = files["folder"]
    return st.one_of(
        st.sampled_from(["2026-13", "abc", "1999-01", "2026-10", "2026-00", "9999-12", "", "-1", "0",
                         "2026-02-30", "2026-11-23", "0000-01-01", "1e309", "nan", "inf", "-0", "4294967296",
                         "accept:red=1e309", "resolve:blue=nan", "x:y=1", "all", "head", "base", "nonsense",
                         "postgresql+psycopg://u@127.0.0.1:1/x", "nonsense://", "sqlite:////proc/x",
                         "/proc/b.sqlite", "/", str(folder), str(folder / "text.sqlite"),
                         str(folder / "list.json"), str(folder / "null.json"), str(folder / "number.json"),
                         str(folder / "deep.json"), str(folder / "string.json"), str(folder / "bad.csv"),
                         str(folder / "missing.xlsx"), str(folder / "out.pdf"), str(folder / "out.xlsx"),
                         "督办〔2026〕第 1 号", "2026-3", "G00101", "W0001", "incident:1"]),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
        st.integers(min_value=-10**20, max_value=10**20).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
    )


def _commands() -> dict[str, argparse.ArgumentParser]:
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return {name: sub for name, sub in commands.choices.items() if name not in LEFT_OUT}


COMMANDS = _commands()


@st.composite
def argv(draw, files):
    name = draw(st.sampled_from(sorted(COMMANDS)))
    values = _values(files)
    args = [name]
    for action in COMMANDS[name]._actions:
        if isinstance(action, argparse._HelpAction) or action.dest in ("db", "database_url", "user"):
            continue
        if action.option_strings and not action.required and not draw(st.booleans()):
            continue
        if action.option_strings:
            args.append(action.option_strings[-1])
        if action.nargs == 0:
            continue
        count = draw(st.integers(0, 2)) if action.nargs in ("*", "+") else 1
        for _ in range(count):
            chosen = action.choices and draw(st.booleans())
            args.append(draw(st.sampled_from(sorted(action.choices))) if chosen else draw(values))
    return args


@pytest.fixture
def copy(files, tmp_path_factory):
    """A fresh copy of the demo for each example: a command the fuzz gets right may change it."""
    def fresh() -> Path:
        target = tmp_path_factory.mktemp("example") / "demo.sqlite"
        shutil.copy(files["db"], target)
        return target
    return fresh


def test_no_command_ever_ends_in_a_traceback(files, copy, monkeypatch):
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setenv("XDG_DATA_HOME", str(files["folder"] / "data"))
    monkeypatch.chdir(files["folder"])  # a relative path the fuzz types is written there, never in the checkout

    @settings(max_examples=120, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(args=argv(files), user=st.sampled_from(USERS))
    def run(args, user):
        monkeypatch.setenv("GRIDCOMMAND_USER", user)
        try:
            code = main(["--db", str(copy()), *args])
        except SystemExit as exc:  # argparse: --help (0) or wrong usage (2)
            code = exc.code
        assert code in (0, 1, 2), (args, code)
    run()
