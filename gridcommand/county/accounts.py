"""The county's accounts in every township at once (SPEC §13): one account with one password in
databases that share nothing. The townships' administrator makes it from the seat (signed in to
each township as its administrator, each creation audited there), and the county account, made
with a temporary password, chooses its own — changed in every township together."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ..base.enums import UserRole
from ..base.errors import InputError
from ..base.messages import Message, said
from ..ops import Can, accounts
from .config import CountyConfig
from .seat import Read, Seat, open_seat


@dataclass(frozen=True)
class Done:
    """What one township did: done, or why not."""

    township: str
    why_not: Message | str | None = None

    @property
    def ok(self) -> bool:
        return self.why_not is None


def _done(answers: list[Read[Message | str | None]]) -> list[Done]:
    return [Done(a.township.name, a.trouble if not a.ok else a.value) for a in answers]


def create_everywhere(config: CountyConfig, admin: str, admin_password: str, username: str, name: str,
                      temporary: str) -> list[Done]:
    """The county account ``username`` made in every township the administrator ``admin``
    reaches; one that already has the name, or is not reached, says so and the others go on
    (refused outright when no township lets the administrator in)."""
    stored = accounts.hash_once(temporary)  # one string in every township: one check signs in to all

    def make(_township, db, actor) -> Message | str | None:
        try:
            accounts.create_user(db, actor, username, name, [UserRole.COUNTY.value], stored)
        except InputError as exc:
            return said(exc)
        return None

    with open_seat(config, admin, admin_password, needs=Can.ADMINISTER) as seat:
        return _done(seat.each(make))


def change_password_everywhere(seat: Seat, old: str, new: str) -> list[Done]:
    """The county account's own password, changed in every township the seat reaches."""
    accounts.check_new_password(old, new)
    stored = accounts.hash_once(new)

    def change(township, db, actor) -> Message | str | None:
        try:
            accounts.change_password(db, actor, old, new, stored)
        except InputError as exc:
            return said(exc)
        township.actor = dataclasses.replace(actor, must_change_password=False)
        return None

    done = _done(seat.each(change))
    if any(d.ok for d in done):
        seat.signed_in_again(new)
    return done
