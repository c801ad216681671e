"""The audit log (SPEC §12): every kind of change appends an entry; the table refuses UPDATE and
DELETE; and every way of tampering with it shows when the chain is walked."""

import datetime as dt
import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from gridcommand.access.accounts import SignInRefused
from gridcommand.ops import accounts, evaluation, imports, incidents, meetings, rules, visits
from gridcommand.ops.unit_of_work import read
from gridcommand.record import audit
from gridcommand.workflow import NewIncident

from ..factories import PASSWORD, signed_in
from .test_import import GRIDS, write_csv
from .test_workflow import Office


@pytest.fixture
def office(township_db):
    o = Office(township_db)
    o.admin = signed_in(township_db)
    return o


def report(o) -> tuple[int, str]:
    return incidents.report(o.db, o.admin, NewIncident(
        title="路灯不亮", category_id=o.facilities, grid_id=o.grid_id, colour="blue",
        source="grid_worker", reporter_staff_id=o.worker_id)).value


def actions(db, since: int = 0) -> list[tuple[str, str, str]]:
    return [(e.action, e.entity, e.entity_id) for e in read(db, audit.entries) if e.seq > since]


def test_every_kind_of_change_is_in_the_log(office, tmp_path):
    db, admin = office.db, office.admin
    start = read(db, audit.head)[0]
    incident_id, code = report(office)
    incidents.accept(db, admin, incident_id, "受理")
    meeting = meetings.create(db, admin, dt.datetime(2026, 3, 9, 1, tzinfo=dt.timezone.utc)).value
    meetings.add_item(db, admin, meeting, "防汛物资检查")
    evaluation.adjust(db, admin, "2026-03", "W1", "2", "协助防汛")
    evaluation.lock(db, admin, "2026-03")
    rules.new_deadlines(db, admin, dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc), "calendar",
                        {(s, c): 24 for s in ("accept", "resolve", "verify") for c in ("red", "yellow", "blue")})
    imported = imports.run(db, admin, "grids", write_csv(tmp_path / "grids.csv", GRIDS)).value
    new_user = accounts.create_user(db, admin, "duty7", "孙值班", ["duty"], "first-pass").value
    accounts.set_roles(db, admin, new_user, ["duty", "chair"])
    with pytest.raises(SignInRefused):
        accounts.sign_in(db, "duty7", "wrong")
    logged = actions(db, start)
    assert logged[:2] == [("incident.report", "incident", code), ("incident.accept", "incident", code)]
    for expected in (("meeting.create", "meeting", str(meeting)), ("agenda.add", "meeting", str(meeting)),
                     ("evaluation.adjust", "staff", "W1"), ("evaluation.lock", "month", "2026-03"),
                     ("import", "grids", "grids.csv"), ("user.create", "user", "duty7"),
                     ("user.roles", "user", "duty7"), ("sign_in_failed", "user", "duty7")):
        assert expected in logged, expected
    assert any(a == "deadlines.version" for a, _e, _i in logged)
    grid_import = next(e for e in read(db, audit.entries, "grids") if e.action == "import")
    assert len(grid_import.summary["sha256"]) == 64 and grid_import.summary["created"] == imported.created
    assert read(db, audit.verify).ok


def test_a_lockout_and_a_visit_are_logged(office):
    from gridcommand.models import KeyPerson

    db = office.db
    signed_in(db, "hr", ("hr",))
    for _ in range(5):
        with pytest.raises(SignInRefused):
            accounts.sign_in(db, "hr", "wrong")
    assert [a for a, _e, i in actions(db) if i == "hr"][-1] == "account_locked"
    with db.session() as s:
        person = KeyPerson(id_number="11010519491231002X", name="赵大爷", grid_id=office.grid_id,
                           colour="red", responsible_staff_id=office.worker_id, tagged_on=dt.date(2026, 1, 1))
        s.add(person)
        s.commit()
        person_id = person.id
    visits.log_visit(db, office.admin, person_id, office.worker_id, "phone")
    assert ("visit.log", "key_person", str(person_id)) in actions(db)


def test_the_log_refuses_update_and_delete(office):
    report(office)
    for statement in ("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1",
                      "DELETE FROM audit_log WHERE seq = 1"):
        with office.db.engine.connect() as conn:
            with pytest.raises(DBAPIError, match="append-only"):
                conn.execute(text(statement))


def _without_triggers(db):
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))


def _tamper(db, *statements):
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


