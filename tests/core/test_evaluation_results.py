"""A worker's month as stored (``Evaluation.detail``) reads back as the same value, and a role
without pay gets the same sheet less pay, deductions and adjustment — never a missing key."""

import json

from hypothesis import given, strategies as st

from gridcommand.evaluation.findings import Counted
from gridcommand.evaluation.results import INDICATORS, Adjustment, Bonus, Deductions, Indicator, MonthResult, Pay, Sheet

MONTH = "2026-03"
points = st.floats(min_value=-200, max_value=200, allow_nan=False).map(lambda x: round(x, 2))
counts = st.dictionaries(st.sampled_from(["n", "target", "d", "on_time", "required", "counted"]),
                         st.integers(0, 500), max_size=4)
text = st.text(min_size=0, max_size=12)
finding = st.builds(Counted, st.just(MONTH), text, st.integers(1, 30), st.sampled_from(["minor", "major", "serious"]),
                    text)
sheet = st.builds(
    Sheet, st.integers(1, 10**6), text, text, st.sampled_from(["probation", "l1", "l2", "l3"]), text, text,
    st.tuples(*(st.builds(Indicator, st.just(name), counts, points) for name in INDICATORS)),
    st.builds(Bonus, counts, points, points), points, st.sampled_from(["优秀", "合格", "不合格"]),
    st.builds(Deductions, st.integers(0, 20), st.lists(finding, max_size=3).map(tuple), points, points, points),
    st.builds(Adjustment, points, st.lists(text, max_size=3).map(tuple)),
    st.builds(Pay, points, points, points, points, points, points))


@given(sheet)
def test_a_stored_sheet_reads_back_as_the_same_value(value):
    stored = json.loads(json.dumps(value.stored(), ensure_ascii=False))  # as the JSON column keeps it
    assert Sheet.from_stored(stored, MONTH) == value


@given(st.lists(sheet, max_size=4))
def test_without_pay_leaves_out_exactly_pay_deductions_and_adjustment(workers):
    month = MonthResult(MONTH, 1, False, tuple(workers))
    seen = month.without_pay()
    assert seen.redacted and all(w.pay is w.deductions is w.adjustment is None for w in seen.workers)
    assert [w.stored().keys() | {"pay", "deductions", "adjustment"} for w in seen.workers] == \
        [w.stored().keys() for w in month.workers]
    assert [(w.staff_no, w.total, w.grade, w.indicators, w.bonus) for w in seen.workers] == \
        [(w.staff_no, w.total, w.grade, w.indicators, w.bonus) for w in month.workers]
    assert seen.as_json()["redacted"] is True and "redacted" not in month.as_json()
