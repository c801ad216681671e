"""Step deadlines of the closed loop (SPEC §3.4), default matrix in calendar hours.

accept: from the report; resolve: from acceptance (this is the incident's deadline);
verify: from the resolution.
"""

from __future__ import annotations

import datetime as dt

from .enums import WarningColour

H = dt.timedelta(hours=1)

DEFAULT_MATRIX: dict[str, dict[WarningColour, dt.timedelta]] = {
    "accept": {WarningColour.RED: 0.5 * H, WarningColour.YELLOW: 4 * H,
               WarningColour.BLUE: 24 * H},
    "resolve": {WarningColour.RED: 24 * H, WarningColour.YELLOW: 7 * 24 * H,
                WarningColour.BLUE: 3 * 24 * H},
    "verify": {WarningColour.RED: 24 * H, WarningColour.YELLOW: 24 * H,
               WarningColour.BLUE: 24 * H},
}


def allowed(step: str, colour: str) -> dt.timedelta:
    return DEFAULT_MATRIX[step][WarningColour(colour)]


def due(step: str, colour: str, start: dt.datetime) -> dt.datetime:
    return start + allowed(step, colour)


WARNING_FRACTION = 0.8


def light(start: dt.datetime, deadline: dt.datetime, now: dt.datetime) -> str:
    """Traffic light of an open step: green, yellow 预警 from 80 % of its time, red 超期 at 100 %."""
    if now >= deadline:
        return "red"
    if now >= start + (deadline - start) * WARNING_FRACTION:
        return "yellow"
    return "green"
