"""HR commands: the monthly evaluation, adjustments with a reason, locking."""

from __future__ import annotations

import json

from .database import open_from_args
from .users import local_user


def add_commands(command) -> None:
    p = command("evaluate", "the monthly evaluation of full-time grid workers (SPEC §6)")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--lock", action="store_true", help="lock the month: it never changes again")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_evaluate)

    p = command("adjust", "adjust one worker's monthly score, with a written reason")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--staff", required=True, metavar="STAFF_NO")
    p.add_argument("--points", required=True, type=float)
    p.add_argument("--reason", required=True)
    p.set_defaults(run=cmd_adjust)


def cmd_evaluate(args) -> int:
    from .evaluation import service

    with open_from_args(args) as db, db.session() as session:
        if args.lock:
            result = service.lock(session, local_user(session), args.month)
        else:
            result = service.evaluate(session, args.month)
        session.commit()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    state = "已锁定" if result["locked"] else "未锁定"
    print(f"{args.month} 考核({state},方案第 {result['scheme_id']} 版),{len(result['workers'])} 人")
    print(f"{'工号':<8}{'姓名':<6}{'等级':<10}{'上报':>6}{'按期':>6}{'走访':>6}{'例会':>6}{'满意':>6}"
          f"{'加分':>5}{'扣分':>5}{'总分':>7} {'等次':<4}{'绩效工资':>9}{'浮动':>8}")
    for w in result["workers"]:
        i = w["indicators"]
        print(f"{w['staff_no']:<8}{w['name']:<6}{w['level']:<10}"
              + "".join(f"{i[k]['points']:>6.2f}" for k in ("reporting", "on_time", "visits", "meetings", "satisfaction"))
              + f"{w['bonus']['points']:>5g}{-w['deductions']['points']:>5g}{w['total']:>7.1f} {w['grade']:<4}"
              f"{w['pay']['performance']:>9.2f}{w['pay']['float']:>8.2f}")
    return 0


def cmd_adjust(args) -> int:
    from .evaluation import service

    with open_from_args(args) as db, db.session() as session:
        service.adjust(session, local_user(session), args.month, args.staff, args.points, args.reason)
        session.commit()
    print(f"已记录:{args.month} {args.staff} {args.points:+g} 分({args.reason})。重新计算:evaluate --month {args.month}")
    return 0
