"""Passwords (SPEC §12.1): argon2id hashes, each with its own salt, and the check of a password
against one.

The county seat signs one account in to a dozen townships' databases at once (SPEC §13); made
from the seat, that account's hash is the same string in each (``Hashed``: hashed once), and a
check that succeeded is remembered for a while in this process — by the hash and a keyed digest
of the password, never the password — so the dozen sign-ins cost one argon2 check, not twelve.
The answer is the one argon2 gives: only successes are remembered, and only for that exact hash
(a password changed is another hash)."""

from __future__ import annotations

import functools
import hashlib
import os
import threading
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..base.errors import InputError

# argon2id with the library's defaults (RFC 9106's second recommended profile).
HASHER = PasswordHasher()
MIN_PASSWORD = 8
REMEMBERED_FOR_S = 300
_REMEMBERED_AT_MOST = 64
_KEY = os.urandom(32)  # this process's: the digests mean nothing outside it
_verified: dict[tuple[str, bytes], float] = {}
_gates: dict[tuple[str, bytes], threading.Lock] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class Hashed:
    """A password hashed once, to be stored as it is in several databases."""

    value: str


def hash_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD:
        raise InputError("密码至少 {n} 位", n=MIN_PASSWORD)
    return HASHER.hash(password)


def hashed(password: str | Hashed) -> str:
    """What is stored for ``password``: hashed now, or as it was hashed once for several databases."""
    return password.value if isinstance(password, Hashed) else hash_password(password)


@functools.cache
def _nobody() -> str:
    return HASHER.hash("no account has this password")  # when first needed: not at every start


def matches_nothing(password: str) -> None:
    """As long as a real check, for an account that does not exist: the time does not tell."""
    try:
        HASHER.verify(_nobody(), password or "")
    except (VerificationError, InvalidHashError):
        pass


def matches(stored: str, password: str) -> bool:
    key = (stored, hashlib.blake2b((password or "").encode(), key=_KEY).digest())
    with _lock:
        if len(_gates) >= _REMEMBERED_AT_MOST:
            _gates.clear()
            _verified.clear()
        gate = _gates.setdefault(key, threading.Lock())
    with gate:  # the seat's sign-ins run at once: the first checks, the others wait for its answer
        at = _verified.get(key)
        if at is not None and time.monotonic() - at < REMEMBERED_FOR_S:
            return True
        try:
            HASHER.verify(stored, password or "")
        except (VerificationError, InvalidHashError):
            return False
        _verified[key] = time.monotonic()
        return True

