import datetime as dt

from gridcommand.base.enums import Status
from gridcommand.base.masking import mask_id, mask_phone
from gridcommand.org.township import code_prefix

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


def test_a_fresh_demo_sets_the_previous_one_aside_with_its_wal(tmp_path):
    from gridcommand.demo import set_aside

    demo = tmp_path / "demo-township.sqlite"
    assert set_aside(demo) is None  # nothing there: nothing to keep
    demo.write_bytes(b"tried things")
    (tmp_path / "demo-township.sqlite-wal").write_bytes(b"not yet checkpointed")
    first = set_aside(demo)
    assert first == tmp_path / "demo-township.previous.sqlite" and not demo.exists()
    assert first.read_bytes() == b"tried things"
    assert (tmp_path / "demo-township.previous.sqlite-wal").read_bytes() == b"not yet checkpointed"
    demo.write_bytes(b"second try")
    assert set_aside(demo).read_bytes() == b"second try"  # one earlier demo is kept
    assert not (tmp_path / "demo-township.previous.sqlite-wal").exists()  # not a stale WAL
