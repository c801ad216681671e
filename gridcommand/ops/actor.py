"""Who acts: a plain value the screens and the command line hold once signed in, resolved and
checked once per operation against the account it names."""

from __future__ import annotations

from dataclasses import dataclass

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
    if user is None:
        raise NotAllowed("用户 {username} 不存在", username=actor.username)
    if not user.active:
        raise NotAllowed("账号 {username} 已停用,不能再操作", username=user.username)
    return user
