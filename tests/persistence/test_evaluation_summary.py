"""The grid workers' evaluations summed up for a year or a month: locked months only, equal
scores share a place, pay only for those who may see pay (SPEC §6, §12.1)."""

import pytest

from gridcommand.base.errors import InputError
from gridcommand.evaluation import service
from gridcommand.evaluation.summary import periods, summary
from gridcommand.ops import reports

from ..factories import admin_user, signed_in


def test_a_year_and_a_month_of_locked_evaluations(march, tmp_path):
    with march.db.session() as s:
        me = admin_user(s)
        assert periods(s) == []  # nothing locked yet: nothing to sum up
        locked = {w.staff_no: w for w in service.lock(s, me, "2026-03").workers}
        s.commit()
        service.evaluate(s, "2026-04", me)  # April stays open: not counted
        assert periods(s) == ["2026", "2026-03"]
        year, month = summary(s, "2026", me), summary(s, "2026-03", me)
    assert [m.month for m in year.months] == ["2026-03"] and not year.is_month and month.is_month
    w1 = next(w for w in year.workers if w.staff_no == "W1")
    assert (w1.months, w1.average) == (1, locked["W1"].total)
    assert w1.grades[locked["W1"].grade] == 1 and sum(w1.grades.values()) == 1
    assert w1.performance_pay == locked["W1"].pay.performance
    assert [w.average for w in year.workers] == sorted((w.average for w in year.workers), reverse=True)
    leader = signed_in(march.db, "leader", ("leader",))
    seen = reports.preview(march.db, leader, "evaluation_summary", "2026-03")
    header, rows = seen.tables[0][2], seen.tables[0][3]
    assert header == ["名次", "工号", "姓名", "职级", "得分", "等次"]  # no pay for a leader
    assert next(r for r in rows if r[1] == "W1")[4:] == [locked["W1"].total, locked["W1"].grade]
    admin = reports.preview(march.db, signed_in(march.db), "evaluation_summary", "2026")
    assert admin.tables[1][2][-1] == "绩效工资合计" and [t[1] for t in admin.tables] == ["各月", "网格员"]


def test_equal_scores_share_a_place():
    from gridcommand.reports.evaluation_summary import _ranks

    assert _ranks([90.0, 80.5, 80.5, 70.0]) == [1, 2, 2, 4]


def test_a_period_that_is_neither_a_year_nor_a_month_is_refused(march):
    with march.db.session() as s, pytest.raises(InputError, match="年份"):
        summary(s, "2026-3", admin_user(s))


def test_a_year_across_a_renaming_of_the_grades_counts_every_month(march):
    """March graded 优秀…不合格, April under a new version calling them A档…D档: the year counts
    both months, under the newer names (a month graded before a renaming is not dropped)."""
    from gridcommand.evaluation.scheme import DEFAULT_RULES, add_version

    renamed = {"优秀": "A档", "良好": "B档", "合格": "C档", "不合格": "D档"}
    rules = {**DEFAULT_RULES, "grades": [[low, renamed[n]] for low, n in DEFAULT_RULES["grades"]],
             "coefficients": {renamed[k]: v for k, v in DEFAULT_RULES["coefficients"].items()}}
    with march.db.session() as s:
        me = admin_user(s)
        march_grade = next(w.grade for w in service.lock(s, me, "2026-03").workers if w.staff_no == "W1")
        add_version(s, "2026-04", rules, me.id, "A–D")
        april_grade = next(w.grade for w in service.lock(s, me, "2026-04").workers if w.staff_no == "W1")
        s.commit()
        year = summary(s, "2026", me)
    assert year.grade_names == ["A档", "B档", "C档", "D档"] and april_grade in year.grade_names
    w1 = next(w for w in year.workers if w.staff_no == "W1")
    assert w1.months == 2 and sum(w1.grades.values()) == 2
    assert w1.grades[renamed[march_grade]] >= 1
