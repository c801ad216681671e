"""Retrospective reviews from the command line (SPEC §8): ``review list | open | draft | show |
confirm | add | approve | pdf``. A review is named by its code (XT-DC-2026-001) or its number."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..base import clock
from ..base.enums import EventKind, FindingKind, Responsibility
from ..base.errors import InputError
from ..ops import Can, open_from_args, reference, reports, reviews
from ..ops.reviews import WINDOW_DAYS, ReviewRow, ReviewView, timestamp
from .arguments import count
from .auth import signed_in


def _local_time(text: str):
    try:
        return timestamp(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _choice(enum):
    def parse(text: str) -> str:
        try:
            return enum.from_label(text).value
        except ValueError:
            raise argparse.ArgumentTypeError(f"“{text}”应为 " + "、".join(
                f"{m.value}({m.label})" for m in enum)) from None
    return parse


def add_commands(command) -> None:
    p = command("review", "retrospective reviews of serious events (事后倒查)")
    p.add_argument("action", choices=("list", "open", "draft", "show", "confirm", "add", "approve", "pdf"))
    p.add_argument("review", nargs="?", metavar="REVIEW", help="its code (XT-DC-2026-001) or number")
    p.add_argument("file", nargs="?", type=Path, help="pdf: the file to write")
    p.add_argument("--incident", metavar="CODE", help="open: the serious incident")
    p.add_argument("--event", type=_choice(EventKind), metavar="KIND",
                   help="open: an event entered by hand: " + "、".join(f"{k.value}({k.label})" for k in EventKind))
    p.add_argument("--kind", type=_choice(EventKind), default=EventKind.OTHER.value, help="open --incident: its kind")
    p.add_argument("--at", type=_local_time, metavar="'YYYY-MM-DD HH:MM'", help="open --event / add: when")
    p.add_argument("--grid", metavar="CODE", help="open --event: where")
    p.add_argument("--place", default="")
    p.add_argument("--description", default="", help="open --event: what happened")
    p.add_argument("--person", action="append", default=[], metavar="ID_NUMBER", help="open --event: a linked key person")
    p.add_argument("--days", type=count(1, 3660), default=WINDOW_DAYS, help=f"open: how far to look back (default {WINDOW_DAYS})")
    p.add_argument("--village", action="store_true", help="open: every grid of the village, not only the event's")
    p.add_argument("--finding", type=count(1, 2**31 - 1), metavar="N", help="confirm: the finding's number")
    p.add_argument("--level", type=_choice(Responsibility), help="confirm: none / minor / major / serious")
    p.add_argument("--reason", help="confirm: why")
    p.add_argument("--summary", help="add: what was found")
    p.add_argument("--staff", metavar="STAFF_NO", help="add: the person responsible then")
    p.add_argument("--unit", metavar="NAME", help="add: the unit responsible then")
    p.add_argument("--evidence", action="append", default=[], metavar="incident:CODE")
    p.add_argument("--conclusion", help="approve: the review's conclusion")
    p.add_argument("--rest-none", metavar="REASON",
                   help="approve: decide the findings still undecided as no responsibility, for this reason")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_review)


def _need(args, *names: str) -> None:
    missing = [f"--{n}" for n in names if getattr(args, n) in (None, "")]
    if missing:
        raise InputError(f"review {args.action} 需要 " + "、".join(missing))


def cmd_review(args) -> int:
    with open_from_args(args) as db:
        if args.action == "list":
            return _list(reviews.reviews(db, signed_in(db, args, Can.VIEW_REVIEWS)), args.json)
        if args.action == "open":
            me = signed_in(db, args)
            review_id = _open(db, me, args)
            return _show(reviews.review(db, me, review_id), args.json)
        _need(args, "review")
        me = signed_in(db, args, Can.VIEW_REVIEWS)
        review_id = reviews.review_id(db, me, args.review)
        if args.action == "draft":
            reviews.redraft(db, me, review_id)
        elif args.action == "confirm":
            _need(args, "finding", "level", "reason")
            reviews.confirm(db, me, review_id, args.finding, args.level, args.reason)
        elif args.action == "add":
            _need(args, "summary", "at")
            staff, unit = reference.staff_id(db, me, args.staff), reference.unit_id(db, me, args.unit)
            proof = reviews.evidence(db, me, args.evidence)
            reviews.add_finding(db, me, review_id, args.summary, args.at, staff, unit, proof)
        elif args.action == "approve":
            _need(args, "conclusion")
            month = reviews.approve(db, me, review_id, args.conclusion, args.rest_none).value
            print(f"已审批锁定;认定的责任计入 {month} 的考核")
        elif args.action == "pdf":
            _need(args, "file")
            print(f"倒查报告已写入 {reports.review_pdf(db, me, review_id, args.file)}")
            return 0
        return _show(reviews.review(db, me, review_id), args.json)


def _open(db, me, args) -> int:
    if args.incident:
        incident = reference.incident_id(db, me, args.incident)
        return reviews.open_for_incident(db, me, incident, args.kind, args.days, args.village).value
    _need(args, "event", "at", "grid", "description")
    persons, grid = reviews.person_ids(db, me, args.person), reference.grid_id(db, me, args.grid)
    event = reviews.NewEvent(args.event, args.at, grid, args.place, args.description, persons)
    return reviews.open_for_event(db, me, event, args.days, args.village).value


def _list(rows: list[ReviewRow], as_json: bool) -> int:
    if as_json:
        print(json.dumps([{"code": r.code, "kind": r.kind, "event_at": clock.local(r.event_at).isoformat(),
                           "grid": r.grid, "state": r.state, "findings": r.findings, "decided": r.decided,
                           "effective_month": r.effective_month} for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r.code}  {EventKind.label_of(r.kind)}  {clock.format_local(r.event_at)}  {r.grid}  "
              f"{'已审批' if r.state == 'approved' else '倒查中'}  发现 {r.findings} 条,已认定 {r.decided} 条")
    print(f"共 {len(rows)} 项倒查")
    return 0


def _show(view: ReviewView, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"code": view.code, "kind": view.kind, "state": view.state,
                          "event_at": clock.local(view.event_at).isoformat(), "window_days": view.window_days,
                          "effective_month": view.effective_month, "conclusion": view.conclusion,
                          "findings": [{"number": f.number, "kind": f.kind, "at": clock.local(f.occurred_at).isoformat(),
                                        "summary": f.summary, "facts": f.facts, "responsible": f.responsible,
                                        "staff_id": f.staff_id,
                                        "level": f.level, "reason": f.reason, "evidence": [e.stored() for e in f.evidence],
                                        "manual": f.manual} for f in view.findings]},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{view.code} {view.kind_label} {clock.format_local(view.event_at)} {view.grid} "
          f"(前 {view.window_days} 天){'  已审批' if view.locked else ''}")
    for f in view.findings:
        level = Responsibility.label_of(f.level) if f.level else "未认定"
        print(f"{f.number:>3}. [{FindingKind.label_of(f.kind)}] {f.summary}  —— {f.responsible};{level}"
              + (f"({f.reason})" if f.reason else ""))
    return 0
