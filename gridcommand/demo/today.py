"""The demo's first morning: something to do for every role (SPEC §1). Made through the real
operations after the history, so it is audited like lived work:

- duty: open red, yellow and blue incidents at every step of the loop, some overdue, some in
  their warning time, some with time to spare at nine o'clock; a serious one not yet reviewed;
  a 12345 hotline source mapped and a sample export of its orders in the data folder;
- chair: last week's meeting held (attendance, outcomes, open action items), this week's drafted;
- HR: the previous month computed but not locked (to adjust and lock), earlier months locked.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from pathlib import Path

from sqlalchemy import select

from ..base.enums import Source, Status, UnitKind, WarningColour
from ..intake import mapping
from ..intake.sources import SourceForm
from ..meetings import views
from ..meetings.settings import MeetingSettings
from ..models import Category, Grid, Staff, Unit, User
from ..ops import intake, meetings
from ..ops.actor import Actor
from ..ops.unit_of_work import read
from ..store.database import Database, data_dir
from ..workflow import NewIncident, Workflow, report_incident
from ..workflow.deadlines import RuleBook
from .orders import HEADERS, orders, write_xlsx
from .vocabulary import STREET_WORDS, TITLES

H = dt.timedelta(hours=1)
STATES = (Status.REPORTED, Status.ACCEPTED, Status.DISPATCHED, Status.IN_PROGRESS, Status.RESOLVED)
RIPENESS = ("overdue", "warning", "in time")
COLOURS = (WarningColour.RED, WarningColour.YELLOW, WarningColour.BLUE)
INCIDENTS = len(COLOURS) * len(STATES) + 1  # and a serious one: of the scale's count, the rest is history
SAMPLE = "demo-12345-orders.xlsx"


def _actor(session, username: str) -> Actor:
    return Actor.of(session.scalars(select(User).where(User.username == username)).one())


def _open_step(state: Status) -> str:
    return "accept" if state == Status.REPORTED else "verify" if state == Status.RESOLVED else "resolve"


def _step_start(rules: RuleBook, step: str, colour: str, category: int, ripeness: str,
                morning: dt.datetime, anchor: dt.datetime) -> dt.datetime:
    """When the open step started, so that at nine it is overdue, in its warning time, or early
    in its time — never after the demo's own "now" (the day's start)."""
    hours = rules.in_force(anchor).due(step, colour, anchor, category) - anchor
    start = {"overdue": morning - 2 * H - hours, "warning": morning - 0.9 * hours,
             "in time": morning - 0.3 * hours}[ripeness]
    return min(start, anchor - H)


def _along_the_loop(session, duty: User, rules: RuleBook, incident_id: int, state: Status, unit: int,
                    worker: int, accepted: dt.datetime, step_start: dt.datetime) -> None:
    """The moves that bring a reported incident to ``state``, each at its time."""
    moves = [(accepted, lambda wf: wf.accept(incident_id, "已核实,受理")),
             (accepted + 0.2 * H, lambda wf: wf.dispatch(incident_id, unit, responsible_staff_id=worker)),
             (accepted + 0.5 * H, lambda wf: wf.sign(incident_id, unit)),
             (step_start, lambda wf: wf.resolve(incident_id, "已到场处置完毕,等待核查"))]
    for at, move in moves[:STATES.index(state)]:
        move(Workflow(session, duty, now=at, rules=rules))


def open_work(db: Database, anchor: dt.datetime, seed: int) -> int:
    """An incident of each colour in each open state, and a serious one (``INCIDENTS``)."""
    rng, morning = random.Random(seed), anchor + 9 * H
    with db.session() as session:
        duty = session.scalars(select(User).where(User.username == "duty1")).one()
        rules = RuleBook.load(session)
        kinds = [(c.parent_id, c.id, c.name) for c in session.scalars(
            select(Category).where(Category.parent_id.is_not(None), Category.active)) if c.name in TITLES]
        grids = session.execute(select(Grid.id, Grid.name, Staff.id).join(Staff, Staff.grid_id == Grid.id)
                                .where(Staff.role == "full_time").order_by(Grid.code)).all()
        departments = session.scalars(select(Unit.id).where(Unit.kind == UnitKind.DEPARTMENT, Unit.active)
                                      .order_by(Unit.id)).all()
        plan = [(colour, state, RIPENESS[n % 3]) for n, (colour, state) in enumerate(itertools.product(COLOURS, STATES))]
        plan.append((WarningColour.RED, Status.IN_PROGRESS, "in time"))  # the serious one
        for n, (colour, state, ripeness) in enumerate(plan):
            main, sub, name = rng.choice(kinds) if n < len(plan) - 1 else \
                next(k for k in kinds if k[2] == "消防隐患")
            grid, grid_name, worker = rng.choice(grids)
            place = f"{rng.choice(STREET_WORDS)}{rng.randrange(1, 300)}号"
            start = _step_start(rules, _open_step(state), colour, main, ripeness, morning, anchor)
            reported = start if state == Status.REPORTED else start - (30 if state == Status.RESOLVED else 0.4) * H
            data = NewIncident(title=rng.choice(TITLES[name]).format(p=place), category_id=main, subcategory_id=sub,
                               grid_id=grid, colour=colour, source=Source.GRID_WORKER, location=f"{grid_name}{place}",
                               reporter_staff_id=worker, reported_at=reported, serious=n == len(plan) - 1,
                               description="网格员巡查发现,已拍照留存,请尽快处置。")
            incident, _ = report_incident(session, duty, data, now=reported)
            _along_the_loop(session, duty, rules, incident.id, state, rng.choice(departments), worker,
                            accepted=start if state != Status.RESOLVED else reported + 0.3 * H, step_start=start)
            session.commit()
    assert len(plan) == INCIDENTS
    return len(plan)


def hotline(db: Database, anchor: dt.datetime, seed: int) -> Path:
    """The 12345 hotline as a source, its columns mapped, and a sample export to take in."""
    with db.session() as session:
        admin = _actor(session, "admin")
        sample = orders(session, 25, seed=seed, until=anchor, days=2)
    intake.save_source(db, admin, SourceForm("12345热线(示例)", Source.HOTLINE_12345, mapping.guess(list(HEADERS))))
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return write_xlsx(folder / SAMPLE, sample)


def meeting_weeks(db: Database, anchor: dt.datetime) -> None:
    """Last week's meeting held and minuted with its action items open; this week's drafted."""
    with db.session() as session:
        chair = _actor(session, "chair")
    this_week = read(db, MeetingSettings.load).next_weekly(anchor)
    held = meetings.create(db, chair, this_week - dt.timedelta(days=7), chair=chair.name,
                           location="镇综合信息指挥室").value
    agenda = read(db, views.agenda, held)
    for number, (attendee, _name, _present) in enumerate(agenda.attendees):
        meetings.set_present(db, chair, attendee, number % 7 != 3)  # one in seven sent nobody
    meetings.lock(db, chair, held)
    due = (this_week + dt.timedelta(days=3)).date()
    units = {name: unit for unit, name in read(db, lambda s: s.execute(select(Unit.id, Unit.name)).all())}
    decided = [item for item in agenda.items if item.incident_id and item.unit in units][:3]
    for item in decided:
        meetings.record_outcome(db, chair, item.id, "decision", f"{item.unit}三日内整改到位并书面报告",
                                units[item.unit], None, due)
    for item in [i for i in agenda.items if i not in decided and i.id][:2]:
        meetings.record_outcome(db, chair, item.id, "info", "已通报")
    meetings.create(db, chair, this_week, chair=chair.name, location="镇综合信息指挥室")
