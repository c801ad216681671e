import datetime as dt

import pytest

from gridcommand import clock
from gridcommand.enums import PersonColour, StaffRole
from gridcommand.imports.fields import (cell_text, choice, date, id_number, integer, phone, text,
                                        timestamp, yes_no)


def test_cell_text_drops_excel_float_suffix():
    assert cell_text(13812345678.0) == "13812345678"
    assert cell_text(None) == ""
    assert cell_text("  a ") == "a"


def test_text_length_limit():
    assert text(3)("abc") == "abc"
    with pytest.raises(ValueError, match="超过 3"):
        text(3)("abcd")


@pytest.mark.parametrize("raw,expected", [("5", 5), (5.0, 5), ("0", 0)])
def test_integer(raw, expected):
    assert integer(0, 10)(raw) == expected


@pytest.mark.parametrize("raw", ["x", "1.5", "11", "-1"])
def test_integer_rejects(raw):
    with pytest.raises(ValueError):
        integer(0, 10)(raw)


def test_date_forms():
    assert date("2026-03-05") == dt.date(2026, 3, 5)
    assert date("2026/3/5") == dt.date(2026, 3, 5)
    assert date(dt.datetime(2026, 3, 5, 10)) == dt.date(2026, 3, 5)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        date("5.3.2026")


def test_timestamp_is_shanghai_local_and_aware():
    value = timestamp("2026-03-05 08:30")
    assert value.tzinfo is not None
    assert value.astimezone(dt.timezone.utc) == dt.datetime(2026, 3, 5, 0, 30, tzinfo=dt.timezone.utc)
    assert timestamp(dt.datetime(2026, 3, 5, 8, 30)) == value
    assert timestamp("2026/03/05 08:30:00") == value
    with pytest.raises(ValueError, match="HH:MM"):
        timestamp("2026-03-05")


def test_choice_by_label_or_value():
    assert choice(PersonColour)("红") is PersonColour.RED
    assert choice(StaffRole)("full_time") is StaffRole.FULL_TIME
    with pytest.raises(ValueError, match="绿/蓝/橙/红"):
        choice(PersonColour)("紫")


def test_yes_no():
    assert yes_no("是") is True and yes_no("否") is False and yes_no("") is False
    with pytest.raises(ValueError):
        yes_no("也许")


def test_id_number_check_digit():
    assert id_number("11010519491231002x") == "11010519491231002X"
    with pytest.raises(ValueError, match="校验位"):
        id_number("110105194912310021")
    with pytest.raises(ValueError, match="18 位"):
        id_number("1101051949")


def test_phone():
    assert phone("138 1234 5678") == "13812345678"
    with pytest.raises(ValueError):
        phone("call me")


def test_clock_local_formatting():
    utc = dt.datetime(2026, 1, 1, 16, 0, tzinfo=dt.timezone.utc)
    assert clock.format_local(utc) == "2026-01-02 00:00"
