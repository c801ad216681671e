"""HR commands: the monthly evaluation, adjustments with a reason, locking."""

from __future__ import annotations

import json
from pathlib import Path

from ..base import clock
from ..base.enums import Level, PersonColour
from ..ops import Can, evaluation, open_from_args, visits
from ..ops.evaluation import CAREER_KINDS
from .arguments import month
from .auth import signed_in


def add_commands(command) -> None:
    p = command("evaluate", "the monthly evaluation of full-time grid workers")
    p.add_argument("--month", required=True, type=month, metavar="YYYY-MM")
    p.add_argument("--lock", action="store_true", help="lock the month: it never changes again")
    p.add_argument("--json", action="store_true")
    p.add_argument("--sheets", metavar="FILE.pdf", help="write the evaluation sheets (one A4 page each)")
    p.add_argument("--staff", metavar="STAFF_NO", help="with --sheets: only this worker")
    p.add_argument("--ranking", metavar="FILE", help="write the ranking table (.pdf or .xlsx)")
    p.add_argument("--salary", metavar="FILE", help="write the salary float table (.pdf or .xlsx)")
    p.set_defaults(run=cmd_evaluate)

    p = command("careers", "candidates for promotion, yellow card, demotion, elimination after a locked month")
    p.add_argument("--month", required=True, type=month, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf", metavar="FILE.pdf", help="write the candidate list")
    p.set_defaults(run=cmd_careers)

    p = command("decide", "HR's decision on a career candidate (takes effect next month)")
    p.add_argument("--month", required=True, type=month, metavar="YYYY-MM")
    p.add_argument("--staff", required=True, metavar="STAFF_NO")
    p.add_argument("--kind", required=True, choices=tuple(CAREER_KINDS))
    verdict = p.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--approve", action="store_true")
    verdict.add_argument("--reject", action="store_true")
    p.add_argument("--reason", required=True)
    p.set_defaults(run=cmd_decide)

    p = command("scheme", "the evaluation scheme in force for a month, or a new version of it")
    p.add_argument("action", choices=("show", "set"))
    p.add_argument("--month", type=month, metavar="YYYY-MM", help="show: the month (default: this month)")
    p.add_argument("--from", dest="effective", type=month, metavar="YYYY-MM", help="set: first month of the new version")
    p.add_argument("--file", type=Path, help="set: the rules as JSON (start from `scheme show --json`)")
    p.add_argument("--note", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_scheme)

    p = command("visits", "key persons due for a visit today or overdue")
    p.add_argument("action", choices=("due",))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_visits)

    p = command("adjust", "adjust one worker's monthly score, with a written reason")
    p.add_argument("--month", required=True, type=month, metavar="YYYY-MM")
    p.add_argument("--staff", required=True, metavar="STAFF_NO")
    p.add_argument("--points", required=True, type=float)
    p.add_argument("--reason", required=True)
    p.set_defaults(run=cmd_adjust)


def cmd_evaluate(args) -> int:
    with open_from_args(args) as db:
        me = signed_in(db, args)
        if args.lock:
            result = evaluation.lock(db, me, args.month).value.result
        else:  # what it prints: the candidates are the careers command's
            result = evaluation.month(db, me, args.month, with_candidates=False).value.result
        if _exports(db, me, args, result):
            return 0
    if args.json:
        print(_json_by_worker(result.as_json()))
        return 0
    state = "已锁定" if result.locked else "未锁定"
    print(f"{args.month} 考核({state},方案第 {result.scheme_id} 版),{len(result.workers)} 人")
    pay = not result.redacted  # a role without pay sees the same table without its money
    print(f"{'工号':<8}{'姓名':<6}{'等级':<10}{'上报':>6}{'按期':>6}{'走访':>6}{'例会':>6}{'满意':>6}{'加分':>5}"
          + (f"{'扣分':>5}" if pay else "") + f"{'总分':>7} {'等次':<4}" + (f"{'绩效工资':>9}{'浮动':>8}" if pay else ""))
    for w in result.workers:
        line = (f"{w.staff_no:<8}{w.name:<6}{Level.label_of(w.level):<10}"
                + "".join(f"{i.points:>6.2f}" for i in w.indicators) + f"{w.bonus.points:>5g}")
        if w.deductions is not None:
            line += f"{-w.deductions.points or 0:>5g}"  # "0", never "-0"
        line += f"{w.total:>7.1f} {w.grade:<4}"
        if w.pay is not None:
            line += f"{w.pay.performance:>9.2f}{w.pay.floating:>8.2f}"
        print(line)
    return 0


