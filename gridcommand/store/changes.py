"""What an operation changed, so that each screen refreshes only what concerns it; and the
change log through which the other seats learn the same thing a few seconds later.

An operation names the records it changed by id where it knows them (the incident moved, the
meeting edited, the month recomputed) and by area where it changed too many to list (an import).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..base import clock
from ..models import ChangeCounter, ChangeLog

# Log entries kept; a seat that fell further behind refreshes everything.
KEEP = 2_000


class Area(StrEnum):
    INCIDENTS = "incidents"
    MEETINGS = "meetings"          # meetings, agenda items, attendance, outcomes
    ACTION_ITEMS = "action_items"  # what meetings decided, until done
    EVALUATION = "evaluation"      # monthly scores, adjustments, locks, careers
    VISITS = "visits"              # key persons and their visits
    REFERENCE = "reference"        # organisation: villages, grids, staff, units, categories
    SETTINGS = "settings"          # deadline matrix, evaluation scheme, meeting settings
    REVIEWS = "reviews"            # retrospective reviews and their findings


def _ids() -> frozenset:
    return frozenset()


@dataclass(frozen=True)
class Changes:
    incidents: frozenset[int] = field(default_factory=_ids)
    meetings: frozenset[int] = field(default_factory=_ids)
    months: frozenset[str] = field(default_factory=_ids)       # evaluation months "YYYY-MM"
    staff: frozenset[int] = field(default_factory=_ids)        # workers whose scores or careers changed
    key_persons: frozenset[int] = field(default_factory=_ids)  # visited or changed
    areas: frozenset[Area] = field(default_factory=_ids)       # changed beyond the ids above

    # The area each id set belongs to.
    _AREA_OF = {"incidents": Area.INCIDENTS, "meetings": Area.MEETINGS, "months": Area.EVALUATION,
                "staff": Area.EVALUATION, "key_persons": Area.VISITS}

    @classmethod
    def of(cls, *areas: Area, **ids) -> Changes:
        return cls(areas=frozenset(areas), **{k: frozenset(v) for k, v in ids.items()})

    @classmethod
    def everything(cls) -> Changes:
        return cls(areas=frozenset(Area))

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, area: Area) -> bool:
        return area in self.areas or any(getattr(self, name) for name, of in self._AREA_OF.items()
                                         if of == area)

    def touches_incident(self, incident_id: int | None) -> bool:
        return Area.INCIDENTS in self.areas or incident_id in self.incidents

    def touches_meeting(self, meeting_id: int | None) -> bool:
        return Area.MEETINGS in self.areas or meeting_id in self.meetings

    def touches_month(self, month: str | None) -> bool:
        return Area.EVALUATION in self.areas or month in self.months

    def as_json(self) -> dict:
        return {f.name: sorted(getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)}

    @classmethod
    def from_json(cls, data: dict) -> Changes:
        try:
            values = {f.name: frozenset(data.get(f.name, ())) for f in fields(cls)}
            values["areas"] = frozenset(Area(a) for a in values["areas"])
        except (TypeError, ValueError, AttributeError):
            return cls.everything()  # written by a newer version: refresh rather than guess
        return cls(**values)


NOTHING = Changes()


def record(session: Session, changes: Changes, actor_id: int | None) -> int:
    """Log ``changes`` in the caller's transaction, as late as possible before its commit (the
    counter's row lock is held from here to the commit); returns the entry's sequence number."""
    session.execute(update(ChangeCounter).where(ChangeCounter.id == 1)
                    .values(value=ChangeCounter.value + 1))
    seq = session.scalar(select(ChangeCounter.value).where(ChangeCounter.id == 1))
    session.add(ChangeLog(seq=seq, at=clock.now(), actor_id=actor_id, changes=changes.as_json()))
    if seq % 100 == 0:
        session.execute(delete(ChangeLog).where(ChangeLog.seq <= seq - KEEP))
    session.flush()
    return seq


def latest(session: Session) -> int:
    return session.scalar(select(ChangeCounter.value).where(ChangeCounter.id == 1)) or 0


def since(session: Session, seen: int) -> tuple[int, list[tuple[int, Changes]]]:
    """The entries after ``seen``: (the newest sequence number, [(seq, changes), …])."""
    rows = session.execute(select(ChangeLog.seq, ChangeLog.changes).where(ChangeLog.seq > seen)
                           .order_by(ChangeLog.seq)).all()
    if not rows:
        newest = latest(session)
        if newest < seen:  # a restored or replaced database: start again
            return newest, [(newest, Changes.everything())]
        return seen, []
    if rows[0].seq != seen + 1:  # entries this seat never saw were pruned
        return rows[-1].seq, [(rows[-1].seq, Changes.everything())]
    return rows[-1].seq, [(seq, Changes.from_json(data)) for seq, data in rows]
