"""Supervision notices from the command line:

    notices --units all --dry-run                   what would be issued, nothing numbered
    notices --units all --pdf FILE [--separate]     issue them (``--separate``: a file a unit,
                                                    into the folder FILE)
    notices --units 住建办,派出所 --leave-out CODE,单位 --pdf FILE
    notices --list [--year 2026]                    the notices issued
    notices --withdraw 2026-3 --reason "…"          withdraw one issued by mistake
"""

from __future__ import annotations

from pathlib import Path

from ..base import clock
from ..base.enums import Status
from ..base.errors import InputError
from ..ops import Can, notices, open_from_args, reference
from ..ops.notices import Issued, Planned
from .arguments import count
from .auth import signed_in


def add_commands(command) -> None:
    p = command("notices", "supervision notices 督办通知单: preview, issue, list, withdraw")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--units", metavar="all|名称,名称",
                      help="all: every unit with overdue or carded items; or the units' names, comma-separated")
    mode.add_argument("--list", action="store_true", help="the notices issued, newest first")
    mode.add_argument("--withdraw", metavar="编号", help="withdraw a notice issued by mistake (督办〔2026〕第 3 号, 2026-3)")
    p.add_argument("--dry-run", action="store_true", help="show what would be issued; number and write nothing")
    p.add_argument("--leave-out", default="", metavar="编号或单位,…",
                   help="incident codes or unit names to leave off the notices")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="the notices, a page each")
    p.add_argument("--separate", action="store_true", help="one file a unit, in the folder FILE")
    p.add_argument("--year", type=count(2000, 2099), help="with --list: only this year's")
    p.add_argument("--reason", default="", help="with --withdraw: why it is withdrawn")
    p.set_defaults(run=cmd_notices)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(",", ",").split(",") if part.strip()]


def cmd_notices(args) -> int:
    with open_from_args(args) as db:
        if args.list:
            me = signed_in(db, args, Can.REPORTS)
            _print_issued(notices.issued(db, me, args.year))
            return 0
        me = signed_in(db, args, Can.MOVE_INCIDENTS)
        if args.withdraw:
            serial = notices.withdraw(db, me, notices.find(db, me, args.withdraw), args.reason).value
            print(f"已撤回督办通知单 {serial}(编号保留,不再使用)")
            return 0
        names = _split(args.units)
        units = None if names == ["all"] else reference.unit_ids(db, me, names)
        planned = _left_out(notices.plan(db, me, units), _split(args.leave_out))
        if args.dry_run:
            _print_plan(planned)
            return 0
        if args.pdf is None:
            raise InputError("请用 --pdf 文件 指明通知单写到哪里(或用 --dry-run 只看将发出的通知单)")
        written = notices.issue(db, me, notices.chosen(planned), args.pdf, separate=args.separate).value
    for path in written:
        print(f"督办通知单已写入 {path}")
    return 0


def _left_out(planned: list[Planned], leave_out: list[str]) -> list[Planned]:
    """The plan without the units and incidents named; a name on none of its notices is refused."""
    known = {p.unit for p in planned} | {i.code for p in planned for i in p.items}
    unknown = [name for name in leave_out if name not in known]
    if unknown:
        raise InputError("以下单位或事件不在将发出的督办通知单上:{names}", names=unknown)
    gone = set(leave_out)
    kept = [Planned(p.unit_id, p.unit, [i for i in p.items if i.code not in gone]) for p in planned if p.unit not in gone]
    return [p for p in kept if p.items]


def _print_plan(planned: list[Planned]) -> None:
    for p in planned:
        print(f"{p.unit}:{len(p.items)} 件")
        for i in p.items:
            cards = "、".join(x for x in (f"黄牌 {i.yellow_cards}" if i.yellow_cards else "",
                                          f"红牌 {i.red_cards}" if i.red_cards else "") if x)
            print(f"  {i.code}  {i.title}  {Status.label_of(i.status)}  时限 {clock.format_local(i.deadline) or '—'}"
                  f"  超期 {clock.format_span(i.late) if i.late else '—'}  督办 {cards or '—'}")
    items = sum(len(p.items) for p in planned)
    print(f"共 {len(planned)} 个单位、{items} 件(预览:未编号,未发出)" if planned else "没有需要发督办通知单的单位")


def _print_issued(found: list[Issued]) -> None:
    for n in found:
        state = f"已撤回 {clock.format_local(n.withdrawn_at)} {n.withdrawn_by}:{n.withdraw_reason}" if n.withdrawn \
            else f"{n.answer_by:%Y-%m-%d} 前回复"
        print(f"{n.serial}  {n.unit}  {clock.format_local(n.issued_at)}  {n.issued_by}  {len(n.codes)} 件  {state}")
    if not found:
        print("尚未发出督办通知单")
