"""The county's own moves on an item a township escalated to it (SPEC §13): sending it back to
the township with a reason, and its instruction 批示 — which the township marks read. Which
accounts may make them is the workflow's rule (``Workflow._permits``)."""

from __future__ import annotations

from ..base.enums import Action, HoldingLevel
from ..base.messages import Message
from .moves import Workflow, _text


def hand_down(workflow: Workflow, incident_id: int, reason: str, version: int | None = None):
    """The county sends an item back to the township, saying why (SPEC §13)."""
    incident = workflow._load(incident_id, Action.HAND_DOWN, version)
    why = _text(reason, Message("退回理由"), limit=500)
    incident.level = HoldingLevel.TOWNSHIP
    workflow._record(incident, Action.HAND_DOWN, None, f"退回{HoldingLevel.TOWNSHIP.label}:{why}",
                     to_level=HoldingLevel.TOWNSHIP)
    return workflow._done(incident)


def instruct(workflow: Workflow, incident_id: int, words: str, version: int | None = None):
    """The county's 批示: on the timeline, and flagged in the township's queue until read."""
    incident = workflow._load(incident_id, Action.INSTRUCT, version)
    said = _text(words, Message("批示内容"), limit=1000)
    incident.instruction_unread = True
    workflow._record(incident, Action.INSTRUCT, None, said)
    return workflow._done(incident)


def read_instruction(workflow: Workflow, incident_id: int, version: int | None = None):
    """A township user has read the county's 批示: the flag comes off, the reading is on record."""
    incident = workflow._load(incident_id, Action.INSTRUCTION_READ, version)
    incident.instruction_unread = False
    workflow._record(incident, Action.INSTRUCTION_READ, None, None)
    return workflow._done(incident)
