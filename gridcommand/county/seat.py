"""The county seat's townships, each its own database, read in parallel (SPEC §13).

Each township is opened as it is (never migrated from here, never created: a SQLite file that is
not there is a township not reached) and signed in to with the county account. A township that
does not answer — its server down, its file gone, the county account refused — is marked
unreachable with why and when it last answered, and the others are read regardless."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from sqlalchemy.engine import make_url
from sqlalchemy.exc import InterfaceError, OperationalError

from ..base import clock
from ..base.errors import InputError
from ..base.messages import Message, said
from ..ops import Actor, Can, Database, accounts, allows, maintenance, rules
from ..ops.accounts import SignInRefused
from .config import CountyConfig

T = TypeVar("T")
CONNECT_TIMEOUT_S = 3  # a township's server that does not answer costs the seat this, once
# Then it is left alone a while, twice as long after each failure (the seat's reads meanwhile say
# why at once), and tried again — or at once when the user asks to reconnect.
RETRY_FIRST = dt.timedelta(seconds=30)
RETRY_MOST = dt.timedelta(minutes=10)


class Unreachable(Exception):
    """A township that could not be read: why (its words are the core's)."""

    def __init__(self, why: Message | str):
        super().__init__(str(why))
        self.why = why


@dataclass
class Township:
    name: str
    url: str
    position: int                          # in the settings file: the seat's order of townships
    db: Database | None = None
    actor: Actor | None = None
    last_read: dt.datetime | None = None   # when it last answered
    trouble: Message | str | None = None   # why it did not answer the last time; None if it did
    retry_at: dt.datetime | None = None    # not tried again before this
    failures: int = 0                      # in a row

    @property
    def reachable(self) -> bool:
        return self.trouble is None and self.db is not None

    def failed(self, why: Message | str) -> None:
        self.trouble, self.failures = why, self.failures + 1
        self.retry_at = clock.now() + min(RETRY_FIRST * 2 ** (self.failures - 1), RETRY_MOST)

    def answered(self) -> None:
        self.last_read, self.trouble, self.retry_at, self.failures = clock.now(), None, None, 0

    def resting(self) -> bool:
        """Left alone after a failure: the seat does not wait for it again yet."""
        return self.trouble is not None and self.retry_at is not None and clock.now() < self.retry_at

    @property
    def sqlite_file(self) -> Path | None:
        url = make_url(self.url)
        return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
        self.db, self.actor = None, None


@dataclass(frozen=True)
class Read(Generic[T]):
    """One township's answer: its value, or why there is none (``value`` is then None)."""

    township: Township
    value: T | None
    trouble: Message | str | None = None

    @property
    def ok(self) -> bool:
        return self.trouble is None


def _with_timeout(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        parsed = parsed.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return parsed.render_as_string(hide_password=False)


def _not_let_in(needs: Can, user: str, township: str) -> Message:
    """The seat signs in to every township for the county's work, or — to make the county's
    accounts everywhere at once — for the townships' administration (the same account in each)."""
    if needs == Can.ADMINISTER:
        return Message("账号 {user} 在{township}不是管理员账号", user=user, township=township)
    return Message("账号 {user} 在{township}不是县级账号", user=user, township=township)


class Seat:
    """The county's townships, signed in to as ``username`` (allowed ``needs`` in each)."""

    def __init__(self, config: CountyConfig, username: str, password: str, needs: Can = Can.MOVE_COUNTY_ITEMS):
        self.config, self.needs = config, needs
        self.townships = [Township(t.name, t.url, n) for n, t in enumerate(config.townships)]
        self._credentials = (username, password)
        self._pool = ThreadPoolExecutor(max_workers=len(self.townships), thread_name_prefix="township")
        # The screen reads on its own thread and on the worker's: a township is opened once.
        self._opening = {t.name: threading.Lock() for t in self.townships}

    def each(self, read: Callable[[Township, Database, Actor], T],
             townships: list[Township] | None = None) -> list[Read[T]]:
        """``read(township, db, actor)`` in every township (or those given) at once, answered in
        the seat's order."""
        chosen = self.townships if townships is None else townships
        return list(self._pool.map(lambda t: self._read(t, read), chosen))

    def signed_in_again(self, password: str) -> None:
        """The account's new password, changed in every township (``county.accounts``)."""
        self._credentials = (self._credentials[0], password)

    @property
    def must_change_password(self) -> bool:
        """Made with a temporary password, or reset: it is changed (everywhere) before anything else."""
        return any(t.actor is not None and t.actor.must_change_password for t in self.townships)

    @property
    def signed_in_as(self) -> str:
        """The county account's name, as the townships that let it in know it."""
        return next((t.actor.name for t in self.townships if t.actor is not None), self._credentials[0])

    def township(self, name: str) -> Township:
        found = next((t for t in self.townships if t.name == name), None)
        if found is None:
            raise InputError("县级配置中没有镇街 {name}", name=name)
        return found

    def one(self, name: str, read: Callable[[Township, Database, Actor], T]) -> T:
        """``read`` in one township; refused, saying why, if it cannot be reached."""
        answer = self._read(self.township(name), read)
        if not answer.ok:
            raise InputError("{name}暂时无法连接:{why}", name=name, why=answer.trouble)
        return answer.value  # type: ignore[return-value]

    def retry(self, name: str | None = None) -> None:
        """Try the township (or every township) again at its next read, as the user asks."""
        for township in self.townships if name is None else [self.township(name)]:
            township.retry_at = None

    def _read(self, township: Township, read: Callable[[Township, Database, Actor], T]) -> Read[T]:
        if township.resting():
            return Read(township, None, township.trouble)
        try:
            db, actor = self._open(township)
            value = read(township, db, actor)
        except Unreachable as exc:
            return self._lost(township, exc.why)
        except SignInRefused as exc:
            return self._lost(township, said(exc))
        except (OperationalError, InterfaceError) as exc:  # the server went away, the file's folder is gone
            township.close()  # connect afresh next time
            return self._lost(township, Message("数据库无法连接:{why}", why=str(exc.orig).strip()[:200]))
        township.answered()
        return Read(township, value)

    def _lost(self, township: Township, why: Message | str) -> Read[T]:
        township.failed(why)
        return Read(township, None, why)

    def _open(self, township: Township) -> tuple[Database, Actor]:
        with self._opening[township.name]:
            return self._opened(township)

    def _opened(self, township: Township) -> tuple[Database, Actor]:
        file = township.sqlite_file
        if file is not None and not file.is_file():
            township.close()
            raise Unreachable(Message("找不到数据库文件 {path}", path=file))
        if township.db is None:
            url = _with_timeout(township.url)
            try:
                current = maintenance.schema_current(url)
            except InputError as exc:
                raise Unreachable(said(exc)) from None
            if not current:
                raise Unreachable(Message("该镇街的数据库版本与本程序不一致,请先在镇街升级"))
            township.db = Database(url, migrate=False)
        if township.actor is None:
            actor = accounts.sign_in(township.db, *self._credentials)
            if not allows(actor, self.needs):
                raise Unreachable(_not_let_in(self.needs, actor.username, township.name))
            township.actor = actor
        return township.db, township.actor

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        for township in self.townships:
            township.close()

    def __enter__(self) -> Seat:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def push_escalation(seat: Seat) -> list[Read[int]]:
    """The settings file's ``escalate_after_hours`` stored in every township it reaches, for the
    township's own rules (each change audited there)."""
    hours = seat.config.escalate_after_hours
    return seat.each(lambda t, db, actor: rules.set_county_escalation(db, actor, hours).value)


def open_seat(config: CountyConfig, username: str, password: str, needs: Can = Can.MOVE_COUNTY_ITEMS) -> Seat:
    """The seat, signed in to every township it can reach now; refused — saying why for each
    township — when it reaches none (a wrong password is wrong everywhere)."""
    seat = Seat(config, username, password, needs)
    answers = seat.each(lambda t, db, actor: None)
    if not any(a.ok for a in answers):
        seat.close()
        raise InputError("无法进入县级视图:{reasons}",
                         reasons=[Message("{name}暂时无法连接:{why}", name=a.township.name, why=a.trouble)
                                  for a in answers])
    return seat
