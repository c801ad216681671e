"""The command line: ``python -m gridcommand COMMAND``.

Every command opens (and migrates) the database given by ``--database-url``, ``--db`` or
``GRIDCOMMAND_DATABASE_URL``, else the default file in the user's data folder (and says which on
stderr when it was not named). Only ``init`` and ``demo`` create a database file: any other
command refuses a file that does not exist rather than report zeros from a new, empty one.
What changes the record goes through the same operations as the app (``gridcommand.ops``), as
the local user. Exit codes: 0 done, 1 refused (bad input; nothing changed), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from .. import __version__
from ..base.errors import InputError, reason
from ..base.progress import printing
from ..ops import Can, data_dir, open_database, open_from_args, reference, resolve_url
from .arguments import count, day
from .auth import confirmed, password, signed_in


def _database_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On subcommands the default is SUPPRESS so that `--db` given before the command survives.
    default = None if top else argparse.SUPPRESS
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--database-url", default=default, metavar="URL",
                       help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db")
    group.add_argument("--db", default=default, metavar="PATH", help="SQLite database file")
    parser.add_argument("--user", default=default, metavar="NAME",
                        help="act as this account (else GRIDCOMMAND_USER); the password from "
                             "GRIDCOMMAND_PASSWORD or typed")


# Commands in modules of their own, each module imported only when one of its commands is run
# (or for the whole list): a command's start-up is its user's wait, and `evaluate` need not
# import the county seat first.
COMMAND_MODULES = {
    "queries": ("stats", "incidents", "units", "deadlines", "agenda", "rules"),
    "hr": ("evaluate", "careers", "decide", "scheme", "visits", "adjust"),
    "reviews": ("review",),
    "notices": ("notices",),
    "intake": ("intake-source", "intake", "intake-watch", "duplicates", "sample-orders"),
    "audit": ("audit",),
    "backup": ("backup", "restore", "transfer"),
    "county": ("county",),
}
OWN_COMMANDS = ("init", "demo", "import", "template", "migrate")  # defined below
_VALUED = ("--db", "--database-url", "--user")  # the options before the command that take a value


def _named_command(argv: list[str]) -> str | None:
    """The command ``argv`` runs, read past the options before it; None for none (help, a typo)."""
    words = iter(argv)
    for word in words:
        if word in _VALUED:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or — given the arguments — of the one they run (with the
    commands defined here)."""
    parser = argparse.ArgumentParser(prog="python -m gridcommand",
                                     description="网格指挥室 GridCommand — command line")
    parser.add_argument("--version", action="version", version=__version__)
    _database_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _database_options(sub, top=False)
        return sub

    p = command("init", "start a new database: its township (and county) and administrator")
    p.add_argument("--township", required=True)
    p.add_argument("--county", required=True)
    p.add_argument("--admin", required=True, metavar="NAME", help="the administrator's user name")
    p.add_argument("--admin-name", metavar="姓名", help="the administrator's name (default: NAME)")
    p.set_defaults(run=cmd_init)

    p = command("demo", "build a demo township in an empty database")
    p.add_argument("--scale", choices=("township", "county", "city", "county-seat"), default="township",
                   help="county-seat: three townships and a county seat over them (SPEC §13)")
    p.add_argument("--folder", type=Path, metavar="DIR", help="county-seat: where its databases go")
    p.add_argument("--seed", type=count(0, 2**31 - 1), default=1)
    p.add_argument("--today", type=day, metavar="YYYY-MM-DD",
                   help="the demo's 'today' (default: today); same seed and day, same data")
    p.add_argument("--force", action="store_true",
                   help="replace an existing file: a demo is kept as .previous; a township's database only "
                        "by its administrator, after a checked backup")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(run=cmd_demo)

    named = _named_command(argv) if argv is not None else None
    kinds = _kinds_help() if named in (None, "import", "template") else "an import kind"  # read when shown
    p = command("import", "import a template file (xlsx or csv; see the template command), all or nothing")
    p.add_argument("kind", help=kinds)
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check only, change nothing")
    p.set_defaults(run=cmd_import)

    p = command("template", "write the empty xlsx template of an import kind")
    p.add_argument("kind", help=kinds)
    p.add_argument("file", type=Path)
    p.set_defaults(run=cmd_template)

    known = {name for names in COMMAND_MODULES.values() for name in names} | set(OWN_COMMANDS)
    for module, names in COMMAND_MODULES.items():
        if named not in known or named in names:  # a typo is answered with the whole list
            importlib.import_module(f"{__package__}.{module}").add_commands(command)

    p = command("migrate", "upgrade the database schema (or, as the administrator, downgrade it after a backup)")
    p.add_argument("--revision", default="head", help="head, base, -1, or a revision")
    p.add_argument("--downgrade", action="store_true")
    p.add_argument("--yes", action="store_true", help="downgrade: do not ask for confirmation")
    p.set_defaults(run=cmd_migrate)
    return parser


