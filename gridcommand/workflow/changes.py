"""What a service changed, for the UI to decide what to refresh; and the change counter other
seats poll."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..models import ChangeCounter


@dataclass(frozen=True)
class Changes:
    incidents: frozenset[int] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.incidents | other.incidents)

    def __bool__(self) -> bool:
        return bool(self.incidents)


def bump(session: Session) -> None:
    """Count one more change, in the caller's transaction."""
    session.execute(update(ChangeCounter).where(ChangeCounter.id == 1)
                    .values(value=ChangeCounter.value + 1))


def current(session: Session) -> int:
    return session.scalar(select(ChangeCounter.value).where(ChangeCounter.id == 1)) or 0
