"""Visit rules for key persons (SPEC §9)."""

from __future__ import annotations

from .enums import PersonColour

# Default required interval between visits, in days, by colour tag.
INTERVAL_DAYS = {PersonColour.GREEN: 30, PersonColour.BLUE: 15, PersonColour.ORANGE: 7,
                 PersonColour.RED: 1}

