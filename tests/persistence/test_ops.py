"""Operations, the one path of every action: what each area's operations say they changed, the
change log other seats read, the acting user, and what other seats' work turns into."""

import datetime as dt
import threading

import pytest
from sqlalchemy import delete, func, select

from gridcommand import imports as ledger
from gridcommand.access.permissions import Can
from gridcommand.base import clock
from gridcommand.base.changes import Area, Changes
from gridcommand.base.clock import SHANGHAI
from gridcommand.base.errors import DatabaseBusy, NotAllowed, StaleIncident
from gridcommand.models import ChangeLog, Incident, IncidentCard, KeyPerson, User
from gridcommand.ops import evaluation, imports, incidents, meetings, rules, visits
from gridcommand.ops.unit_of_work import perform, read
from gridcommand.store import change_log
from gridcommand.store.database import Database
from gridcommand.workflow import NewIncident
from gridcommand.workflow.deadlines import DEFAULT_HOURS, new_rule_set
from gridcommand.workflow.detail import load_detail

from ..factories import signed_in
from .test_import import GRIDS, INCIDENTS, STAFF, write_csv, write_xlsx
from .test_workflow import T0, Office


@pytest.fixture
def office(township_db):
    o = Office(township_db)
    o.me = signed_in(township_db)
    return o


def phone_in(o, **extra):
    data = NewIncident(title="路灯不亮", category_id=o.facilities, grid_id=o.grid_id, colour="blue",
                       source="grid_worker", reporter_staff_id=o.worker_id, **extra)
    return incidents.report(o.db, o.me, data)


def version(db, incident_id: int) -> int:
    return read(db, load_detail, incident_id).version


def logged(db, since: int) -> list[Changes]:
    return [c for _seq, c in read(db, change_log.since, since)[1]]


def test_each_area_names_what_it_changed_and_logs_it(office, tmp_path):
    db, me = office.db, office.me
    start = read(db, change_log.latest)
    reported = phone_in(office)
    incident_id, code = reported.value
    assert code.startswith("XT-") and reported.changes == Changes(incidents=frozenset({incident_id}))
    assert incidents.accept(db, me, incident_id, "已受理").changes.incidents == {incident_id}
    meeting = meetings.create(db, me, T0 + dt.timedelta(days=7), chair="镇长")
    assert meeting.changes.meetings == {meeting.value}
    item = meetings.add_item(db, me, meeting.value, "防汛物资检查", minutes="15")
    decided = meetings.record_outcome(db, me, item.value, "decision", "三日内检查", office.village_unit,
                                      due_date=dt.date(2026, 3, 20))
    assert decided.changes.touches(Area.ACTION_ITEMS) and decided.changes.touches_meeting(meeting.value)
    with db.session() as s:
        person = KeyPerson(id_number="11010519491231002X", name="赵大爷", grid_id=office.grid_id,
                           colour="red", responsible_staff_id=office.worker_id, tagged_on=dt.date(2026, 1, 1))
        s.add(person)
        s.commit()
        person_id = person.id
    visited = visits.log_visit(db, me, person_id, office.worker_id, "phone", "身体好")
    assert visited.changes == Changes(key_persons=frozenset({person_id})) and visited.changes.touches(Area.VISITS)
    adjusted = evaluation.adjust(db, me, "2026-03", "W1", "2", "协助防汛")
    assert adjusted.changes.months == {"2026-03"} and adjusted.changes.staff == {office.worker_id}
    assert adjusted.value.result.workers[0].adjustment.points == 2  # recomputed at once
    imported = imports.run(db, me, "grids", write_csv(tmp_path / "g.csv", GRIDS))
    assert imported.changes.areas == {Area.REFERENCE}
    again = imports.run(db, me, "grids", write_csv(tmp_path / "g.csv", GRIDS))
    assert not again.changes and not again.seqs  # nothing new: nothing announced
    log = logged(db, start)
    assert log == [reported.changes, Changes(incidents=frozenset({incident_id})), meeting.changes,
                   item.changes, decided.changes, visited.changes, adjusted.changes, imported.changes]


