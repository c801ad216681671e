"""A small generator of a township's records for the property tests: incidents moved through
the closed loop as the app moves them, the automatic rules' cards and escalations, ledger rows
taken in by the import, key persons handed from worker to worker and their visits — and, kept
by the generator itself, who answered for each incident and person at every instant (the model
the documents are checked against, written without the product's own code).

Everything an example makes lives in one session that the test rolls back: the township
(``Town``) is made once per test and every example starts from it."""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import itertools
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st
from sqlalchemy import select

from gridcommand.base.enums import Action, Status
from gridcommand.imports import prepare, write
from gridcommand.models import Grid, Incident, KeyPerson, Staff, Visit
from gridcommand.org import responsibility
from gridcommand.workflow import NewIncident, Workflow, report_incident

from .persistence.test_workflow import T0, Office

H = dt.timedelta(hours=1)
ODD = dt.timedelta(minutes=7)  # keeps generated moves off the whole hours deadlines fall on
# The moves a script may make, when the state allows them.
SCRIPTED = (Action.ACCEPT, Action.DISPATCH, Action.SIGN, Action.RETURN, Action.RESOLVE, Action.VERIFY_OK,
            Action.VERIFY_FAIL, Action.ESCALATE)
GAPS = (0.5, 3, 20, 30, 50, 80, 200)  # hours between moves: within, at the edge of and past deadlines
_codes = itertools.count(1)


class Town(Office):
    """One village with two grids and three full-time workers, its unit and the departments."""

    def __init__(self, db):
        super().__init__(db)
        with db.session() as s:
            village_id = s.get(Grid, self.grid_id).village_id
            second = Grid(code="G2", name="第二网格", village_id=village_id, kind="residential")
            s.add(second)
            s.flush()
            workers = [Staff(staff_no=f"W{n}", name=name, role="full_time", grid_id=grid, status="active",
                             level="l2", hire_date=dt.date(2024, 1, 1))
                       for n, name, grid in ((2, "李娜", second.id), (3, "王强", self.grid_id))]
            s.add_all(workers)
            s.flush()
            first = s.get(Staff, self.worker_id)
            first.level, first.hire_date = "l2", dt.date(2024, 1, 1)
            self.grids = [self.grid_id, second.id]
            self.workers = [self.worker_id] + [w.id for w in workers]
            self.staff_no = {self.worker_id: "W1", workers[0].id: "W2", workers[1].id: "W3"}
            self.units = [self.village_unit, self.housing, self.police]
            s.commit()


@dataclass
class Model:
    """Who answered for what, as the generator itself did it: per incident and per key person,
    (from when, (worker, unit)) — a dispatch names them, a return gives the incident back to the
    command room."""

    incidents: dict[int, list[tuple[dt.datetime, tuple]]] = field(default_factory=dict)
    persons: dict[int, list[tuple[dt.datetime, int]]] = field(default_factory=dict)
    reworks: dict[int, list[dt.datetime]] = field(default_factory=dict)  # incident → when

    def holder(self, incident_id: int, at: dt.datetime, just_before: bool = False) -> tuple:
        history = self.incidents.get(incident_id, [])
        find = bisect.bisect_left if just_before else bisect.bisect_right
        index = find([since for since, _who in history], at)
        return history[index - 1][1] if index else (None, None)

    def worker_of(self, person_id: int, at: dt.datetime) -> int | None:
        history = self.persons.get(person_id, [])
        index = bisect.bisect_right([since for since, _who in history], at)
        return history[index - 1][1] if index else None


def gap(data) -> dt.timedelta:
    return data.draw(st.sampled_from(GAPS), label="hours") * H + ODD


def _move(data, town: Town, wf: Workflow, incident: Incident, action: Action, model: Model) -> None:
    i = incident.id
    if action == Action.ACCEPT:
        wf.accept(i)
    elif action == Action.DISPATCH:
        unit = data.draw(st.sampled_from(town.units), label="unit")
        named = data.draw(st.sampled_from([None, *town.workers]), label="worker")  # None: unchanged
        staff = named if named is not None else incident.responsible_staff_id
        wf.dispatch(i, unit, (), named)
        model.incidents.setdefault(i, []).append((wf.now, (staff, unit)))
    elif action == Action.SIGN:
        wf.sign(i, incident.unit_id)
    elif action == Action.RETURN:
        wf.return_(i, "不属于本单位")
        model.incidents.setdefault(i, []).append((wf.now, (None, None)))
    elif action == Action.RESOLVE:
        wf.resolve(i, "已处理")
    elif action == Action.VERIFY_OK:
        wf.verify_ok(i)
    elif action == Action.VERIFY_FAIL:
        wf.verify_fail(i, "仍未处理好")
        model.reworks.setdefault(i, []).append(wf.now)
    else:
        wf.escalate(i)


def lived(data, session, town: Town, user, model: Model, most: int = 5) -> list[int]:
    """Incidents reported in the app and moved by a script drawn for each, as a duty officer
    would move them (the automatic rules run inside every move)."""
    made = []
    for _n in range(data.draw(st.integers(1, most), label="incidents")):
        at = T0 + data.draw(st.integers(0, 20), label="day") * 24 * H + ODD
        report = NewIncident(title="路灯不亮", category_id=town.facilities,
                             grid_id=data.draw(st.sampled_from(town.grids), label="grid"),
                             colour=data.draw(st.sampled_from(["red", "yellow", "blue"]), label="colour"),
                             source="grid_worker", reporter_staff_id=data.draw(st.sampled_from(town.workers)))
        incident, _changes = report_incident(session, user, report, now=at)
        for _step in range(data.draw(st.integers(0, 8), label="moves")):
            at += gap(data)
            wf = Workflow(session, user, now=at)
            allowed = [a for a in wf.allowed(incident) if a in SCRIPTED]
            if not allowed:
                break
            _move(data, town, wf, incident, data.draw(st.sampled_from(allowed), label="move"), model)
            session.flush()
        made.append(incident.id)
    return made


