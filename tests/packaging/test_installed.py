"""The program as a township's PC gets it: a wheel installed into a fresh virtual environment,
and the one-folder PyInstaller build (the Windows bundle's spec, built here on Linux). Each
must carry its migrations, translations and fonts: it starts a database, builds a demo township
and opens the window on it, offscreen, signing in and writing a report (``--self-check``)."""

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = "Scripts" if sys.platform == "win32" else "bin"


def environment(home: Path) -> dict:
    """A user with nothing yet: their own data and settings folders, no display needed."""
    return {**os.environ, "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "LOCALAPPDATA": str(home / "data"), "APPDATA": str(home / "config"), "QT_QPA_PLATFORM": "offscreen",
            "GRIDCOMMAND_PASSWORD": "demo1234"}


def run(command: list, env: dict, cwd: Path) -> str:
    done = subprocess.run([str(c) for c in command], env=env, cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", timeout=600)
    assert done.returncode == 0, f"{command}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def self_checked(output: str) -> dict:
    said = json.loads(output.strip().splitlines()[-1])
    assert said["queue_rows"] == 6000 and said["painted"], said  # the demo township's incidents, on screen
    assert said["language"] == "网格指挥室", said  # the translation is there
    assert said["report_bytes"]["pdf"] > 50_000, said  # the font is embedded
    return said


@pytest.mark.slow
def test_a_wheel_installed_into_a_fresh_environment(tmp_path):
    env = environment(tmp_path)
    run([sys.executable, "-m", "build", "--wheel", "--outdir", tmp_path / "dist", ROOT], env, tmp_path)
    wheel = next((tmp_path / "dist").glob("gridcommand-*.whl"))
    venv.create(tmp_path / "venv", with_pip=True)
    scripts = tmp_path / "venv" / BIN
    run([scripts / "python", "-m", "pip", "install", "-q", wheel], env, tmp_path)
    # Run away from the source tree: what is imported is what was installed.
    own = tmp_path / "own.sqlite"
    run([scripts / "gridcommand", "--db", own, "init", "--township", "西塘镇", "--county", "嘉善县", "--admin",
         "admin"], env, tmp_path)
    demo = tmp_path / "demo.sqlite"
    said = run([scripts / "gridcommand", "--db", demo, "demo", "--scale", "township"], env, tmp_path)
    assert f"gridcommand-app --db {demo}" in said  # not "python main.py": there is none
    checked = self_checked(run([scripts / "gridcommand-app", "--db", demo, "--self-check", "admin"], env, tmp_path))
    assert checked["township"] == "嘉善县天凝镇"
    first = json.loads(run([scripts / "gridcommand-app", "--db", own, "--self-check", "admin"], env, tmp_path)
                       .strip().splitlines()[-1])
    assert (first["township"], first["queue_rows"]) == ("嘉善县西塘镇", 0)


@pytest.mark.slow
def test_the_frozen_build_starts_on_a_demo_township(tmp_path):
    said = run([sys.executable, ROOT / "packaging" / "build.py", "--check", "--dist", tmp_path / "dist", "--work",
                tmp_path / "work"], environment(tmp_path), tmp_path)
    self_checked(said)
    assert (tmp_path / "dist" / "GridCommand" / "_internal" / "gridcommand" / "_data" / "db" / "versions").is_dir()


def test_the_installer_script_names_this_version_and_a_per_user_folder():
    script = (ROOT / "packaging" / "installer.iss").read_text(encoding="utf-8-sig")
    from gridcommand import __version__

    assert f'#define AppVersion "{__version__}"' in script
    assert "PrivilegesRequired=lowest" in script and r"DefaultDirName={localappdata}\Programs\GridCommand" in script
    for source in ("..\\resources\\icons\\gridcommand.ico", "..\\dist\\GridCommand\\*"):
        assert source in script
    assert (ROOT / "resources" / "icons" / "gridcommand.ico").is_file()
