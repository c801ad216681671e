"""Signing in and the accounts (SPEC §12.1): the first start of a new database, signing in with
a lockout, changing one's password, and what the administrator does with accounts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy.orm import Session

from ..access import accounts
from ..access.accounts import ASSIGNABLE as ASSIGNABLE, Account, SignInRefused, check_new_password as check_new_password
from ..access.passwords import Hashed, hash_password
from ..access.permissions import Can
from ..base.changes import Area, Changes
from ..base.errors import NotAllowed
from ..base.messages import Message
from ..models import User
from ..org import township
from ..record import audit
from ..store.database import Database
from .actor import Actor
from .unit_of_work import Result, look, perform, read

ACCOUNTS = Changes.of(Area.REFERENCE)


def sign_in(db: Database, username: str, password: str) -> Actor:
    """The account signed in as; ``SignInRefused`` says why not. A failed attempt is kept
    (it counts towards the lockout) although the sign-in is refused."""
    def work(session: Session, _nobody: User) -> tuple[Any, Changes]:
        attempt = accounts.sign_in(session, username, password)
        if attempt.user is not None:
            audit.note(session, "sign_in", "user", attempt.user.username)
        else:  # a refusal is in the log too: who tried, and why it failed (never the password)
            audit.note(session, "account_locked" if attempt.locked_now else "sign_in_failed", "user",
                       (username or "").strip(), reason=str(attempt.refusal))
        audit.write(session, attempt.user)
        return (Actor.of(attempt.user) if attempt.user else attempt.refusal), Changes()
    outcome = perform(db, None, work, needs=None).value
    if isinstance(outcome, Message):
        raise SignInRefused(outcome)
    return cast(Actor, outcome)


@dataclass(frozen=True)
class Opening:
    """What a seat shows before anyone signs in: read without an account."""

    first_start: bool                   # no township yet, or no administrator who can sign in
    place: str                          # "嘉善县西塘镇"; empty before the township is named
    demo: bool                          # built by the demo: its accounts share one password
    named: tuple[str, str] | None       # (township, county) when already named


def opening(db: Database) -> Opening:
    def seen(session: Session) -> Opening:
        place = township.current(session)
        first = place is None or accounts.needs_first_admin(session)
        return Opening(first, township.label(session) if place else "", township.is_demo(session),
                       (place.name, place.county.name) if place else None)
    return read(db, seen)


def needs_first_start(db: Database) -> bool:
    return opening(db).first_start


def first_start(db: Database, township_name: str, county: str, username: str, name: str,
                password: str) -> Actor:
    """Name the township and make the first administrator's account, signed in as it. Only a
    database without an administrator may be started this way."""
    def work(session: Session, _nobody: User) -> tuple[Any, Changes]:
        township.init_township(session, township_name, county)  # refuses another township
        if not accounts.needs_first_admin(session):
            raise NotAllowed("此数据库已有管理员账号:请用它登录")
        admin = accounts.create(session, username, name, ["admin"], password)
        audit.note(session, "first_start", "township", township_name, county=county, admin=admin.username)
        audit.write(session, admin)
        return admin.id, Changes.of(Area.REFERENCE)
    perform(db, None, work, needs=None)
    return sign_in(db, username, password)


def change_password(db: Database, actor: Actor, old: str, new: str, stored: Hashed | None = None) -> Result[None]:
    """One's own password (also when the administrator reset it and it must be changed);
    ``stored``: the new one hashed once for several townships (``hash_once``)."""
    def work(session: Session, user: User) -> tuple[Any, Changes]:
        accounts.change_password(session, user, old, new, stored)
        audit.note(session, "user.password", "user", user.username)
        return None, Changes()
    return perform(db, actor, work, needs=None)


def _administer(db: Database, actor: Actor, change: Callable[[Session], User], action: str,
                **said: Any) -> Result[int]:
    """An administrator's change to an account (``change(session)`` returns it), logged."""
    def work(session: Session, _admin: User) -> tuple[Any, Changes]:
        user = change(session)
        audit.note(session, action, "user", user.username, roles=user.roles, **said)
        return user.id, ACCOUNTS
    return perform(db, actor, work, needs=Can.ADMINISTER)


def create_user(db: Database, actor: Actor, username: str, name: str, roles: Iterable[str], password: str | Hashed,
                staff_id: int | None = None) -> Result[int]:
    """A new account; it changes its password at the first sign-in."""
    return _administer(db, actor, lambda s: accounts.create(
        s, username, name, roles, password, staff_id, must_change=True), "user.create", name=name)


def set_roles(db: Database, actor: Actor, user_id: int, roles: Iterable[str]) -> Result[int]:
    return _administer(db, actor, lambda s: accounts.set_roles(s, user_id, roles), "user.roles")


def reset_password(db: Database, actor: Actor, user_id: int, temporary: str) -> Result[int]:
    return _administer(db, actor, lambda s: accounts.reset_password(s, user_id, temporary),
                       "user.reset_password")


def deactivate(db: Database, actor: Actor, user_id: int) -> Result[int]:
    return _administer(db, actor, lambda s: accounts.deactivate(s, user_id), "user.deactivate")


def users(db: Database, actor: Actor) -> list[Account]:
    return look(db, actor, accounts.accounts, needs=Can.ADMINISTER)


def idle_minutes(db: Database, actor: Actor) -> int:
    """Minutes without input after which a seat locks."""
    return look(db, actor, accounts.idle_minutes, needs=Can.SEE_RECORD)


__all__ = ["SignInRefused", "change_password", "create_user", "deactivate", "first_start",
           "idle_minutes", "needs_first_start", "opening", "Opening", "reset_password", "set_roles", "sign_in", "users"]


def hash_once(password: str) -> Hashed:
    """``password`` hashed once, to store as it is in several townships' databases (the county's
    account, made or changed from the seat: one check then signs it in to all of them)."""
    return Hashed(hash_password(password))
