"""Users who are not people: the system user, who the automatic rules act as."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import UserRole
from ..models import User

SYSTEM_USERNAME = "system"


def system_user(session: Session) -> User:
    user = session.scalars(select(User).where(User.username == SYSTEM_USERNAME)).first()
    if user is None:
        user = User(username=SYSTEM_USERNAME, display_name="系统", roles=UserRole.SYSTEM.value,
                    active=True, created_at=clock.now())
        session.add(user)
        session.flush()
    return user
