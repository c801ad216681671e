"""The administrator's screens of reference data and rules, by the action that opens them: each
imported when first asked for (none is needed at start-up). Adding one: its dialog module, an
``ActionId``, its menu action (``ui/menus.py``) and one line here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from gridcommand.ops import reference

from ..actions import ActionId

if TYPE_CHECKING:
    from ..main_window import MainWindow


def _township(window: MainWindow) -> None:
    from .township import edit_township

    edit_township(window.runner, window)
    window.show_township(window.runner.read(reference.township))


def _meeting_settings(window: MainWindow) -> None:
    from .meeting_settings import edit_meeting_settings

    edit_meeting_settings(window.runner, window)


def _system_settings(window: MainWindow) -> None:
    from .system_settings import edit_system_settings

    edit_system_settings(window.runner, window)


def _intake_sources(window: MainWindow) -> None:
    from .intake_sources import IntakeSourcesDialog

    IntakeSourcesDialog(window.runner, window).exec()


def _units(window: MainWindow) -> None:
    from .units import UnitsDialog

    UnitsDialog(window.runner, window).exec()


def _categories(window: MainWindow) -> None:
    from .categories import CategoriesDialog

    CategoriesDialog(window.runner, window).exec()


def _deadlines(window: MainWindow) -> None:
    from .deadlines import DeadlinesDialog

    DeadlinesDialog(window.runner, window).exec()


def _scheme(window: MainWindow) -> None:
    from .scheme import SchemeDialog

    SchemeDialog(window.runner, window).exec()


SCREENS: dict[ActionId, Callable[[MainWindow], None]] = {
    ActionId.TOWNSHIP: _township,
    ActionId.UNITS: _units,
    ActionId.CATEGORIES: _categories,
    ActionId.DEADLINES: _deadlines,
    ActionId.SCHEME: _scheme,
    ActionId.MEETING_SETTINGS: _meeting_settings,
    ActionId.INTAKE_SOURCES: _intake_sources,
    ActionId.SYSTEM_SETTINGS: _system_settings,
}
