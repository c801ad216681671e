"""Putting right an incident taken in with the wrong grid or category (SPEC §3.4): before it is
handed to a unit, an order whose address named no grid is moved to the right one, its deadline
counted again under the new category."""

from __future__ import annotations

from ..base.enums import Action
from ..base.errors import InputError
from ..base.messages import Message
from ..models import Category, Grid
from .moves import Workflow, _text
from .steps import resolve_deadline


def relocate(workflow: Workflow, incident_id: int, grid_id: int, category_id: int, subcategory_id: int | None,
             reason: str, version: int | None = None):
    """Put the incident in another grid or category; an accepted one's deadline is counted
    again under the new category (from its acceptance)."""
    incident = workflow._load(incident_id, Action.RELOCATE, version)
    grid, category = workflow.session.get(Grid, grid_id), workflow.session.get(Category, category_id)
    sub = workflow.session.get(Category, subcategory_id) if subcategory_id else None
    if grid is None:
        raise InputError("请选择所属网格")
    if category is None or category.parent_id is not None or not category.active:
        raise InputError("请选择大类")
    if subcategory_id and (sub is None or sub.parent_id != category.id or not sub.active):
        raise InputError("小类不属于所选大类")
    changed = []
    if incident.grid_id != grid.id:
        changed.append(f"网格:{incident.grid.code} {incident.grid.name} → {grid.code} {grid.name}")
    if (incident.category_id, incident.subcategory_id) != (category.id, subcategory_id):
        changed.append(f"类别:{_category_name(workflow, incident.category_id, incident.subcategory_id)} → "
                       f"{_category_name(workflow, category.id, subcategory_id)}")
    if not changed:
        raise InputError("网格和类别都没有改变")
    reason = _text(reason, Message("更正的理由"))
    incident.grid_id, incident.category_id, incident.subcategory_id = grid.id, category.id, subcategory_id
    if incident.accepted_at is not None:
        rules = workflow.rules.by_id(incident.rule_set_id, incident.accepted_at)
        incident.deadline = resolve_deadline(incident, rules, incident.accepted_at)
    workflow._record(incident, Action.RELOCATE, None, ";".join(changed) + f":{reason}")
    return workflow._done(incident)


def _category_name(workflow: Workflow, category_id: int, subcategory_id: int | None) -> str:
    names = [workflow.session.get(Category, i).name for i in (category_id, subcategory_id) if i]
    return "/".join(names)
