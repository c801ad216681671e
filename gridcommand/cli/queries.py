"""Read-mostly commands for scripts: closed-loop figures, incident lists, unit ranking, and
running the automatic rules (e.g. from a scheduled task on a seat that is not always open)."""

from __future__ import annotations

import json
from pathlib import Path

from ..base import clock
from ..base.enums import Status, Track, WarningColour
from ..ops import Can, dashboard, open_from_args, queue, reference, reports
from ..ops.dashboard import GROUPS
from ..ops.queue import QueueFilter, QueueQuery, is_overdue
from .arguments import count, day, month
from .auth import signed_in


def add_commands(command) -> None:
    p = command("stats", "closed-loop figures for incidents reported between two dates")
    p.add_argument("--from", dest="first", required=True, type=day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=True, type=day, metavar="YYYY-MM-DD",
                   help="last day, inclusive")
    p.add_argument("--by", choices=GROUPS)
    p.add_argument("--village", metavar="NAME", help="only the incidents of this village or community")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_stats)

    p = command("incidents", "list incidents, or link a key person to one (link-person CODE --person ID)")
    p.add_argument("action", choices=("list", "link-person"))
    p.add_argument("code", nargs="?", metavar="CODE", help="link-person: the incident's code")
    p.add_argument("--person", metavar="身份证号", help="link-person: the key person's ID number")
    p.add_argument("--note", default="", help="link-person: how they are concerned")
    p.add_argument("--status", choices=[s.value for s in Status], action="append")
    p.add_argument("--colour", choices=("red", "yellow", "blue"), action="append")
    p.add_argument("--overdue", action="store_true", help="only open incidents past their step's due time")
    p.add_argument("--grid", metavar="CODE")
    p.add_argument("--limit", type=count(1, 100_000), default=1000)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_incidents)

    p = command("units", "monthly ranking of the handling units")
    p.add_argument("--month", required=True, type=month, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_units)

    p = command("deadlines", "show the deadline matrix in force, or set a new version of it")
    p.add_argument("action", choices=("show", "set"))
    p.add_argument("--effective", type=day, metavar="YYYY-MM-DD",
                   help="set: the day the new version takes effect (default: today)")
    p.add_argument("--mode", choices=("calendar", "working"),
                   help="set: calendar hours, or hours counted on working days only")
    p.add_argument("--hours", nargs="*", default=[], metavar="STEP:COLOUR=H",
                   help="set: e.g. resolve:blue=48 accept:red=0.5 (others as now)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_deadlines)

    p = command("agenda", "the weekly meeting agenda the builder proposes for a date")
    p.add_argument("--date", required=True, type=day, metavar="YYYY-MM-DD")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--pdf", type=Path, metavar="FILE")
    p.set_defaults(run=cmd_agenda)

    p = command("rules", "run the automatic rules now (cards, escalation, meeting flags)")
    p.add_argument("action", choices=("run",))
    p.set_defaults(run=cmd_rules)


def _percent(value) -> str:
    return "—" if value is None else f"{value:.1%}"


def cmd_stats(args) -> int:
    with open_from_args(args) as db:
        me = signed_in(db, args, Can.REPORTS)
        village_id = reference.village_id(db, me, args.village) if args.village else None
        rows = dashboard.stats(db, me, args.first, args.last, args.by, village_id)
    if args.json:
        print(json.dumps({"from": args.first.isoformat(), "to": args.last.isoformat(),
                          "by": args.by, "rows": [r.as_dict() for r in rows]},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{'分组':<16}{'上报':>8}{'办结':>8}{'办结率':>9}{'按期率':>9}{'平均处置小时':>10}{'当前超期':>8}")
    label = {"colour": WarningColour.label_of, "track": Track.label_of}.get(args.by, str)
    for r in rows:
        hours = "—" if r.avg_handling_hours is None else f"{r.avg_handling_hours:.1f}"
        print(f"{label(r.key):<16}{r.reported:>8}{r.closed:>8}{_percent(r.closure_rate):>9}"
              f"{_percent(r.on_time_rate):>9}{hours:>10}{r.overdue_now:>8}")
    return 0


def cmd_incidents(args) -> int:
    if args.action == "link-person":
        return cmd_link_person(args)
    with open_from_args(args) as db:
        me = signed_in(db, args, Can.REPORTS)
        grid_id = reference.grid_id(db, me, args.grid) if args.grid else None
        now = clock.now()
        query = QueueQuery(QueueFilter(statuses=tuple(args.status or ()), colours=tuple(args.colour or ()),
                                       grid_id=grid_id, overdue_at=now if args.overdue else None))
        total = queue.size(db, me, query)
        rows = queue.jump(db, me, query, 0, args.limit).rows
    items = [{"code": r.code, "title": r.title, "status": r.status, "colour": r.colour,
              "village": r.village, "grid": r.grid, "category": r.category, "unit": r.unit,
              "level": r.level, "reported_at": clock.local(r.reported_at).isoformat(),
              "due_at": clock.local(r.step_due_at).isoformat() if r.step_due_at else None,
              "overdue": r.is_open and is_overdue(r.step_due_at, now)} for r in rows]
    if args.json:
        print(json.dumps({"total": total, "shown": len(items), "incidents": items},
                         ensure_ascii=False, indent=2))
    else:
        for i in items:
            print(f"{i['code']}  {Status(i['status']).label:<4} {WarningColour.label_of(i['colour'])}  {i['village']} "
                  f"{i['grid']}  {i['title']}" + ("  [超期]" if i["overdue"] else ""))
        print(f"共 {total} 件,显示 {len(items)} 件")
    return 0


def cmd_link_person(args) -> int:
    from ..base.errors import InputError
    from ..ops import incidents

    if not args.code or not args.person:
        raise InputError("用法:incidents link-person 事件编号 --person 身份证号 [--note 说明]")
    with open_from_args(args) as db:
        me = signed_in(db, args, Can.MOVE_INCIDENTS)
        review = incidents.link_person(db, me, reference.incident_id(db, me, args.code), id_number=args.person,
                                       note=args.note).value
    print(f"已将重点人员关联到事件 {args.code}" + (f";倒查 {review} 已纳入此人并重新起草" if review else ""))
    return 0


def cmd_units(args) -> int:
    with open_from_args(args) as db:
        ranking = reports.unit_ranking(db, signed_in(db, args, Can.REPORTS), args.month)
    if args.json:
        print(json.dumps({"month": args.month, "units": [u.as_dict() for u in ranking]},
                         ensure_ascii=False, indent=2))
        return 0
    for u in ranking:
        print(f"{u.rank:>3}. {u.unit:<10} {u.score:>5.1f}  交办 {u.dispatched} 报到 {u.signed} "
              f"办结 {u.closed} 按期率 {_percent(u.on_time_rate)} 退单 {u.returns} 返工 {u.reworks} "
              f"黄牌 {u.yellow_cards} 红牌 {u.red_cards}")
    return 0


def cmd_rules(args) -> int:
    from ..ops import rules

    with open_from_args(args) as db:
        changed = rules.run(db, signed_in(db, args)).value
    print(f"自动规则已运行:{changed} 件事件有更新")
    return 0


def cmd_deadlines(args) -> int:
    from ..base.enums import WarningColour
    from ..ops import rules
    from ..ops.rules import STEPS

    with open_from_args(args) as db:
        me = signed_in(db, args, Can.REPORTS)
        current = rules.deadlines_in_force(db, me)
        if args.action == "set":
            effective = clock.at_local(args.effective or clock.today())
            hours = _hours_given(args.hours, current, STEPS, WarningColour)
            rules.new_deadlines(db, me, effective, args.mode or current.mode, hours,
                                note="命令行设置")
            current = rules.deadlines_in_force(db, me, max(clock.now(), effective))
    table = {f"{s}:{c.value}": current.allowed_hours(s, c.value) for s in STEPS for c in WarningColour}
    if args.json:
        print(json.dumps({"version": current.id, "effective_from": clock.local(current.effective_from).isoformat(),
                          "mode": current.mode, "hours": table}, ensure_ascii=False, indent=2))
    else:
        print(f"时限规则第 {current.id} 版,自 {clock.format_local(current.effective_from)} 起,"
              f"{'工作日' if current.mode == 'working' else '自然时'}计时(小时):")
        for key, value in table.items():
            print(f"  {key:<16}{value:g}")
    return 0


def _hours_given(items: list[str], current, steps, colours) -> dict[tuple[str, str], float]:
    """The matrix in force with the STEP:COLOUR=H items given on the command line applied."""
    from ..base.errors import InputError

    hours = {(s, c.value): current.allowed_hours(s, c.value) for s in steps for c in colours}
    for item in items:
        try:
            key, value = item.split("=")
            step, colour = key.split(":")
            hours[(step, colour)] = float(value)
        except ValueError:
            raise InputError(f"“{item}”格式应为 步骤:颜色=小时,如 resolve:blue=48") from None
        if step not in steps or colour not in {c.value for c in colours}:
            raise InputError(f"“{item}”:步骤为 {'/'.join(steps)},颜色为 red/yellow/blue")
    return hours


def cmd_agenda(args) -> int:
    from ..ops import meetings

    with open_from_args(args) as db:
        me = signed_in(db, args, Can.VIEW_MEETINGS)
        if args.pdf:
            print(f"议程已写入 {reports.draft_agenda_pdf(db, me, args.date, args.pdf)}")
            return 0
        view = meetings.draft(db, me, args.date)
    if args.json:
        print(json.dumps({
            "township": view.township, "title": view.title,
            "starts_at": clock.local(view.starts_at).isoformat(), "length_minutes": view.length_minutes,
            "total_minutes": view.total_minutes,
            "items": [{"section": i.section, "section_name": i.section_name, "title": i.title,
                       "detail": i.detail, "incident": i.incident_code, "unit": i.unit,
                       "minutes": i.minutes, "kind": i.kind, "beneath": i.parent_id is not None}
                      for i in view.items]}, ensure_ascii=False, indent=2))
        return 0
    print(f"{view.township} {view.title}(合计 {view.total_minutes} / {view.length_minutes} 分钟)")
    section = None
    for item in view.items:
        if item.section != section:
            section = item.section
            print(f"\n{item.section}. {item.section_name}")
        lead = "       · " if item.parent_id is not None else "   - "
        minutes = "" if item.parent_id is not None else f"({item.minutes} 分钟)"
        print(f"{lead}{item.title}{minutes}" + (f"  [{item.detail}]" if item.detail and "\n" not in item.detail else ""))
    return 0
