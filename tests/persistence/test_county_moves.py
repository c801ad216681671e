"""The county's moves in a township's database (SPEC §13): a county account acts only on items
escalated to the county, only with the county's moves, and dispatches only to county departments;
every move is the township's own operation, on its timeline and in its audit chain."""

import pytest
from sqlalchemy import select

from gridcommand.base.enums import HoldingLevel, Status, UnitKind
from gridcommand.base.errors import InputError, NotAllowed
from gridcommand.models import Incident, IncidentEvent, Unit, User
from gridcommand.ops import audit_log, incidents
from gridcommand.workflow import IllegalMove, NewIncident

from ..factories import signed_in
from .test_workflow import Office


@pytest.fixture
def county(township_db):
    office = Office(township_db)
    with township_db.session() as s:
        s.add_all([Unit(name="县住建局", kind=UnitKind.COUNTY), Unit(name="县水利局", kind=UnitKind.COUNTY)])
        s.commit()
        office.county_units = dict(s.execute(select(Unit.name, Unit.id).where(Unit.kind == UnitKind.COUNTY)).all())
    office.duty = signed_in(township_db, "duty1", ("duty",))
    office.county = signed_in(township_db, "county1", ("county",))
    return office


def _at_township(office) -> int:
    """An item held at township level (put there directly: escalating it by hand now would let
    the rules, meanwhile months overdue, move it on first)."""
    incident_id = office.report()
    with office.db.session() as s:
        s.get(Incident, incident_id).level = HoldingLevel.TOWNSHIP
        s.commit()
    return incident_id


def _at_county(office) -> int:
    incident_id = office.report()
    while office.get(incident_id).level != HoldingLevel.COUNTY:
        incidents.escalate(office.db, office.duty, incident_id, "镇级无法解决")
    return incident_id


def test_the_county_handles_an_escalated_item_through_to_closed_on_the_townships_timeline(county):
    db, me = county.db, county.county
    i = _at_county(county)
    housing = county.county_units["县住建局"]
    incidents.accept(db, me, i, "县级受理")
    with pytest.raises(InputError, match="不是县级部门"):
        incidents.dispatch(db, me, i, county.housing)  # the township's own 住建办
    incidents.dispatch(db, me, i, housing, [county.county_units["县水利局"]], note="县级交办")
    incidents.sign(db, me, i, housing)
    incidents.resolve(db, me, i, "已加固")
    incidents.verify_ok(db, me, i, satisfaction=5)
    incident = county.get(i)
    assert incident.status == Status.CLOSED and incident.level == HoldingLevel.COUNTY
    with db.session() as s:
        county_account = s.scalar(select(User.id).where(User.username == "county1"))
        moved = s.scalars(select(IncidentEvent.action).where(IncidentEvent.incident_id == i,
                                                             IncidentEvent.actor_id == county_account)
                          .order_by(IncidentEvent.id)).all()
    assert moved == ["accept", "dispatch", "sign", "resolve", "verify_ok"]
    assert audit_log.verify(db, county.duty).ok  # the township's chain, county moves in it


def test_a_county_account_touches_nothing_held_below_the_county(county):
    db, me = county.db, county.county
    i = county.report()
    with pytest.raises(IllegalMove, match="只办理提级到县级的事件"):
        incidents.accept(db, me, i)
    with pytest.raises(NotAllowed):  # a new incident is the township's
        incidents.report(db, me, NewIncident(title="x", category_id=county.facilities, grid_id=county.grid_id,
                                             colour="blue", source="grid_worker"))
    detail = incidents.detail(db, me, i)
    assert detail.allowed == () and "accept" in incidents.detail(db, county.duty, i).allowed


def test_at_county_level_only_the_countys_moves(county):
    db, me = county.db, county.county
    i = _at_county(county)
    assert set(incidents.detail(db, me, i).allowed) == {"accept", "hand_down", "instruct"}
    for refused in (lambda: incidents.cancel(db, me, i, "不归县里"), lambda: incidents.mark_serious(db, me, i, "x"),
                    lambda: incidents.retrack(db, me, i, "petition", "x")):
        with pytest.raises(IllegalMove):
            refused()