def _kinds_help() -> str:
    from ..ops.imports import KINDS

    return " | ".join(f"{k.name} ({k.label})" for k in KINDS.values())


def cmd_init(args) -> int:
    from ..ops import accounts, administration

    with open_from_args(args) as db:
        admin = accounts.first_start(db, args.township, args.county, args.admin, args.admin_name or args.admin,
                                     password(f"管理员 {args.admin} 的密码:", confirm=True))
        place, prefix = reference.township(db, admin), administration.township_info(db, admin).prefix
        print(f"数据库 {db.describe()} 属于 {place}(事件编号前缀 {prefix}),管理员 {args.admin}")
    return 0


def cmd_demo(args) -> int:
    from ..demo.build import build_demo

    if args.scale == "county-seat":
        return _county_seat_demo(args)
    path = None
    if not getattr(args, "database_url", None):
        path = Path(getattr(args, "db", None) or data_dir() / f"demo-{args.scale}.sqlite")
        _make_room_for_demo(args, path)
        args.db = str(path)
    started = time.monotonic()
    with open_from_args(args) as db:
        result = build_demo(db, args.scale, args.seed, args.today, printing(sys.stderr))
        print(file=sys.stderr)
        counts = ", ".join(f"{table} {n:,}" for table, n in sorted(result.counts.items()))
        print(f"演示数据({args.scale},seed {args.seed},{result.today})已写入 {db.describe()}"
              f",用时 {time.monotonic() - started:.1f} 秒:{counts}")
    from ..demo import DEMO_PASSWORD

    print(f"演示账号:admin、duty1、chair、hr、leader 等,密码均为 {DEMO_PASSWORD}")
    if path:
        from ..base.shipped import app_command

        print(f"打开:{app_command()} --db {path}")
    return 0


def _county_seat_demo(args) -> int:
    from ..base.shipped import app_command
    from ..demo import DEMO_PASSWORD
    from ..demo.county_seat import COUNTY_ACCOUNT, build_county_seat, set_aside

    folder = args.folder or data_dir() / "demo-county-seat"
    kept = set_aside(folder)
    if kept:
        print(f"上次的县级演示数据已移到 {kept}", file=sys.stderr)
    started = time.monotonic()
    settings = build_county_seat(folder, args.seed, args.today, progress=printing(sys.stderr))
    print(file=sys.stderr)
    print(f"县级演示数据(三个镇街,seed {args.seed} 起)已写入 {folder},用时 {time.monotonic() - started:.1f} 秒")
    print(f"县级账号 {COUNTY_ACCOUNT},各镇街的 admin、duty1、leader 等,密码均为 {DEMO_PASSWORD}")
    print(f"打开:{app_command()} --county {settings}")
    print(f"命令行:python -m gridcommand --user {COUNTY_ACCOUNT} county queue --config {settings}")
    return 0


