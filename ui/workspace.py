"""Each role's workspace — the docks its day starts on and where they sit — and each user's own
arrangement, kept per user on this PC: a seat is shared, a layout is not."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

from gridcommand.base.enums import UserRole as R

from .settings import LAYOUT_VERSION, read_bytes


@dataclass(frozen=True)
class Workspace:
    main: tuple[str, ...]
    """Docks (object names) in the main area, tabbed, the first in front."""
    side: tuple[str, ...] = ()
    """Docks on the right of it, tabbed, the first in front. None: the main area is the full width."""

    def groups(self) -> list[tuple[str, ...]]:
        return [group for group in (self.main, self.side) if group]

    def shown(self) -> frozenset[str]:
        """The docks open on a first start; the others wait closed behind the last group."""
        return frozenset(self.main) | frozenset(self.side)


QUEUE, DETAIL, MEETINGS, PERFORMANCE = "queueDock", "detailDock", "meetingsDock", "performanceDock"
REVIEWS, DASHBOARD, REPORTS, ORG = "reviewsDock", "dashboardDock", "reportsDock", "orgDock"

WORKSPACES: dict[R, Workspace] = {
    R.DUTY: Workspace(main=(QUEUE,), side=(DETAIL,)),
    R.CHAIR: Workspace(main=(MEETINGS,), side=(QUEUE, DETAIL)),
    R.HR: Workspace(main=(PERFORMANCE, REVIEWS, REPORTS)),
    R.LEADER: Workspace(main=(DASHBOARD, QUEUE, DETAIL, REVIEWS, REPORTS)),
    R.ADMIN: Workspace(main=(ORG, REPORTS, DASHBOARD, QUEUE, DETAIL)),
}
# A user with several roles starts on the first of them here: the daily work before the monthly.
ORDER = (R.DUTY, R.CHAIR, R.HR, R.LEADER, R.ADMIN)


def workspace_of(roles: Iterable[str]) -> Workspace:
    held = set(roles)
    return next((WORKSPACES[role] for role in ORDER if role.value in held), WORKSPACES[R.DUTY])


def _key(username: str, what: str) -> str:
    return f"layout/{username}/{what}"


def saved_state(settings: QSettings, username: str) -> QByteArray | None:
    """The arrangement ``username`` left on this PC, if it was saved for the docks there are now."""
    version = int(settings.value(_key(username, "version"), 0) or 0)
    return read_bytes(settings, _key(username, "state")) if version == LAYOUT_VERSION else None


def save_state(settings: QSettings, username: str, state: QByteArray) -> None:
    settings.setValue(_key(username, "state"), state)
    settings.setValue(_key(username, "version"), LAYOUT_VERSION)
