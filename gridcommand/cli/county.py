"""The county seat from the command line (SPEC §13): townships side by side, and the county
queue, over the townships listed in a county settings file (``--config county.toml``)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..base import clock
from ..base.enums import Status, WarningColour
from ..base.errors import InputError
from ..county import config as county_config
from ..county.accounts import create_everywhere
from ..county.figures import side_by_side
from ..county.queue import county_query, first_page
from ..county.report import write_monthly
from ..county.seat import Seat, push_escalation
from .arguments import count, month
from .auth import ENV_NEW_PASSWORD, ENV_USER, password


def add_commands(command) -> None:
    p = command("county", "the county seat: townships side by side, the county queue (SPEC §13)")
    p.add_argument("action", choices=("figures", "queue", "report", "push-settings", "add-account"),
                   help="push-settings: store the file's escalate_after_hours in every township; add-account "
                        "(as the townships' administrator): a county account in every township")
    p.add_argument("--config", required=True, metavar="county.toml", help="the county's townships and their databases")
    p.add_argument("--month", type=month, metavar="YYYY-MM", help="figures: the month (default: last month)")
    p.add_argument("--limit", type=count(1, 10_000), default=50, help="queue: rows shown")
    p.add_argument("--out", type=Path, metavar="FILE", help="report: the file to write (.pdf or .xlsx)")
    p.add_argument("--username", help="add-account: the new county account's user name")
    p.add_argument("--name", help="add-account: its holder's name (its temporary password: typed, or "
                                  f"{ENV_NEW_PASSWORD})")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_county)


def _account(args, whose: str) -> str:
    username = getattr(args, "user", None) or os.environ.get(ENV_USER)
    if not username:
        raise InputError(f"请用 --user 用户名 指明{whose}(或设置环境变量 {ENV_USER})")
    return username


def cmd_county(args) -> int:
    if args.action == "report" and not args.out:
        raise InputError("county report 需要 --out 文件名(.pdf 或 .xlsx)")
    if args.action == "add-account":
        return _add_account(args)
    username = _account(args, "县级账号")
    with Seat(county_config.load(args.config), username, password(f"{username} 的密码:")) as seat:
        return {"figures": _figures, "queue": _queue, "report": _report,
                "push-settings": _push}[args.action](seat, args)


def _push(seat: Seat, _args) -> int:
    hours = seat.config.escalate_after_hours
    for answer in push_escalation(seat):
        said = "不自动提级" if not hours else f"超期超过 {hours} 小时自动提级至县"
        print(f"{answer.township.name}:" + (said if answer.ok else f"未能设置:{answer.trouble}"))
    return 0


def _add_account(args) -> int:
    if not args.username or not args.name:
        raise InputError("county add-account 需要 --username 与 --name")
    config, admin = county_config.load(args.config), _account(args, "各镇街的管理员账号")
    admin_password = password(f"{admin} 的密码:")
    temporary = password(f"{args.username} 的临时密码:", confirm=True, env=ENV_NEW_PASSWORD)
    done = create_everywhere(config, admin, admin_password, args.username, args.name, temporary)
    for d in done:
        print(f"{d.township}:" + ("已创建" if d.ok else f"未创建:{d.why_not}"))
    print(f"县级账号 {args.username} 在 {sum(d.ok for d in done)}/{len(done)} 个镇街已创建;首次登录时须修改密码")
    return 0 if any(d.ok for d in done) else 1


def _last_month() -> str:
    return clock.shift_month(clock.today().strftime("%Y-%m"), -1)


def _report(seat: Seat, args) -> int:
    month = args.month or _last_month()
    written = write_monthly(seat, month, args.out)
    print(f"{seat.config.county} {month} 月度报告已写入 {written}")
    return 0


def _unreachable(name: str, last_read, trouble) -> str:
    when = clock.format_local(last_read) if last_read else "从未连接"
    return f"{name}:无法连接(上次读取 {when}):{trouble}"


def _figures(seat: Seat, args) -> int:
    chosen = args.month or _last_month()
    first, last, _start, _end = clock.month_bounds(chosen)
    lines = side_by_side(seat, first, last)
    if args.json:
        print(json.dumps({"county": seat.config.county, "month": chosen, "townships": [
            {"township": t.township, "rank": t.rank, "county_items": t.county_items,
             "figures": t.figures.as_dict() if t.figures else None,
             "yellow_cards": t.beyond.yellow_cards if t.beyond else None,
             "red_cards": t.beyond.red_cards if t.beyond else None,
             "reached_county": t.beyond.reached_county if t.beyond else None,
             "visit_rate": t.beyond.visits.rate if t.beyond else None,
             "grades": dict(t.beyond.grades) if t.beyond else None,
             "unreachable": None if t.trouble is None else str(t.trouble),
             "last_read": clock.local(t.last_read).isoformat() if t.last_read else None} for t in lines]},
            ensure_ascii=False, indent=2))
        return 0
    print(f"{seat.config.county} {chosen} 各镇街")
    print(f"{'名次':<4}{'镇街':<8}{'上报':>6}{'办结':>6}{'办结率':>8}{'按期率':>8}{'超期':>6}{'县级在办':>8}")
    for t in lines:
        if t.figures is None:
            print(f"{'—':<4}{_unreachable(t.township, t.last_read, t.trouble)}")
            continue
        f = t.figures
        rate = lambda r: f"{r:.1%}" if r is not None else "—"  # noqa: E731
        print(f"{t.rank:<4}{t.township:<8}{f.reported:>6}{f.closed:>6}{rate(f.closure_rate):>8}"
              f"{rate(f.on_time_rate):>8}{f.overdue_now:>6}{t.county_items:>8}")
    return 0


def _queue(seat: Seat, args) -> int:
    query = county_query()
    found, total = first_page(seat, query, limit=args.limit)
    items = [{"township": r.township, "code": r.row.code, "title": r.row.title, "status": r.row.status,
              "colour": r.row.colour, "unit": r.row.unit,
              "reported_at": clock.local(r.row.reported_at).isoformat(),
              "due_at": clock.local(r.row.step_due_at).isoformat() if r.row.step_due_at else None} for r in found.rows]
    if args.json:
        print(json.dumps({"total": total, "shown": len(items), "incidents": items,
                          "unreachable": [a.township.name for a in found.unreachable]}, ensure_ascii=False, indent=2))
        return 0
    for i in items:
        print(f"{i['township']}  {i['code']}  {Status(i['status']).label:<4} {WarningColour.label_of(i['colour'])}  "
              f"{i['title']}" + (f"  → {i['unit']}" if i["unit"] else ""))
    for a in found.unreachable:
        print(_unreachable(a.township.name, a.township.last_read, a.trouble))
    print(f"县级在办共 {total} 件,显示 {len(items)} 件")
    return 0
