"""Fixtures shared by the persistence tests: a township with an account for every role; the
months of evaluation and exports."""

import datetime as dt

import pytest

from gridcommand.meetings import service as meetings
from gridcommand.models import Commendation, KeyPerson, Visit

from ..factories import admin_user, signed_in
from .test_workflow import T0, H, Office


@pytest.fixture
def people(township_db):
    """An administrator and one account for each other role (the county's too)."""
    for role in ("duty", "chair", "hr", "leader", "county"):
        signed_in(township_db, role, (role,))
    signed_in(township_db)
    return township_db


@pytest.fixture
def march(township_db):
    """Worker W1's March 2026, as described in test_evaluation."""
    o = Office(township_db)
    a = o.through_to_resolved()
    o.move("verify_ok", a, T0 + 6 * H, "resolved", satisfaction=4)
    b = o.report()
    o.move("accept", b, T0)
    o.move("dispatch", b, T0, o.village_unit, responsible_staff_id=o.worker_id)
    o.move("sign", b, T0, o.village_unit)
    o.move("resolve", b, T0 + 80 * H, "修好")           # deadline was T0 + 72 h
    o.move("verify_fail", b, T0 + 81 * H, "未修好")
    o.move("resolve", b, T0 + 90 * H, "修好了")
    o.move("verify_ok", b, T0 + 91 * H)
    c = o.report()
    o.move("cancel", c, T0 + H, "重复")
    with township_db.session() as s:
        person = KeyPerson(id_number="11010519491231002X", name="赵大爷", grid_id=o.grid_id, colour="blue",
                           responsible_staff_id=o.worker_id, tagged_on=dt.date(2025, 1, 1))
        s.add(person)
        s.flush()
        s.add(Visit(key_person_id=person.id, visited_at=T0 + 200 * H, staff_id=o.worker_id, mode="door"))
        s.add(Commendation(staff_id=o.worker_id, date=dt.date(2026, 3, 5), kind="pennant", note="锦旗"))
        me = admin_user(s)
        for day, present in ((9, True), (16, False)):
            meeting = meetings.create_meeting(s, me, T0 + (day - 2) * 24 * H)
            attendee = meetings.add_attendee(s, meeting.id, o.worker_id)
            meetings.set_present(s, attendee.id, present)
        s.commit()
    return o
