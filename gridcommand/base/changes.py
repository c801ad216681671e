"""What an operation changed, so that each screen refreshes only what concerns it (the change
log, ``store.change_log``, tells the other seats the same thing a few seconds later).

An operation names the records it changed by id where it knows them (the incident moved, the
meeting edited, the month recomputed) and by area where it changed too many to list (an import).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any


class Area(StrEnum):
    INCIDENTS = "incidents"
    MEETINGS = "meetings"          # meetings, agenda items, attendance, outcomes
    ACTION_ITEMS = "action_items"  # what meetings decided, until done
    EVALUATION = "evaluation"      # monthly scores, adjustments, locks, careers
    VISITS = "visits"              # key persons and their visits
    REFERENCE = "reference"        # organisation: villages, grids, staff, units, categories
    SETTINGS = "settings"          # deadline matrix, evaluation scheme, meeting settings
    REVIEWS = "reviews"            # retrospective reviews and their findings


def _ids() -> frozenset[Any]:
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
    def of(cls, *areas: Area, **ids: Iterable[Any]) -> Changes:
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

    def as_json(self) -> dict[str, list[Any]]:
        return {f.name: sorted(getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Changes:
        try:
            values = {f.name: frozenset(data.get(f.name, ())) for f in fields(cls)}
            values["areas"] = frozenset(Area(a) for a in values["areas"])
        except (TypeError, ValueError, AttributeError):
            return cls.everything()  # written by a newer version: refresh rather than guess
        return cls(**values)


NOTHING = Changes()
