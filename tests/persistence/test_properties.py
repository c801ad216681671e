"""Properties across the documents about people (SPEC §6–§9, issue 26): on records a seeded
generator makes (``tests/records.py``: incidents moved through the loop, cards, ledger rows
taken in, key persons and visits), what a supervision notice, a review's findings, a month's
evaluation, the agenda, the reminders and the careers list say about an item or a person agrees
with every other document and with the one definition of each rule — and with the generator's
own account of who answered for what. Each property names the defect it would have caught; each
failed on the code before that defect was mended."""

import datetime as dt
from collections import Counter
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select

from gridcommand.base import clock
from gridcommand.base.clock import SHANGHAI
from gridcommand.base.enums import FindingKind
from gridcommand.evaluation import careers, engine
from gridcommand.evaluation.scheme import DEFAULT_RULES, Grades, add_version
from gridcommand.meetings.builder import build
from gridcommand.models import (
    Evaluation,
    EvaluationMonth,
    IncidentCard,
    IncidentEvent,
    KeyPerson,
    ReviewFinding,
    Staff,
    Visit,
)
from gridcommand.ops.notices import chosen
from gridcommand.org import responsibility
from gridcommand.org.responsibility import tagged_at
from gridcommand.reviews.service import NewEvent, open_for_event
from gridcommand.visits.reminders import reminders
from gridcommand.visits.rules import intervals
from gridcommand.workflow import notices
from gridcommand.workflow.supervision import run_all

from ..factories import admin_user
from ..records import T0, UNITS_STEPS, Model, Town, fresh, gap, ledger, lived, open_steps, persons

MINUTE = dt.timedelta(minutes=1)
EXAMPLES = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture
def town(township_db):
    made = Town(township_db)
    with township_db.session() as s:
        admin_user(s)
        s.commit()
    return made


@contextmanager
def example(town):
    """One example's records, in a transaction rolled back afterwards."""
    with town.db.session() as s:
        try:
            yield s, admin_user(s)
        finally:
            s.rollback()


def _after_everything(data, s) -> dt.datetime:
    """A moment after the last move made: the documents are asked for then."""
    return s.scalar(select(func.max(IncidentEvent.at))) + gap(data)


@EXAMPLES
@given(data=st.data())
def test_every_notice_item_is_overdue_or_carded_for_its_unit(town, data, tmp_path):
    """Defect 1: a unit's notice listed items neither overdue nor carded, because the "carded"
    test matched any card ever given to the unit rather than a card on that item."""
    with example(town) as (s, user):
        model = Model()
        ids = lived(data, s, town, user, model) + ledger(data, s, town.db, town, user, model, tmp_path)
        now = _after_everything(data, s)
        ids += [fresh(data, s, town, user, model, now) for _n in range(data.draw(st.integers(0, 2)))]
        run_all(s, now)
        cards = Counter(s.execute(select(IncidentCard.incident_id, IncidentCard.unit_id)).all())
        expected = {(unit, i) for i, (status, unit, due) in open_steps(s, ids).items()
                    if status in UNITS_STEPS and unit is not None
                    and ((due is not None and now >= due) or cards[i, unit])}
        planned = notices.plan(s, now=now)
        assert {(p.unit_id, item.incident_id) for p in planned for item in p.items} == expected
        for p in planned:
            for item in p.items:
                assert item.yellow_cards + item.red_cards == cards[item.incident_id, p.unit_id]
                assert (item.late is not None) == (now >= item.deadline)
        if planned:
            issued = notices.issue(s, user, chosen(planned), now)
            noted = set(s.execute(select(IncidentEvent.unit_id, IncidentEvent.incident_id)
                                  .where(IncidentEvent.action == "notice")).all())
            assert {(p.unit_id, i.incident_id) for p in planned for i in p.items} == noted
            assert [len(n.items) for n in issued] == [len(p.items) for p in planned]


