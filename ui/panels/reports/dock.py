"""The report centre: one place to find every report. The monthly closed-loop report is made
here — a month and a scope chosen, its figures previewed, written as PDF or xlsx in the
background; the documents made where their work is done (agenda and minutes, evaluation
sheets and tables, review reports) are listed too, and open the panel that makes them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from gridcommand import clock
from gridcommand.changes import Area, Changes
from gridcommand.closed_loop import MonthReport
from gridcommand.evaluation.service import months_on_record
from gridcommand.ops import reports
from gridcommand.ops.reference import lists
from gridcommand.permissions import Can, allows

from ...ops import OpRunner
from ...widgets.files import save_path
from ...widgets.flow_layout import FlowLayout
from ...widgets.panel import PanelDock
from ...worker import Task

CLOSED_LOOP = "closed_loop"
# What the report centre makes: (operation, what it is made for, its file's name).
MADE_HERE = {CLOSED_LOOP: (reports.closed_loop, "month and village", "月度闭环报告"),
             "unit_ranking": (reports.unit_ranking, "month", "处置单位考核排名"),
             "visits": (reports.visits, "month", "重点人员走访情况"),
             "evaluation_year": (reports.evaluation_year, "year", "年网格员考核汇总")}
ELSEWHERE = {"meetings": "meetingsDock", "evaluation": "performanceDock", "reviews": "reviewsDock"}


class ReportsDock(PanelDock):
    OBJECT_NAME = "reportsDock"
    sig_show_dock = Signal(str)
    """Raise the dock (by object name) where a listed document is made."""

    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(self.tr("Reports"), self.OBJECT_NAME, runner, parent)
        self.list = QListWidget(self)
        self.list.setObjectName("reportsList")
        entries = [(CLOSED_LOOP, self.tr("Monthly closed-loop report"), Can.REPORTS),
                   ("unit_ranking", self.tr("Monthly ranking of the handling units"), Can.REPORTS),
                   ("visits", self.tr("Visits to key persons in a month"), Can.REPORTS),
                   ("evaluation_year", self.tr("A year of grid workers' evaluations"), Can.VIEW_SCORES),
                   ("meetings", self.tr("Agenda and minutes of a meeting"), Can.VIEW_MEETINGS),
                   ("evaluation", self.tr("Evaluation sheets, ranking, salary table, career candidates"),
                    Can.VIEW_SCORES),
                   ("reviews", self.tr("Retrospective review reports"), Can.VIEW_REVIEWS)]
        for key, text, needs in entries:
            if allows(runner.actor, needs):
                item = QListWidgetItem(text, self.list)
                item.setData(Qt.ItemDataRole.UserRole, key)
        self.month = QComboBox(self)
        self.month.setObjectName("reportsMonth")
        self.village = QComboBox(self)
        self.village.setObjectName("reportsVillage")
        self.year = QComboBox(self)
        self.year.setObjectName("reportsYear")
        self.about = QLabel(self)
        self.about.setObjectName("reportsAbout")
        self.about.setWordWrap(True)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("reportsPreview")
        buttons = self.button_row([("pdf", self.tr("PDF…"), lambda: self.export("pdf")),
                                   ("xlsx", self.tr("xlsx…"), lambda: self.export("xlsx")),
                                   ("open", self.tr("Open that panel"), self.open_elsewhere)])
        # Stacked, not side by side: the dock is narrow beside the queue.
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * (self.list.count() + 1) + 8)
        choices = QWidget(self)
        row = FlowLayout(choices)
        for widget in (self.month, self.village, self.year):
            row.addWidget(widget)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        for widget in (self.list, self.about, choices, buttons):
            column.addWidget(widget)
        column.addWidget(self.preview, 1)
        self.setWidget(body)
        self.report: MonthReport | None = None
        self._reading: Task | None = None
        self._again = False
        self._export: Task | None = None
        self.list.currentRowChanged.connect(lambda _row: self._chosen())
        self.month.currentIndexChanged.connect(lambda: self.refresh(Changes.of(Area.INCIDENTS)))
        self.village.currentIndexChanged.connect(lambda: self.refresh(Changes.of(Area.INCIDENTS)))
        self.list.setCurrentRow(0)
        self.load_when_shown()

    def concerns(self, changes: Changes) -> bool:
        return changes.touches(Area.INCIDENTS) or changes.touches(Area.REFERENCE)

    def _key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _chosen(self) -> None:
        key = self._key()
        making, scope = key in MADE_HERE, MADE_HERE.get(key, (None, "", ""))[1]
        for widget in (self.buttons["pdf"], self.buttons["xlsx"]):
            widget.setVisible(making)
        self.month.setVisible(scope.startswith("month"))
        self.year.setVisible(scope == "year")
        for widget in (self.village, self.preview):
            widget.setVisible(key == CLOSED_LOOP)
        self.buttons["open"].setVisible(key in ELSEWHERE)
        self.about.setText({
            CLOSED_LOOP: self.tr("The figures of a month by village, unit, category and colour, the five months "
                                 "before it, the overdue and escalated incidents, the watch list and the unit "
                                 "ranking: what the township sends to the county."),
            "unit_ranking": self.tr("Every handling unit's score for a month, with what it is made of: sign-in "
                                    "time, on-time rate, returns, reworks, cards and satisfaction."),
            "visits": self.tr("Visits required and made in a month, by colour, village and grid worker, and "
                              "who is overdue for a visit now (ID numbers masked)."),
            "evaluation_year": self.tr("The locked months of a year: each worker's average and months at each "
                                       "grade, each month's grades; the year's performance pay for those who may "
                                       "see pay."),
            "meetings": self.tr("Made in the Meetings panel: choose a meeting, then export its agenda or minutes."),
            "evaluation": self.tr("Made in the Performance panel: choose a month, then export."),
            "reviews": self.tr("Made in the Reviews panel: choose a review, then export its report."),
        }.get(key, ""))
        if key == CLOSED_LOOP:  # read when on screen: not at start-up, not behind another dock's tab
            self.on_changes(Changes.everything())

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.touches(Area.REFERENCE) or self.village.count() == 0:
            self._fill_choices()
        if self._key() != CLOSED_LOOP or not self.month.currentData():
            return
        if self._reading is not None:  # read again when the running read ends
            self._again = True
            return
        reading = self.tr("Reading the figures…")
        self.preview.setHtml(f"<p>{escape(reading)}</p>")
        self._reading = self.runner.start(self, "", reports.closed_loop_figures, self.month.currentData(),
                                          self.village.currentData(), on_done=self._show, show_progress=False)
        self._reading.sig_finished.connect(self._read)

    def _read(self) -> None:
        self._reading = None
        if self._again:
            self._again = False
            self.refresh(Changes.of(Area.INCIDENTS))

    def wait(self, ms: int = 60_000) -> None:
        """Until the figures being read and the report being written are done (closing waits)."""
        for task in (self._reading, self._export):
            if task is not None:
                task.wait(ms)

    def _fill_choices(self) -> None:
        for combo in (self.month, self.village, self.year):
            combo.blockSignals(True)
        chosen_month, chosen_village = self.month.currentData(), self.village.currentData()
        this_month = clock.local(clock.now()).strftime("%Y-%m")
        months = [this_month] + [m for m in self.runner.read(months_on_record) if m != this_month]
        self.month.clear()
        for month in months:
            self.month.addItem(month, month)
        last_month = months[1] if len(months) > 1 else this_month  # the last whole month, first offered
        self.month.setCurrentIndex(max(0, self.month.findData(chosen_month or last_month)))
        self.village.clear()
        self.village.addItem(self.tr("The whole township"), None)
        for option in self.runner.read(lists, workers=False).villages:
            self.village.addItem(option.label, option.id)
        self.village.setCurrentIndex(max(0, self.village.findData(chosen_village)))
        self.year.clear()
        for year in sorted({int(m[:4]) for m in months}, reverse=True):
            self.year.addItem(str(year), year)
        for combo in (self.month, self.village, self.year):
            combo.blockSignals(False)

    def _show(self, report: MonthReport) -> None:
        self.report = report
        t = report.total
        rate = lambda value: "—" if value is None else f"{value:.1%}"  # noqa: E731
        rows = "".join(f"<tr><td>{escape(f.key)}</td><td align=right>{f.reported}</td><td align=right>{f.closed}</td>"
                       f"<td align=right>{rate(f.closure_rate)}</td><td align=right>{rate(f.on_time_rate)}</td>"
                       f"<td align=right>{f.overdue_now}</td></tr>" for f in report.trend)
        head = "".join(f"<th>{escape(h)}</th>" for h in (
            self.tr("Month"), self.tr("Reported"), self.tr("Closed"), self.tr("Closure rate"),
            self.tr("On-time rate"), self.tr("Overdue")))
        said = self.tr("%1 reported, %2 closed; closure rate %3, on-time rate %4; %5 overdue, %6 escalated, "
                       "%7 on the watch list.")
        for n, value in enumerate((t.reported, t.closed, rate(t.closure_rate), rate(t.on_time_rate),
                                   report.overdue_count, report.escalated_count, report.watch_count), start=1):
            said = said.replace(f"%{n}", str(value))
        self.preview.setHtml(f"<h3>{escape(report.township)} {escape(report.village or '')} {report.month}</h3>"
                             f"<p>{escape(said)}</p><table cellspacing=0 cellpadding=3 border=1>"
                             f"<tr>{head}</tr>{rows}</table>")

    @Slot()
    def export(self, kind: str) -> None:
        key = self._key()
        if key not in MADE_HERE:
            return
        op, scope, word = MADE_HERE[key]
        when = self.year.currentData() if scope == "year" else self.month.currentData()
        if not when:
            return
        village = self.village.currentData() if scope == "month and village" else None
        name = f"{self.village.currentText() if village else ''}{when} {word}.{kind}"
        path = save_path(self, "reports", self.tr("Export"), name,
                         "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)")
        if path is None:
            return
        args = (when, village, path) if scope == "month and village" else (when, path)
        self._export = self.runner.start(self, self.tr("Writing the report"), op, *args, progress=True,
                                         on_done=self._written)

    def _written(self, path) -> None:
        self._export = None
        self.sig_message.emit(self.tr("Written: %1").replace("%1", str(path)))

    def open_elsewhere(self) -> None:
        key = self._key()
        if key in ELSEWHERE:
            self.sig_show_dock.emit(ELSEWHERE[key])
