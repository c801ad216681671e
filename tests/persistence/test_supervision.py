"""The automatic rules of SPEC §3.4: the third failed mediation, yellow and red cards, escalation
after more than 24 h overdue (whichever step is open), and the flag for the weekly meeting."""

import datetime as dt

import pytest
from sqlalchemy import select

from gridcommand.models import Incident, IncidentCard, IncidentEvent
from gridcommand.ops import rules
from gridcommand.store.change_log import latest as counter
from gridcommand.workflow import IllegalMove, next_event

from ..factories import admin_user, signed_in
from .test_workflow import MINUTE, T0, H, Office


@pytest.fixture
def office(township_db):
    return Office(township_db)


def test_third_failed_mediation_turns_a_blue_dispute_yellow(office):
    i = office.report("blue", category=office.dispute)
    office.move("accept", i, T0)
    office.move("mediation_failed", i, T0 + 24 * H)
    office.move("mediation_failed", i, T0 + 48 * H)
    assert office.get(i).colour == "blue"
    office.move("mediation_failed", i, T0 + 60 * H, "双方分歧大")
    incident = office.get(i)
    assert incident.colour == "yellow" and incident.mediation_failures == 3
    assert incident.deadline == T0 + 60 * H + 7 * 24 * H  # recomputed from that moment
    assert "recolour" in [e[0] for e in office.events(i)]
    other = office.report()
    office.move("accept", other, T0)
    with pytest.raises(IllegalMove):  # only disputes are mediated
        office.move("mediation_failed", other, T0)


def _cards(office, i):
    with office.db.session() as s:
        return s.execute(select(IncidentCard.colour, IncidentCard.step, IncidentCard.issued_at)
                         .where(IncidentCard.incident_id == i).order_by(IncidentCard.issued_at)).all()


def _run(office, at):
    return rules.run(office.db, signed_in(office.db), now=at).changes


def test_cards_and_auto_escalation_are_idempotent(office):
    i = office.report("blue")
    office.move("accept", i, T0)
    office.move("dispatch", i, T0, office.village_unit, responsible_staff_id=office.worker_id)
    deadline = office.get(i).deadline
    assert not _run(office, deadline - dt.timedelta(seconds=1))
    assert _run(office, deadline).incidents == {i}
    assert _cards(office, i) == [("yellow", "resolve", deadline)]
    assert office.get(i).level == "grid"
    assert _run(office, deadline + 24 * H).incidents == {i}
    assert _cards(office, i) == [("yellow", "resolve", deadline), ("red", "resolve", deadline + 24 * H)]
    assert office.get(i).level == "grid"  # "more than 24 h": at exactly 24 h not yet
    assert _run(office, deadline + 24 * H + MINUTE).incidents == {i}
    assert office.get(i).level == "township"  # escalated by the system
    with office.db.session() as s:
        by = s.execute(select(IncidentEvent.actor_id, IncidentEvent.at, IncidentEvent.note).where(
            IncidentEvent.incident_id == i, IncidentEvent.action == "escalate")).one()
        assert by.at == deadline + 24 * H + MINUTE and by.actor_id != admin_user(s).id
        assert by.note == "办结超期超过 24 小时,自动提级至镇街"
        counter_before = counter(s)
    assert not _run(office, deadline + 48 * H)  # running again changes nothing
    with office.db.session() as s:
        assert counter(s) == counter_before
        card = s.scalars(select(IncidentCard)).first()
        assert card.staff_id == office.worker_id and card.unit_id == office.village_unit


@pytest.mark.parametrize("step", ["accept", "verify"])
def test_any_open_step_more_than_a_day_overdue_escalates(office, step):
    i = office.report("blue")
    if step == "verify":
        office.move("accept", i, T0)
        office.move("dispatch", i, T0, office.village_unit)
        office.move("sign", i, T0, office.village_unit)
        office.move("resolve", i, T0 + H, "修好")
    due = office.get(i).step_due_at
    assert office.get(i).step == step
    _run(office, due + 24 * H)
    assert office.get(i).level == "grid"
    _run(office, due + 24 * H + MINUTE)
    assert office.get(i).level == "township"


def test_next_card_or_escalation_is_known(office):
    i = office.report("red")
    with office.db.session() as s:
        incident = s.get(Incident, i)
        assert next_event(incident, set(), T0) == (T0 + 0.5 * H, "yellow")
    office.move("accept", i, T0 + 0.1 * H)
    _run(office, T0 + 0.1 * H + 25 * H)
    with office.db.session() as s:
        incident = s.get(Incident, i)
        cards = {(i, c.step, c.step_due_at, c.colour) for c in s.scalars(select(IncidentCard))}
        when, what = next_event(incident, cards, T0 + 0.1 * H + 25 * H)
        assert (when, what) == (incident.deadline + 24 * H, "red")


def test_returned_twice_is_flagged_once(office):
    i = office.report()
    office.move("accept", i, T0)
    for n in range(2):
        office.move("dispatch", i, T0 + n * H, office.police)
        office.move("return_", i, T0 + n * H, "不属本单位")
    assert office.get(i).flagged
    assert [e[0] for e in office.events(i)].count("flag") == 1
    assert not _run(office, T0 + 3 * H)
