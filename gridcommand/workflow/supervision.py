"""The automatic rules of SPEC §3.4, idempotent: running them twice changes nothing.

- a step past its due time earns a yellow card 黄牌督办 at that time, and a red card 红牌督办
  24 hours later if it is still open; each counts against the unit and person then responsible;
- an item whose open step (accept, resolve or verify) is overdue by more than 24 h — strictly:
  at exactly 24 h nothing happens yet — while held at grid or village level escalates to the
  township, recorded as done by the system user when the rules find it;
- an item held at township level whose open step is overdue by more than the county's N hours
  (a setting of the county seat, stored in the township; 0, the default: never) — strictly —
  escalates to the county (SPEC §13);
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
from ..settings.county import ESCALATE_AFTER_HOURS
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
           actor: User, unit_id: int | None = None, to_level: HoldingLevel | None = None) -> None:
    audit.note(session, f"incident.{action}", "incident", incident.code, note=note, unit=unit_id,
               at=at.isoformat(), by="system")
    session.add(IncidentEvent(incident_id=incident.id, at=at, actor_id=actor.id, action=action,
                              from_status=incident.status, to_status=incident.status, note=note,
                              unit_id=unit_id, to_level=to_level))


_UNREAD = dt.timedelta(-1)  # ``apply``'s county hours, when its caller did not read them once for all


def apply(session: Session, incident: Incident, now: dt.datetime, rules: RuleBook | None = None,
          known_cards: set[CardKey] | None = None, actor: User | None = None,
          to_county: dt.timedelta | None = _UNREAD) -> bool:
    """Bring one incident up to date with the rules at ``now``; True if anything changed."""
    if incident.status not in OPEN_STATUSES:
        return False
    if to_county == _UNREAD:
        to_county = county_after(session)
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
    escalation = _escalation(incident, to_county)
    if escalation is not None and now > escalation[0]:
        at, up, note = escalation
        _event(session, incident, Action.ESCALATE, note, now, actor, to_level=up)
        incident.level = up
        changed = True
    if not incident.flagged and (incident.return_count >= FLAG_AT or incident.rework_count >= FLAG_AT):
        incident.flagged = True
        reason = "returned" if incident.return_count >= FLAG_AT else "reworked"
        _event(session, incident, Action.FLAG, rule_notes.flag(reason), now, actor)
        changed = True
    if changed:
        session.flush()
    return changed


def county_after(session: Session) -> dt.timedelta | None:
    """How long overdue a township-level item may be before it goes to the county; None: never."""
    hours = ESCALATE_AFTER_HOURS.read(session)
    return dt.timedelta(hours=hours) if hours else None


def _escalation(incident: Incident, to_county: dt.timedelta | None) -> tuple[dt.datetime, HoldingLevel, str] | None:
    """(the instant after which the incident escalates, where to, the note): its open step 24 h
    overdue at grid or village level, or the county's hours overdue at township level."""
    due, step = incident.step_due_at, incident.step
    if due is None or step is None:
        return None
    if incident.level in LOW_LEVELS:
        return due + ESCALATE_AFTER, HoldingLevel.TOWNSHIP, rule_notes.escalation(step)
    if incident.level == HoldingLevel.TOWNSHIP and to_county is not None:
        hours = int(to_county.total_seconds() // 3600)
        return due + to_county, HoldingLevel.COUNTY, rule_notes.county_escalation(step, hours)
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
    actor, to_county = system_user(session), county_after(session)
    touched = frozenset(i.id for i in candidates
                        if apply(session, i, now, rules, known, actor, to_county))
    return Changes(incidents=touched)


def next_event(incident: Incident, known_cards: set[CardKey], now: dt.datetime,
               to_county: dt.timedelta | None = None) -> tuple[dt.datetime, str] | None:
    """When the incident's next card or escalation falls, and which: "yellow" or "red" (a card)
    or "escalate"."""
    if incident.status not in OPEN_STATUSES or incident.step_due_at is None:
        return None
    due = incident.step_due_at
    upcoming = [(at, colour) for colour, at in (("yellow", due), ("red", due + RED_AFTER))
                if (incident.id, incident.step, due, colour) not in known_cards and at > now]
    escalation = _escalation(incident, to_county)
    if escalation is not None and escalation[0] >= now:
        upcoming.append((escalation[0], "escalate"))
    # At the same moment the red card falls before the escalation (its rule runs first).
    return min(upcoming, key=lambda event: (event[0], event[1] == "escalate")) if upcoming else None


