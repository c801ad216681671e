"""The one path of every user action: one unit of work that resolves the actor, checks that one
of its roles allows the action (SPEC §12.1), does the work, appends it to the audit log, logs
what changed for the other seats, commits, and returns the value with what changed.

What the database says about other seats becomes the product's own message: an incident another
seat changed first is ``StaleIncident``; a database another seat holds (a long import on SQLite)
is waited for a few seconds and then ``DatabaseBusy``. A clash with another seat's identical
work (two seats running the automatic rules, a card given at the same moment) is retried: the
work runs again on the new state, finds it done, and does nothing twice.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeAlias, TypeVar, cast

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..access.permissions import Can, require
from ..base.changes import NOTHING, Changes
from ..base.errors import DatabaseBusy, NotAllowed, StaleIncident
from ..models import User
from ..record import audit
from ..store.change_log import record
from ..store.database import Database
from .actor import Actor, Standing, resolve, standing

T = TypeVar("T")
# The work of an operation: given the session and the acting account (None only for what is done
# before or while signing in, where ``needs`` is None too), its value and what it changed.
Work: TypeAlias = Callable[[Session, User], tuple[T, Changes]]
# What an operation asks of the actor's roles: one capability, or any of several (an incident's
# move is the township seat's or, on an item held at county level, the county's).
Needs: TypeAlias = Can | tuple[Can, ...]

BUSY_WAIT_S = 8.0   # how long an operation keeps trying while another seat holds the database
RETRIES = 3         # clashes with another seat's identical work, retried on the new state
# PostgreSQL: deadlock, serialization failure, lock not available.
_PG_RETRY = {"40P01", "40001", "55P03"}


@dataclass(frozen=True)
class Result(Generic[T]):
    value: T
    changes: Changes = NOTHING
    seqs: frozenset[int] = field(default_factory=frozenset)  # the change log entries written


def perform(db: Database, actor: Actor | None, work: Work[T], *, needs: Needs | None,
            incident_id: int | None = None, idempotent: bool = False, commit: bool = True) -> Result[T]:
    """Run ``work(session, user)`` as ``actor`` in one transaction and commit it (or, with
    ``commit=False``, roll it back: a dry run). ``needs``: what the actor's roles must allow
    (None only for what is done before or while signing in, or to one's own account);
    ``incident_id`` names the incident a stale write concerns; ``idempotent`` work is simply run
    again when another seat changed its rows."""
    give_up_at = time.monotonic() + BUSY_WAIT_S
    clashes = 0
    while True:
        try:
            return _once(db, actor, work, needs, commit)
        except StaleDataError:
            if not idempotent:
                raise StaleIncident(incident_id) from None
            clashes += 1
            if clashes > RETRIES:
                raise
        except IntegrityError:
            clashes += 1
            if clashes > RETRIES:
                raise
        except DBAPIError as exc:
            if _busy(exc):
                if time.monotonic() >= give_up_at:
                    raise DatabaseBusy() from None
                time.sleep(0.1)
                continue
            if getattr(exc.orig, "sqlstate", None) in _PG_RETRY and clashes < RETRIES:
                clashes += 1
                continue
            raise


def _once(db: Database, actor: Actor | None, work: Work[T], needs: Needs | None, commit: bool) -> Result[T]:
    with db.write_session() as session:
        user = _checked(session, actor, needs)
        value, changes = work(session, cast(User, user))
        session.flush()
        if not commit:
            session.rollback()
            return Result(value, changes)
        if changes and not audit.noted(session):  # every change is in the log, named or not
            audit.note(session, "change", changes=changes.as_json())
        audit.write(session, user)
        seqs = frozenset({record(session, changes, user.id if user else None)}) if changes else frozenset()
        session.commit()
    return Result(value, changes, seqs)


def _checked(session: Session, actor: Actor | None, needs: Needs | None) -> User | None:
    user = resolve(session, actor) if actor is not None else None
    _let_in(user, needs)
    return user


def _let_in(who: User | Standing | None, needs: Needs | None) -> None:
    if needs is not None:
        if who is not None and who.must_change_password:
            raise NotAllowed("请先修改密码(管理员重置了你的密码)")
        require(who, needs)


def authorize(db: Database, actor: Actor | None, needs: Needs) -> None:
    """The checks of ``perform`` alone, before work that must not hold a write transaction
    (a backup, a restore); the work logs itself through ``perform`` when it is done."""
    with db.session() as session:
        _checked(session, actor, needs)


def _busy(exc: DBAPIError) -> bool:
    if isinstance(exc.orig, sqlite3.OperationalError):
        text = str(exc.orig).lower()
        return "locked" in text or "busy" in text
    return False


def look(db: Database, actor: Actor | None, fn: Callable[..., T], *args: Any, needs: Needs, **kwargs: Any) -> T:
    """``fn(session, *args, **kwargs)`` as ``actor`` in a read-only session — the account
    resolved and its roles checked against ``needs`` as a write's are: plain data out, nothing
    kept. Every read the screens and the command line make comes through here."""
    with db.read_session() as session:
        _let_in(standing(session, actor) if actor is not None else None, needs)
        return fn(session, *args, **kwargs)


def read(db: Database, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(session, *args, **kwargs)`` in a read-only session, for the operations themselves
    (after their own check) and for what is read before anyone signs in."""
    with db.read_session() as session:
        return fn(session, *args, **kwargs)

