"""Retrospective reviews (SPEC §8, amended): one stall is one finding, and a key person linked to
the event's incident after it was reported joins the review's scope."""

import datetime as dt

from sqlalchemy import select

from gridcommand.base.enums import FindingKind
from gridcommand.models import KeyPerson, incident_key_person
from gridcommand.ops import rules
from gridcommand.ops.unit_of_work import read
from gridcommand.reviews import views

from ..factories import PASSWORD, signed_in
from .test_reviews import DAY, drafted, record  # noqa: F401 — the record of test_reviews
from .test_workflow import T0, H, Office


def test_one_stall_is_one_finding_whatever_alarms_fell_in_it(township_db):
    """A yellow card, a red card and the escalation of one stall were drafted three times — one
    inaction, deductible thrice. The system's own moves neither end nor restart a stall; a
    person's move does."""
    o = Office(township_db)
    stalled, moved = o.report("red", at=T0), o.report("red", at=T0)
    for i in (stalled, moved):
        o.move("accept", i, T0)
        o.move("dispatch", i, T0 + H, o.village_unit, responsible_staff_id=o.worker_id)  # due T0 + 24 h
    admin = signed_in(township_db)
    rules.run(township_db, admin, T0 + 30 * H)  # yellow cards at 24 h
    o.move("sign", moved, T0 + 31 * H, o.village_unit)  # a person moved: the next alarm starts a new stall
    rules.run(township_db, admin, T0 + 50 * H)  # red cards at 48 h, escalated at 50 h
    serious = o.report(at=T0 + 20 * DAY, serious=True)
    _review_id, view = drafted(township_db, serious)
    code = {i: o.get(i).code for i in (stalled, moved)}
    stalls = [f for f in view.findings if f.kind == FindingKind.INACTION]
    [on_stalled] = [f for f in stalls if code[stalled] in f.summary]
    assert "黄牌督办、红牌督办、提级后" in on_stalled.summary and len(on_stalled.facts["alarms"]) == 3
    [on_moved] = [f for f in stalls if code[moved] in f.summary]  # its yellow card was answered in 7 hours
    assert "红牌督办、提级后" in on_moved.summary and "黄牌" not in on_moved.summary


def test_a_person_linked_after_the_report_joins_the_review(record,  # noqa: F811 — the fixture
                                                          monkeypatch, capsys):
    """The tenant was not known when the fire was reported: linked afterwards from the command
    line, on the incident's timeline and in the audit log, the open review takes them in."""
    from gridcommand.cli.main import main
    from gridcommand.models import AuditEntry, IncidentEvent

    with record.db.session() as s:
        tenant = KeyPerson(id_number="330421199001011237", name="租户陈某", grid_id=record.grid_id, colour="red",
                           responsible_staff_id=record.worker_id, tagged_on=dt.date(2026, 2, 1))
        s.add(tenant)
        s.commit()
        tenant_id = tenant.id
    review_id, before = drafted(record.db, record.serious)
    assert not any("租户陈某" in p for p in before.persons)
    signed_in(record.db, "duty", ("duty",))
    monkeypatch.setenv("GRIDCOMMAND_USER", "duty")
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", PASSWORD)
    url = ["--database-url", record.db.url.render_as_string(hide_password=False)]
    code = record.get(record.serious).code
    assert main([*url, "incidents", "link-person", code, "--person", "330421199001011237", "--note", "承租人"]) == 0
    assert "已纳入此人并重新起草" in capsys.readouterr().out
    assert main([*url, "incidents", "link-person", code, "--person", "330421199001011237"]) == 1
    assert "已关联" in capsys.readouterr().err
    admin = signed_in(record.db)
    after = read(record.db, views.review, admin, review_id)
    assert any("租户陈某" in p for p in after.persons)
    assert any(f.kind == FindingKind.VISIT_LAPSE and "租户陈某" in f.summary for f in after.findings)
    with record.db.session() as s:
        [event] = s.scalars(select(IncidentEvent).where(IncidentEvent.incident_id == record.serious,
                                                        IncidentEvent.action == "link_person")).all()
        logged = s.scalars(select(AuditEntry.action).where(AuditEntry.action == "incident.link_person")).all()
        linked = set(s.scalars(select(incident_key_person.c.key_person_id)
                               .where(incident_key_person.c.incident_id == record.serious)))
    assert event.note == "关联重点人员 租户陈某(330421********1237):承租人" and logged == ["incident.link_person"]
    assert tenant_id in linked
