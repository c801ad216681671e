"""Who the command line acts as: a named account (``--user`` or ``GRIDCOMMAND_USER``), its
password from ``GRIDCOMMAND_PASSWORD`` for scripts or typed at the terminal; and their yes to
what changes the whole database (``--yes`` for scripts)."""

from __future__ import annotations

import getpass
import os
import sys

from ..base.errors import InputError
from ..ops import Can, accounts, require
from ..ops.actor import Actor

ENV_USER, ENV_PASSWORD = "GRIDCOMMAND_USER", "GRIDCOMMAND_PASSWORD"
ENV_NEW_PASSWORD = "GRIDCOMMAND_NEW_PASSWORD"  # an account's temporary password, made from a script


def password(prompt: str = "密码:", confirm: bool = False, env: str = ENV_PASSWORD) -> str:
    given = os.environ.get(env)
    if given:
        return given
    if not sys.stdin.isatty():
        raise InputError(f"需要密码:在终端输入,或设置环境变量 {env}")
    typed = getpass.getpass(prompt)
    if confirm and getpass.getpass("再输入一次:") != typed:
        raise InputError("两次输入的密码不一致")
    return typed


def signed_in(db, args, needs: Can | None = None) -> Actor:
    """The account named on the command line, signed in (and allowed ``needs``, for reads)."""
    if accounts.needs_first_start(db):
        raise InputError("此数据库尚未设置乡镇和管理员:请先运行 init --township … --county … --admin …")
    username = getattr(args, "user", None) or os.environ.get(ENV_USER)
    if not username:
        raise InputError(f"请用 --user 用户名 指明操作人(或设置环境变量 {ENV_USER})")
    actor = accounts.sign_in(db, username, password(f"{username} 的密码:"))
    if needs is not None:
        require(actor, needs)
    return actor


def confirmed(question: str, yes: bool) -> bool:
    """``--yes``, or y typed at the terminal; never a yes read from a pipe or a closed input."""
    if yes:
        return True
    if not sys.stdin.isatty():
        print(f"{question.split('[')[0].strip()} 不在终端运行时需要 --yes 确认。", file=sys.stderr)
        return False
    try:
        return input(question).strip().lower() in ("y", "yes", "是")
    except EOFError:
        return False
