"""The report centre: one place to find every report. The reports made of tables (the monthly
closed-loop report, the units' ranking, the visits, the evaluation summary) are made here — a
period and a scope chosen, previewed, written as PDF or xlsx in the background; the documents
made where their work is done (agenda and minutes, evaluation sheets and tables, review reports)
are listed too, and open the panel that makes them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from gridcommand.base import clock
from gridcommand.base.changes import Area, Changes
from gridcommand.ops import Can, allows, reports
from gridcommand.ops.reference import lists
from gridcommand.ops.reports import Document, texts

from ...messages import text
from ...notices import issue_notices
from ...ops import OpRunner
from ...widgets.files import save_path
from ...widgets.flow_layout import FlowLayout
from ...widgets.panel import PanelDock
from ...worker import Task

PREVIEW_ROWS = 12  # of each table: the preview shows what the report holds, the file all of it
ELSEWHERE = {"meetings": "meetingsDock", "evaluation": "performanceDock", "reviews": "reviewsDock"}


class ReportsDock(PanelDock):
    OBJECT_NAME = "reportsDock"
    sig_show_dock = Signal(str)
    """Raise the dock (by object name) where a listed document is made."""

    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(self.tr("Reports"), self.OBJECT_NAME, runner, parent)
        self.list = QListWidget(self)
        self.list.setObjectName("reportsList")
        # The centre's own reports (gridcommand.ops.reports.REPORTS), then where the others are made.
        entries = [(key, text(report.title), report.needs) for key, report in reports.REPORTS.items()] + [
                   ("meetings", self.tr("Agenda and minutes of a meeting"), Can.VIEW_MEETINGS),
                   ("evaluation", self.tr("Evaluation sheets, ranking, salary table, career candidates"),
                    Can.VIEW_SCORES),
                   ("reviews", self.tr("Retrospective review reports"), Can.VIEW_REVIEWS)]
        for key, title, needs in entries:
            if allows(runner.actor, needs):
                item = QListWidgetItem(title, self.list)
                item.setData(Qt.ItemDataRole.UserRole, key)
        self.month = QComboBox(self)
        self.month.setObjectName("reportsMonth")
        self.village = QComboBox(self)
        self.village.setObjectName("reportsVillage")
        self.period = QComboBox(self)
        self.period.setObjectName("reportsPeriod")
        self.about = QLabel(self)
        self.about.setObjectName("reportsAbout")
        self.about.setWordWrap(True)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("reportsPreview")
        buttons = self.button_row([("pdf", self.tr("PDF…"), lambda: self.export("pdf")),
                                   ("xlsx", self.tr("xlsx…"), lambda: self.export("xlsx")),
                                   ("notices", self.tr("Supervision notices…"), self.send_notices),
                                   ("open", self.tr("Open that panel"), self.open_elsewhere)])
        # Stacked, not side by side: the dock is narrow beside the queue.
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * (self.list.count() + 1) + 8)
        choices = QWidget(self)
        row = FlowLayout(choices)
        for widget in (self.month, self.village, self.period):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "The whole township"
            row.addWidget(widget)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        for widget in (self.list, self.about, choices, buttons):
            column.addWidget(widget)
        column.addWidget(self.preview, 1)
        self.setWidget(body)
        self.document: Document | None = None
        self._reading: Task | None = None
        self._again = False
        self._export: Task | None = None
        self.list.currentRowChanged.connect(lambda _row: self._chosen())
        for combo in (self.month, self.village, self.period):
            combo.currentIndexChanged.connect(lambda: self.refresh(Changes.of(Area.INCIDENTS)))
        self.list.setCurrentRow(0)
        self.load_when_shown()

    def purpose(self) -> str:
        return self.tr(
            "The report centre: the monthly and weekly statistics, unit rankings and lists, previewed here "
            "and written as PDF or Excel for the period, village and month you choose.")

    def concerns(self, changes: Changes) -> bool:
        return any(changes.touches(area) for area in (Area.INCIDENTS, Area.REFERENCE, Area.EVALUATION, Area.VISITS))

    def _key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _scope(self) -> str:
        """What the chosen report is made for ("" when it is made elsewhere)."""
        kind = reports.REPORTS.get(self._key())
        return kind.scope if kind else ""

    def _chosen(self) -> None:
        key, scope = self._key(), self._scope()
        for widget in (self.buttons["pdf"], self.buttons["xlsx"], self.preview):
            widget.setVisible(bool(scope))
        self.month.setVisible(scope.startswith("month"))
        self.village.setVisible(scope == "month and village")
        self.period.setVisible(scope == "year or month")
        self.buttons["open"].setVisible(key in ELSEWHERE)
        self.buttons["notices"].setVisible(key == "unit_ranking" and allows(self.runner.actor, Can.MOVE_INCIDENTS))
        made_here = reports.REPORTS.get(key or "")
        self.about.setText(text(made_here.about) if made_here else {
            "meetings": self.tr("Made in the Meetings panel: choose a meeting, then export its agenda or minutes."),
            "evaluation": self.tr("Made in the Performance panel: choose a month, then export."),
            "reviews": self.tr("Made in the Reviews panel: choose a review, then export its report."),
        }.get(key, ""))
        if scope:  # read when on screen: not at start-up, not behind another dock's tab
            self.on_changes(Changes.everything())

    def _when(self) -> str | None:
        return self.period.currentData() if self._scope() == "year or month" else self.month.currentData()

    def _village(self) -> int | None:
        return self.village.currentData() if self._scope() == "month and village" else None

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.touches(Area.REFERENCE) or changes.touches(Area.EVALUATION) \
                or self.village.count() == 0:
            self._fill_choices()
        if not self._scope() or not self._when():
            self.document = None
            self.preview.setHtml("")
            return
        if self._reading is not None:  # read again when the running read ends
            self._again = True
            return
        reading = self.tr("Reading the figures…")
        self.preview.setHtml(f"<p>{escape(reading)}</p>")
        self._reading = self.runner.start(self, "", reports.preview, self._key(), self._when(), self._village(),
                                          on_done=self._show, show_progress=False)
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
        combos = (self.month, self.village, self.period)
        for combo in combos:
            combo.blockSignals(True)
        chosen_month, chosen_village, chosen_period = (combo.currentData() for combo in combos)
        this_month = clock.local(clock.now()).strftime("%Y-%m")
        months = [this_month] + [m for m in self.runner.read(reports.months) if m != this_month]
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
        self.period.clear()
        for period in self.runner.read(reports.periods):
            self.period.addItem(self.tr("Year %1").replace("%1", period) if len(period) == 4 else period, period)
        self.period.setCurrentIndex(max(0, self.period.findData(chosen_period)))
        for combo in combos:
            combo.blockSignals(False)

    def _show(self, document: Document) -> None:
        """The report as it will be written, each table's first rows (the document's own words)."""
        self.document = document
        parts = [f"<h3>{escape(document.title)}</h3><p>{escape(document.subtitle)}</p><p>{escape(document.said)}</p>"]
        for section, sheet, header, rows, formats in document.tables:
            head = "".join(f"<th>{escape(h)}</th>" for h in header)
            body = "".join("<tr>" + "".join(_cell(t) for t in texts(row, formats)) + "</tr>"
                           for row in rows[:PREVIEW_ROWS])
            more = len(rows) - PREVIEW_ROWS
            left = self.tr("… %n more rows in the file", "", more) if more > 0 else ""
            parts.append(f"<h4>{escape(section or sheet)}</h4><table cellspacing=0 cellpadding=3 border=1>"
                         f"<tr>{head}</tr>{body}</table><p>{escape(left)}</p>")
        self.preview.setHtml("".join(parts))

    @Slot()
    def export(self, kind: str) -> None:
        key, when, village = self._key(), self._when(), self._village()
        if key not in reports.REPORTS or not when:
            return
        place = self.village.currentText() if village else ""
        path = save_path(self, "reports", self.tr("Export"), f"{place}{when} {reports.REPORTS[key].file_name}.{kind}",
                         "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)")
        if path is None:
            return
        self._export = self.runner.start(self, self.tr("Writing the report"), reports.report, key, when, village,
                                         path, progress=True, on_done=self._written)

    def _written(self, path) -> None:
        self._export = None
        self.sig_message.emit(self.tr("Written: %1").replace("%1", str(path)))

    def send_notices(self) -> None:
        """督办通知单 to every unit with overdue or carded items: the ranking's units that must answer."""
        issue_notices(self, self.runner, None, self.sig_message.emit)

    def open_elsewhere(self) -> None:
        key = self._key()
        if key in ELSEWHERE:
            self.sig_show_dock.emit(ELSEWHERE[key])


SHORT = 16  # characters: a date, a rate, a count, a name — kept on one line; longer text wraps


def _cell(text: str) -> str:
    return f"<td style='white-space:nowrap'>{escape(text)}</td>" if len(text) <= SHORT else f"<td>{escape(text)}</td>"
