"""Who is acting. Until sign-in exists the app acts as a local user named after the OS account;
automatic rules act as the system user."""

from __future__ import annotations

import getpass

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import clock
from .enums import UserRole
from .models import User

SYSTEM_USERNAME = "system"


def os_username() -> str:
    try:
        return getpass.getuser() or "local"
    except Exception:  # no login name available (e.g. a service account without one)
        return "local"


def ensure_user(session: Session, username: str, role: UserRole, display_name: str | None = None
                ) -> User:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        user = User(username=username, display_name=display_name or username, role=role,
                    active=True, created_at=clock.now())
        session.add(user)
        session.flush()
    return user


def local_user(session: Session) -> User:
    """The OS account's user; the only user until sign-in exists, so it administers."""
    return ensure_user(session, os_username(), UserRole.ADMIN)


def system_user(session: Session) -> User:
    return ensure_user(session, SYSTEM_USERNAME, UserRole.SYSTEM, "系统")