def _make_room_for_demo(args, path: Path) -> None:
    """A demo replaces an earlier demo (kept as .previous) or an empty file; a township's
    database only with its administrator's sign-in and confirmation, after a checked backup
    (SPEC §12.1); anything else, never."""
    from .. import demo
    from ..ops import maintenance

    held = demo.held_by(path)
    if held == demo.Held.NOTHING:
        return
    if not args.force:
        raise InputError(f"{path} 已存在;加 --force 替换它,或用 --db 指定新文件。")
    if held == demo.Held.FOREIGN:
        raise InputError(f"{path} 不是本程序的数据库,不会替换它;请用 --db 指定新文件。")
    if held == demo.Held.TOWNSHIP:
        with open_database(path=path) as db:
            me = signed_in(db, args, Can.ADMINISTER)
            print(f"{path} 是一个乡镇的数据库(不是演示数据),{reference.township(db, me)}。")
            if not confirmed("确定用演示数据替换它吗?替换前自动做校验过的备份。[y/N] ", args.yes):
                raise InputError("未替换。")
            kept = maintenance.set_aside(db, me, "demo", printing(sys.stderr)).path
        print(file=sys.stderr)
        print(f"原数据库已备份到 {kept}", file=sys.stderr)
        demo.remove(path)
        return
    kept = demo.set_aside(path)
    if kept is not None:
        print(f"上一个演示数据库保留为 {kept}", file=sys.stderr)


def cmd_import(args) -> int:
    from ..ops import imports
    from ..ops.imports import ImportFailed

    with open_from_args(args) as db:
        try:
            run = imports.check if args.dry_run else imports.run
            report = run(db, signed_in(db, args), args.kind, args.file).value
        except ImportFailed as failed:
            from .intake import report_failure

            return report_failure(args.file, failed)
    prefix = "检查通过(未写入)" if args.dry_run else "导入完成"
    print(f"{prefix}:{args.file}:{report.summary()}")
    return 0


def cmd_template(args) -> int:
    from ..ops.reports import import_template

    path = import_template(None, None, args.kind, args.file)
    print(f"模板已写入 {path}")
    return 0


def cmd_migrate(args) -> int:
    from ..ops import maintenance

    revision = maintenance.checked_revision(args.revision)
    if not args.downgrade:  # as every start does: a copy is kept before an upgrade
        maintenance.upgrade(getattr(args, "database_url", None), getattr(args, "db", None), revision)
        print(f"数据库结构已升级到 {revision}")
        return 0
    with open_from_args(args) as db:
        me = signed_in(db, args, Can.ADMINISTER)
        dropped = "删除全部数据表和数据" if revision == "base" else "删除较新版本的表和列中的数据"
        print(f"将把 {db.describe()} 的数据库结构降级到 {revision}({dropped}),降级前自动做校验过的备份。")
        if not confirmed("确定降级吗?[y/N] ", args.yes):
            print("未降级。")
            return 1
        done = maintenance.downgrade(db, me, revision, printing(sys.stderr)).value
    print(file=sys.stderr)
    print(f"数据库结构已降级到 {revision};降级前的数据库已备份到 {done.safety.path}"
          f"(最后一条审计记录 {done.safety.pin}),可用 restore 恢复。")
    return 0


NO_EXISTING_DATABASE = ("init", "demo", "template", "county")  # they create one, or use none (county: its townships')


def _existing_database(args) -> None:
    """Refuse a database file that does not exist (a mistyped --db, or no database yet), and
    say which database a command uses when it was not named on the command line."""
    named = getattr(args, "database_url", None) or getattr(args, "db", None)
    url = resolve_url(getattr(args, "database_url", None), getattr(args, "db", None))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:" \
            and not Path(url.database).exists():
        raise InputError(f"数据库文件 {url.database} 不存在:用 --db 指定已有的数据库,"
                         "或先用 init 新建、用 demo 生成演示数据。")
    if not named:
        print(f"数据库:{url.render_as_string(hide_password=True)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    try:
        if args.command not in NO_EXISTING_DATABASE:
            _existing_database(args)
        return args.run(args)
    except InputError as exc:
        print(f"错误:{exc}", file=sys.stderr)
        return 1
    except DBAPIError as exc:  # the database failed under the command: one sentence, not its SQL
        print(f"错误:数据库操作失败,未做任何更改:{reason(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the output went to a pager or `head` that stopped reading
        sys.stdout = open(os.devnull, "w")
        return 0
    except OSError as exc:
        where = f"{exc.filename}:" if getattr(exc, "filename", None) else ""
        print(f"错误:{where}{reason(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
