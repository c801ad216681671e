"""Demo incidents whose timelines follow the closed loop of SPEC §3.4.

Each incident's whole life is planned first, then cut at the anchor time ("now" of the demo):
what happened before the anchor is written as events and timestamps, so recent incidents are
open at every step and old ones are closed, with the rates a real ledger shows.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import HoldingLevel, Outcome, Source, Status, UnitRole, WarningColour
from ..models import Category, Incident, IncidentCard, IncidentEvent, IncidentUnit, incident_key_person
from ..org.responsibility import holder_now
from ..store.bulk import BulkWriter
from ..store.search import pinyin_key
from ..workflow import rule_notes
from ..workflow.deadlines import RuleBook
from ..workflow.steps import open_step
from ..workflow.supervision import ESCALATE_AFTER, RED_AFTER
from . import months_back
from .org import OrgMap, People
from .scales import Scale
from .vocabulary import (
    CATEGORY_WEIGHTS,
    LEAD_DEPARTMENT,
    PLACE_WORDS,
    RESULTS,
    RETURN_REASONS,
    REWORK_REASONS,
    STREET_WORDS,
    TITLES,
)

T_INCIDENT, T_EVENT, T_UNIT = Incident.__table__, IncidentEvent.__table__, IncidentUnit.__table__
T_CARD = IncidentCard.__table__
H = dt.timedelta(hours=1)
MIN = dt.timedelta(minutes=1)

SOURCE_WEIGHTS = ((Source.GRID_WORKER, 70), (Source.CITIZEN, 8), (Source.HOTLINE_12345, 10),
                  (Source.NON_POLICE_110, 4), (Source.PATROL, 5), (Source.ASSIGNED, 3))
START_LEVEL = {Source.GRID_WORKER: HoldingLevel.GRID, Source.PATROL: HoldingLevel.GRID,
               Source.CITIZEN: HoldingLevel.VILLAGE, Source.HOTLINE_12345: HoldingLevel.TOWNSHIP,
               Source.NON_POLICE_110: HoldingLevel.TOWNSHIP, Source.ASSIGNED: HoldingLevel.TOWNSHIP}
LEVELS = list(HoldingLevel)
LOW = (HoldingLevel.GRID, HoldingLevel.VILLAGE)
HOUR_WEIGHTS = (1, 0, 0, 0, 0, 1, 2, 5, 9, 10, 10, 8, 6, 8, 9, 9, 8, 7, 5, 4, 3, 2, 2, 1)


@dataclass
class Catalogue:
    """Categories as plain data: (id, name, track, [(sub id, sub name)])."""

    entries: list[tuple[int, str, str, list[tuple[int, str]]]]
    weights: list[int]

    @classmethod
    def load(cls, connection) -> Catalogue:
        rows = connection.execute(select(Category.id, Category.parent_id, Category.name,
                                         Category.track).order_by(Category.sort_order)).all()
        subs: dict[int, list] = {}
        for cid, parent, name, _track in rows:
            if parent is not None:
                subs.setdefault(parent, []).append((cid, name))
        entries = [(cid, name, track, subs.get(cid, [])) for cid, parent, name, track in rows
                   if parent is None]
        return cls(entries, [CATEGORY_WEIGHTS.get(e[1], 3) for e in entries])


def _colour_for(rng: random.Random, category: str) -> WarningColour:
    if category == "突发事件":
        weights = (70, 25, 5)
    elif category in ("矛盾纠纷", "信访稳定"):
        weights = (5, 25, 70)
    elif category in ("安全隐患", "治安防控", "特殊人群"):
        weights = (8, 22, 70)
    else:
        weights = (2, 10, 88)
    return rng.choices((WarningColour.RED, WarningColour.YELLOW, WarningColour.BLUE), weights)[0]


class Timeline:
    """One incident's life, written step by step until the anchor is passed.

    Events are kept until ``finish`` so that cards and escalations, which fall at times of
    their own, take their place in time order with the state they happened in.
    """

    def __init__(self, w: BulkWriter, row: dict, anchor: dt.datetime, system_id: int):
        self.w, self.row, self.anchor, self.system_id = w, row, anchor, system_id
        self.stopped = False
        self.units: list[dict] = []
        self.events: list[dict] = []
        self.cards: set[tuple[str, dt.datetime, str]] = set()

    def step(self, at: dt.datetime, action: str, to: Status, actor: int, note: str | None = None,
             unit: int | None = None, **fields) -> bool:
        """Record a move at ``at``; False (and nothing recorded) once the anchor is passed."""
        at = at.replace(microsecond=0)
        if self.stopped or at > self.anchor:
            self.stopped = True
            return False
        fields = {k: v.replace(microsecond=0) if isinstance(v, dt.datetime) else v
                  for k, v in fields.items()}
        self.events.append(dict(at=at, actor_id=actor, action=action, to_status=to, note=note,
                                unit_id=unit, moves=to != self.row["status"],
                                staff_id=fields.get("responsible_staff_id") if action == "dispatch" else None,
                                to_level=fields.get("level", self.row["level"] if action == "report" else None)))
        self.row["status"] = to
        self.row.update(fields)
        return True

    def overdue(self, step: str, due: dt.datetime, done_at: dt.datetime | None) -> None:
        """Cards for a step due at ``due`` and done at ``done_at`` (None: still open)."""
        until = min(done_at or self.anchor, self.anchor)
        for colour, at in (("yellow", due), ("red", due + RED_AFTER)):
            at = at.replace(microsecond=0)
            if at < until and (step, at, colour) not in self.cards:
                self.cards.add((step, at, colour))
                staff, unit = holder_now(self.row["status"], self.row["responsible_staff_id"], self.row["unit_id"])
                self.w.add(T_CARD, dict(
                    id=self.w.next_id(T_CARD), incident_id=self.row["id"], colour=colour,
                    step=step, step_due_at=due.replace(microsecond=0), issued_at=at, unit_id=unit, staff_id=staff))
                self.events.append(dict(
                    at=at, actor_id=self.system_id, action="card", to_status=None,
                    note=rule_notes.card(colour, step), unit_id=unit, moves=False, staff_id=None,
                    to_level=None))

    def finish(self) -> None:
        status = None
        for event in sorted(self.events, key=lambda e: e["at"]):
            moves = event.pop("moves")
            to = event["to_status"] if moves else status
            self.w.add(T_EVENT, dict(id=self.w.next_id(T_EVENT), incident_id=self.row["id"],
                                     from_status=status, **{**event, "to_status": to}))
            status = to
        self.row["updated_at"] = max(e["at"] for e in self.events)


class IncidentGenerator:
    def __init__(self, w: BulkWriter, scale: Scale, rng: random.Random, people: People,
                 org: OrgMap, persons_by_grid: dict[int, list[int]], prefix: str,
                 anchor: dt.datetime):
        self.w, self.scale, self.rng, self.people, self.org = w, scale, rng, people, org
        self.persons_by_grid, self.prefix, self.anchor = persons_by_grid, prefix, anchor
        self.catalogue = Catalogue.load(w.connection)
        with Session(w.connection) as session:
            self.rules = RuleBook.load(session).in_force(anchor)
        # A few grids are hotspots: incident counts per grid follow a skewed distribution.
        self.grid_weights = [rng.gammavariate(1.5, 1.0) for _ in org.grids]
        self.grid_cum = list(_cumulative(self.grid_weights))
        self.earlier_in_grid: dict[int, int] = {}
        self.village_of = dict(org.grids)
        self.village_units = set(org.village_unit.values())

    def report_times(self) -> list[dt.datetime]:
        today = self.anchor.astimezone(clock.SHANGHAI).date()
        rng, start = self.rng, clock.at_local(months_back(today, self.scale.months))
        span = (self.anchor - start).total_seconds()
        times = []
        while len(times) < self.scale.incidents:
            # Volume grows over the years (more grid workers report more) and dips at weekends.
            offset = span * (rng.random() ** 0.85)
            at = start + dt.timedelta(seconds=offset)
            local = at.astimezone(clock.SHANGHAI)
            keep = HOUR_WEIGHTS[local.hour] / 10 * (0.7 if local.weekday() >= 5 else 1.0)
            if rng.random() < keep:
                times.append(at.replace(microsecond=0))
        times.sort()
        return times

    def generate(self, progress) -> None:
        times = self.report_times()
        day_serial: dict[str, int] = {}
        for i, reported in enumerate(times):
            day = reported.astimezone(clock.SHANGHAI).strftime("%Y%m%d")
            day_serial[day] = day_serial.get(day, 0) + 1
            self._one(f"{self.prefix}-{day}-{day_serial[day]:04d}", reported)
            self.w.maybe_flush()
            if i % 5000 == 0:
                progress.report(i / len(times), f"事件 {i:,}/{len(times):,}")

    # -- one incident ---------------------------------------------------------------------------

    def _one(self, code: str, reported: dt.datetime) -> None:
        rng, org = self.rng, self.org
        cid, cname, track, subs = rng.choices(self.catalogue.entries, self.catalogue.weights)[0]
        sub_id, sub_name = rng.choice(subs)
        gindex = bisect.bisect(self.grid_cum, rng.random() * self.grid_cum[-1])
        gid, vid = org.grids[min(gindex, len(org.grids) - 1)]
        colour = _colour_for(rng, cname)
        source = rng.choices(*zip(*SOURCE_WEIGHTS))[0]
        worker = rng.choice(org.grid_workers[gid])
        place = rng.choice(STREET_WORDS) + f"{rng.randint(1, 300)}号" if rng.random() < 0.4 else \
            self.people.fake.last_name() + rng.choice("家新金阳和") + rng.choice(PLACE_WORDS)
        title = rng.choice(TITLES.get(sub_name, ("{p}" + sub_name,))).format(p=place)
        by_worker = source in (Source.GRID_WORKER, Source.PATROL)
        lead = org.village_unit[vid]
        if rng.random() < 0.4 or cname in ("治安防控", "突发事件", "信访稳定"):
            lead = org.department_ids[rng.choice(LEAD_DEPARTMENT[cname])]
        row = dict(
            id=self.w.next_id(T_INCIDENT), code=code, title=title, title_pinyin=pinyin_key(title),
            description=f"{place}:{sub_name}问题,{'网格员巡查发现' if by_worker else '群众反映'},请尽快处置。",
            category_id=cid, subcategory_id=sub_id, track=track, colour=colour, grid_id=gid,
            location=place, lat=None, lon=None, source=source,
            reporter_staff_id=worker if by_worker else None,
            reporter_name=None if by_worker else self.people.name(),
            reporter_phone=None if by_worker else self.people.phone(),
            unit_id=None, responsible_staff_id=None, level=START_LEVEL[source],
            status=None, outcome=None, duplicate_of_id=None, reported_at=reported,
            accepted_at=None, dispatched_at=None, signed_at=None, resolved_at=None,
            closed_at=None, cancelled_at=None, cancel_reason=None, deadline=None, result=None,
            mediation_failures=0, return_count=0, rework_count=0, satisfaction=None,
            serious=cname == "突发事件" and rng.random() < 0.3, version=1, flagged=False,
            rule_set_id=self.rules.id)
        t = Timeline(self.w, row, self.anchor, org.system_user_id)
        duty = rng.choice(org.duty_user_ids)
        t.step(reported, "report", Status.REPORTED, duty, "网格员上报" if by_worker else source.label)
        self._life(t, row, cname, lead, worker, duty)
        self._as_of_anchor(t, row)
        t.finish()
        open_ = Status(row["status"]).is_open
        row["unsigned_units"] = sum(u["signed_at"] is None for u in t.units) if open_ else 0
        self.w.add(T_INCIDENT, row)
        for unit in t.units:
            self.w.add(T_UNIT, unit)
        persons = self.persons_by_grid.get(gid)
        if persons and cname in ("矛盾纠纷", "特殊人群", "信访稳定") and rng.random() < 0.35:
            self.w.add(incident_key_person, dict(incident_id=row["id"],
                                                 key_person_id=rng.choice(persons)))
        self.earlier_in_grid[gid] = row["id"]

    def _life(self, t: Timeline, row: dict, cname: str, lead: int, worker: int, duty: int) -> None:
        rng, colour = self.rng, row["colour"]
        accept_limit = dt.timedelta(hours=self.rules.allowed_hours("accept", colour, row["category_id"]))
        late = rng.random() < 0.03
        accepted = row["reported_at"] + accept_limit * (rng.uniform(1.05, 2.0) if late
                                                        else rng.uniform(0.05, 0.75))
        t.overdue("accept", row["reported_at"] + accept_limit, accepted)
        if rng.random() < 0.01:  # duplicate or false report, cancelled at triage
            t.step(accepted, "cancel", Status.CANCELLED, duty, "重复上报或信息不实",
                   cancelled_at=accepted, cancel_reason=rng.choice(("重复上报", "信息不实")))
            return
        if not t.step(accepted, "accept", Status.ACCEPTED, duty, accepted_at=accepted,
                      deadline=self.rules.due("resolve", colour, accepted, row["category_id"])):
            return
        now = self._dispatch(t, row, accepted, lead, cname, worker, duty)
        if now is None:
            return
        self._handle(t, row, now, cname, duty)

    def _dispatch(self, t, row, at, lead, cname, worker, duty):
        rng = self.rng
        units = [lead]
        if row["colour"] == WarningColour.YELLOW:  # several departments: whistle and report in
            others = [u for u in self.org.department_ids.values() if u != lead]
            units += rng.sample(others, rng.randint(1, 2))
        returns = 2 if rng.random() < 0.004 else 1 if rng.random() < 0.03 else 0
        for attempt in range(returns + 1):
            at = (at + rng.uniform(3, 60) * MIN).replace(microsecond=0)
            responsible = worker if units[0] in self.village_units else None
            if not t.step(at, "dispatch", Status.DISPATCHED, duty, f"交办 {len(units)} 个单位",
                          units[0], dispatched_at=at, unit_id=units[0], responsible_staff_id=responsible):
                return None
            t.units = [dict(incident_id=row["id"], unit_id=u, role=UnitRole.LEAD if i == 0
                            else UnitRole.CO, dispatched_at=at, signed_at=None)
                       for i, u in enumerate(units)]
            if attempt < returns:
                at += rng.uniform(0.5, 6) * H
                if not t.step(at, "return", Status.ACCEPTED, duty, rng.choice(RETURN_REASONS),
                              units[0], return_count=row["return_count"] + 1):
                    return None
                lead = (self.org.village_unit[self.village_of[row["grid_id"]]]
                        if units[0] not in self.village_units
                        else self.org.department_ids[rng.choice(LEAD_DEPARTMENT[cname])])
                units = [lead] + [u for u in units[1:] if u != lead]
        signed = (at + rng.uniform(0.1, 4) * H).replace(microsecond=0)
        if not t.step(signed, "sign", Status.IN_PROGRESS, duty, "牵头单位报到", units[0],
                      signed_at=signed):
            return None
        for unit in t.units:
            unit_signed = signed + (rng.uniform(0, 6) * H if unit["role"] == UnitRole.CO else 0 * H)
            unit_signed = unit_signed.replace(microsecond=0)
            unit["signed_at"] = unit_signed if unit_signed <= self.anchor else None
        return signed

    def _handle(self, t: Timeline, row: dict, at: dt.datetime, cname: str, duty: int) -> None:
        rng, system = self.rng, self.org.system_user_id
        if cname == "矛盾纠纷":
            at = self._mediate(t, row, at, duty)
            if at is None:
                return
        # Stuck: never resolved, overdue now. Only recent ones: old ledgers get closed in the end.
        if rng.random() < 0.012 and row["reported_at"] > self.anchor - dt.timedelta(days=90):
            return
        late = rng.random() < 0.045
        allowed = row["deadline"] - row["accepted_at"]
        resolved = max(at + 10 * MIN, row["accepted_at"] + allowed * (
            rng.uniform(1.02, 1.8) if late else rng.uniform(0.1, 0.95)))
        if rng.random() < 0.02 and row["level"] != HoldingLevel.COUNTY:
            up = LEVELS[LEVELS.index(row["level"]) + 1]
            when = at + (min(resolved, row["deadline"] + 24 * H) - at) * rng.uniform(0.1, 0.6)
            t.step(when, "escalate", row["status"], duty, f"提级至{up.label}", level=up)
        auto_at = _escalated_at(row["deadline"])
        if resolved > auto_at and row["level"] in (HoldingLevel.GRID, HoldingLevel.VILLAGE):
            t.step(auto_at, "escalate", row["status"], system, rule_notes.escalation("resolve"),
                   level=HoldingLevel.TOWNSHIP)
        reworks = 2 if rng.random() < 0.004 else 1 if rng.random() < 0.03 else 0
        for _ in range(reworks + 1):
            t.overdue("resolve", row["deadline"], resolved)
            if not t.step(resolved, "resolve", Status.RESOLVED, duty, rng.choice(RESULTS),
                          row["unit_id"], resolved_at=resolved, result=rng.choice(RESULTS)):
                return
            checked = resolved + rng.uniform(0.5, 20) * H
            t.overdue("verify", self.rules.due("verify", row["colour"], row["resolved_at"],
                                               row["category_id"]), checked)
            if row["rework_count"] < reworks:
                if not t.step(checked, "verify_fail", Status.IN_PROGRESS, duty,
                              rng.choice(REWORK_REASONS), row["unit_id"],
                              rework_count=row["rework_count"] + 1, resolved_at=None):
                    return
                resolved = checked + rng.uniform(0.3, 2.5) * 24 * H
                continue
            self._close(t, row, checked, duty)

    def _mediate(self, t: Timeline, row: dict, at: dt.datetime, duty: int):
        """Disputes: some mediations fail; a blue dispute failing a third time turns yellow."""
        rng = self.rng
        failures = rng.choices((0, 1, 2, 3), (70, 16, 8, 6))[0]
        for n in range(1, failures + 1):
            at += rng.uniform(0.5, 2) * 24 * H
            if not t.step(at, "mediation_failed", row["status"], duty, f"第{n}次调解未成功",
                          mediation_failures=n):
                return None
            if n == 3 and row["colour"] == WarningColour.BLUE:
                t.step(at, "recolour", row["status"], self.org.system_user_id,
                       "调解三次未成功,蓝色预警升为黄色", colour=WarningColour.YELLOW,
                       deadline=self.rules.due("resolve", WarningColour.YELLOW, at, row["category_id"]))
        return at

    def _as_of_anchor(self, t: Timeline, row: dict) -> None:
        """What the automatic rules had done by the anchor, and the open step's times."""
        step, start, warn, due = open_step(row["status"], row["colour"], row["category_id"],
                                           row["reported_at"], row["accepted_at"],
                                           row["resolved_at"], row["deadline"], self.rules)
        row.update(step=step, step_started_at=start, step_warn_at=warn, step_due_at=due)
        if step is not None:
            t.overdue(step, due, None)
            auto_at = _escalated_at(due)
            if row["level"] in LOW and auto_at < self.anchor:
                t.stopped = False
                t.step(auto_at, "escalate", row["status"], self.org.system_user_id,
                       rule_notes.escalation(step), level=HoldingLevel.TOWNSHIP)
        if row["return_count"] >= 2 or row["rework_count"] >= 2:
            row["flagged"] = True
            last = max(e["at"] for e in t.events)
            t.events.append(dict(at=last, actor_id=self.org.system_user_id, action="flag",
                                 to_status=None, note=rule_notes.flag("either"),
                                 unit_id=None, moves=False, staff_id=None, to_level=None))

    def _close(self, t: Timeline, row: dict, at: dt.datetime, duty: int) -> None:
        rng = self.rng
        outcome = rng.choices((Outcome.RESOLVED, Outcome.UNFOUNDED, Outcome.DUPLICATE,
                               Outcome.WATCH), (95, 2, 1.5, 1.5))[0]
        duplicate_of = self.earlier_in_grid.get(row["grid_id"])
        if outcome == Outcome.DUPLICATE and duplicate_of is None:
            outcome = Outcome.RESOLVED
        satisfaction = None
        if outcome == Outcome.RESOLVED and rng.random() < 0.85:
            satisfaction = rng.choices((5, 4, 3, 2, 1), (60, 25, 10, 3, 2))[0]
        t.step(at, "verify_ok", Status.CLOSED, duty, outcome.label, closed_at=at, outcome=outcome,
               satisfaction=satisfaction,
               duplicate_of_id=duplicate_of if outcome == Outcome.DUPLICATE else None)


def _cumulative(values):
    total = 0.0
    for v in values:
        total += v
        yield total


def _escalated_at(due: dt.datetime) -> dt.datetime:
    """When the automatic rules (run every minute) find the step more than 24 h overdue."""
    return due + ESCALATE_AFTER + MIN