def test_a_seat_behind_the_kept_log_refreshes_everything(office, monkeypatch):
    monkeypatch.setattr(change_log, "KEEP", 3)
    start = read(office.db, change_log.latest)
    for _ in range(5):
        phone_in(office)
    with office.db.write_session() as s:  # what record() prunes every hundred entries
        s.execute(delete(ChangeLog).where(ChangeLog.seq <= start + 2))
        s.commit()
    newest, entries = read(office.db, change_log.since, start)
    assert newest == start + 5 and entries == [(start + 5, Changes.everything())]
    assert read(office.db, change_log.since, newest) == (newest, [])


def test_a_read_never_keeps_a_write(office):
    # Reads on a server run without a transaction: their connections refuse to write at all.
    incident_id, _ = phone_in(office).value

    def retitle(session):
        session.execute(Incident.__table__.update().where(Incident.id == incident_id).values(title="改过"))

    if office.db.is_sqlite:
        read(office.db, retitle)  # the session ends without a commit
    else:
        with pytest.raises(Exception, match="read-only"):
            read(office.db, retitle)
    assert read(office.db, load_detail, incident_id).title == "路灯不亮"


def test_the_actor_is_checked_once_per_operation(office):
    with office.db.session() as s:
        s.get(User, office.me.user_id).active = False
        s.commit()
    with pytest.raises(NotAllowed, match="已停用"):
        phone_in(office)
    with office.db.session() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0


def test_a_stale_version_gets_the_products_message(office):
    incident_id, _code = phone_in(office).value
    seen = version(office.db, incident_id)
    with Database(office.db.url) as other:  # another seat, its own connection pool
        incidents.escalate(other, signed_in(other), incident_id, "需村社协调")
    with pytest.raises(StaleIncident, match="已被其他席位修改,已重新载入") as refused:
        incidents.cancel(office.db, office.me, incident_id, "重复", version=seen)
    assert refused.value.incident_id == incident_id
    assert incidents.cancel(office.db, office.me, incident_id, "重复", version=seen + 1).changes


def test_bulk_moves_refuse_one_by_one_in_one_transaction(office):
    ids = [phone_in(office).value[0] for _ in range(3)]
    incidents.accept(office.db, office.me, ids[1])  # no longer acceptable
    start = read(office.db, change_log.latest)
    result = incidents.accept_many(office.db, office.me, [(i, None) for i in ids], "批量")
    assert result.value.done == 2 and len(result.value.refused) == 1
    assert "不能“受理”" in result.value.refused[0]
    assert result.changes.incidents == {ids[0], ids[2]} and len(logged(office.db, start)) == 1


def test_concurrent_moves_on_postgresql_never_leak_a_driver_error(office):
    """Two seats move the same incident at the same moment, many times: each loser gets the
    product's own message, never SQLAlchemy's StaleDataError."""
    if office.db.is_sqlite:
        pytest.skip("SQLite serializes writing units of work: the loser finds the new state")
    outcomes = []
    for _ in range(15):
        incident_id, _code = phone_in(office).value
        seen = version(office.db, incident_id)
        gate = threading.Barrier(2)

        def move(note):
            gate.wait()
            try:
                incidents.escalate(office.db, office.me, incident_id, note, version=seen)
                outcomes.append("done")
            except StaleIncident:
                outcomes.append("stale")

        seats = [threading.Thread(target=move, args=(n,)) for n in ("甲", "乙")]
        for seat in seats:
            seat.start()
        for seat in seats:
            seat.join()
    assert set(outcomes) <= {"done", "stale"} and outcomes.count("done") == 15


def test_two_rule_runs_at_once_do_the_work_once(office, monkeypatch):
    """Both runs read the same overdue incidents before either writes (a barrier holds them);
    the loser's insert clashes with the winner's card, and running again it finds the work
    done."""
    if office.db.is_sqlite:
        pytest.skip("SQLite serializes writing units of work: the second run starts after the first")
    for _ in range(5):
        incident_id, _code = phone_in(office).value
    from gridcommand.workflow import supervision

    gate = threading.Barrier(2, timeout=10)
    real_apply, waited = supervision.apply, set()

    def apply_after_both_read(session, incident, *args, **kwargs):
        if threading.get_ident() not in waited:
            waited.add(threading.get_ident())
            gate.wait()
        return real_apply(session, incident, *args, **kwargs)

    monkeypatch.setattr(supervision, "apply", apply_after_both_read)
    later = clock.now() + dt.timedelta(days=3)  # every incident's accept step long overdue
    results, errors = [], []

    def run():
        try:
            results.append(rules.run(office.db, office.me, now=later).value)
        except Exception as exc:  # the test reports it
            errors.append(exc)

    seats = [threading.Thread(target=run) for _ in range(2)]
    for seat in seats:
        seat.start()
    for seat in seats:
        seat.join()
    assert errors == [] and sorted(results) == [0, 5]
    with office.db.session() as s:
        cards = s.execute(select(IncidentCard.incident_id, IncidentCard.colour)).all()
    assert len(cards) == len(set(cards)) == 10  # a yellow and a red card each, once


