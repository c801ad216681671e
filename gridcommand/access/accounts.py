"""Accounts (SPEC §12.1): argon2id password hashes, signing in with a lockout after repeated
failures, and what an administrator does with accounts. An account is deactivated, never
deleted: the record keeps the name of everyone who acted in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import UserRole
from ..base.errors import InputError, NotAllowed
from ..base.messages import Message
from ..models import User
from ..settings import system
from . import passwords
from .passwords import MIN_PASSWORD, Hashed, hash_password, hashed

MAX_FAILURES = 5
LOCKED_FOR = dt.timedelta(minutes=15)
ASSIGNABLE = (UserRole.DUTY, UserRole.CHAIR, UserRole.HR, UserRole.LEADER, UserRole.ADMIN, UserRole.COUNTY)


class SignInRefused(InputError):
    """The name, the password or the account's state did not allow signing in."""


@dataclass(frozen=True)
class Account:
    """An account as the administrator's list shows it."""

    id: int
    username: str
    name: str
    roles: tuple[str, ...]
    active: bool
    must_change_password: bool
    locked_until: dt.datetime | None
    last_sign_in_at: dt.datetime | None

    @property
    def role_labels(self) -> str:
        return "、".join(UserRole(r).label for r in self.roles)


def roles_text(roles: Iterable[str]) -> str:
    """Roles as stored: known ones only, at least one, in the fixed order of §12.1."""
    chosen = set(roles)
    unknown = chosen - {r.value for r in ASSIGNABLE}
    if unknown:
        raise InputError("未知的角色:{roles}", roles=sorted(unknown))
    if not chosen:
        raise InputError("至少选择一个角色")
    return ",".join(r.value for r in ASSIGNABLE if r in chosen)


# An unknown user and a wrong password get the same words (§12.1): neither tells who has an account.
WRONG = Message("用户名或密码不正确")


@dataclass(frozen=True)
class Attempt:
    """How a sign-in went: the user, or why not (and whether this attempt locked the account)."""

    user: User | None
    refusal: Message | None = None
    locked_now: bool = False


def sign_in(session: Session, username: str, password: str, now: dt.datetime | None = None) -> Attempt:
    """Check a password. Every failure is counted; the fifth in a row locks the account for 15
    minutes. The caller commits either way."""
    now = now or clock.now()
    user = session.scalars(select(User).where(User.username == (username or "").strip())).first()
    if user is None or user.password_hash is None:
        passwords.matches_nothing(password)
        return Attempt(None, WRONG)
    if user.locked_until is not None and now < user.locked_until:
        return Attempt(None, Message("密码错误次数过多,账号已锁定至 {until}",
                                     until=clock.format_local(user.locked_until, "%H:%M")))
    if not passwords.matches(user.password_hash, password):
        if not user.active:
            return Attempt(None, WRONG)
        user.failed_sign_ins += 1
        if user.failed_sign_ins >= MAX_FAILURES:
            user.failed_sign_ins, user.locked_until = 0, now + LOCKED_FOR
            return Attempt(None, Message("密码连续错误 {failures} 次,账号已锁定 {minutes} 分钟",
                                         failures=MAX_FAILURES, minutes=int(LOCKED_FOR.total_seconds() // 60)),
                           locked_now=True)
        return Attempt(None, WRONG)
    if not user.active:  # said only to whoever knows the password
        return Attempt(None, Message("账号 {username} 已停用", username=user.username))
    user.failed_sign_ins, user.locked_until, user.last_sign_in_at = 0, None, now
    if passwords.HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = passwords.HASHER.hash(password)
    return Attempt(user)


def needs_first_admin(session: Session) -> bool:
    """No active administrator can sign in: the first start asks for one."""
    return not any(UserRole.ADMIN in u.role_set for u in session.scalars(
        select(User).where(User.active.is_(True), User.password_hash.is_not(None))))


def create(session: Session, username: str, name: str, roles: Iterable[str], password: str | Hashed,
           staff_id: int | None = None, must_change: bool = False) -> User:
    username, name = (username or "").strip(), (name or "").strip()
    if not username or not name:
        raise InputError("用户名和姓名都不能为空")
    if len(username) > 64 or len(name) > 64:
        raise InputError("用户名和姓名不能超过 64 个字")
    existing = session.scalars(select(User).where(User.username == username)).first()
    if existing is not None and existing.password_hash is not None:
        raise InputError("用户名 {username} 已被使用", username=username)
    user = existing or User(username=username, created_at=clock.now(), active=True)
    user.display_name, user.roles, user.staff_id = name, roles_text(roles), staff_id
    user.password_hash, user.must_change_password = hashed(password), must_change
    session.add(user)
    session.flush()
    return user


def _account(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or user.password_hash is None and UserRole.SYSTEM in user.role_set:
        raise InputError("账号 {user_id} 不存在", user_id=user_id)
    return user


def _keep_an_administrator(session: Session, changing: User, roles: frozenset[str], active: bool) -> None:
    if UserRole.ADMIN in changing.role_set and not (active and UserRole.ADMIN in roles):
        others = [u for u in session.scalars(select(User).where(User.active.is_(True), User.id != changing.id))
                  if UserRole.ADMIN in u.role_set and u.password_hash is not None]
        if not others:
            raise NotAllowed("这是最后一个管理员账号:请先给另一个账号管理员角色")


def set_roles(session: Session, user_id: int, roles: Iterable[str]) -> User:
    user = _account(session, user_id)
    text = roles_text(roles)
    _keep_an_administrator(session, user, frozenset(text.split(",")), user.active)
    user.roles = text
    return user


def reset_password(session: Session, user_id: int, temporary: str) -> User:
    """A temporary password; the user must change it at the next sign-in (and is unlocked)."""
    user = _account(session, user_id)
    user.password_hash, user.must_change_password = hash_password(temporary), True
    user.failed_sign_ins, user.locked_until = 0, None
    return user


def deactivate(session: Session, user_id: int) -> User:
    user = _account(session, user_id)
    _keep_an_administrator(session, user, user.role_set, False)
    user.active = False
    return user


def check_new_password(old: str, new: str) -> None:
    """What a new password must be, said before anything is changed anywhere."""
    if old == new:
        raise InputError("新密码不能与原密码相同")
    if len(new or "") < MIN_PASSWORD:
        raise InputError("密码至少 {n} 位", n=MIN_PASSWORD)


def change_password(session: Session, user: User, old: str, new: str, stored: Hashed | None = None) -> None:
    """``stored``: ``new`` as it was hashed once for several databases."""
    if not passwords.matches(user.password_hash, old):
        raise InputError("原密码不正确")
    check_new_password(old, new)
    user.password_hash, user.must_change_password = hashed(stored or new), False


def accounts(session: Session) -> list[Account]:
    users = session.scalars(select(User).where(User.password_hash.is_not(None)).order_by(User.username))
    return [Account(u.id, u.username, u.display_name, tuple(u.roles.split(",")), u.active,
                    u.must_change_password, u.locked_until, u.last_sign_in_at) for u in users]


def idle_minutes(session: Session) -> int:
    """Minutes without input after which a seat locks (a setting stored with the data)."""
    return system.IDLE_MINUTES.read(session)
