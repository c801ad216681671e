"""Supervision notices from the command line: ``notices --units all --pdf FILE`` (or some units
by name; ``--separate`` writes one file a unit into the folder FILE)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from .cli_auth import signed_in
from .database import open_from_args
from .errors import InputError
from .models import Unit
from .ops import notices, read
from .permissions import Can


def add_commands(command) -> None:
    p = command("notices", "issue supervision notices 督办通知单 to units with overdue or carded items")
    p.add_argument("--units", required=True, metavar="all|名称,名称",
                   help="all: every unit with items to answer for; or the units' names, comma-separated")
    p.add_argument("--pdf", required=True, type=Path, metavar="FILE", help="the notices, a page each")
    p.add_argument("--separate", action="store_true", help="one file a unit, in the folder FILE")
    p.set_defaults(run=cmd_notices)


def _unit_ids(session, names: list[str]) -> list[int]:
    found = dict(session.execute(select(Unit.name, Unit.id).where(Unit.name.in_(names))).all())
    missing = [n for n in names if n not in found]
    if missing:
        raise InputError("处置单位不存在:{names}", names=missing)
    return [found[n] for n in names]


def cmd_notices(args) -> int:
    with open_from_args(args) as db:
        me = signed_in(db, args, Can.MOVE_INCIDENTS)
        names = [n.strip() for n in args.units.split(",") if n.strip()]
        units = None if names == ["all"] else read(db, _unit_ids, names)
        written = notices.issue(db, me, units, args.pdf, separate=args.separate).value
    for path in written:
        print(f"督办通知单已写入 {path}")
    return 0
