import datetime as dt

from gridcommand.enums import Status
from gridcommand.masking import mask_id, mask_phone
from gridcommand.township import code_prefix

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def test_masking():
    assert mask_id("330421198001011234") == "330421********1234"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_id(None) == "" and mask_phone("") == ""


def test_code_prefix_from_township_name():
    assert code_prefix("西塘镇") == "XT"
    assert code_prefix("罗星街道") == "LX"
    assert code_prefix("!!") == "SJ"


def test_open_states():
    assert [s for s in Status if not s.is_open] == [Status.CLOSED, Status.CANCELLED]