def _instant(f: ReviewFinding) -> dt.datetime:
    """The instant a finding's person answered for it."""
    if f.kind in (FindingKind.LATE, FindingKind.OVERDUE):
        return dt.datetime.fromisoformat(f.facts["deadline"])
    return f.occurred_at


def _review(data, town, s, user, model, tmp_path):
    ids = lived(data, s, town, user, model) + ledger(data, s, town.db, town, user, model, tmp_path)
    people = persons(data, s, town, model, most=3)
    now = _after_everything(data, s)
    run_all(s, now)
    review = open_for_event(s, user, NewEvent("fire", now, town.grid_id, description="出租房起火",
                                              person_ids=people), days=366, whole_village=True)
    findings = s.scalars(select(ReviewFinding).where(ReviewFinding.review_id == review.id)).all()
    return ids, findings


@EXAMPLES
@given(data=st.data())
def test_every_finding_names_who_answered_for_it_then(town, data, tmp_path):
    """Defect 2: a ledger row's 责任人 was not kept as the person its dispatch named, so the late,
    still-open, returned and reworked findings on imported incidents named nobody; a card given
    after a return still counted against the unit that had sent the item back."""
    with example(town) as (s, user):
        model = Model()
        ids, findings = _review(data, town, s, user, model, tmp_path)
        history = responsibility.incidents(s, ids)
        for f in findings:
            about = f.evidence[0]["id"]
            if f.kind == FindingKind.VISIT_LAPSE:  # the worker on the day the visit was due
                assert f.staff_id == model.worker_of(about, tagged_at(dt.date.fromisoformat(f.facts["due"]))), f.summary
            elif f.kind in (FindingKind.LATE, FindingKind.OVERDUE, FindingKind.REWORK, FindingKind.CARD,
                            FindingKind.RETURN):
                returned = f.kind == FindingKind.RETURN
                staff, unit = model.holder(about, _instant(f), just_before=returned)
                assert (f.staff_id, f.unit_id) == (staff, unit), f.summary
                read = responsibility.before if returned else responsibility.at
                assert read(history.get(about, []), _instant(f), (None, None)) == (staff, unit)


@EXAMPLES
@given(data=st.data())
def test_every_rework_deducted_is_a_rework_finding_naming_the_same_worker(town, data, tmp_path):
    """Defect 2: a ledger row's 返工次数 were deducted in the month it was resolved (§6) but never
    drafted as rework findings, and a rework was charged to whoever held the incident last."""
    with example(town) as (s, user):
        model = Model()
        _ids, findings = _review(data, town, s, user, model, tmp_path)
        drafted = [f for f in findings if f.kind == FindingKind.REWORK]
        made = Counter((incident, at) for incident, times in model.reworks.items() for at in times)
        assert Counter((f.evidence[0]["id"], f.occurred_at) for f in drafted) == made
        for month in ("2026-03", "2026-04", "2026-05", "2026-06"):
            _first, _last, start, end = clock.month_bounds(month)
            _workers, facts = engine.gather(s, month)
            deducted = Counter({w: r["events"] + r["imported"] for w, r in facts.get("reworks", {}).items()})
            in_month = Counter(f.staff_id for f in drafted if start <= f.occurred_at < end and f.staff_id)
            assert +deducted == +in_month, month


def _due_by_spec(s, person: KeyPerson, before: dt.datetime, every: dict[str, int]) -> dt.date:
    """SPEC §9 in its own words: due one interval after the day of the last visit (since the
    person was tagged), or after the tag day."""
    last = s.scalar(select(func.max(Visit.visited_at)).where(Visit.key_person_id == person.id,
                                                            Visit.visited_at < before))
    day = max(person.tagged_on, last.astimezone(SHANGHAI).date()) if last else person.tagged_on
    return day + dt.timedelta(days=every[person.colour])


