"""Who acts: a plain value the screens and the command line hold once signed in, resolved and
checked once per operation against the account it names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..base.enums import UserRole
from ..base.errors import NotAllowed
from ..models import User


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    name: str
    roles: frozenset[str]
    must_change_password: bool = False

    @classmethod
    def of(cls, user: User) -> Actor:
        return cls(user.id, user.username, user.display_name, user.role_set, user.must_change_password)

    @property
    def role_set(self) -> frozenset[str]:  # what ``permissions`` asks of anyone acting
        return self.roles

    @property
    def role_labels(self) -> str:
        return "、".join(r.label for r in UserRole if r in self.roles)


def resolve(session: Session, actor: Actor) -> User:
    """The acting user's account, checked now (not as it was at sign-in): a deactivated
    account does nothing, and its roles are the ones it has now."""
    user = session.get(User, actor.user_id)
    if user is None or not user.active:
        _refuse(actor, user.username if user else None)
    return user


@dataclass(frozen=True)
class Standing:
    """An account as it is now, enough to let a read in or not: read as one row, no ORM object
    (a read is the queue's every scroll)."""

    username: str
    role_set: frozenset[str]
    must_change_password: bool


_STANDING = select(User.username, User.active, User.roles, User.must_change_password).where(
    User.id == bindparam("user_id"))


def standing(session: Session, actor: Actor) -> Standing:
    """What ``resolve`` checks, for a read."""
    row = session.connection().execute(_STANDING, {"user_id": actor.user_id}).first()
    if row is None or not row.active:
        _refuse(actor, row.username if row else None)
    return Standing(row.username, frozenset(r for r in row.roles.split(",") if r), row.must_change_password)


def _refuse(actor: Actor, username: str | None) -> NoReturn:
    """No such account (``username`` None), or one deactivated."""
    if username is None:
        raise NotAllowed("用户 {username} 不存在", username=actor.username)
    raise NotAllowed("账号 {username} 已停用,不能再操作", username=username)
