"""Passwords: a check that succeeded is remembered for that exact stored hash and password only —
the county seat's dozen sign-ins with one account cost one argon2 check — and the answer is
always argon2's."""

import pytest

from gridcommand.access import passwords


@pytest.fixture
def counted(monkeypatch):
    calls = []
    real = passwords.HASHER

    class Counting:
        def hash(self, password):
            return real.hash(password)

        def verify(self, stored, password):
            calls.append(stored)
            return real.verify(stored, password)

    monkeypatch.setattr(passwords, "HASHER", Counting())
    monkeypatch.setattr(passwords, "_verified", {})
    monkeypatch.setattr(passwords, "_gates", {})
    return calls


def test_one_stored_hash_is_checked_once_for_its_password(counted):
    shared = passwords.hash_password("county-secret")
    assert all(passwords.matches(shared, "county-secret") for _ in range(12))
    assert len(counted) == 1


def test_a_wrong_password_another_hash_or_an_old_memory_are_checked_by_argon2(counted, monkeypatch):
    first, second = passwords.hash_password("county-secret"), passwords.hash_password("county-secret")
    assert first != second  # its own salt each time it is hashed
    assert passwords.matches(first, "county-secret") and passwords.matches(second, "county-secret")
    assert not passwords.matches(first, "county-secreT") and not passwords.matches(first, "county-secreT")
    assert len(counted) == 4  # two hashes, and each wrong try: nothing wrong is remembered
    clock = [passwords.time.monotonic() + passwords.REMEMBERED_FOR_S]
    monkeypatch.setattr(passwords.time, "monotonic", lambda: clock[0])
    assert passwords.matches(first, "county-secret") and len(counted) == 5  # remembered a while only


def test_a_password_too_short_is_refused_before_it_is_hashed():
    from gridcommand.base.errors import InputError

    with pytest.raises(InputError, match="至少 8 位"):
        passwords.hash_password("short")


def test_a_dozen_sign_ins_at_once_wait_for_the_one_check(counted):
    from concurrent.futures import ThreadPoolExecutor

    shared = passwords.hash_password("county-secret")
    with ThreadPoolExecutor(12) as pool:
        assert all(pool.map(lambda _: passwords.matches(shared, "county-secret"), range(12)))
    assert len(counted) == 1
