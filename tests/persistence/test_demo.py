"""Demo data: deterministic, and every incident's timeline a legal walk of the closed loop."""

import itertools

import pytest
from sqlalchemy import func, select

from gridcommand.base.enums import PersonColour, Status
from gridcommand.base.errors import InputError
from gridcommand.demo import DEMO_PASSWORD, anchor_time
from gridcommand.demo.build import build_demo
from gridcommand.models import Base, Incident, IncidentEvent, KeyPerson, Staff, Visit
from gridcommand.store.database import Database

from ..factories import TINY, TODAY

# The only moves of SPEC §3.4 (escalate and the dispute rule keep the state).
LEGAL = {
    (None, "reported"), ("reported", "accepted"), ("accepted", "dispatched"),
    ("dispatched", "in_progress"), ("dispatched", "accepted"), ("in_progress", "resolved"),
    ("resolved", "closed"), ("resolved", "in_progress"), ("reported", "cancelled"),
    ("accepted", "cancelled"),
}
TABLES = ("village", "grid", "unit", "staff", "key_person", "visit", "commendation", "incident",
          "incident_event", "incident_unit", "incident_key_person")
INCIDENT_TABLES = ("incident", "incident_event")


def _dump(db: Database) -> dict[str, list]:
    """Every row, read through the column types so two backends compare equal. An incident is
    named by its code, not its id: the first morning's incidents are made by the workflow after
    the bulk history, and PostgreSQL's ids then follow the sequence's last block, not the rows."""
    with db.engine.connect() as conn:
        codes = dict(conn.execute(select(Incident.id, Incident.code)).all())
        dump = {}
        for name, table in Base.metadata.tables.items():
            if name not in TABLES:
                continue
            rows = []
            for row in conn.execute(select(table)).mappings():
                row = {k: codes.get(v) if k in ("incident_id", "duplicate_of_id") else v for k, v in row.items()
                       if not (k == "id" and name in INCIDENT_TABLES)}
                rows.append(tuple(row.values()))
            dump[name] = sorted(rows, key=repr)
        return dump


@pytest.fixture
def demo(db):
    build_demo(db, TINY, seed=7, today=TODAY)
    return db


def test_same_seed_same_data(demo, tmp_path):
    with Database(f"sqlite:///{tmp_path / 'again.sqlite'}") as again:
        build_demo(again, TINY, seed=7, today=TODAY)
        assert _dump(again) == _dump(demo)
    with Database(f"sqlite:///{tmp_path / 'other.sqlite'}") as other:
        build_demo(other, TINY, seed=8, today=TODAY)
        assert _dump(other)["incident"] != _dump(demo)["incident"]


def test_timelines_follow_the_workflow(demo):
    with demo.session() as s:
        incidents = {i.id: i for i in s.scalars(select(Incident))}
        events = s.execute(select(IncidentEvent).order_by(IncidentEvent.incident_id,
                                                          IncidentEvent.id)).scalars().all()
    anchor = anchor_time(TODAY)
    for incident_id, steps in itertools.groupby(events, key=lambda e: e.incident_id):
        steps = list(steps)
        incident = incidents[incident_id]
        assert steps[0].action == "report" and steps[0].at == incident.reported_at
        for before, after in zip(steps, steps[1:]):
            assert after.at >= before.at
            assert after.from_status == before.to_status
        for step in steps:
            if step.from_status != step.to_status:
                assert (step.from_status, step.to_status) in LEGAL, step.action
            assert step.at <= anchor
        assert steps[-1].to_status == incident.status
        if incident.accepted_at:
            assert incident.deadline > incident.accepted_at
        if incident.status == Status.CLOSED:
            assert incident.closed_at >= incident.resolved_at >= incident.accepted_at


