"""What the county sets for its townships (SPEC §13), stored in each township's database so that
the township's own automatic rules read it: after how many hours overdue a township-level item
goes up to the county by itself (0: never; only by hand, F9)."""

from __future__ import annotations

from ..base.messages import Message
from .stored import Number

ESCALATE_AFTER_HOURS = Number("county.escalate_after_hours", 0, 0, 720, Message("超期自动提级至县(小时,0 为不自动)"))
