"""Backups, restores and moving a township to a server, from the command line (admin only)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..base import clock
from ..base.progress import printing
from ..ops import Can, maintenance, open_from_args, resolve_url
from ..ops.maintenance import BackupInfo
from .auth import confirmed, signed_in


def add_commands(command) -> None:
    p = command("backup", "a checked copy of the database, made while others keep working")
    p.add_argument("file", type=Path, help="a .sqlite file (a server's backup is a .zip archive)")
    p.add_argument("--verify", action="store_true",
                   help="verify an existing backup as a restore would (full integrity check, whole chain)")
    p.set_defaults(run=cmd_backup)

    p = command("restore", "replace the database by a backup (a safety backup is taken first)")
    p.add_argument("file", type=Path)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(run=cmd_restore)

    p = command("transfer", "copy this township into an empty PostgreSQL database")
    p.add_argument("--to", required=True, metavar="URL", help="postgresql+psycopg://user:password@host/db")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(run=cmd_transfer)


def describe(info: BackupInfo) -> str:
    made = clock.format_local(info.made_at) if info.made_at else "未知"
    return f"{info.path}:{info.township or '(未设置乡镇)'},备份于 {made},最后一条审计记录 {info.pin}"


def cmd_backup(args) -> int:
    if args.verify:
        with open_from_args(args) as db:
            info = maintenance.verify_backup(db, signed_in(db, args), args.file)
        print(f"备份完好(完整性检查与审计链均通过):{describe(info)}")
        return 0
    with open_from_args(args) as db:
        info = maintenance.backup(db, signed_in(db, args), args.file, printing(sys.stderr)).value
    print(file=sys.stderr)
    print(f"备份完成并已校验:{describe(info)}")
    return 0


def cmd_restore(args) -> int:
    with open_from_args(args) as db:
        me = None if maintenance.holds_nothing(db) else signed_in(db, args, Can.ADMINISTER)
        info = maintenance.restorable(db, me, args.file)
        print(f"备份内容:{describe(info)}")
        print(f"将替换 {db.describe()} 的全部数据(替换前自动做安全备份)。")
        if not confirmed("确定恢复吗?[y/N] ", args.yes):
            print("未恢复。")
            return 1
        done = maintenance.restore(db, me, args.file, printing(sys.stderr)).value
    print(file=sys.stderr)
    print(f"已恢复;恢复前的数据库已备份到 {done.safety}")
    return 0


def cmd_transfer(args) -> int:
    with open_from_args(args) as db:
        me = signed_in(db, args, Can.ADMINISTER)
        print(f"将把 {db.describe()} 的全部数据复制到 {resolve_url(args.to).render_as_string(hide_password=True)}"
              "(目标须为空库),复制前自动做校验过的备份。")
        if not confirmed("确定迁移吗?[y/N] ", args.yes):
            print("未迁移。")
            return 1
        counts = maintenance.transfer(db, me, args.to, printing(sys.stderr)).value
    print(file=sys.stderr)
    print(f"已迁移 {sum(counts.values()):,} 行({len(counts)} 张表),目标数据库审计链校验通过。")
    return 0