def _json_by_worker(month: dict) -> str:
    """The month as JSON, one worker to a line: a city's 3,400 sheets written at the C encoder's
    speed (an indented dump takes the pure-Python one), still read line by line."""
    head = {k: v for k, v in month.items() if k != "workers"}
    workers = ",\n".join("  " + json.dumps(w, ensure_ascii=False) for w in month["workers"])
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "workers": [\n' + workers + "\n]}"


def cmd_adjust(args) -> int:
    with open_from_args(args) as db:
        evaluation.adjust(db, signed_in(db, args), args.month, args.staff, args.points, args.reason)
    print(f"已记录:{args.month} {args.staff} {args.points:+g} 分({args.reason})。重新计算:evaluate --month {args.month}")
    return 0


def cmd_careers(args) -> int:
    with open_from_args(args) as db:
        me = signed_in(db, args)
        evaluation.apply_due_levels(db, me)
        if args.pdf:
            from ..ops import reports  # the documents' code only when one is written

            print(f"候选名单已写入 {reports.candidates_pdf(db, me, args.month, args.pdf)}")
            return 0
        found = evaluation.candidates(db, me, args.month)
    if args.json:
        print(json.dumps({"month": args.month, "candidates": [c.as_dict() for c in found]}, default=str,
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{args.month} 晋升淘汰候选 {len(found)} 人")
    for c in found:
        target = f" → {Level(c.to_level).label}" if c.to_level else ""
        print(f"  {c.staff_no} {c.name} [{c.kind_label}{target}] {c.finding}")
    return 0


def cmd_decide(args) -> int:
    with open_from_args(args) as db:
        effective = evaluation.decide(db, signed_in(db, args), args.month, args.staff, args.kind,
                                      args.approve, args.reason).value
    when = f",自 {effective} 起生效" if effective else ""
    print(f"已{'批准' if args.approve else '驳回'}:{args.staff} {CAREER_KINDS[args.kind]}{when}")
    return 0


def cmd_visits(args) -> int:
    with open_from_args(args) as db:
        due = visits.reminders(db, signed_in(db, args, Can.REPORTS))
    if args.json:
        print(json.dumps({"reminders": [r.as_dict() for r in due]}, ensure_ascii=False, indent=2))
        return 0
    overdue = sum(r.state == "overdue" for r in due)
    print(f"今日应走访或已逾期 {len(due)} 人(逾期 {overdue} 人)")
    for r in due:
        state = "逾期" if r.state == "overdue" else "今日"
        print(f"  [{state}] {r.village} {r.grid} {r.name}({PersonColour(r.colour).label})责任网格员 {r.worker}({r.staff_no})"
              f" 上次 {clock.format_local(r.last_visit) or '无'}")
    return 0


def _exports(db, me, args, result: dict) -> bool:
    """Write the files asked for; True if any was."""
    if not (args.sheets or args.ranking or args.salary):
        return False
    from ..ops import reports

    written = []
    if args.sheets:
        written.append(reports.evaluation_sheets(db, me, result, args.sheets, args.staff))
    for kind, path in (("ranking", args.ranking), ("salary", args.salary)):
        if path:
            written.append(reports.evaluation_table(db, me, kind, result, path))
    for path in written:
        print(f"已写入 {path}")
    return bool(written)


def cmd_scheme(args) -> int:
    from ..base.errors import InputError

    with open_from_args(args) as db:
        if args.action == "set":
            if not args.effective or not args.file:
                raise InputError("新方案需要 --from YYYY-MM 和 --file 规则.json")
            rules = _json_object(args.file)
            version = evaluation.new_scheme(db, signed_in(db, args), args.effective, rules, args.note).value
            print(f"考核方案第 {version} 版自 {args.effective} 起生效;已锁定的月份不受影响。")
            return 0
        month = args.month or clock.today().strftime("%Y-%m")
        shown = _scheme_shown(evaluation.scheme_in_force(db, signed_in(db, args, Can.REPORTS), month))
    print(json.dumps(shown, ensure_ascii=False, indent=2 if args.json else None))
    return 0


SCHEME_FILE_MOST = 1 << 20  # a scheme is a few kilobytes


def _json_object(path: Path) -> dict:
    from ..base.errors import InputError

    try:
        if path.stat().st_size > SCHEME_FILE_MOST:
            raise InputError(f"方案文件 {path} 超过 1 MB,不像是考核方案")
        rules = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"无法读取方案文件 {path}:{exc}") from None
    if not isinstance(rules, dict):
        raise InputError(f"方案文件 {path} 应为一个 JSON 对象(如 scheme show --json 输出的 rules),而不是 {type(rules).__name__}")
    return rules


def _scheme_shown(version: evaluation.SchemeInForce) -> dict:
    return {"version": version.version, "effective_month": version.effective_month,
            "note": version.note, "rules": version.rules}