def test_a_busy_database_is_waited_for_then_named(office, monkeypatch):
    """SQLite: another seat holds the write lock (a long import). A move waits for it; if it
    is held too long, the user reads the product's message, not the driver's."""
    if not office.db.is_sqlite:
        pytest.skip("PostgreSQL has row locks: an import does not hold the whole database")
    incident_id, _code = phone_in(office).value
    monkeypatch.setattr("gridcommand.store.database.BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr("gridcommand.ops.unit_of_work.BUSY_WAIT_S", 1.0)
    with Database(office.db.url) as seat:
        me = signed_in(seat)
        holder = office.db.write_session()
        holder.connection()  # BEGIN IMMEDIATE: the write lock is held
        release = threading.Timer(0.5, holder.close)
        release.start()
        assert incidents.accept(seat, me, incident_id).changes  # waited, then done
        release.join()
        holder = office.db.write_session()
        holder.connection()
        try:
            with pytest.raises(DatabaseBusy, match="数据库正忙"):
                incidents.escalate(seat, me, incident_id)
        finally:
            holder.close()


def test_a_move_during_a_large_import_waits_and_is_done(office, tmp_path):
    headers, (first, *_rest) = INCIDENTS
    rows = []
    for n in range(3000):
        row = list(first)
        row[0], row[6], row[8], row[14] = f"OLD-{n:05d}", "G1", "W1", "W1"
        rows.append(row)
    path = write_csv(tmp_path / "ledger.csv", (headers, rows))
    incident_id, _code = phone_in(office).value
    with Database(office.db.url) as seat:
        me = signed_in(seat)
        importing = threading.Thread(target=lambda: imports.run(office.db, office.me, "incidents", path))
        importing.start()
        accepted = incidents.accept(seat, me, incident_id)  # during or after the import
        importing.join()
    assert accepted.changes.incidents == {incident_id}
    assert read(office.db, lambda s: s.scalar(select(func.count()).select_from(Incident))) == 3001


def test_an_import_built_before_the_lock_follows_what_changed_meanwhile(township_db, tmp_path):
    """The ledger's rows are built while the file is checked; written later, they follow a new
    deadline matrix made in between, and leave alone an incident another seat imported."""
    me = signed_in(township_db)
    imports.run(township_db, me, "grids", write_csv(tmp_path / "g.csv", GRIDS))
    imports.run(township_db, me, "staff", write_csv(tmp_path / "s.csv", STAFF))
    prepared = ledger.prepare(township_db, "incidents", write_xlsx(tmp_path / "i.xlsx", INCIDENTS))
    assert prepared.staged is not None
    headers, rows = INCIDENTS
    imports.run(township_db, me, "incidents", write_xlsx(tmp_path / "one.xlsx", (headers, rows[:1])))
    with township_db.session() as s:
        hours = {**DEFAULT_HOURS, ("resolve", "yellow"): 10}
        new_rule_set(s, dt.datetime(2026, 1, 1, tzinfo=SHANGHAI), "calendar", hours, None)
        s.commit()
    report = perform(township_db, me, lambda s, u: (ledger.write(s, prepared, u), Changes()),
                     needs=Can.ADMINISTER).value
    assert (report.created, report.skipped) == (2, 1)
    with township_db.session() as s:
        dispute = s.scalars(select(Incident).where(Incident.code == "XT-20260301-0002")).one()
        assert dispute.deadline == dt.datetime(2026, 3, 1, 22, 30, tzinfo=SHANGHAI)  # 12:30 + 10 h
