"""The lines the projector shows under an agenda item: what the meeting decides it by (who has
it, how late, the cards, the last steps; a key person's visits), in the UI's language."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication

from gridcommand.base import clock
from gridcommand.base.enums import Action, HoldingLevel, PersonColour, VisitMode, WarningColour
from gridcommand.ops.meetings import Brief, ItemView

from ..display import duration, local_time, rule_note
from ..labels import label

LATE = "#ff6b5e"
# How late and which cards, in what the agenda's builder wrote (超期 3 天、黄牌 2 张…): in red.
ALARMS = re.compile(r"((?:超期|逾期)[^,,;;。]*|[黄红]牌[^,,;;。]*)")


def late_in(text: str) -> str:
    """``text`` as HTML, how late and the cards in it coloured."""
    return ALARMS.sub(lambda m: f"<span style='color:{LATE}'>{m.group(1)}</span>", escape(text))


def brief_lines(brief: Brief, item: ItemView, small_pt: int) -> list[str]:
    """HTML lines; the steps and visits in the small type (``small_pt``) to fit a slide."""
    lines = []
    who = " · ".join(x for x in (brief.unit or item.unit, brief.responsible or item.presenter) if x)
    if who:
        text = QCoreApplication.translate("projector", "Responsible: %1").replace("%1", who)
        lines.append(f"<div>{escape(text)}</div>")
    due = brief.overdue_since or (item.due_at if item.due_at and item.due_at <= clock.now() else None)
    if due is not None and "超期" not in item.detail:  # the builder's text says how late already
        late = QCoreApplication.translate("projector", "Overdue by %1").replace("%1", duration(clock.now() - due))
        lines.append(f"<div style='color:{LATE}'>{escape(late)}</div>")
    if brief.level and brief.level != HoldingLevel.GRID:
        text = QCoreApplication.translate("projector", "Held at: %1").replace("%1", label(HoldingLevel, brief.level))
        lines.append(f"<div>{escape(text)}</div>")
    if brief.cards:
        cards = "、".join(f"{label(WarningColour, c.colour)} {local_time(c.issued_at)}" for c in brief.cards)
        text = QCoreApplication.translate("projector", "Cards: %1").replace("%1", cards)
        lines.append(f"<div style='color:{LATE}'>{escape(text)}</div>")
    small = f"<div style='font-size:{small_pt}pt; color:#c8d0d8'>"
    if brief.steps:
        lines.append(small + "<br>".join(
            escape(f"{local_time(s.at)}  {label(Action, s.action)}  {s.actor}  {rule_note(s.note)}") for s in brief.steps)
            + "</div>")
    if brief.person is not None:
        name, colour, id_number = brief.person
        lines.append(f"<div>{escape(f'{name}({label(PersonColour, colour)}){id_number}')}</div>")
        visits = [f"{local_time(v.at)}  {v.worker}  {label(VisitMode, v.mode)}  {v.note or ''}" for v in brief.visits]
        lines.append(small + ("<br>".join(escape(v) for v in visits)
                              or escape(QCoreApplication.translate("projector", "No visit on record"))) + "</div>")
    return lines
