"""Actions by stable id, each built in one place with its text, shortcut and slot."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionId(StrEnum):
    IMPORT = "file.import"
    TEMPLATE = "file.template"
    QUIT = "file.quit"
    REFRESH = "view.refresh"
    RESET_LAYOUT = "view.resetLayout"
    BIG_SCREEN = "view.bigScreen"
    ABOUT = "help.about"
    HELP = "help.contents"
    CHANGE_PASSWORD = "file.changePassword"
    LOCK = "file.lock"
    SWITCH_USER = "file.switchUser"
    USERS = "admin.users"
    UNITS = "admin.units"
    CATEGORIES = "admin.categories"
    DEADLINES = "admin.deadlines"
    TOWNSHIP = "admin.township"
    SCHEME = "admin.scheme"
    MEETING_SETTINGS = "admin.meetingSettings"
    BACKUP = "file.backup"
    RESTORE = "file.restore"
    VERIFY_BACKUP = "file.verifyBackup"
    NEW_INCIDENT = "incident.new"
    RUN_RULES = "incident.runRules"
    NOTICES = "incident.notices"
    NOTICES_ISSUED = "incident.noticesIssued"
    TAKE_IN = "incident.takeIn"
    REPEATS = "incident.repeats"
    INTAKE_SOURCES = "admin.intakeSources"
    SYSTEM_SETTINGS = "admin.systemSettings"


def make_action(parent: QWidget, action_id: ActionId, text: str, slot: Callable[[], None],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
    action = QAction(text, parent)
    action.setObjectName(action_id.value)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def title_of(action: QAction) -> str:
    """An action's text as a dialog's title: without its mnemonic — "&Accept…" and the Chinese
    "受理(&A)…" alike — and without the ellipsis that says a dialog follows."""
    return re.sub(r"\(&.\)", "", action.text()).replace("&", "").rstrip("…").strip()
