"""Incident ▸ Likely repeats: the orders taken in that may repeat an open incident, side by side
with it, for the duty officer to link as 重复 (the new one is cancelled as a repeat of the
original) or keep as an incident of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QWidget

from gridcommand.base import clock
from gridcommand.base.changes import Area
from gridcommand.base.enums import RepeatReason, Status
from gridcommand.ops import intake
from gridcommand.ops.intake import Flag

from ..labels import label
from ..ops import OpRunner
from ..widgets.screen_fit import sized
from .list_dialog import ListDialog

translate = QCoreApplication.translate


def _columns():
    def when(at) -> str:
        return clock.local(at).strftime("%m-%d %H:%M")

    return [(translate("Repeats", "New incident"), lambda f: f.new.code),
            (translate("Repeats", "Title"), lambda f: f.new.title),
            (translate("Repeats", "Reported"), lambda f: when(f.new.reported_at)),
            (translate("Repeats", "Grid"), lambda f: f.new.grid),
            (translate("Repeats", "May repeat"), lambda f: f.original.code),
            (translate("Repeats", "Its title"), lambda f: f.original.title),
            (translate("Repeats", "Its state"), lambda f: label(Status, f.original.status)),
            (translate("Repeats", "Why"), lambda f: label(RepeatReason, f.reason)),
            (translate("Repeats", "Text alike"), lambda f: f"{f.similarity:.0%}")]


class RepeatsDialog(ListDialog):
    def __init__(self, runner: OpRunner, open_incident: Callable[[int], None], parent: QWidget | None = None):
        super().__init__(runner, "repeatsDialog", translate("Repeats", "Likely repeats"), _columns(),
                         lambda: runner.read(intake.open_flags), Area.INCIDENTS, parent,
                         first=(0, 4, 7, 8, 1, 5))  # what the duty officer decides by
        sized(self, 1100, 520)
        self._open = open_incident
        self.add_buttons([("repeatsLink", self.tr("Link as repeat"), lambda: self.decide(True)),
                          ("repeatsKeep", self.tr("Keep as its own"), lambda: self.decide(False)),
                          ("repeatsShowNew", self.tr("Show the new one"), lambda: self.show_side("new")),
                          ("repeatsShowOriginal", self.tr("Show the original"), lambda: self.show_side("original"))],
                         lambda: self.show_side("new"))

    @Slot()
    def decide(self, link: bool) -> None:
        flag: Flag | None = self.selected()
        if flag is not None:
            self.runner.attempt(self, self.windowTitle(), intake.decide_duplicate, flag.id, link)

    def show_side(self, side: str) -> None:
        flag: Flag | None = self.selected()
        if flag is not None:
            self._open(getattr(flag, side).id)
