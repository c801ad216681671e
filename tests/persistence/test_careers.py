"""SPEC §7 on hand-built histories of locked months."""

import datetime as dt

import pytest
from sqlalchemy import select

from gridcommand.base import clock
from gridcommand.base.errors import InputError
from gridcommand.evaluation import careers, service
from gridcommand.evaluation.scheme import ensure_default, in_force
from gridcommand.models import Evaluation, EvaluationMonth, Staff

from ..factories import admin_user

GRADE = {"优": (95.0, "优秀"), "良": (85.0, "良好"), "合": (70.0, "合格"), "差": (50.0, "不合格")}


@pytest.fixture
def hr(township_db):
    return township_db


def person(db, staff_no, level="l2", hired=dt.date(2024, 1, 1), status="active") -> int:
    with db.session() as s:
        staff = Staff(staff_no=staff_no, name=f"员工{staff_no}", role="full_time", status=status,
                      level=level, hire_date=hired)
        s.add(staff)
        s.commit()
        return staff.id


def history(db, staff_id, marks: dict[str, str]) -> None:
    """Locked months with the given grades (优/良/合/差) for one worker."""
    with db.session() as s:
        ensure_default(s)
        scheme_id = in_force(s, "2026-01").id
        for month, mark in marks.items():
            if s.get(EvaluationMonth, month) is None:
                s.add(EvaluationMonth(month=month, scheme_id=scheme_id, locked_at=clock.now()))
            total, grade = GRADE[mark]
            s.add(Evaluation(month=month, staff_id=staff_id, level="l2", detail={}, total=total, grade=grade,
                             base_pay=0, standard=0, performance_pay=0, computed_at=clock.now()))
        s.commit()


def kinds(db, month, staff_no) -> dict[str, str]:
    with db.session() as s:
        return {c.kind: str(c.finding) for c in careers.candidates(s, month) if c.staff_no == staff_no}


def months(last: str, count: int) -> list[str]:
    return [clock.shift_month(last, -k) for k in range(count - 1, -1, -1)]


def test_consecutive_failures_make_a_demotion_candidate(hr):
    a, b = person(hr, "A"), person(hr, "B")
    history(hr, a, {"2026-09": "差", "2026-10": "差"})
    history(hr, b, {"2026-08": "差", "2026-09": "合", "2026-10": "差"})
    found = kinds(hr, "2026-10", "A")
    assert set(found) == {"yellow_card", "demotion"}
    assert found["demotion"] == "连续两个月不合格:2026-09(50.0 分)、2026-10(50.0 分)"
    assert set(kinds(hr, "2026-10", "B")) == {"yellow_card"}  # not consecutive


def test_elimination_counts_within_twelve_months(hr):
    a, b = person(hr, "A"), person(hr, "B")
    history(hr, a, {"2025-11": "差", "2026-05": "差", "2026-10": "差"})
    history(hr, b, {"2025-10": "差", "2026-05": "差", "2026-10": "差"})  # the first falls outside
    assert "elimination" in kinds(hr, "2026-10", "A")
    assert "2025-11" in kinds(hr, "2026-10", "A")["elimination"]
    assert "elimination" not in kinds(hr, "2026-10", "B")


def test_probation_length_and_no_low_month(hr):
    six = person(hr, "P6", "probation", dt.date(2026, 4, 10), "probation")
    five = person(hr, "P5", "probation", dt.date(2026, 5, 10), "probation")
    low = person(hr, "PL", "probation", dt.date(2026, 3, 1), "probation")
    history(hr, six, {m: "合" for m in months("2026-10", 6)})
    history(hr, five, {m: "合" for m in months("2026-10", 5)})
    history(hr, low, {"2026-06": "差", "2026-10": "良"})
    assert kinds(hr, "2026-10", "P6")["probation"].startswith("见习 6 个月")
    assert "probation" not in kinds(hr, "2026-10", "P5")
    assert "probation" not in kinds(hr, "2026-10", "PL")


