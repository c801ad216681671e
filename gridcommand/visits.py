"""Visit rules for key persons (SPEC §9)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from . import clock
from .enums import PersonColour

# *Default* required interval between visits, in days, by colour tag. The intervals in force are
# part of the evaluation scheme (versioned by month, changeable without code): see intervals().
INTERVAL_DAYS = {PersonColour.GREEN: 30, PersonColour.BLUE: 15, PersonColour.ORANGE: 7,
                 PersonColour.RED: 1}


def intervals(session: Session, month: str | None = None) -> dict[str, int]:
    """The intervals in force in ``month`` (default: this month), by colour value."""
    from .evaluation.scheme import in_force

    rules = in_force(session, month or clock.today().strftime("%Y-%m")).rules
    return {c.value: int(rules.get("visit_intervals", {}).get(c.value, INTERVAL_DAYS[c])) for c in PersonColour}