def fresh(data, session, town: Town, user, model: Model, now: dt.datetime) -> int:
    """An item a unit received just before ``now``: not overdue, whatever its unit's other items."""
    at = now - data.draw(st.sampled_from([2, 5, 10]), label="hours before") * H
    report = NewIncident(title="噪音扰民", category_id=town.facilities, grid_id=town.grid_id, colour="blue",
                         source="grid_worker", reporter_staff_id=town.worker_id)
    incident, _changes = report_incident(session, user, report, now=at)
    Workflow(session, user, now=at + ODD).accept(incident.id)
    unit, staff = data.draw(st.sampled_from(town.units), label="unit"), data.draw(st.sampled_from(town.workers))
    Workflow(session, user, now=at + 2 * ODD).dispatch(incident.id, unit, (), staff)
    model.incidents[incident.id] = [(at + 2 * ODD, (staff, unit))]
    session.flush()
    return incident.id


LEDGER = ["事件编号*", "标题*", "大类*", "预警颜色*", "所属网格*", "上报人工号", "上报时间*", "受理时间", "交办时间",
          "处置单位", "责任人工号", "办结时间", "结案时间", "返工次数"]


def ledger(data, session, db, town: Town, user, model: Model, folder: Path, most: int = 3) -> list[int]:
    """Rows of an old ledger 台账 taken in by the import (its §11 template), each dispatched to a
    unit and a 责任人, some resolved late, some reworked, some still open."""
    rows, who = [], {}
    units = {town.village_unit: "东塘村", town.housing: "住建办", town.police: "派出所"}
    for _n in range(data.draw(st.integers(0, most), label="ledger rows")):
        code = f"TZ-{next(_codes):05d}"
        reported = T0 + data.draw(st.integers(0, 20), label="day") * 24 * H + 8 * H
        dispatched = reported + 2 * H
        staff, unit = data.draw(st.sampled_from(town.workers)), data.draw(st.sampled_from(list(units)))
        resolved = data.draw(st.sampled_from([None, 20, 70, 100, 200]), label="resolved after h")
        reworks = data.draw(st.integers(0, 2), label="返工次数") if resolved else 0
        done = dispatched + resolved * H if resolved else None
        rows.append([code, "井盖缺失", "公共设施", "蓝", data.draw(st.sampled_from(["G1", "G2"]), label="grid"), "W1",
                     _t(reported), _t(reported + H), _t(dispatched), units[unit], town.staff_no[staff],
                     _t(done), _t(done + H) if done else "", str(reworks or "")])
        who[code] = (dispatched, (staff, unit), done, reworks)
    if not rows:
        return []
    path = folder / f"ledger-{next(_codes)}.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows([LEDGER, *rows])
    write(session, prepare(db, "incidents", path), user)
    ids = dict(session.execute(select(Incident.code, Incident.id).where(Incident.code.in_(list(who)))).all())
    for code, (dispatched, holder, done, reworks) in who.items():
        model.incidents[ids[code]] = [(dispatched, holder)]
        if reworks:
            model.reworks[ids[code]] = [done] * reworks
    return list(ids.values())


def _t(at: dt.datetime | None) -> str:
    return "" if at is None else at.astimezone(T0.tzinfo).strftime("%Y-%m-%d %H:%M")


def persons(data, session, town: Town, model: Model, most: int = 5) -> list[int]:
    """Key persons of the grids, tagged on a day, handed to another worker now and then, and
    visited at times drawn around their intervals."""
    made = []
    for n in range(data.draw(st.integers(1, most), label="persons")):
        colour = data.draw(st.sampled_from(["red", "orange", "blue", "green"]), label="colour")
        tagged = (T0 - 20 * 24 * H + data.draw(st.integers(0, 30), label="tag day") * 24 * H).date()
        worker = data.draw(st.sampled_from(town.workers))
        person = KeyPerson(id_number=f"33042119800101{n:03d}X", name=f"重点{n}", grid_id=town.grids[n % 2],
                           colour=colour, responsible_staff_id=worker, tagged_on=tagged)
        session.add(person)
        session.flush()
        since = responsibility.tagged_at(tagged)
        responsibility.record_key_persons(session, [(person.id, worker)], since)
        model.persons[person.id] = [(since, worker)]
        if data.draw(st.booleans(), label="handed over"):
            later, other = since + data.draw(st.integers(1, 30)) * 24 * H + ODD, data.draw(st.sampled_from(town.workers))
            responsibility.record_key_persons(session, [(person.id, other)], later)
            person.responsible_staff_id = other
            model.persons[person.id].append((later, other))
        at = since
        for _visit in range(data.draw(st.integers(0, 4), label="visits")):
            at += data.draw(st.sampled_from([6, 20, 24, 30, 7 * 24, 8 * 24]), label="hours to visit") * H
            session.add(Visit(key_person_id=person.id, staff_id=worker, visited_at=at, mode="door"))
        made.append(person.id)
    session.flush()
    return made


def open_steps(session, incident_ids) -> dict[int, tuple[str, int | None, dt.datetime | None]]:
    """Incident → (state, unit, due time of its open step), as stored."""
    return {i: (s, u, d) for i, s, u, d in session.execute(
        select(Incident.id, Incident.status, Incident.unit_id, Incident.step_due_at)
        .where(Incident.id.in_(list(incident_ids))))}


UNITS_STEPS = (Status.DISPATCHED, Status.IN_PROGRESS)
