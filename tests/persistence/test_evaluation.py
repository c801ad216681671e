"""A worker's March computed by hand (SPEC §6), and what locking and scheme versions do.

Worker W1 in March 2026:
- reporting: reported A, B and C; C cancelled → n = 2 → 25 × 2/15 = 3.333…
- on time: A and B have their deadline in March; A resolved in time, B late → 20 × 1/2 = 10
- visits: one blue key person (31 days ÷ 15 → 2 required), visited once → 25 × 1/2 = 12.5
- meetings: expected at two, present at one → 10 × 1/2 = 5
- satisfaction: A closed with 4 → 20 × (4 − 1)/4 = 15
- bonus: a pennant → +2; deductions: B failed verification once → −1
Total 46.833… → 46.8, 不合格; level 一级: performance pay 1000 × 0.4 = 400, float −600.
"""

import datetime as dt

import pytest
from sqlalchemy import select

from gridcommand.base.errors import InputError
from gridcommand.evaluation import scheme, service
from gridcommand.evaluation.results import Adjustment, Indicator, MonthResult, Pay, Sheet
from gridcommand.models import Commendation, KeyPerson, Visit

from ..factories import account, admin_user, signed_in
from .test_workflow import T0


def w1(result: MonthResult) -> Sheet:
    return next(w for w in result.workers if w.staff_no == "W1")


def test_march_by_hand(march):
    with march.db.session() as s:
        row = w1(service.evaluate(s, "2026-03", admin_user(s)))
        s.commit()
    i = row.indicator
    assert i("reporting") == Indicator("reporting", {"n": 2, "target": 15}, 3.33)
    assert i("on_time") == Indicator("on_time", {"d": 2, "on_time": 1}, 10.0)
    assert i("visits").inputs == {"persons": 1, "required": 2, "counted": 1, "done": 1}
    assert i("visits").points == 12.5
    assert i("meetings") == Indicator("meetings", {"expected": 2, "attended": 1}, 5.0)
    assert i("satisfaction") == Indicator("satisfaction", {"ratings": 1, "sum": 4}, 15.0)
    assert row.bonus.points == 2 and row.deductions.points == 1
    assert (row.total, row.grade) == (46.8, "不合格")
    assert row.pay == Pay(base=3000.0, standard=1000.0, coefficient=0.4, performance=400.0, floating=-600.0,
                          total=3400.0)


def test_adjustment_needs_a_reason_and_counts(march):
    with march.db.session() as s:
        me = admin_user(s)
        with pytest.raises(InputError, match="理由"):
            service.adjust(s, me, "2026-03", "W1", 5, " ")
        with pytest.raises(InputError, match="-20 到 20"):
            service.adjust(s, me, "2026-03", "W1", 25, "太多")
        service.adjust(s, me, "2026-03", "W1", 5, "协助处置火情,表现突出")
        s.commit()
        row = w1(service.evaluate(s, "2026-03", admin_user(s)))
    assert row.total == 51.8 and row.adjustment == Adjustment(5.0, ("协助处置火情,表现突出",))


def test_a_locked_month_never_changes(march):
    with march.db.session() as s:
        me = admin_user(s)
        locked = w1(service.lock(s, me, "2026-03"))
        s.commit()
        rules = {**scheme.DEFAULT_RULES,
                 "indicators": {**scheme.DEFAULT_RULES["indicators"], "reporting": {"points": 25, "target": 2}}}
        scheme.add_version(s, "2026-03", rules, me.id, "上报目标降为 2 件")
        s.add(Commendation(staff_id=march.worker_id, date=dt.date(2026, 3, 20), kind="praise", note="通报表扬"))
        s.commit()
        again = service.evaluate(s, "2026-03", admin_user(s))
        assert again.locked and w1(again) == locked
        with pytest.raises(InputError, match="已锁定"):
            service.adjust(s, me, "2026-03", "W1", 1, "迟到的调整")
        with pytest.raises(InputError, match="已经锁定"):
            service.lock(s, me, "2026-03")
        # April is not locked: it follows the newer scheme (2 reports reach the target).
        april = service.evaluate(s, "2026-04", admin_user(s))
        assert april.scheme_id != again.scheme_id
        assert w1(april).indicator("reporting").inputs["target"] == 2