def test_rates_look_like_a_real_ledger(db):
    scale = TINY.__class__(**{**TINY.__dict__, "incidents": 3000, "months": 6})
    build_demo(db, scale, seed=1, today=TODAY)
    with db.session() as s:
        by_status = dict(s.execute(select(Incident.status, func.count()).group_by(Incident.status)).all())
        escalations = s.scalar(select(func.count()).where(IncidentEvent.action == "escalate"))
        recoloured = s.scalar(select(func.count()).where(IncidentEvent.action == "recolour"))
        colours = set(s.scalars(select(KeyPerson.colour).distinct()))
        visits = s.scalar(select(func.count()).select_from(Visit))
        workers = s.scalar(select(func.count()).where(Staff.role == "full_time"))
    total = sum(by_status.values())
    closure = by_status["closed"] / (total - by_status.get("cancelled", 0))
    assert total == 3000
    assert 0.96 < closure < 0.995
    assert escalations > 0 and recoloured > 0
    assert colours == {c.value for c in PersonColour}
    assert visits > 0 and workers == TINY.full_time_workers


def test_refuses_a_database_with_data(demo):
    with pytest.raises(InputError, match="空数据库"):
        build_demo(demo, TINY, seed=7, today=TODAY)


def test_the_demo_has_locked_months_for_careers_and_the_last_left_to_hr(demo):
    from gridcommand.evaluation.service import months_on_record
    from gridcommand.models import Evaluation, EvaluationMonth

    with demo.session() as s:
        months = dict(s.execute(select(EvaluationMonth.month, EvaluationMonth.locked_at.is_not(None))).all())
        assert months == {"2026-09": True, "2026-10": False}  # TINY spans the two whole months before today's
        assert s.scalar(select(func.count()).select_from(Evaluation)) == 2 * TINY.full_time_workers
        first = s.scalars(select(Evaluation.grade).where(Evaluation.month == "2026-09")).all()
        assert first.count("不合格") < len(first) / 2  # a whole month of work, not a partial one
        assert months_on_record(s, TODAY) == ["2026-10", "2026-09"]  # nothing before the record


def test_every_role_has_work_on_the_demos_first_morning(demo):
    """By the queries the docks use, at nine on the demo's day."""
    import datetime as dt

    from gridcommand.base.enums import OPEN_STATUSES
    from gridcommand.demo.today import SAMPLE
    from gridcommand.figures import dashboard
    from gridcommand.intake.sources import listed
    from gridcommand.meetings import views
    from gridcommand.ops import accounts, evaluation
    from gridcommand.reviews.lookup import serious_incidents
    from gridcommand.store.database import data_dir
    from gridcommand.workflow.queue import QueueFilter, QueueQuery

    nine = anchor_time(TODAY) + dt.timedelta(hours=9)
    with demo.session() as s:
        def count(**only) -> int:
            return QueueQuery(QueueFilter(**only)).count(s)
        for colour in ("red", "yellow", "blue"):  # duty: every colour at every step of the loop
            for status in OPEN_STATUSES:
                assert count(colours=(colour,), statuses=(status,)) > 0, (colour, status)
        assert count(overdue_at=nine) > 0 and count(warning_at=nine) > 0
        assert serious_incidents(s)  # … and a serious incident to review
        assert [r.name for r in listed(s)] == ["12345热线(示例)"]
        meetings = views.meetings(s)  # chair: last week's held, this week's drafted
        held, drafted = sorted(meetings, key=lambda m: m.starts_at)[-2:]
        assert held.locked and not drafted.locked and views.agenda(s, drafted.id).items
        assert views.open_actions(s) and any(item.outcome for item in views.agenda(s, held.id).items)
        assert dashboard.open_count(dashboard.live(s, now=nine).total) > 0  # leader
    assert (data_dir() / SAMPLE).is_file()
    hr = accounts.sign_in(demo, "hr", DEMO_PASSWORD)
    assert not evaluation.month(demo, hr, "2026-10").value.result.locked  # HR: adjust, then lock


def test_the_demo_has_two_reviews_in_different_states(demo):
    from gridcommand.ops import accounts
    from gridcommand.ops.unit_of_work import read
    from gridcommand.reviews import views

    leader = accounts.sign_in(demo, "leader", DEMO_PASSWORD)
    rows = read(demo, views.reviews, leader)
    assert sorted(r.state for r in rows) == ["approved", "open"]
    approved = next(r for r in rows if r.state == "approved")
    assert approved.findings == approved.decided and approved.findings > 0
    under_way = next(r for r in rows if r.state == "open")
    assert 0 < under_way.decided <= 2 and under_way.decided < under_way.findings
