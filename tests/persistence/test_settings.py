"""Every setting declared as a ``Number`` (key, default, range, label) — wherever it is declared —
round-trips through the one function that stores it, and a value out of its range, or not a
whole number, is refused and changes nothing."""

import importlib
import pkgutil

import pytest

import gridcommand
from gridcommand.base.errors import InputError
from gridcommand.settings.stored import Number, store


def _declared() -> list[Number]:
    found: dict[str, Number] = {}
    for info in pkgutil.walk_packages(gridcommand.__path__, "gridcommand."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, Number):
                assert found.setdefault(value.key, value) == value, f"{value.key} declared twice, differently"
    return list(found.values())


def test_every_declared_number_has_a_default_within_its_range():
    declared = _declared()
    assert {"security.idle_minutes", "backup.keep_days", "intake.duplicate_days"} <= {n.key for n in declared}
    for number in declared:
        assert number.low <= number.default <= number.high, number.key


def test_every_declared_number_round_trips_and_refuses_what_is_out_of_range(township_db):
    for number in _declared():
        with township_db.session() as session:
            assert number.read(session) == number.default
            for value in (number.low, str(number.high)):
                assert store(session, (number,), {number.key: value}) == {number.key: int(value)}
                assert number.read(session) == int(value)
            for bad in (number.low - 1, number.high + 1, "七", 1.5 + number.low, None):
                with pytest.raises(InputError):
                    store(session, (number,), {number.key: bad})
                assert number.read(session) == number.high, (number.key, bad)
            session.rollback()
