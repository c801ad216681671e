"""A new evaluation scheme as the HR officer edits it (SPEC §6): refused when it does not mean
what §6 says, previewed on a month before it is saved — nothing stored by the preview."""

import copy

import pytest
from sqlalchemy import func, select

from gridcommand.base.errors import InputError
from gridcommand.evaluation.scheme import DEFAULT_RULES
from gridcommand.models import Evaluation, EvaluationScheme
from gridcommand.ops import evaluation

from ..factories import signed_in


def _rules(**change) -> dict:
    rules = copy.deepcopy(DEFAULT_RULES)
    for path, value in change.items():
        *parents, key = path.split("__")
        node = rules
        for parent in parents:
            node = node[parent]
        node[key] = value
    return rules


@pytest.mark.parametrize("rules, said", [
    (_rules(indicators__reporting__points=30), "应为 100 分,现为 105 分"),
    (_rules(bonus__pennant=-2), "0 到 100"),
    (_rules(grades=[[80, "优秀"], [90, "良好"], [60, "合格"], [0, "不合格"]]), "从高到低"),
    (_rules(grades=[[90, "优秀"], [80, "优秀"], [60, "合格"], [0, "不合格"]]), "不能重复"),
    (_rules(visit_intervals={"red": 1, "orange": 7}), "走访间隔"),
    (_rules(total__min=105), "下限"),
])
def test_a_scheme_that_does_not_add_up_is_refused_and_nothing_saved(march, rules, said):
    hr = signed_in(march.db, "hr", ("hr",))
    with march.db.session() as s:
        before = s.scalar(select(func.count()).select_from(EvaluationScheme))
    with pytest.raises(InputError, match=said):
        evaluation.new_scheme(march.db, hr, "2026-04", rules)
    with pytest.raises(InputError, match=said):
        evaluation.preview_scheme(march.db, hr, "2026-03", rules)
    with march.db.session() as s:
        assert s.scalar(select(func.count()).select_from(EvaluationScheme)) == before


def test_a_lower_bar_previewed_on_the_month(march):
    hr = signed_in(march.db, "hr", ("hr",))
    since, rules = evaluation.scheme_for(march.db, hr, "2026-03")
    assert rules == DEFAULT_RULES and since == "2000-01"
    easier = _rules(grades=[[40, "优秀"], [30, "良好"], [20, "合格"], [0, "不合格"]])
    seen = evaluation.preview_scheme(march.db, hr, "2026-03", easier)
    w1 = next(w for w in seen.workers if w.staff_no == "W1")
    assert w1.before[1] == "不合格" and w1.after == (w1.before[0], "优秀")  # same points, another grade
    assert w1.pay[1] == pytest.approx(w1.pay[0] * 1.2 / 0.4)  # coefficient 0.4 → 1.2
    assert seen.grades_after["优秀"] >= 1 and list(seen.grades_after) == ["优秀", "良好", "合格", "不合格"]
    assert seen.pay_total[1] > seen.pay_total[0]
    with march.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Evaluation)) == 0  # the preview stored nothing
    with pytest.raises(InputError, match="人事|管理员"):
        evaluation.preview_scheme(march.db, signed_in(march.db, "leader", ("leader",)), "2026-03", easier)