def test_who_is_evaluated(march):
    with march.db.session() as s:
        from gridcommand.models import Staff

        s.add_all([Staff(staff_no="W2", name="新人", role="full_time", status="probation", level="probation",
                         hire_date=dt.date(2026, 3, 20)),
                   Staff(staff_no="W3", name="四月来", role="full_time", status="active", level="l1",
                         hire_date=dt.date(2026, 4, 2)),
                   Staff(staff_no="W4", name="已离职", role="full_time", status="left", level="l1"),
                   Staff(staff_no="P1", name="兼职", role="part_time", status="active")])
        s.commit()
        numbers = [w.staff_no for w in service.evaluate(s, "2026-03", admin_user(s)).workers]
    assert numbers == ["W1", "W2"]


def test_bad_month_and_an_empty_month(march):
    with march.db.session() as s:
        with pytest.raises(InputError, match="YYYY-MM"):
            service.evaluate(s, "2026-13", admin_user(s))
        # February: nothing reported, nothing due, no meeting, nothing rated; the key person
        # needed 2 visits (28 days ÷ 15) and had none → 0 + 20 + 0 + 10 + 16 = 46.
        row = w1(service.evaluate(s, "2026-02", admin_user(s)))
    assert row.indicator("visits").inputs["required"] == 2
    assert (row.total, row.grade) == (46.0, "不合格")


def test_pay_is_for_hr_and_admin_only(march):
    from gridcommand.access.permissions import NotAllowed
    from gridcommand.ops import evaluation

    with march.db.session() as s:
        duty = account(s, "duty1", ("duty",))
        hr = account(s, "hr1", ("hr",))
        seen = w1(service.evaluate(s, "2026-03", duty))
        assert seen.pay is None and seen.deductions is None and seen.total == 46.8
        assert w1(service.evaluate(s, "2026-03", hr)).pay.performance == 400.0
        for forbidden in (lambda: service.adjust(s, duty, "2026-03", "W1", 1, "x"),
                          lambda: service.lock(s, duty, "2026-03")):
            with pytest.raises(NotAllowed, match="需要人事专员、管理员角色"):
                forbidden()
    with pytest.raises(NotAllowed, match="需要人事专员、管理员角色"):  # the candidates, through their operation
        evaluation.candidates(march.db, signed_in(march.db, "duty9", ("duty",)), "2026-03")


def test_visit_intervals_are_part_of_the_scheme(march):
    from gridcommand.visits.reminders import reminders

    with march.db.session() as s:
        me = admin_user(s)
        weekly = {**scheme.DEFAULT_RULES["visit_intervals"], "blue": 7}
        scheme.add_version(s, "2026-04", {**scheme.DEFAULT_RULES, "visit_intervals": weekly}, me.id, "蓝色每周走访")
        s.commit()
        assert w1(service.evaluate(s, "2026-03", me)).indicator("visits").inputs["required"] == 2
        assert w1(service.evaluate(s, "2026-04", me)).indicator("visits").inputs["required"] == 4  # 30 ÷ 7
        # Visited on 10 March: on 20 March (10 days) not due under March's 15 days. Visited again
        # on 28 March: on 6 April (9 days) overdue only because April's scheme says 7.
        zone = T0.tzinfo
        assert reminders(s, dt.datetime(2026, 3, 20, 10, 0, tzinfo=zone)) == []
        person = s.scalars(select(KeyPerson)).one()
        s.add(Visit(key_person_id=person.id, staff_id=march.worker_id, mode="phone",
                    visited_at=dt.datetime(2026, 3, 28, 10, 0, tzinfo=zone)))
        s.commit()
        assert [r.name for r in reminders(s, dt.datetime(2026, 4, 6, 10, 0, tzinfo=zone))] == ["赵大爷"]