@pytest.mark.parametrize("tampering, broken_at", [
    (["UPDATE audit_log SET summary = replace(summary, '路灯', '路等') WHERE seq = 3"], 3),
    (["DELETE FROM audit_log WHERE seq = 3"], 3),
    (["UPDATE audit_log SET seq = 100 WHERE seq = 3", "UPDATE audit_log SET seq = 3 WHERE seq = 4",
      "UPDATE audit_log SET seq = 4 WHERE seq = 100"], 3),
    (["INSERT INTO audit_log (seq, at, actor_id, actor, roles, action, entity, entity_id, summary, "
      "prev_hash, hash) SELECT seq + 1, at, actor_id, actor, roles, action, entity, entity_id, "
      "summary, 'forged', hash FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"], None),
])
def test_tampering_breaks_the_chain(office, tampering, broken_at):
    for _ in range(3):
        report(office)
    last = read(office.db, audit.head)[0]
    _without_triggers(office.db)
    _tamper(office.db, *tampering)
    verdict = read(office.db, audit.verify)
    assert not verdict.ok and verdict.broken_at == (broken_at or last + 1) and verdict.reason


def test_the_walk_reads_the_chain_in_batches_without_losing_an_entry(office, monkeypatch):
    for _ in range(3):
        report(office)
    whole = read(office.db, audit.verify)
    for size in (1, 2, 3, whole.entries, whole.entries + 1):  # batch edges, the last one short or empty
        monkeypatch.setattr(audit._batches, "__defaults__", (size,))
        assert read(office.db, audit.verify) == whole and whole.ok


def test_a_printed_pin_proves_what_came_before_it(office):
    report(office)
    seq, hash_ = read(office.db, audit.head)
    pin = read(office.db, audit.pin)
    assert pin == f"#{seq} {hash_[:12]}"
    report(office)  # later entries do not matter to the pin
    assert read(office.db, audit.verify_pin, seq, hash_[:12]).ok
    assert not read(office.db, audit.verify_pin, seq, "0" * 12).ok
    _without_triggers(office.db)
    _tamper(office.db, "UPDATE audit_log SET actor = 'x' WHERE seq = 1")
    assert read(office.db, audit.verify_pin, seq, hash_[:12]).broken_at == 1


def test_seats_appending_at_once_keep_one_chain(office):
    if office.db.is_sqlite:
        pytest.skip("SQLite serializes writing units of work")
    ids = [report(office)[0] for _ in range(6)]
    gate = threading.Barrier(6)

    def move(incident_id):
        gate.wait()
        incidents.accept(office.db, office.admin, incident_id)

    seats = [threading.Thread(target=move, args=(i,)) for i in ids]
    for seat in seats:
        seat.start()
    for seat in seats:
        seat.join()
    verdict = read(office.db, audit.verify)
    assert verdict.ok and sum(a == "incident.accept" for a, _e, _i in actions(office.db)) == 6


def test_cli_verify_names_the_broken_entry(office, monkeypatch, capsys):
    from gridcommand.cli.main import main

    monkeypatch.setenv("GRIDCOMMAND_USER", "admin")
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", PASSWORD)
    report(office)
    url = ["--database-url", office.db.url.render_as_string(hide_password=False)]
    assert main([*url, "audit", "verify"]) == 0
    assert "链头" in capsys.readouterr().out
    _without_triggers(office.db)
    _tamper(office.db, "UPDATE audit_log SET entity_id = 'X' WHERE seq = 2")
    assert main([*url, "audit", "verify"]) == 1
    assert "第 2 条" in capsys.readouterr().out


def test_a_printed_agenda_pins_the_record(office, tmp_path):
    import re

    from pypdf import PdfReader

    from gridcommand.ops import reports

    meeting = meetings.create(office.db, office.admin, dt.datetime(2026, 3, 9, 1, tzinfo=dt.timezone.utc)).value
    path = reports.agenda_pdf(office.db, office.admin, meeting, tmp_path / "agenda.pdf")
    footer = re.search(r"审计链 #(\d+) ([0-9a-f]{12})", PdfReader(path).pages[0].extract_text())
    assert footer, "the footer carries the chain's head"
    seq, prefix = int(footer.group(1)), footer.group(2)
    assert (seq, prefix) == (read(office.db, audit.head)[0], read(office.db, audit.head)[1][:12])
    report(office)
    assert read(office.db, audit.verify_pin, seq, prefix).ok


def test_an_unmasked_number_is_a_logged_look(office):
    from gridcommand.base.errors import NotAllowed

    incident_id, code = incidents.report(office.db, office.admin, NewIncident(
        title="噪音", category_id=office.facilities, grid_id=office.grid_id, colour="blue",
        source="hotline_12345", reporter_name="刘女士", reporter_phone="13812345678")).value
    found = incidents.reveal(office.db, office.admin, incident_id).value
    assert found.reporter_phone == "13812345678"
    assert ("unmask", "incident", code) in actions(office.db)
    with pytest.raises(NotAllowed, match="查看完整证件号和手机号"):
        incidents.reveal(office.db, signed_in(office.db, "hr", ("hr",)), incident_id)