def test_promotion_needs_nine_excellent_none_failed_and_a_year_at_the_level(hr):
    nine = person(hr, "N9", hired=dt.date(2025, 9, 1))
    eight = person(hr, "N8", hired=dt.date(2025, 9, 1))
    failed = person(hr, "NF", hired=dt.date(2025, 9, 1))
    short = person(hr, "NS", hired=dt.date(2025, 11, 2))
    year = months("2026-10", 12)
    history(hr, nine, {m: ("优" if i < 9 else "良") for i, m in enumerate(year)})
    history(hr, eight, {m: ("优" if i < 8 else "良") for i, m in enumerate(year)})
    history(hr, failed, {m: ("优" if i < 11 else "差") for i, m in enumerate(year)})
    history(hr, short, {m: "优" for m in year})
    found = kinds(hr, "2026-10", "N9")
    assert set(found) == {"promotion"} and "9 个月优秀" in found["promotion"]
    assert "promotion" not in kinds(hr, "2026-10", "N8")
    assert "promotion" not in kinds(hr, "2026-10", "NF")
    assert "promotion" not in kinds(hr, "2026-10", "NS")  # 11 months at the level


def test_decisions_take_effect_next_month_and_keep_history(hr):
    nine = person(hr, "N9", hired=dt.date(2025, 9, 1))
    history(hr, nine, {m: "优" for m in months("2026-10", 12)})
    with hr.session() as s:
        me = admin_user(s)
        with pytest.raises(InputError, match="理由"):
            careers.decide(s, me, "2026-10", "N9", "promotion", True, "", today=dt.date(2026, 11, 5))
        decision = careers.decide(s, me, "2026-10", "N9", "promotion", True, "连续优秀",
                                  today=dt.date(2026, 11, 5))
        s.commit()
        assert decision.effective_date == dt.date(2026, 12, 1)
        assert s.get(Staff, nine).level == "l2"  # not yet
        assert careers.candidates(s, "2026-10") == []  # decided: not listed again
        assert careers.apply_due(s, dt.date(2026, 12, 1)) == 1
        s.commit()
        assert s.get(Staff, nine).level == "l3"
        assert careers.history(s, nine)[0]["to"] == "l3"
        # A month before the change is still evaluated (and paid) at the old level.
        november = next(w for w in service.evaluate(s, "2026-11", admin_user(s)).workers if w.staff_no == "N9")
        december = next(w for w in service.evaluate(s, "2026-12", admin_user(s)).workers if w.staff_no == "N9")
        assert (november.level, december.level) == ("l2", "l3")
        assert december.pay.standard == 1200.0


def test_elimination_dismisses_and_rejections_change_nothing(hr):
    a, b = person(hr, "A"), person(hr, "B")
    for staff_id in (a, b):
        history(hr, staff_id, {"2026-08": "差", "2026-09": "差", "2026-10": "差"})
    with hr.session() as s:
        me = admin_user(s)
        careers.decide(s, me, "2026-10", "A", "elimination", True, "三个月不合格", today=dt.date(2026, 11, 5))
        careers.decide(s, me, "2026-10", "B", "demotion", False, "情况特殊,给予观察期", today=dt.date(2026, 11, 5))
        careers.apply_due(s, dt.date(2026, 12, 1))
        s.commit()
        assert s.get(Staff, a).status == "dismissed"
        assert (s.get(Staff, b).status, s.get(Staff, b).level) == ("active", "l2")
        with pytest.raises(InputError, match="没有待审批"):
            careers.decide(s, me, "2026-10", "B", "demotion", True, "再改", today=dt.date(2026, 11, 5))


def test_only_locked_months(hr):
    with hr.session() as s:
        with pytest.raises(InputError, match="尚未锁定"):
            careers.candidates(s, "2026-10")
        assert s.scalars(select(Evaluation)).first() is None


def finding(db, staff_id, month, level, code="XT-DC-2026-001"):
    """An approved review with one confirmed finding naming the worker, counting in ``month``."""
    from gridcommand.models import Grid, Review, ReviewFinding, Village
    from gridcommand.org.township import require

    with db.session() as s:
        me = admin_user(s)
        grid = s.scalars(select(Grid)).first()
        if grid is None:
            village = Village(township_id=require(s).id, name="东塘村", kind="village")
            s.add(village)
            s.flush()
            grid = Grid(code="G1", name="第一网格", village_id=village.id, kind="residential")
            s.add(grid)
            s.flush()
        review = Review(code=code, kind="fire", event_at=clock.now(), grid_id=grid.id, window_days=90,
                        state="approved", opened_at=clock.now(), opened_by=me.id, approved_at=clock.now(),
                        approved_by=me.id, effective_month=month)
        s.add(review)
        s.flush()
        s.add(ReviewFinding(review_id=review.id, position=1, kind="visit_lapse", key="visit:1", occurred_at=clock.now(),
                            summary="走访断档", facts={}, evidence=[], staff_id=staff_id, level=level, reason="失职"))
        s.commit()


