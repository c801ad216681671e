"""Intake of work orders from the command line: define a source from a sample file, take in a
file, look at the inbox folders once, decide likely repeats; and a made-up hotline export to try
it with."""

from __future__ import annotations

import sys
from pathlib import Path

from ..base.enums import RepeatReason, Source
from ..base.errors import InputError
from ..ops import Can, intake, open_from_args, reference
from ..ops.intake import ImportFailed, SourceForm, mapping
from .arguments import count
from .auth import signed_in


def add_commands(command) -> None:
    p = command("intake-source", "define (or change) a source of work orders from a sample file")
    p.add_argument("name", help="the source's name, e.g. 12345热线")
    p.add_argument("--sample", type=Path, required=True, help="an export of the source (xlsx/csv)")
    p.add_argument("--source", default=Source.HOTLINE_12345, choices=[s.value for s in Source])
    p.add_argument("--map", action="append", default=[], metavar="字段=列名",
                   help="our field (" + "/".join(t.label for t in mapping.TARGETS) + ") = the file's column; "
                        "the rest are guessed from the column names")
    p.add_argument("--default-category", metavar="大类", help="for orders whose type names none of ours")
    p.add_argument("--default-grid", metavar="网格编码", help="for orders whose address names no grid")
    p.add_argument("--inbox", type=Path, metavar="DIR", help="a folder watched for the source's files")
    p.set_defaults(run=cmd_source)
    p = command("intake", "take in a file of work orders from a source (new orders only)")
    p.add_argument("source", help="the source's name")
    p.add_argument("file", type=Path)
    p.set_defaults(run=cmd_intake)
    p = command("intake-watch", "take in every file waiting in the sources' inbox folders, once")
    p.set_defaults(run=cmd_watch)
    p = command("duplicates", "list the likely repeats still to decide, or decide one")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--link", type=count(1, 2**31 - 1), metavar="ID", help="link it to its original as 重复")
    group.add_argument("--keep", type=count(1, 2**31 - 1), metavar="ID", help="keep it as an incident of its own")
    p.set_defaults(run=cmd_duplicates)
    p = command("sample-orders", "write a made-up 12345 hotline export of this township, to try the intake")
    p.add_argument("file", type=Path)
    p.add_argument("--rows", type=count(1, 100_000), default=200)
    p.add_argument("--seed", type=count(0, 2**31 - 1), default=12345)
    p.set_defaults(run=cmd_sample)


def _form(db, me, args) -> tuple[SourceForm, int | None]:
    form, source_id = intake.source_named(db, me, args.name) or (SourceForm(args.name), None)
    form.source = args.source
    labels = {t.label: t.key for t in mapping.TARGETS} | {t.key: t.key for t in mapping.TARGETS}
    given = {}
    for pair in args.map:
        field, _, column = pair.partition("=")
        if field.strip() not in labels or not column.strip():
            raise InputError("“{pair}”应为 字段=列名,字段为:{fields}", pair=pair,
                             fields=[t.label for t in mapping.TARGETS])
        given[labels[field.strip()]] = column.strip()
    # A new source starts from the columns other systems' names give away; one defined keeps its own.
    found = form.columns if source_id else intake.columns_guessed(args.sample)
    form.columns = {**found, **given}
    if args.default_category:
        form.default_category_id = next((o.id for o in reference.lists(db, me, workers=False).top_categories
                                         if o.label == args.default_category), None)
        if form.default_category_id is None:
            raise InputError("大类“{name}”不存在", name=args.default_category)
    if args.default_grid:
        form.default_grid_id = reference.grid_id(db, me, args.default_grid)
    if args.inbox:
        form.inbox = str(args.inbox.resolve())
    return form, source_id


def cmd_source(args) -> int:
    with open_from_args(args) as db:
        me = signed_in(db, args, Can.ADMINISTER)
        form, source_id = _form(db, me, args)
        preview = intake.preview(db, me, form, args.sample)
        intake.save_source(db, me, form, source_id)
    print(f"来件来源“{form.name}”已{'更新' if source_id else '新建'},列对应:")
    for target in mapping.TARGETS:
        print(f"  {target.label}{'*' if target.required else ''} ← {form.columns.get(target.key, '(无)')}")
    print(f"样例文件前 {len(preview.rows)} 行检查:" + ("无问题" if not preview.errors else f"{len(preview.errors)} 处问题"))
    for error in preview.errors:
        print(f"  {error}")
    return 0


def report_failure(path, failed: ImportFailed) -> int:
    """An import refused, every bad cell named, on stderr; the exit code."""
    print(f"导入失败:{path}:{failed.report.summary()}", file=sys.stderr)
    for error in failed.report.errors:
        print(f"  {error}", file=sys.stderr)
    if failed.report.more_said():
        print(f"  {failed.report.more_said()}", file=sys.stderr)
    return 1


def cmd_intake(args) -> int:
    with open_from_args(args) as db:
        try:
            report = intake.take_in(db, signed_in(db, args, Can.MOVE_INCIDENTS), args.source, args.file).value
        except ImportFailed as failed:
            return report_failure(args.file, failed)
    print(f"导入完成:{args.file}:{report.summary()}")
    return 0


def cmd_watch(args) -> int:
    with open_from_args(args) as db:
        filed = intake.watch(db, signed_in(db, args, Can.MOVE_INCIDENTS)).value
    for item in filed:
        print(f"{'已导入' if item.ok else '失败'} → {item.file}")
        for line in item.report[1:]:
            print(f"  {line}")
    if not filed:
        print("收件文件夹中没有待导入的文件")
    return 0 if all(item.ok for item in filed) else 1


def cmd_duplicates(args) -> int:
    with open_from_args(args) as db:
        me = signed_in(db, args, Can.MOVE_INCIDENTS)
        if args.link or args.keep:
            intake.decide_duplicate(db, me, args.link or args.keep, link=bool(args.link))
            print("已关联为重复事件" if args.link else "已保留为独立事件")
            return 0
        flags = intake.open_flags(db, me)
    for flag in flags:
        print(f"[{flag.id}] {flag.new.code} {flag.new.title} ← 疑似重复 {flag.original.code} "
              f"{flag.original.title}({RepeatReason.label_of(flag.reason)},相似度 {flag.similarity:.0%})")
    if not flags:
        print("没有待处理的疑似重复")
    return 0


def cmd_sample(args) -> int:
    from ..demo.orders import sample_export

    with open_from_args(args) as db:
        path = sample_export(db, args.file, args.rows, args.seed)
    print(f"模拟 12345 工单 {args.rows} 行已写入 {path}")
    return 0