def test_the_county_hands_an_item_back_to_the_township_with_its_reason(county):
    db, me = county.db, county.county
    i = _at_county(county)
    with pytest.raises(IllegalMove):  # the township does not send its own items back to itself
        incidents.hand_down(db, county.duty, i, "不归县里")
    with pytest.raises(InputError, match="退回理由不能为空"):
        incidents.hand_down(db, me, i, " ")
    incidents.hand_down(db, me, i, "属镇街职责,请镇街办理")
    incident = county.get(i)
    assert incident.level == HoldingLevel.TOWNSHIP and incident.status == Status.REPORTED
    assert county.events(i)[-1][0] == "hand_down"
    with pytest.raises(IllegalMove, match="只办理提级到县级的事件"):
        incidents.accept(db, me, i)
    incidents.accept(db, county.duty, i)  # the township's again


def test_county_departments_take_only_county_level_items(county):
    i = county.report()
    incidents.accept(county.db, county.duty, i)
    with pytest.raises(InputError, match="只承办提级到县级的事件"):
        incidents.dispatch(county.db, county.duty, i, county.county_units["县住建局"])
    incidents.dispatch(county.db, county.duty, i, county.housing)


def test_the_countys_instruction_is_flagged_in_the_township_until_read_there(county):
    from gridcommand.ops import queue

    db, me = county.db, county.county
    i = _at_county(county)
    with pytest.raises(IllegalMove):  # the township does not instruct itself
        incidents.instruct(db, county.duty, i, "请尽快处置")
    with pytest.raises(InputError, match="批示内容不能为空"):
        incidents.instruct(db, me, i, " ")
    incidents.instruct(db, me, i, "请县住建局三日内会同镇街处置,结果报县社会治理中心")
    row = queue.rows(db, county.duty, [i])[0]
    assert row.instructed and "instruction_read" in incidents.detail(db, county.duty, i).allowed
    with pytest.raises(IllegalMove):  # the county cannot mark its own instruction read
        incidents.read_instruction(db, me, i)
    incidents.read_instruction(db, county.duty, i)
    assert not queue.rows(db, county.duty, [i])[0].instructed
    assert [e[0] for e in county.events(i)][-2:] == ["instruct", "instruction_read"]
    with pytest.raises(IllegalMove):  # read once
        incidents.read_instruction(db, county.duty, i)


@pytest.mark.parametrize("offset_min, escalated", [(-1, False), (0, False), (1, True)])
def test_a_township_item_goes_to_the_county_strictly_after_the_countys_hours_overdue(county, offset_min, escalated):
    import datetime as dt

    from gridcommand.ops import rules

    db = county.db
    with pytest.raises(NotAllowed):
        rules.set_county_escalation(db, county.duty, 6)
    with pytest.raises(InputError):
        rules.set_county_escalation(db, county.county, 721)
    i = _at_township(county)
    assert rules.set_county_escalation(db, county.county, 6).value == 6 and rules.county_escalation(db, county.duty) == 6
    due = county.get(i).step_due_at
    rules.run(db, county.duty, now=due + dt.timedelta(hours=6, minutes=offset_min))
    incident = county.get(i)
    assert (incident.level == HoldingLevel.COUNTY) == escalated
    if escalated:
        assert county.events(i)[-1][0] == "escalate"
        assert incidents.detail(db, county.county, i).events[-1].note == "受理超期超过 6 小时,自动提级至县"


def test_without_the_countys_hours_nothing_goes_to_the_county_by_itself(county):
    import datetime as dt

    from gridcommand.ops import rules

    i = _at_township(county)
    rules.run(county.db, county.duty, now=county.get(i).step_due_at + dt.timedelta(days=30))
    assert county.get(i).level == HoldingLevel.TOWNSHIP


def test_what_reached_the_county_counts_items_sent_back_since_and_each_stays_listed_with_its_time(county):
    import datetime as dt

    from gridcommand.base import clock
    from gridcommand.figures.county_items import county_items
    from gridcommand.figures.township_month import township_month

    db, me = county.db, county.county
    kept, sent_back = _at_county(county), _at_county(county)
    incidents.hand_down(db, me, sent_back, "属镇街职责")
    month = clock.local(clock.now()).strftime("%Y-%m")
    start, end = clock.now() - dt.timedelta(days=1), clock.now() + dt.timedelta(days=1)
    with db.session() as s:
        assert township_month(s, month).reached_county == 2
        items = {i.code: i for i in county_items(s, start, end)}
        after = county_items(s, end, end + dt.timedelta(days=1))
    codes = {county.get(n).code: n for n in (kept, sent_back)}
    assert set(items) == set(codes)
    back = items[county.get(sent_back).code]
    assert back.handed_down_at is not None and back.left_at == back.handed_down_at
    assert items[county.get(kept).code].left_at is None
    assert [i.code for i in after] == [county.get(kept).code]  # the one sent back left the county's list