def test_a_major_finding_in_the_last_twelve_months_blocks_promotion(hr):
    clean, marked = person(hr, "C", hired=dt.date(2024, 1, 1)), person(hr, "M", hired=dt.date(2024, 1, 1))
    for staff_id in (clean, marked):
        history(hr, staff_id, {m: "优" for m in months("2026-10", 12)})
    finding(hr, marked, "2026-03", "major")
    assert "promotion" in kinds(hr, "2026-10", "C")
    assert "promotion" not in kinds(hr, "2026-10", "M")


def test_a_serious_finding_makes_an_elimination_candidate(hr):
    a, b = person(hr, "A"), person(hr, "B")
    history(hr, a, {"2026-10": "良"})
    history(hr, b, {"2026-10": "良"})
    finding(hr, a, "2026-10", "serious")
    finding(hr, b, "2026-10", "minor", "XT-DC-2026-002")
    found = kinds(hr, "2026-10", "A")
    assert set(found) == {"elimination"} and "XT-DC-2026-001 第 1 条(严重)" in found["elimination"]
    assert kinds(hr, "2026-10", "B") == {}


RENAMED = [[92, "A档"], [75, "B档"], [55, "C档"], [0, "D档"]]  # renamed, and the bounds moved


def test_every_rule_reads_the_grades_of_the_months_own_scheme(hr):
    """A scheme calling its grades A档…D档 with other bounds: its top grade counts as 优秀, its
    bottom as 不合格, its lowest passing bound as the pass line (60 by default)."""
    from gridcommand.evaluation.scheme import DEFAULT_RULES, Grades, add_version

    with hr.session() as s:
        rules = {**DEFAULT_RULES, "grades": RENAMED, "coefficients": {"A档": 1.2, "B档": 1.0, "C档": 0.8, "D档": 0.4}}
        scheme_id = add_version(s, "2025-01", rules, None, "A–D").id
        s.commit()
    totals = {"优": 95.0, "良": 85.0, "合": 57.0, "差": 50.0}  # 57: passing here, below 60 by default

    def renamed_history(staff_id, marks):
        with hr.session() as s:
            for month, mark in marks.items():
                if s.get(EvaluationMonth, month) is None:
                    s.add(EvaluationMonth(month=month, scheme_id=scheme_id, locked_at=clock.now()))
                total = totals[mark]
                s.add(Evaluation(month=month, staff_id=staff_id, level="l2", detail={}, total=total,
                                 grade=Grades.of_rules(rules).grade(total), base_pay=0, standard=0,
                                 performance_pay=0, computed_at=clock.now()))
            s.commit()

    demoted, eliminated = person(hr, "D"), person(hr, "E")
    probation = person(hr, "P", "probation", dt.date(2026, 4, 10), "probation")
    promoted = person(hr, "U", hired=dt.date(2025, 9, 1))
    renamed_history(demoted, {"2026-09": "差", "2026-10": "差"})
    renamed_history(eliminated, {"2025-11": "差", "2026-05": "差", "2026-10": "差"})
    renamed_history(probation, {m: "合" for m in months("2026-10", 6)})
    renamed_history(promoted, {m: ("优" if i < 9 else "良") for i, m in enumerate(months("2026-10", 12))})
    assert set(kinds(hr, "2026-10", "D")) == {"yellow_card", "demotion"}
    assert "elimination" in kinds(hr, "2026-10", "E")
    assert set(kinds(hr, "2026-10", "P")) == {"probation"}
    assert set(kinds(hr, "2026-10", "U")) == {"promotion"}


def test_a_scheme_needs_a_passing_and_a_failing_grade(hr):
    from gridcommand.evaluation.scheme import DEFAULT_RULES, validate

    with pytest.raises(InputError, match="至少应有两个等次"):
        validate({**DEFAULT_RULES, "grades": [[0, "合格"]], "coefficients": {"合格": 1.0}})
