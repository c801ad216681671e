import datetime as dt

import pytest

from gridcommand.base import clock
from gridcommand.base.enums import PersonColour, StaffRole
from gridcommand.imports.fields import cell_text, choice, date, id_number, integer, phone, text, timestamp, yes_no


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


def test_excel_numbers_in_id_and_phone_columns_are_refused():
    with pytest.raises(ValueError, match="身份证号被 Excel 存成了数字"):
        id_number(330421198001010000.0)  # what Excel keeps of 330421198001010013
    with pytest.raises(ValueError, match="电话号码被 Excel 存成了数字"):
        phone(13812345678)


@pytest.mark.parametrize("birth, message", [("19801332", "不存在"), ("18991231", "不可能"), ("20991231", "不可能")])
def test_id_numbers_with_an_impossible_birth_date_are_refused(birth, message):
    first17 = "330421" + birth + "001"
    check = "10X98765432"[sum(int(c) * w for c, w in zip(first17, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2))) % 11]
    with pytest.raises(ValueError, match=message):
        id_number(first17 + check)


def test_formulas_and_control_characters_are_refused_by_every_parser():
    from gridcommand.imports.fields import Formula

    for parse in (text(20), integer(0, 10), date, phone, id_number):
        with pytest.raises(ValueError, match="单元格是公式"):
            parse(Formula("=A1+1"))
    with pytest.raises(ValueError, match="U\\+0000"):
        text(20)("第一\0网格")
    assert text(20)("第一\t网格") == "第一\t网格"  # a tab is text
