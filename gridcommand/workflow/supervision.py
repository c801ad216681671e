"""The automatic rules of SPEC §3.4, idempotent: running them twice changes nothing.

- a step past its due time earns a yellow card 黄牌督办 at that time, and a red card 红牌督办
  24 hours later if it is still open; each counts against the unit and person then responsible;
- an item whose open step (accept, resolve or verify) is overdue by more than 24 h — strictly:
  at exactly 24 h nothing happens yet — while held at grid or village level escalates to the
  township, recorded as done by the system user when the rules find it;
- an item returned twice or reworked twice is flagged for the next weekly meeting.
(The blue→yellow dispute rule runs inside the mediation move itself.)
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..access.users import system_user
from ..base.changes import Changes
from ..base.enums import OPEN_STATUSES, Action, HoldingLevel
from ..models import Incident, IncidentCard, IncidentEvent, User
from ..org.responsibility import holder_now
from ..record import audit
from . import rule_notes
from .deadlines import RuleBook, is_overdue, overdue_clause

RED_AFTER = dt.timedelta(hours=24)
ESCALATE_AFTER = dt.timedelta(hours=24)
FLAG_AT = 2
LOW_LEVELS = (HoldingLevel.GRID, HoldingLevel.VILLAGE)

CardKey = tuple[int, str, dt.datetime, str]


def _cards_of(session: Session, incident_ids: list[int]) -> set[CardKey]:
    known: set[CardKey] = set()
    for start in range(0, len(incident_ids), 500):
        known |= set(session.execute(
            select(IncidentCard.incident_id, IncidentCard.step, IncidentCard.step_due_at,
                   IncidentCard.colour)
            .where(IncidentCard.incident_id.in_(incident_ids[start:start + 500]))).all())
    return known


def _event(session, incident: Incident, action: Action, note: str, at: dt.datetime,
           actor: User, unit_id: int | None = None) -> None:
    audit.note(session, f"incident.{action}", "incident", incident.code, note=note, unit=unit_id,
               at=at.isoformat(), by="system")
    session.add(IncidentEvent(incident_id=incident.id, at=at, actor_id=actor.id, action=action,
                              from_status=incident.status, to_status=incident.status, note=note,
                              unit_id=unit_id))


def apply(session: Session, incident: Incident, now: dt.datetime, rules: RuleBook | None = None,
          known_cards: set[CardKey] | None = None, actor: User | None = None) -> bool:
    """Bring one incident up to date with the rules at ``now``; True if anything changed."""
    if incident.status not in OPEN_STATUSES:
        return False
    actor = actor or system_user(session)
    if known_cards is None:
        known_cards = _cards_of(session, [incident.id])
    changed = False
    due = incident.step_due_at
    if due is not None:
        for colour, at in (("yellow", due), ("red", due + RED_AFTER)):
            key = (incident.id, incident.step, due, colour)
            if is_overdue(at, now) and key not in known_cards:
                # Against those holding it (``responsibility``): after a return, the command room.
                staff, unit = holder_now(incident.status, incident.responsible_staff_id, incident.unit_id)
                session.add(IncidentCard(incident_id=incident.id, colour=colour, step=incident.step,
                                         step_due_at=due, issued_at=at, unit_id=unit, staff_id=staff))
                _event(session, incident, Action.CARD,
                       rule_notes.card(colour, incident.step), at, actor, unit)
                known_cards.add(key)
                changed = True
    escalate_after = _escalation_time(incident)
    if escalate_after is not None and now > escalate_after:
        _event(session, incident, Action.ESCALATE, rule_notes.escalation(incident.step), now, actor)
        incident.level = HoldingLevel.TOWNSHIP
        changed = True
    if not incident.flagged and (incident.return_count >= FLAG_AT or incident.rework_count >= FLAG_AT):
        incident.flagged = True
        reason = "returned" if incident.return_count >= FLAG_AT else "reworked"
        _event(session, incident, Action.FLAG, rule_notes.flag(reason), now, actor)
        changed = True
    if changed:
        session.flush()
    return changed


def _escalation_time(incident: Incident) -> dt.datetime | None:
    """The instant after which the incident escalates (the open step, whichever it is, 24 h
    overdue), if it is held at grid or village level."""
    if incident.level in LOW_LEVELS and incident.step_due_at is not None:
        return incident.step_due_at + ESCALATE_AFTER
    return None


def run_all(session: Session, now: dt.datetime, rules: RuleBook | None = None) -> Changes:
    """Every open incident that may be due for a rule: overdue ones, and the unflagged ones that
    were returned or reworked twice. Runs in the caller's transaction, in the order of the ids, so
    that two seats running the rules at once take the rows' locks in the same order."""
    candidates = list(session.scalars(select(Incident).where(
        Incident.status.in_(OPEN_STATUSES),
        or_(overdue_clause(now),
            (~Incident.flagged) & ((Incident.return_count >= FLAG_AT)
                                   | (Incident.rework_count >= FLAG_AT))))
        .order_by(Incident.id)))
    if not candidates:
        return Changes()
    known = _cards_of(session, [i.id for i in candidates])
    actor = system_user(session)
    touched = frozenset(i.id for i in candidates
                        if apply(session, i, now, rules, known, actor))
    return Changes(incidents=touched)


def next_event(incident: Incident, known_cards: set[CardKey], now: dt.datetime
               ) -> tuple[dt.datetime, str] | None:
    """When the incident's next card or escalation falls, and which: "yellow" or "red" (a card)
    or "escalate"."""
    if incident.status not in OPEN_STATUSES or incident.step_due_at is None:
        return None
    due = incident.step_due_at
    upcoming = [(at, colour) for colour, at in (("yellow", due), ("red", due + RED_AFTER))
                if (incident.id, incident.step, due, colour) not in known_cards and at > now]
    escalate_after = _escalation_time(incident)
    if escalate_after is not None and escalate_after >= now:
        upcoming.append((escalate_after, "escalate"))
    # At the same moment the red card falls before the escalation (its rule runs first).
    return min(upcoming, key=lambda event: (event[0], event[1] == "escalate")) if upcoming else None


