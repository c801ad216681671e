"""Who takes the seat, and at start the database opened while they sign in.

At start the sign-in dialog is on screen as soon as Qt is: the core (SQLAlchemy, the model, the
migrations check) and the main window's modules load in the background while the user types —
most of a second a user would otherwise wait for before they could start typing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QDialog

from .dialogs.sign_in import SignInDialog
from .worker import Task

if TYPE_CHECKING:
    from gridcommand.ops import Database
    from gridcommand.ops.actor import Actor

FIRST_START = 3  # the sign-in dialog's result when the database turns out to have no users yet


class Opened(NamedTuple):
    db: Database
    first_start: bool
    place: str
    demo: bool


def _open(open_db: Callable[[], Database]) -> Opened:
    """In the background: the core, the database and what the sign-in dialog shows."""
    from gridcommand.ops import accounts

    db = open_db()
    try:
        seen = accounts.opening(db)
        opened = Opened(db, seen.first_start, seen.place, seen.demo and not seen.first_start)
        from . import main_window  # noqa: F401 — imported while the user types, not after
    except BaseException:
        db.close()
        raise
    return opened


def demo_hint(demo: bool) -> str:
    if not demo:
        return ""
    from gridcommand.demo import DEMO_PASSWORD

    return QApplication.translate("app", "Demo accounts: admin, duty1, chair, hr, leader; "
                                  "password %1").replace("%1", DEMO_PASSWORD)


def _confirmed(dialog: QDialog, accepted: bool, db: Database) -> Actor | None:
    """Who signed in through ``dialog``, once they chose their own password if the administrator
    reset it; None if nobody did."""
    if not accepted:
        return None
    actor = dialog.actor
    if actor.must_change_password:
        from .dialogs.password import ChangePasswordDialog

        if ChangePasswordDialog(db, actor).exec() != QDialog.DialogCode.Accepted:
            return None
        actor = dataclasses.replace(actor, must_change_password=False)
    return actor


def _first_start(db: Database) -> Actor | None:
    from .dialogs.first_run import FirstRunDialog  # once per database: not on every start

    dialog = FirstRunDialog(db)
    return _confirmed(dialog, dialog.exec() == QDialog.DialogCode.Accepted, db)


def sign_in(db: Database) -> Actor | None:
    """Who takes the seat of an open database: the first start's administrator on a new
    database, else whoever signs in."""
    from gridcommand.ops import accounts

    seen = accounts.opening(db)
    if seen.first_start:
        return _first_start(db)
    dialog = SignInDialog(db, seen.place, demo_hint(seen.demo))
    return _confirmed(dialog, dialog.exec() == QDialog.DialogCode.Accepted, db)


def open_and_sign_in(open_db: Callable[[], Database]) -> tuple[Database, Actor | None]:
    """At start: the sign-in dialog at once, ``open_db()`` in the background meanwhile. The open
    database and who signed in (None if nobody did); raises what opening the database raised."""
    dialog = SignInDialog(None)
    outcome: dict = {}

    def opened(result: Opened) -> None:
        outcome["opened"] = result
        if result.first_start:
            dialog.done(FIRST_START)
        else:
            dialog.database_open(result.db, result.place, demo_hint(result.demo))

    def failed(exc: Exception, _traceback: str) -> None:
        outcome["error"] = exc
        dialog.done(QDialog.DialogCode.Rejected)

    task = Task(None, "", lambda _progress: _open(open_db), opened, failed, show_progress=False)
    task.start()
    result = dialog.exec()
    if not outcome:  # closed before the database was open: it is opened all the same, then closed
        loop = QEventLoop()
        task.sig_finished.connect(loop.quit)
        loop.exec()
    # The thread may still be returning from its last signal: the task must not be destroyed
    # (when this function returns) before it has ended — Qt aborts the process if it is.
    task.wait()
    if "error" in outcome:
        raise outcome["error"]
    db = outcome["opened"].db
    if result == FIRST_START:
        return db, _first_start(db)
    return db, _confirmed(dialog, result == QDialog.DialogCode.Accepted, db)
