"""The audit log from the command line: verify the chain (or a printed pin), list entries."""

from __future__ import annotations

import datetime as dt
import json

from ..base import clock
from ..base.errors import InputError
from ..ops import Can, audit_log, open_from_args
from .arguments import count, day
from .auth import signed_in


def add_commands(command) -> None:
    p = command("audit", "verify the hash-chained audit log, or list its entries")
    p.add_argument("action", choices=("verify", "show"))
    p.add_argument("--at", metavar="SEQ:HASH", help="verify: the pin a printed document carries")
    p.add_argument("--entity", metavar="KIND:ID", help="show: e.g. incident:XT-20261123-0007")
    p.add_argument("--actor", metavar="NAME", help="show: entries of this account")
    p.add_argument("--from", dest="first", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="last", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=count(1, audit_log.MOST), default=1000, help=f"at most this many (up to {audit_log.MOST:,})")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_audit)


def _pin(text: str) -> tuple[int, str]:
    try:
        seq, hash_ = text.lstrip("#").replace(" ", ":").split(":")
        return int(seq), hash_
    except ValueError:
        raise InputError(f"“{text}”应为 序号:哈希前缀,如 1234:9f2c4b1a0e7d") from None


def cmd_audit(args) -> int:
    with open_from_args(args) as db:
        me = signed_in(db, args, Can.REPORTS)
        if args.action == "verify":
            verdict = audit_log.verify(db, me, *_pin(args.at)) if args.at else audit_log.verify(db, me)
            if not verdict.ok:
                print(f"审计链在第 {verdict.broken_at} 条断开:{verdict.reason}")
                return 1
            print(f"{verdict.entries} 条,链头 {verdict.head}" + (f";{args.at} 之前未被改动" if args.at else ""))
            return 0
        entity, entity_id = (args.entity.split(":", 1) + [""])[:2] if args.entity else (None, None)
        start, end = (clock.day_bounds(args.first or dt.date(2000, 1, 1), args.last or clock.today())
                      if args.first or args.last else (None, None))
        lines = audit_log.entries(db, me, entity, entity_id, args.actor, start, end, args.limit)
    if args.json:
        print(json.dumps([{"seq": e.seq, "at": clock.local(e.at).isoformat(), "actor": e.actor,
                           "roles": e.roles, "action": e.action, "entity": e.entity,
                           "entity_id": e.entity_id, "summary": e.summary} for e in lines],
                         ensure_ascii=False, indent=2))
        return 0
    for e in lines:
        said = "、".join(f"{k}={v}" for k, v in e.summary.items() if v not in (None, ""))
        print(f"{e.seq:>7} {clock.format_local(e.at)} {e.actor:<10} {e.action:<22} "
              f"{e.entity}:{e.entity_id} {said}")
    print(f"共 {len(lines)} 条")
    return 0
