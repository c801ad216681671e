"""The closed loop 问题闭环 (SPEC §3.4): moves, deadlines of the open step, automatic rules."""

from ..base.errors import StaleIncident
from .extensions import decide_extension, pending, request_extension
from .moves import MOVES, IllegalMove, Workflow
from .report import NewIncident, report_incident
from .supervision import next_event, run_all

__all__ = ["IllegalMove", "MOVES", "NewIncident", "StaleIncident", "Workflow",
           "decide_extension", "next_event", "pending", "report_incident", "request_extension",
           "run_all"]
