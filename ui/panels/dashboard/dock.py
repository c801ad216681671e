"""一屏观天下: the dashboard dock (SPEC §10). A period and a village to look at; the charts of
``DashboardView``, here and, on request, full-screen on a chosen screen. The incident figures are
read again on every change and every minute (they are cheap); the figures of finished months
(scores, visits, units) in the background when the month turns or what they count changes."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFrame, QInputDialog, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from gridcommand.base.changes import Area, Changes
from gridcommand.ops import dashboard
from gridcommand.ops.reference import lists

from ...messages import text
from ...ops import OpRunner
from ...widgets.flow_layout import FlowLayout
from ...widgets.panel import PanelDock
from ...worker import Task
from .big_screen import BigScreen

TICK_MS = 60_000          # the figures move with the clock too (overdue now, today's reports)
CHART_HEIGHT = 220        # in the dock a chart keeps this height; the dock scrolls
MONTHLY_EVERY_S = 600     # finished months' figures are read again at most this often unprompted


class DashboardDock(PanelDock):
    OBJECT_NAME = "dashboardDock"
    sig_drill = Signal(str, dict)
    """Show in the queue: the status tab and the filters (``QueueDock.drill``)."""

    def __init__(self, runner: OpRunner, township: str, parent: QWidget | None = None):
        super().__init__(self.tr("Dashboard"), self.OBJECT_NAME, runner, parent)
        self.township = township
        self.period = QComboBox(self)
        self.period.setObjectName("dashboardPeriod")
        for days in dashboard.PERIODS:
            self.period.addItem(self.tr("Last %1 days").replace("%1", str(days)), days)
        self.period.setCurrentIndex(dashboard.PERIODS.index(dashboard.DEFAULT_PERIOD))
        self.village = QComboBox(self)
        self.village.setObjectName("dashboardVillage")
        self.village.addItem(self.tr("All villages"), None)
        self.lists = None  # read when first shown, not at start-up
        body = QWidget(self)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(4, 4, 4, 4)
        bar = QWidget(body)
        row = FlowLayout(bar)
        big = self.button("big_screen", self.tr("Big screen…"), self.open_big_screen)
        for widget in (self.period, self.village, big):
            row.addWidget(widget)
        self._layout.addWidget(bar)
        self.setWidget(body)
        self.view = None  # built when first shown: pyqtgraph is imported then, not at start
        self.big: BigScreen | None = None
        self.live: dashboard.Live | None = None
        self.monthly: dashboard.Monthly | None = None
        self._monthly_again = False  # asked for while a read was running
        self._monthly_at = 0.0
        self._monthly_task: Task | None = None
        self.period.currentIndexChanged.connect(lambda: self.refresh(Changes.of(Area.INCIDENTS)))
        self.village.currentIndexChanged.connect(lambda: self.refresh(Changes.of(Area.INCIDENTS)))
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.on_changes(Changes.of(Area.INCIDENTS)))
        self.timer.start(TICK_MS)
        self.load_when_shown()

    def _fill_villages(self) -> None:
        chosen = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("All villages"), None)
        for option in self.lists.villages:
            self.village.addItem(option.label, option.id)
        self.village.setCurrentIndex(max(0, self.village.findData(chosen)))
        self.village.blockSignals(False)

    def on_screen(self) -> bool:
        """On screen here, or on the big screen (which must follow changes with the dock hidden)."""
        return super().on_screen() or (self.big is not None and self.big.isVisible())

    def purpose(self) -> str:
        return self.tr(
            "The township at a glance: open and overdue incidents, closure and on-time rates against their "
            "targets, incidents by village and category, units ranked, and the grid map. Click a figure to "
            "see its incidents in the queue.")

    def concerns(self, changes: Changes) -> bool:
        return any(changes.touches(a) for a in (Area.INCIDENTS, Area.REFERENCE, Area.EVALUATION,
                                                Area.VISITS, Area.SETTINGS))

    def views(self) -> list:
        from .view import DashboardView

        if self.view is None:
            from .grid_map import GridMapView

            self.tabs = QTabWidget(self.widget())
            self.tabs.setObjectName("dashboardTabs")
            scroll = QScrollArea(self.tabs)
            scroll.setObjectName("dashboardScroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.view = DashboardView(parent=scroll)
            self.view.sig_drill.connect(self.sig_drill)
            scroll.setWidget(self.view)
            self.map = GridMapView(parent=self.tabs)
            self.map.sig_grid.connect(lambda grid, village: self.sig_drill.emit(
                "open", {"village_id": village, "grid_id": grid}))
            self.tabs.addTab(scroll, self.tr("Charts"))
            self.tabs.addTab(self.map, self.tr("Grid map"))
            self.tabs.currentChanged.connect(lambda: self.refresh(Changes.of(Area.INCIDENTS)))
            self._layout.addWidget(self.tabs, 1)
            for chart in self.view.charts.values():
                chart.setMinimumHeight(CHART_HEIGHT)
        return [self.view] + ([self.big.view] if self.big is not None else [])

    def refresh(self, changes: Changes | None = None) -> None:
        changes = changes or Changes.everything()
        if self.lists is None or changes.touches(Area.REFERENCE):
            self.lists = self.runner.read(lists, workers=False)
            self._fill_villages()
        self.live = self.runner.read(dashboard.live, self.period.currentData(), self.village.currentData())
        for view in self.views():
            view.show_live(self.live, self.lists)
        if self.tabs.currentWidget() is self.map:
            self.map.show_map(self.runner.read(dashboard.map_of_grids))
        if self.big is not None:
            self.big.stamp(self.live.now)
        due = time.monotonic() - self._monthly_at > MONTHLY_EVERY_S
        if due or any(changes.touches(a) for a in (Area.EVALUATION, Area.VISITS, Area.SETTINGS, Area.REFERENCE)):
            self._read_monthly()

    def _read_monthly(self) -> None:
        if self._monthly_task is not None:
            self._monthly_again = True
            return
        self._monthly_at = time.monotonic()
        self._monthly_task = self.runner.start(self, "", dashboard.monthly, on_done=self._show_monthly,
                                               on_error=lambda exc, _trace: self.sig_message.emit(text(exc)),
                                               show_progress=False)
        self._monthly_task.sig_finished.connect(self._monthly_done)

    def _monthly_done(self) -> None:
        self._monthly_task = None
        if self._monthly_again:
            self._monthly_again = False
            self._read_monthly()

    def _show_monthly(self, monthly: dashboard.Monthly) -> None:
        self.monthly = monthly
        for view in self.views():
            view.show_monthly(monthly)

    def wait(self, ms: int = 60_000) -> None:
        """Until the figures of finished months are read (tests, benchmarks, closing)."""
        if self._monthly_task is not None:
            self._monthly_task.wait(ms)

    def open_big_screen(self) -> None:
        screens = QGuiApplication.screens()
        screen = self.screen()
        if len(screens) > 1:
            names = [f"{n}: {s.name()} ({s.size().width()}×{s.size().height()})" for n, s in enumerate(screens, 1)]
            chosen, ok = QInputDialog.getItem(self, self.tr("Big screen"), self.tr("Show on screen"), names,
                                              screens.index(screen) if screen in screens else 0, False)
            if not ok:
                return
            screen = screens[names.index(chosen)]
        if self.big is None:
            self.big = BigScreen(self.tr("%1 — command room").replace("%1", self.township))
            self.big.view.sig_drill.connect(self.sig_drill)
            self.big.sig_closed.connect(self._big_screen_closed)
        self.big.show_on(screen)
        if self.monthly is not None:
            self.big.view.show_monthly(self.monthly)
        self.refresh()

    def _big_screen_closed(self) -> None:
        big, self.big = self.big, None
        big.deleteLater()
