"""Who acts: a plain value the screens and the command line hold, resolved once per operation
to the user row that every record names. Until sign-in exists, a seat acts as the local user
named after its OS account; the automatic rules act as the system user."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from .. import users
from ..database import Database
from ..enums import UserRole
from ..errors import NotAllowed
from ..models import User


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    name: str
    role: str

    @classmethod
    def of(cls, user: User) -> Actor:
        return cls(user.id, user.username, user.display_name, user.role)

    @property
    def role_label(self) -> str:
        return UserRole(self.role).label


def resolve(session: Session, actor: Actor) -> User:
    """The acting user's row, checked: an unknown or deactivated account does nothing."""
    user = session.get(User, actor.user_id)
    if user is None:
        raise NotAllowed(f"用户 {actor.username} 不存在")
    if not user.active:
        raise NotAllowed(f"用户 {user.display_name} 已停用,不能再操作")
    return user


def local(db: Database) -> Actor:
    with db.write_session() as session:
        user = users.local_user(session)
        session.commit()
        return Actor.of(user)


def system(db: Database) -> Actor:
    with db.write_session() as session:
        user = users.system_user(session)
        session.commit()
        return Actor.of(user)
