"""The dock panels the main window is made of, in the order of their Alt+N keys. Each declares
the attribute the window keeps it under, how it is built, and whom it is for (a dock not the
user's is never shown to them). Adding a dock: a folder under ``ui/panels/`` with its
``PanelDock`` (its ``OBJECT_NAME``, title, ``purpose`` and ``concerns``), one line here, and —
if a role's day starts on it — its object name in that role's workspace (``ui/workspace.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gridcommand.ops import Actor, Can, allows

from ..widgets.panel import PanelDock
from .dashboard.dock import DashboardDock
from .detail.dock import DetailDock
from .meetings.dock import MeetingsDock
from .org.dock import OrgDock
from .performance.dock import PerformanceDock
from .queue.dock import QueueDock
from .reports.dock import ReportsDock
from .reviews.dock import ReviewsDock

if TYPE_CHECKING:
    from ..main_window import MainWindow


def _anyone(_actor: Actor) -> bool:
    return True


@dataclass(frozen=True)
class Panel:
    attribute: str                                  # the window keeps it as window.<attribute>
    build: Callable[[MainWindow], PanelDock]
    for_: Callable[[Actor], bool] = _anyone         # whose it is (§12.1)


PANELS = (
    Panel("queue", lambda w: QueueDock(w.runner, w)),
    Panel("detail", lambda w: DetailDock(w.runner, w)),
    Panel("meetings", lambda w: MeetingsDock(w.runner, w)),
    # Chairs have no scores, no visits to log and no reviews.
    Panel("performance", lambda w: PerformanceDock(w.runner, w),
          lambda a: allows(a, Can.VIEW_SCORES) or allows(a, Can.LOG_VISITS)),
    Panel("reviews", lambda w: ReviewsDock(w.runner, lambda: w.detail.detail, w), lambda a: allows(a, Can.VIEW_REVIEWS)),
    Panel("dashboard", lambda w: DashboardDock(w.runner, w.township, w)),
    Panel("reports", lambda w: ReportsDock(w.runner, w)),
    Panel("org", lambda w: OrgDock(w.runner, w)),
)
