"""The core never imports Qt: checked by import-linter and by importing it in a clean process."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contract(monkeypatch):
    from importlinter.cli import lint_imports

    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename="setup.cfg") == 0


def test_core_loads_without_qt():
    code = ("import sys, gridcommand.cli.main, gridcommand.demo, gridcommand.imports, "
            "gridcommand.workflow.queue, gridcommand.workflow.detail, gridcommand.imports.templates; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'ui'))]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