@EXAMPLES
@given(data=st.data())
def test_the_agenda_and_the_reminders_name_the_persons_overdue_at_the_meetings_start(town, data):
    """Defect 4: a person visited exactly one interval before the meeting was put on the agenda
    as "逾期 0 分钟" (and called overdue by the reminders): §9 says overdue when now > last visit
    + interval — due that day, overdue only after it."""
    with example(town) as (s, _user):
        ids = persons(data, s, town, Model(), most=6)
        every = intervals(s, "2026-03")
        person = s.get(KeyPerson, data.draw(st.sampled_from(ids), label="the meeting falls on their boundary"))
        due = _due_by_spec(s, person, dt.datetime.max.replace(tzinfo=SHANGHAI), every)
        moments = [dt.datetime.combine(due, dt.time(), SHANGHAI) + dt.timedelta(days=1) + k * MINUTE for k in (-1, 0, 1)]
        moments.append(dt.datetime.combine(due, dt.time(15), SHANGHAI))  # exactly an interval after a 15:00 visit
        starts = data.draw(st.sampled_from(moments), label="the meeting starts")
        everyone = [s.get(KeyPerson, i) for i in ids]
        overdue = {p.id for p in everyone if starts.astimezone(SHANGHAI).date() > _due_by_spec(s, p, starts, every)}
        on_agenda = {d.key_person_id for d in build(s, starts) if d.section == 6 and d.key_person_id}
        assert on_agenda == {p.id for p in everyone if p.id in overdue and p.colour in ("red", "orange")}
        assert {r.key_person_id for r in reminders(s, starts) if r.state == "overdue"} == overdue
        assert not any("逾期 0" in d.detail for d in build(s, starts) if d.section == 6)


MARKS = [50.0, 59.9, 60.0, 72.0, 85.0, 89.9, 90.0, 96.0]
MONTHS = [clock.shift_month("2026-10", -k) for k in range(13, -1, -1)]
RENAMED = {"优秀": "A档", "良好": "B档", "合格": "C档", "不合格": "D档"}


def _careers_under(town, names: dict[str, str], workers: list[tuple]) -> list[tuple]:
    """The careers list after 2026-10 with every month graded by a scheme whose grades carry
    ``names`` (the same bounds)."""
    grades = [[low, names[name]] for low, name in DEFAULT_RULES["grades"]]
    rules = {**DEFAULT_RULES, "grades": grades,
             "coefficients": {names[k]: v for k, v in DEFAULT_RULES["coefficients"].items()}}
    with example(town) as (s, _user):
        scheme = add_version(s, "2024-01", rules, None, "renamed" if names is RENAMED else "default")
        s.add_all(EvaluationMonth(month=month, scheme_id=scheme.id, locked_at=T0) for month in MONTHS)
        for staff_id, level, hired, totals in workers:
            person = s.get(Staff, staff_id)
            person.level, person.hire_date = level, hired
            person.status = "probation" if level == "probation" else "active"
            for month, total in zip(MONTHS, totals):
                if total is None:
                    continue
                s.add(Evaluation(month=month, staff_id=staff_id, level=level, detail={}, total=total,
                                 grade=Grades.of_rules(rules).grade(total), base_pay=0, standard=0,
                                 performance_pay=0, computed_at=T0))
        s.flush()
        return [(c.staff_no, c.kind, c.to_level, str(c.finding)) for c in careers.candidates(s, "2026-10")]


@EXAMPLES
@given(data=st.data())
def test_the_careers_list_is_the_same_after_the_grades_are_renamed(town, data):
    """Defect 3: the career rules compared with the literal 优秀 / 不合格 and the pass line 60, so
    a scheme calling its grades A档…D档 silently made no yellow card, demotion, elimination or
    promotion."""
    workers = []
    for staff_id in town.workers:
        level = data.draw(st.sampled_from(["probation", "l2"]), label="level")
        hired = dt.date(2025, data.draw(st.integers(1, 12), label="hired in 2025"), 1)
        totals = [data.draw(st.sampled_from([None, *MARKS]), label="total") for _month in MONTHS]
        workers.append((staff_id, level, hired, totals))
    assert _careers_under(town, RENAMED, workers) == _careers_under(town, dict(zip(RENAMED, RENAMED)), workers)
