"""``--self-check USER``: does this copy of the program work here? Started like the app, it opens
the database (migrating it), signs USER in with the password in ``GRIDCOMMAND_PASSWORD`` (never
on the command line, where other users of the PC could read it), shows the window until the
queue has counted its rows and the window is painted, writes last month's closed-loop report as PDF and xlsx — the
translations, fonts, migrations, charts and writers a frozen build or a wheel must carry — and
prints what it did as JSON. For an installer's or CI's check of a build; a user never needs it."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from gridcommand import __version__
from gridcommand.base import clock

from .messages import text

PASSWORD_VARIABLE = "GRIDCOMMAND_PASSWORD"


def run(app: QApplication, open_db, user: str) -> int:
    """0 when everything worked; else 1, with the reason printed (no dialog: nobody may be there)."""
    try:
        with open_db() as db:
            return _check(app, db, user)
    except Exception as exc:
        print(json.dumps({"error": text(exc), "type": type(exc).__name__}, ensure_ascii=False))
        return 1


def _check(app: QApplication, db, user: str, timeout_s: float = 120) -> int:
    from gridcommand.ops import accounts, reference, reports

    from .app import open_window

    actor = accounts.sign_in(db, user, os.environ.get(PASSWORD_VARIABLE, ""))
    window = open_window(db, actor)
    window.show()
    start = time.monotonic()
    while not window.queue.model.count_known and time.monotonic() - start < timeout_s:
        app.processEvents()  # the queue's count is read on the worker thread
        time.sleep(0.02)
    rows, painted = window.queue.model.rowCount(), not window.grab().isNull()
    month = clock.shift_month(clock.local(clock.now()).strftime("%Y-%m"), -1)
    with tempfile.TemporaryDirectory() as folder:
        written = {kind: reports.report(db, actor, "closed_loop", month, None, Path(folder, f"r.{kind}")).stat().st_size
                   for kind in ("pdf", "xlsx")}
    print(json.dumps({"version": __version__, "township": reference.township(db, actor), "user": actor.name,
                      "language": app.translate("app", "GridCommand"), "queue_rows": rows, "painted": painted,
                      "month": month, "report_bytes": written}, ensure_ascii=False))
    counted = window.queue.model.count_known
    window.close()
    return 0 if counted and painted else 1
