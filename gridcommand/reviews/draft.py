"""The findings a review drafts from the record (SPEC §8), each with its evidence and the person
and unit responsible at that time. Deterministic: the same record gives the same findings in
the same order (by when, then kind, then what they rest on).

The boundaries are the product's own: an incident resolved at its deadline is on time (as in
the on-time indicator, §6); a key person visited on the day the interval ends is not lapsed
(§9: ``visits.is_overdue``, as in the reminders and the agenda)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..access.users import system_user
from ..base import clock
from ..base.enums import Action, FindingKind
from ..base.masking import mask_id
from ..evaluation.reworks import reworks
from ..models import ActionItem, AgendaItem, Incident, IncidentCard, IncidentEvent, KeyPerson, Visit
from ..org import responsibility
from ..visits.rules import due_on, intervals, is_overdue, overdue_from
from ..workflow.deadlines import RuleBook
from ..workflow.rule_notes import CARD_LABELS, STEP_LABELS
from .evidence import Evidence
from .scope import Scope

ORDER = {kind: n for n, kind in enumerate(FindingKind)}


@dataclass
class Draft:
    kind: FindingKind
    key: str                      # what it rests on: found again, not twice, by a redraft
    occurred_at: dt.datetime
    summary: str
    facts: dict
    evidence: list[Evidence] = field(default_factory=list)
    staff_id: int | None = None   # None: the command room itself held it
    unit_id: int | None = None


def draft(session: Session, scope: Scope) -> list[Draft]:
    incidents = _incidents(session, scope.incident_ids)
    held_by = responsibility.incidents(session, scope.incident_ids)
    found = (_late(incidents, held_by, scope) + _returns_and_reworks(session, incidents, held_by, scope)
             + _cards(session, incidents, scope) + _inaction(session, incidents, scope)
             + _visit_lapses(session, scope) + _action_items(session, scope))
    return sorted(found, key=lambda d: (d.occurred_at, ORDER[d.kind], d.key))


def _incidents(session: Session, ids: tuple[int, ...]) -> dict[int, Incident]:
    out = {}
    for start in range(0, len(ids), 500):
        out.update((i.id, i) for i in session.scalars(select(Incident).where(Incident.id.in_(ids[start:start + 500]))))
    return out


def _holder(held_by, incident_id: int, when: dt.datetime) -> tuple[int | None, int | None]:
    return responsibility.at(held_by.get(incident_id, []), when, (None, None))


def _about(incident: Incident) -> list[dict]:
    return [Evidence("incident", incident.id, f"{incident.code} {incident.title}")]


def _late(incidents: dict[int, Incident], held_by, scope: Scope) -> list[Draft]:
    """Resolved after the deadline, or still open at the event past it."""
    found = []
    for i in incidents.values():
        due, done = i.deadline, i.resolved_at
        if due is None or due > scope.end or (done is not None and (done <= due or done < scope.start)):
            continue
        staff, unit = _holder(held_by, i.id, due)
        if done is not None and done <= scope.end:
            kind, late = FindingKind.LATE, done - due
            text = f"{i.code} {i.title}:超过办结时限 {clock.format_span(late)}才办结"
        else:
            kind, late = FindingKind.OVERDUE, scope.end - due
            text = f"{i.code} {i.title}:至事发时仍未办结,已超期 {clock.format_span(late)}"
        found.append(Draft(kind, f"{kind}:{i.id}", max(due, scope.start), text,
                           {"deadline": due.isoformat(), "resolved_at": done.isoformat() if done else None,
                            "late_minutes": int(late.total_seconds() // 60)}, _about(i), staff, unit))
    return found


def _events(session: Session, scope: Scope, actions) -> list[IncidentEvent]:
    ids = scope.incident_ids
    out = []
    for start in range(0, len(ids), 500):
        out += session.scalars(select(IncidentEvent).where(
            IncidentEvent.incident_id.in_(ids[start:start + 500]), IncidentEvent.action.in_(actions),
            IncidentEvent.at >= scope.start, IncidentEvent.at < scope.end))
    return out


def _returns_and_reworks(session, incidents, held_by, scope: Scope) -> list[Draft]:
    found = []
    for e in _events(session, scope, (Action.RETURN,)):
        i = incidents[e.incident_id]
        # Those holding it until it was sent back answer for the return (the unit: the one that did).
        staff, unit = responsibility.before(held_by.get(i.id, []), e.at, (None, None))
        found.append(Draft(FindingKind.RETURN, f"{FindingKind.RETURN}:{e.id}", e.at,
                           f"{i.code} {i.title}:被退回({e.note or ''})", {"event_id": e.id},
                           _about(i) + [Evidence("event", e.id, f"{clock.format_local(e.at)} {Action.RETURN.label}")],
                           staff, e.unit_id or unit))
    for r in reworks(session, scope.start, scope.end, scope.incident_ids):
        i = incidents[r.incident_id]
        if r.imported:  # a ledger row's 返工次数, counted at its 办结时间 as the evaluation counts it
            key, facts = f"{FindingKind.REWORK}:import:{i.id}:{r.number}", {"imported": True, "number": r.number}
            text = f"{i.code} {i.title}:台账记载返工 {i.rework_count} 次(第 {r.number} 次,计于 {clock.format_local(r.at)} 办结)"
            proof = _about(i)
        else:
            key, facts = f"{FindingKind.REWORK}:{r.event_id}", {"event_id": r.event_id}
            text = f"{i.code} {i.title}:核查不通过返工({r.note or ''})"
            proof = _about(i) + [Evidence("event", r.event_id,
                                          f"{clock.format_local(r.at)} {Action.VERIFY_FAIL.label}")]
        found.append(Draft(FindingKind.REWORK, key, r.at, text, facts, proof, r.staff_id, r.unit_id))
    return found


def _cards_in(session: Session, scope: Scope) -> list[IncidentCard]:
    ids = scope.incident_ids
    out = []
    for start in range(0, len(ids), 500):
        out += session.scalars(select(IncidentCard).where(
            IncidentCard.incident_id.in_(ids[start:start + 500]),
            IncidentCard.issued_at >= scope.start, IncidentCard.issued_at < scope.end))
    return out


def _cards(session, incidents, scope: Scope) -> list[Draft]:
    found = []
    for c in _cards_in(session, scope):
        i = incidents[c.incident_id]
        text = f"{i.code} {i.title}:{CARD_LABELS.get(c.colour, c.colour)}({STEP_LABELS.get(c.step, c.step)}超期)"
        found.append(Draft(FindingKind.CARD, f"card:{c.id}", c.issued_at, text,
                           {"colour": c.colour, "step": c.step},
                           _about(i) + [Evidence("card", c.id, f"{clock.format_local(c.issued_at)} "
                                                 f"{CARD_LABELS.get(c.colour, c.colour)}")],
                           c.staff_id, c.unit_id))
    return found


def _inaction(session: Session, incidents, scope: Scope) -> list[Draft]:
    """One stall, one finding: a stretch without a move by a person or a unit — from the last
    such move until the next one (or the event) — in which an alarm fell (a card, an
    escalation), and which went on after the first alarm for longer than its step allows again:
    the command room did not act on its own alarm. The system's own moves (cards, escalations,
    flags) neither end nor restart a stall, so its yellow card, red card and escalation are one
    finding, not three."""
    book = RuleBook.load(session)
    system = system_user(session).id
    alarms = [(c.incident_id, c.issued_at, c.step, f"card:{c.id}", CARD_LABELS.get(c.colour, c.colour))
              for c in _cards_in(session, scope)]
    alarms += [(e.incident_id, e.at, "resolve", f"escalate:{e.id}", "提级")
               for e in _events(session, scope, (Action.ESCALATE,))]
    moves: dict[int, list[dt.datetime]] = {}
    for incident_id, at in _human_moves(session, {a[0] for a in alarms}, system, scope.end):
        moves.setdefault(incident_id, []).append(at)
    stalls: dict[tuple[int, dt.datetime | None], list[tuple]] = {}
    for alarm in sorted(alarms, key=lambda a: (a[0], a[1], a[3])):
        incident_id, at = alarm[0], alarm[1]
        ended_by = next((m for m in sorted(moves.get(incident_id, [])) if m > at), None)
        stalls.setdefault((incident_id, ended_by), []).append(alarm)
    found = []
    for (incident_id, ended_by), raised in stalls.items():
        _incident, at, step, key, _what = raised[0]
        i = incidents[incident_id]
        rules = book.by_id(i.rule_set_id, i.reported_at)
        allowed = rules.due(step, i.colour, at, i.category_id) - at
        waited = (ended_by or scope.end) - at
        if waited <= allowed:
            continue
        what = "、".join(dict.fromkeys(a[4] for a in raised))
        text = (f"{i.code} {i.title}:{what}后 {clock.format_span(waited)}无人处理"
                f"(应在 {clock.format_span(allowed)}内跟进)")
        found.append(Draft(FindingKind.INACTION, f"inaction:{key}", at + allowed, text,
                           {"alarm_at": at.isoformat(), "alarms": [a[3] for a in raised],
                            "waited_minutes": int(waited.total_seconds() // 60),
                            "allowed_minutes": int(allowed.total_seconds() // 60)}, _about(i)))
    return found


def _human_moves(session: Session, incident_ids: set[int], system_id: int, end: dt.datetime):
    ids = sorted(incident_ids)
    for start in range(0, len(ids), 500):
        yield from session.execute(select(IncidentEvent.incident_id, IncidentEvent.at).where(
            IncidentEvent.incident_id.in_(ids[start:start + 500]), IncidentEvent.actor_id != system_id,
            IncidentEvent.at < end))


def _visit_lapses(session: Session, scope: Scope) -> list[Draft]:
    """Each stretch in the window when a person in scope was overdue for a visit (§9's one
    reading, ``visits``): from the day after it fell due to the visit that came (or the event)."""
    if not scope.person_ids:
        return []
    every = intervals(session, clock.local(scope.end).strftime("%Y-%m"))
    persons = {p.id: p for p in session.scalars(select(KeyPerson).where(KeyPerson.id.in_(scope.person_ids)))}
    held_by = responsibility.key_persons(session, persons)
    visits: dict[int, list[tuple[dt.datetime, int]]] = {}
    for pid, at, vid in session.execute(
            select(Visit.key_person_id, Visit.visited_at, Visit.id)
            .where(Visit.key_person_id.in_(scope.person_ids), Visit.visited_at < scope.end)
            .order_by(Visit.key_person_id, Visit.visited_at, Visit.id)):
        visits.setdefault(pid, []).append((at, vid))
    first = clock.local(scope.start).date()
    found = []
    for pid in sorted(persons):
        person, interval = persons[pid], every[persons[pid].colour]
        seen = [(at, vid) for at, vid in visits.get(pid, []) if clock.local(at).date() >= person.tagged_on]
        before = [(at, v) for at, v in seen if at < scope.start]
        last, last_visit = before[-1] if before else (None, None)
        for at, vid in [(a, v) for a, v in seen if a >= scope.start] + [(scope.end, None)]:
            due = due_on(last, person.tagged_on, interval)
            missed = (clock.local(at).date() - max(due, first)).days  # overdue days within the window
            if is_overdue(due, at) and missed > 0:
                found.append(_lapse(person, pid, due, max(overdue_from(due), scope.start), at, missed,
                                    (last, last_visit), vid, held_by))
            last, last_visit = at, vid
    return found


def _lapse(person: KeyPerson, pid: int, due: dt.date, start: dt.datetime, until: dt.datetime, missed: int,
           last: tuple[dt.datetime | None, int | None], next_visit: int | None, held_by) -> Draft:
    label = f"{person.name}({mask_id(person.id_number)})"
    proof = [Evidence("key_person", pid, label)]
    proof += [Evidence("visit", v, f"{what} {clock.format_local(at, '%Y-%m-%d')}") for v, at, what in (
        (last[1], last[0], "上次走访"), (next_visit, until, "下次走访")) if v]
    text = (f"重点人员 {label}:应于 {due:%Y-%m-%d} 走访,"
            + (f"{clock.format_local(until, '%Y-%m-%d')} 才走访" if next_visit else "至事发时仍未走访")
            + f";倒查时段内 {missed} 天未走访")
    # Who answered for the person on the day the visit was due.
    staff = responsibility.at(held_by.get(pid, []), responsibility.tagged_at(due), None)
    return Draft(FindingKind.VISIT_LAPSE, f"visit:{pid}:{due.isoformat()}", start, text,
                 {"due": due.isoformat(), "days_missed": missed, "colour": person.colour}, proof, staff)


def _action_items(session: Session, scope: Scope) -> list[Draft]:
    """Meeting action items in scope not done by their due date."""
    last = clock.local(scope.end).date()
    items = session.execute(
        select(ActionItem, AgendaItem.incident_id, AgendaItem.grid_id, AgendaItem.key_person_id)
        .outerjoin(AgendaItem, AgendaItem.id == ActionItem.agenda_item_id)
        .where(ActionItem.due_date < last, or_(ActionItem.done_at.is_(None), ActionItem.done_at >= scope.start))
        .order_by(ActionItem.id)).all()
    incidents = set(scope.incident_ids)
    found = []
    for item, incident_id, grid_id, person_id in items:
        if not (incident_id in incidents or grid_id in scope.grid_ids or person_id in scope.person_ids
                or item.unit_id in scope.unit_ids):
            continue
        late_from = clock.at_local(item.due_date + dt.timedelta(days=1))  # due: by the end of that day
        if late_from >= scope.end or (item.done_at is not None and item.done_at < late_from):
            continue
        done = item.done_at if item.done_at is not None and item.done_at <= scope.end else None
        late = (done or scope.end) - late_from
        text = (f"会议事项“{item.title}”:应于 {item.due_date:%Y-%m-%d} 完成,"
                + (f"逾期 {clock.format_span(late)}才完成" if done else f"至事发时逾期 {clock.format_span(late)}未完成"))
        found.append(Draft(FindingKind.ACTION_ITEM, f"action:{item.id}", max(late_from, scope.start), text,
                           {"due_date": item.due_date.isoformat(), "done_at": done.isoformat() if done else None,
                            "late_minutes": int(late.total_seconds() // 60)},
                           [Evidence("action_item", item.id, item.title)], item.staff_id, item.unit_id))
    return found
