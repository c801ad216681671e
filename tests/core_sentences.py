"""The sentences the core says to a user, found in its source: the first argument of every
``InputError``-family error and every ``Message``. The command line (``cli/``) speaks only
Chinese and is left out."""

from __future__ import annotations

import ast
import re
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "gridcommand"
SAYERS = {"InputError", "NotAllowed", "IllegalMove", "SignInRefused", "BackupFailed", "Message", "__init__"}
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in SAYERS:
                yield node.args[0]


def sentences() -> tuple[dict[str, str], list[str]]:
    """(template → where it is said, places where a sentence is built as finished text)."""
    found, built = {}, []
    for path in sorted(CORE.rglob("*.py")):
        if path.parent.name == "cli":
            continue
        where = str(path.relative_to(CORE.parent))
        for arg in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and CHINESE.search(arg.value):
                found.setdefault(arg.value, f"{where}:{arg.lineno}")
            elif isinstance(arg, (ast.JoinedStr, ast.BinOp)) or (
                    isinstance(arg, ast.Call) and getattr(arg.func, "attr", None) in ("join", "format")):
                built.append(f"{where}:{arg.lineno}")
    return found, built
