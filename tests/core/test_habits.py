"""The house's habits, checked by machines in the suite: ruff (pyflakes, pycodestyle, import
order; configured in pyproject.toml) and mypy (strict on gridcommand.ops and gridcommand.base;
configured in setup.cfg)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ruff_finds_nothing():
    found = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
                           cwd=ROOT, capture_output=True, text=True)
    assert found.returncode == 0, found.stdout + found.stderr


def test_mypy_finds_nothing_in_the_operations_and_the_base_kit():
    found = subprocess.run([sys.executable, "-m", "mypy", "--config-file", "setup.cfg", "--no-error-summary"],
                           cwd=ROOT, capture_output=True, text=True)
    assert found.returncode == 0, found.stdout + found.stderr
