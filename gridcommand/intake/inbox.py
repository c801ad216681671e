"""A source's inbox: a folder another system drops its exports into. Each file is taken in whole
or not at all, then moved to ``done/`` or ``failed/`` beside a report of what happened, so that
nothing is taken in twice and nothing fails unseen."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

SUFFIXES = (".xlsx", ".xlsm", ".csv")
SETTLE_S = 5.0  # a file changed this recently may still be being written: left for the next look
DONE, FAILED = "done", "failed"


def waiting(folder: str | Path, now: float | None = None) -> list[Path]:
    """The files in the folder to take in, oldest first."""
    folder, now = Path(folder), time.time() if now is None else now
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES
             and not p.name.startswith(("~$", ".")) and now - p.stat().st_mtime >= SETTLE_S]
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))


def file_away(path: Path, ok: bool, report: list[str]) -> Path:
    """Move the file to done/ or failed/ (a new name if one is there already) and write its
    report beside it (UTF-8 with BOM: Notepad reads it as such)."""
    target_dir = path.parent / (DONE if ok else FAILED)
    target_dir.mkdir(exist_ok=True)
    target, n = target_dir / path.name, 1
    while target.exists():
        target, n = target_dir / f"{path.stem}-{n}{path.suffix}", n + 1
    shutil.move(path, target)
    target.with_name(target.name + ".report.txt").write_text("\n".join(report) + "\n",
                                                                encoding="utf-8-sig")
    return target
