"""Start-up: arguments, the QApplication, language and fonts, opening the database (a fresh
demo township with ``--demo``), the first start's questions or signing in, then the main
window — again for each user who takes the seat ("switch user")."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from gridcommand import __version__
from gridcommand.base.shipped import folder

from . import i18n
from .errors import install_excepthook
from .fonts import apply_chinese_font
from .gc_guard import GuiThreadCollector
from .messages import text
from .opening import open_and_sign_in, sign_in
from .settings import APPLICATION, ORGANISATION, open_settings
from .worker import Task

# The core (SQLAlchemy, the model) and the main window load behind the sign-in dialog
# (ui/opening.py): this module imports them only where they are used.
if TYPE_CHECKING:
    from gridcommand.ops import Database
    from gridcommand.ops.actor import Actor

    from .main_window import MainWindow

log = logging.getLogger(__name__)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description="网格指挥室 GridCommand")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="open this SQLite file")
    where.add_argument("--database-url", metavar="URL", help="open this database (e.g. PostgreSQL)")
    where.add_argument("--demo", action="store_true", help="open a freshly generated demo township")
    where.add_argument("--county", metavar="county.toml",
                       help="open the county seat over the townships this settings file lists (SPEC §13)")
    parser.add_argument("--scale", choices=("township", "county", "city", "county-seat"), default="township",
                        help="size of the --demo township; county-seat: three townships and their county seat")
    parser.add_argument("--seed", type=int, default=1, help="seed of the --demo data")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE)
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--self-check", metavar="USER",
                        help="check this installation: sign USER in (password from the environment variable "
                             "GRIDCOMMAND_PASSWORD), show the queue, write a report, print the result and quit")
    return parser.parse_args(argv)


def configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # each migration step is not news at start


def run_with_progress(title: str, fn):
    """Run ``fn(progress)`` in the background while the start-up waits with a progress dialog."""
    loop = QEventLoop()
    outcome: dict = {}
    task = Task(None, title, fn, lambda r: outcome.setdefault("result", r),
                lambda exc, _tb: outcome.setdefault("error", exc),
                lambda: outcome.setdefault("cancelled", True))
    task.sig_finished.connect(loop.quit)
    task.start()
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def fresh_demo(scale: str, seed: int) -> Path | None:
    from gridcommand.demo import set_aside
    from gridcommand.ops import data_dir, open_database

    path = data_dir() / f"demo-{scale}.sqlite"
    previous = set_aside(path)
    if previous is not None:
        log.info("the previous demo database is kept as %s", previous)

    def build(progress):
        from gridcommand.demo.build import build_demo  # not needed at every start: a fifth of a second

        with open_database(path=path) as db:
            build_demo(db, scale, seed, progress=progress)
        return path

    title = QApplication.translate("app", "Building the demo township…")
    return run_with_progress(title, build)


def _open_database(args: argparse.Namespace, demo: Path | None) -> Database:
    from gridcommand.ops import open_database

    return open_database(path=demo) if demo else open_database(args.database_url, args.db)


_WINDOWS: list[MainWindow] = []  # top-level windows live as long as they are open


def open_window(db: Database, actor: Actor) -> MainWindow:
    """The main window on ``db`` for a signed-in ``actor``, with its own hub and runner."""
    from gridcommand.ops import reference

    from .hub import ChangeHub
    from .main_window import MainWindow
    from .ops import OpRunner

    hub = ChangeHub(db)
    runner = OpRunner(db, actor, hub)
    window = MainWindow(runner, open_settings(), runner.read(reference.township))
    hub.setParent(window)
    runner.setParent(window)
    window.sig_switch_user.connect(lambda: switch_user(window))
    window.sig_restored.connect(lambda: switch_user(window, must=True))
    _WINDOWS.append(window)
    window.destroyed.connect(lambda: _WINDOWS.remove(window) if window in _WINDOWS else None)
    return window


def switch_user(window: MainWindow, must: bool = False) -> MainWindow | None:
    """Hand the seat to whoever signs in now: a new window for them (the layout stays), and
    the old one closed. If nobody signs in, nothing happens — unless someone ``must`` (the
    accounts were restored from a backup): then the window closes."""
    actor = sign_in(window.runner.db)
    if actor is None:
        if must:
            window.close()
        return None
    window.save_layout()
    again = open_window(window.runner.db, actor)
    again.show_fitted()
    if window.daily_backup.timer.isActive():
        again.start_upkeep()
    window.close()
    window.deleteLater()
    return again


def county_seat(app: QApplication, args: argparse.Namespace) -> int:
    """The county seat (SPEC §13): its settings file (or a fresh county seat demo), the county
    account signed in to every township, then the county window."""
    from PySide6.QtWidgets import QDialog

    from gridcommand.county import config as county_config
    from gridcommand.demo import DEMO_PASSWORD

    from .county.sign_in import CountySignInDialog
    from .county.window import CountyWindow

    try:
        path = fresh_county_seat(args.seed) if args.demo else Path(args.county)
        if path is None:
            return 0
        config = county_config.load(path)
    except Exception as exc:  # the user must see why the seat cannot open
        log.exception("cannot open the county seat")
        QMessageBox.critical(None, QApplication.translate("app", "GridCommand"),
                             QApplication.translate("app", "Cannot open the county seat:") + "\n" + text(exc))
        return 1
    hint = QApplication.translate("app", "Demo: the county account county1, password %1").replace(
        "%1", DEMO_PASSWORD) if args.demo else ""
    dialog = CountySignInDialog(config, hint)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.seat is None:
        return 0
    window = CountyWindow(dialog.seat, open_settings())
    window.show_fitted()
    code = app.exec()
    dialog.seat.close()
    return code


def fresh_county_seat(seed: int) -> Path | None:
    from gridcommand.demo.county_seat import set_aside
    from gridcommand.ops import data_dir

    folder = data_dir() / "demo-county-seat"
    set_aside(folder)

    def build(progress):
        from gridcommand.demo.county_seat import build_county_seat

        return build_county_seat(folder, seed, progress=progress)

    return run_with_progress(QApplication.translate("app", "Building the county seat demo…"), build)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    configure_logging()
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(folder("resources") / "icons" / "gridcommand.png")))
    app.translators = i18n.install(app, args.lang)  # kept alive as long as the app
    app.collector = GuiThreadCollector(app)
    apply_chinese_font(app)
    install_excepthook()
    if args.county or (args.demo and args.scale == "county-seat"):
        return county_seat(app, args)
    try:
        demo = fresh_demo(args.scale, args.seed) if args.demo else None
        if args.demo and demo is None:
            return 0
        if args.self_check:
            from .self_check import run

            return run(app, lambda: _open_database(args, demo), args.self_check)
        db, actor = open_and_sign_in(lambda: _open_database(args, demo))
    except Exception as exc:  # the user must see why the app cannot start
        log.exception("cannot open the database")
        QMessageBox.critical(None, QApplication.translate("app", "GridCommand"),
                             QApplication.translate("app", "Cannot open the database:") + "\n" + text(exc))
        return 1
    if actor is None:
        db.close()
        return 0
    window = open_window(db, actor)
    # The first time on this PC the window fills the screen; afterwards it is where it was left.
    window.show_fitted()
    window.start_upkeep()
    code = app.exec()
    db.close()
    return code
