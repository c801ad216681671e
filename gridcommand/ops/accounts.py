"""Signing in and the accounts (SPEC §12.1): the first start of a new database, signing in with
a lockout, changing one's password, and what the administrator does with accounts."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from .. import accounts, township
from ..accounts import Account, SignInRefused
from ..changes import Area, Changes
from ..database import Database
from ..errors import NotAllowed
from ..permissions import Can, require
from .actor import Actor
from .unit_of_work import Result, perform, read

ACCOUNTS = Changes.of(Area.REFERENCE)


def sign_in(db: Database, username: str, password: str) -> Actor:
    """The account signed in as; ``SignInRefused`` says why not. A failed attempt is kept
    (it counts towards the lockout) although the sign-in is refused."""
    def work(session, _nobody):
        user, why = accounts.sign_in(session, username, password)
        return (Actor.of(user) if user else why), Changes()
    outcome = perform(db, None, work, needs=None).value
    if isinstance(outcome, str):
        raise SignInRefused(outcome)
    return outcome


def needs_first_start(db: Database) -> bool:
    """A new database: no township yet, or no administrator who can sign in."""
    return read(db, lambda s: township.current(s) is None or accounts.needs_first_admin(s))


def first_start(db: Database, township_name: str, county: str, username: str, name: str,
                password: str) -> Actor:
    """Name the township and make the first administrator's account, signed in as it. Only a
    database without an administrator may be started this way."""
    def work(session: Session, _nobody):
        township.init_township(session, township_name, county)  # refuses another township
        if not accounts.needs_first_admin(session):
            raise NotAllowed("此数据库已有管理员账号:请用它登录")
        admin = accounts.create(session, username, name, ["admin"], password)
        return admin.id, Changes.of(Area.REFERENCE)
    perform(db, None, work, needs=None)
    return sign_in(db, username, password)


def change_password(db: Database, actor: Actor, old: str, new: str) -> Result[None]:
    """One's own password (also when the administrator reset it and it must be changed)."""
    return perform(db, actor, lambda session, user: (accounts.change_password(session, user, old, new),
                                                     Changes()), needs=None)


def create_user(db, actor, username: str, name: str, roles: Iterable[str], password: str,
                staff_id: int | None = None) -> Result[int]:
    """A new account; it changes its password at the first sign-in."""
    return perform(db, actor, lambda session, _u: (accounts.create(
        session, username, name, roles, password, staff_id, must_change=True).id, ACCOUNTS),
        needs=Can.ADMINISTER)


def set_roles(db, actor, user_id: int, roles: Iterable[str]) -> Result[None]:
    return perform(db, actor, lambda session, _u: (accounts.set_roles(session, user_id, roles) and None,
                                                   ACCOUNTS), needs=Can.ADMINISTER)


def reset_password(db, actor, user_id: int, temporary: str) -> Result[None]:
    return perform(db, actor, lambda session, _u: (accounts.reset_password(session, user_id, temporary)
                                                   and None, ACCOUNTS), needs=Can.ADMINISTER)


def deactivate(db, actor, user_id: int) -> Result[None]:
    return perform(db, actor, lambda session, _u: (accounts.deactivate(session, user_id) and None,
                                                   ACCOUNTS), needs=Can.ADMINISTER)


def users(db: Database, actor: Actor) -> list[Account]:
    require(actor, Can.ADMINISTER)
    return read(db, accounts.accounts)


def idle_minutes(db: Database) -> int:
    return read(db, accounts.idle_minutes)


__all__ = ["SignInRefused", "change_password", "create_user", "deactivate", "first_start",
           "idle_minutes", "needs_first_start", "reset_password", "set_roles", "sign_in", "users"]
