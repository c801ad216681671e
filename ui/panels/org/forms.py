"""The administrator's forms of the org panel: a grid added, edited, moved; a person added,
edited, moved; a grid handed to another full-time worker from a given moment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gridcommand.base import clock
from gridcommand.base.enums import GridKind, StaffRole, StaffStatus
from gridcommand.ops import organisation as org
from gridcommand.ops.organisation import GridNode, GridTeam, Member, OrgTree
from gridcommand.ops.reference import grid_workers

from ...labels import choices
from ...ops import OpRunner
from ...widgets.form import FormDialog, FormField

translate = QCoreApplication.translate
NONE = (None, "—")


def _grids(tree: OrgTree, village_id: int | None = None, parents_only: bool = False) -> list[tuple[int, str]]:
    return [(g.id, f"{v.name} · {g.code} {g.name}") for v in tree.villages if village_id in (None, v.id)
            for g in v.grids if not (parents_only and (g.kind == GridKind.MICRO or g.parent_id is not None))]


def new_grid(runner: OpRunner, parent: QWidget, tree: OrgTree, village_id: int, under: GridNode | None) -> None:
    village = next(v for v in tree.villages if v.id == village_id)
    fields = [FormField("code", translate("OrgForms", "Grid code"), "line", True),
              FormField("name", translate("OrgForms", "Grid name"), "line", True),
              FormField("kind", translate("OrgForms", "Kind"), "combo", True, choices(GridKind),
                        GridKind.MICRO if under else GridKind.RESIDENTIAL),
              FormField("parent", translate("OrgForms", "Under the grid (a micro-grid's)"), "combo", False,
                        [NONE] + _grids(tree, village_id, parents_only=True), under.id if under else None),
              FormField("households", translate("OrgForms", "Households"), "line"),
              FormField("population", translate("OrgForms", "Population"), "line")]
    FormDialog(translate("OrgForms", "New grid in %1").replace("%1", village.name), fields, lambda v: runner.call(
        org.add_grid, v["code"], v["name"], village_id, v["kind"], v["parent"], v["households"], v["population"]),
        parent).exec()


def edit_grid(runner: OpRunner, parent: QWidget, team: GridTeam) -> None:
    fields = [FormField("name", translate("OrgForms", "Grid name"), "line", True, default=team.name),
              FormField("kind", translate("OrgForms", "Kind"), "combo", True, choices(GridKind), team.kind),
              FormField("households", translate("OrgForms", "Households"), "line",
                        default="" if team.households is None else str(team.households)),
              FormField("population", translate("OrgForms", "Population"), "line",
                        default="" if team.population is None else str(team.population))]
    FormDialog(translate("OrgForms", "Edit %1").replace("%1", f"{team.code} {team.name}"), fields,
               lambda v: runner.call(org.update_grid, team.id, v["name"], v["kind"], v["households"],
                                     v["population"]), parent).exec()


def move_grid(runner: OpRunner, parent: QWidget, tree: OrgTree, team: GridTeam) -> None:
    fields = [FormField("village", translate("OrgForms", "Village"), "combo", True,
                        [(v.id, v.name) for v in tree.villages],
                        next(v.id for v in tree.villages if v.name == team.village)),
              FormField("parent", translate("OrgForms", "Under the grid (a micro-grid's)"), "combo", False,
                        [NONE] + [g for g in _grids(tree, parents_only=True) if g[0] != team.id])]
    FormDialog(translate("OrgForms", "Move %1").replace("%1", f"{team.code} {team.name}"), fields,
               lambda v: runner.call(org.move_grid, team.id, v["village"], v["parent"]), parent,
               translate("OrgForms", "Its micro-grids move with it; its incidents and key persons stay with it."
                         )).exec()


def new_person(runner: OpRunner, parent: QWidget, team: GridTeam) -> None:
    fields = [FormField("staff_no", translate("OrgForms", "Staff no."), "line", True),
              FormField("name", translate("OrgForms", "Name"), "line", True),
              FormField("role", translate("OrgForms", "Role"), "combo", True, choices(StaffRole), StaffRole.VOLUNTEER),
              FormField("phone", translate("OrgForms", "Phone"), "line")]
    FormDialog(translate("OrgForms", "New member of %1").replace("%1", f"{team.code} {team.name}"), fields,
               lambda v: runner.call(org.add_person, v["staff_no"], v["name"], v["role"], team.id, v["phone"]),
               parent).exec()


def edit_person(runner: OpRunner, parent: QWidget, member: Member) -> None:
    fields = [FormField("name", translate("OrgForms", "Name"), "line", True, default=member.name),
              FormField("role", translate("OrgForms", "Role"), "combo", True, choices(StaffRole), member.role),
              FormField("phone", translate("OrgForms", "Phone (leave empty to keep it)"), "line"),
              FormField("status", translate("OrgForms", "Status"), "combo", True, choices(StaffStatus), member.status)]
    FormDialog(translate("OrgForms", "Edit %1").replace("%1", member.name), fields, lambda v: runner.call(
        org.update_person, member.id, v["name"], v["role"], v["phone"] or None, v["status"]),
        parent).exec()


def move_person(runner: OpRunner, parent: QWidget, tree: OrgTree, member: Member) -> None:
    fields = [FormField("grid", translate("OrgForms", "To the grid"), "combo", False, [NONE] + _grids(tree))]
    FormDialog(translate("OrgForms", "Move %1").replace("%1", member.name), fields,
               lambda v: runner.call(org.move_person, member.id, v["grid"]), parent).exec()


def hand_over(runner: OpRunner, parent: QWidget, team: GridTeam) -> None:
    workers = [(o.id, o.label) for o in runner.read(grid_workers, (StaffRole.FULL_TIME,))]
    fields = [FormField("worker", translate("OrgForms", "Full-time grid worker"), "combo", True, workers),
              FormField("since", translate("OrgForms", "Responsible from"), "datetime", True,
                        clock.format_local(clock.now()))]

    def submit(values: dict):
        since = dt.datetime.strptime(values["since"], "%Y-%m-%d %H:%M").replace(tzinfo=clock.SHANGHAI)
        return runner.call(org.hand_over, team.id, values["worker"], since)

    FormDialog(translate("OrgForms", "Hand %1 to another worker").replace("%1", f"{team.code} {team.name}"), fields,
               submit, parent, translate("OrgForms", "The worker answers for the grid and its key persons from then "
                                         "on; who answered before is kept.")).exec()
