"""The performance dock (``performanceDock``): HR's month — ranking, a worker's sheet with every
input, adjustments with a reason, locking, the salary float table, career candidates, the
worker's history, and visit reminders. Pay and discipline only for HR and admin (one check, in
the core); long work in the background, every change an operation of the runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base.changes import Area, Changes
from gridcommand.base.enums import VisitMode
from gridcommand.ops import Can, allows, evaluation, may_see_pay, reports, visits
from gridcommand.ops.reference import lists

from ...labels import career_kind, choices
from ...messages import text
from ...ops import OpRunner
from ...widgets.files import save_path
from ...widgets.flow_layout import FlowLayout
from ...widgets.form import FormDialog, FormField
from ...widgets.panel import PanelDock
from ...widgets.row_table import row_table
from ...widgets.rows_model import ROW_ROLE, RowsModel
from ...worker import Task
from .history import HistoryChart
from .models import VillageFilter, candidate_columns, ranking_columns, reminder_columns, salary_columns
from .sheet import sheet_html

SALARY_TAB, CANDIDATES_TAB = 3, 4


class PerformanceDock(PanelDock):
    OBJECT_NAME = "performanceDock"

    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(self.tr("Performance"), self.OBJECT_NAME, runner, parent)
        self._task: Task | None = None     # computing the month
        self._export: Task | None = None   # writing a document
        self._again = False  # a change arrived while the month was being computed
        self._asked = False  # the user pressed Compute (a locked month then says why nothing changed)
        self.result: evaluation.MonthResult | None = None
        self.may_see_pay = may_see_pay(runner.actor)
        self.may_evaluate = allows(runner.actor, Can.EVALUATE)
        self.month = QComboBox(self)
        self.month.setObjectName("monthChooser")
        if allows(runner.actor, Can.VIEW_SCORES):  # the dock is not a chair's (§12.1)
            for label in runner.read(evaluation.months):  # none before the record began
                self.month.addItem(label, label)
        self.village = QComboBox(self)
        self.village.setObjectName("villageFilter")
        self._fill_villages()
        self.status = QLabel(self)
        self.ranking = RowsModel(ranking_columns(), self)
        self.ranking_proxy = VillageFilter(self)
        self.ranking_proxy.setSourceModel(self.ranking)
        self.salary = RowsModel(salary_columns(), self)
        self.candidates = RowsModel(candidate_columns(), self)
        self.reminders = RowsModel(reminder_columns(), self)
        # Each table's columns in the order HR decides by (logical columns: see models.py).
        self.ranking_view = self._table(self.ranking_proxy, "rankingTable", (1, 10, 11, 3, 4, 0, 2), sortable=True)
        self.salary_view = self._table(self.salary, "salaryTable", (1, 3, 9, 8, 7))
        self.candidate_view = self._table(self.candidates, "candidateTable", (1, 3, 4, 2, 0))
        self.reminder_view = self._table(self.reminders, "reminderTable", (0, 3, 5, 8, 7, 6, 1, 2))
        self.sheet = QTextBrowser(self)
        self.sheet.setObjectName("workerSheet")
        self.chart = HistoryChart(self)
        self.salary_total = QLabel(self)
        self.tabs = self._tabs()
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._top())
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.village.currentIndexChanged.connect(lambda: self.ranking_proxy.set_village(self.village.currentData()))
        self.month.currentIndexChanged.connect(self.evaluate)
        self.ranking_view.selectionModel().currentRowChanged.connect(self._show_worker)
        self.visibilityChanged.connect(self._first_show)

    # -- building blocks ------------------------------------------------------------------------

    def _tabs(self) -> QTabWidget:
        tabs = QTabWidget(self)
        tabs.setObjectName("performanceTabs")
        tabs.addTab(self.ranking_view, self.tr("Ranking"))
        tabs.addTab(self._with(self.sheet, [("adjust", self.tr("Adjust score…"), self.adjust)]),
                    self.tr("Worker's sheet"))
        tabs.addTab(self.chart, self.tr("History"))
        tabs.addTab(self._with(self.salary_view, [], self.salary_total), self.tr("Salary float"))
        tabs.addTab(self._with(self.candidate_view, [("approve", self.tr("Approve…"), lambda: self.decide(True)),
                                                     ("reject", self.tr("Reject…"), lambda: self.decide(False)),
                                                     ("candidates_pdf", self.tr("Candidates PDF…"), self.export_candidates)]),
                    self.tr("Candidates"))
        tabs.addTab(self._with(self.reminder_view, [("visit", self.tr("Log a visit…"), self.log_visit)]),
                    self.tr("Visits due"))
        for index in (SALARY_TAB, CANDIDATES_TAB):  # salary and discipline: HR and admin only
            tabs.setTabVisible(index, self.may_see_pay)
        for key in ("adjust", "approve", "reject"):
            self.buttons[key].setVisible(self.may_evaluate)
        self.buttons["visit"].setVisible(allows(self.runner.actor, Can.LOG_VISITS))
        return tabs

    def _top(self) -> QWidget:
        top = QWidget(self)
        flow = FlowLayout(top)
        for widget in (self.month, self.village):
            flow.addWidget(widget)
        for key, words, slot in (("evaluate", self.tr("Compute"), self.compute),
                                 ("lock", self.tr("Lock month"), self.lock),
                                 ("sheets", self.tr("Sheets PDF…"), self.export_sheets),
                                 ("ranking_export", self.tr("Ranking…"), lambda: self.export_table("ranking")),
                                 ("salary_export", self.tr("Salary table…"), lambda: self.export_table("salary"))):
            flow.addWidget(self.button(key, words, slot))
        for key in ("sheets", "salary_export"):
            self.buttons[key].setVisible(self.may_see_pay)
        self.buttons["lock"].setVisible(self.may_evaluate)
        return top

    def _table(self, model, name: str, first: tuple[int, ...], sortable: bool = False) -> QTableView:
        view = row_table(self, model, name, first)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(sortable)
        return view

    def _with(self, widget: QWidget, buttons, extra: QWidget | None = None) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget, 1)
        if extra is not None:
            layout.addWidget(extra)
        if buttons:
            row = QHBoxLayout()
            for key, text, slot in buttons:
                row.addWidget(self.button(key, text, slot))
            row.addStretch(1)
            layout.addLayout(row)
        return box

    def _fill_villages(self) -> None:
        chosen = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("All villages"), "")
        for option in self.runner.read(lists, workers=False).villages:
            self.village.addItem(option.label, option.label)
        self.village.setCurrentIndex(max(0, self.village.findData(chosen)))
        self.village.blockSignals(False)

    # -- loading --------------------------------------------------------------------------------

    @property
    def month_value(self) -> str:
        return self.month.currentData()

    @Slot(bool)
    def _first_show(self, visible: bool) -> None:
        """The month and the reminders are read when HR first looks at them, not at every start
        of the app (behind another tab, the dock is not on screen)."""
        if visible and self.result is None and self._task is None:
            self.evaluate()
            self.load_reminders()

    def purpose(self) -> str:
        return self.tr(
            "The monthly evaluation of the full-time grid workers: the ranking, each worker's sheet with the "
            "points behind every score, adjustments with a reason, the salary float, candidates for promotion "
            "or dismissal, and the key persons due a visit. A locked month never changes.")

    def concerns(self, changes: Changes) -> bool:
        return any(changes.touches(a) for a in (Area.EVALUATION, Area.VISITS, Area.REFERENCE,
                                                Area.SETTINGS))

    def refresh(self, changes: Changes) -> None:
        if changes.touches(Area.REFERENCE):
            self._fill_villages()
        if changes.touches(Area.VISITS) or changes.touches(Area.REFERENCE):
            self.load_reminders()
        if self.result is not None and (changes.touches_month(self.month_value)
                                        or changes.touches(Area.REFERENCE)
                                        or changes.touches(Area.SETTINGS)):
            self.evaluate()

    @Slot()
    def compute(self) -> None:
        """The button: compute the month — a locked one is read as it was locked, and said so."""
        self._asked = True
        self.evaluate()

    def _tell(self, words: str) -> None:
        """Why nothing happened: in a box, since the user pressed something and waits."""
        QMessageBox.information(self, self.windowTitle(), words)

    @Slot()
    def evaluate(self) -> None:
        """Compute the month (or read it, if locked) in the background."""
        if self._task is not None:
            self._again = True
            return
        self._task = self.runner.start(self, self.tr("Computing %1").replace("%1", self.month_value),
                                       evaluation.month, self.month_value, on_done=self._show)
        self._task.sig_finished.connect(self._finished)

    @Slot()
    def _finished(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.evaluate()

    def wait(self, ms: int = 60_000) -> None:
        """Tests and shutdown: let the background work finish."""
        for task in (self._task, self._export):
            if task is not None:
                task.wait(ms)

    def _show(self, month: evaluation.Month) -> None:
        """Show a month's results, keeping the worker selected (and the sheet shown) current."""
        chosen = self._current(self.ranking_view)
        self.result = result = month.result
        rows = list(result.workers)
        self.ranking.show(rows)
        self.ranking_view.sortByColumn(len(self.ranking.columns) - 2, Qt.SortOrder.DescendingOrder)
        if self.may_see_pay:
            self.salary.show(rows)
            total = sum(r.pay.total for r in rows if r.pay)
            floats = sum(r.pay.floating for r in rows if r.pay)
            self.salary_total.setText(self.tr("Total pay %1 yuan; float %2 yuan").replace("%1", f"{total:,.2f}")
                                      .replace("%2", f"{floats:+,.2f}"))
        self.candidates.show(list(month.candidates))
        state = self.tr("locked") if result.locked else self.tr("not locked")
        self.status.setText(self.tr("%1: %2 workers, %3").replace("%1", result.month)
                            .replace("%2", str(len(rows))).replace("%3", state))
        self.buttons["lock"].setEnabled(not result.locked)
        self.buttons["adjust"].setEnabled(not result.locked)
        if self._asked and result.locked:
            self.sig_message.emit(self.tr("%1 is locked: these are its results as locked; nothing was "
                                          "computed again.").replace("%1", result.month))
        self._asked = False
        if chosen is not None:
            self._select_worker(chosen.staff_no)

    def _select_worker(self, staff_no: str) -> None:
        for row in range(self.ranking_proxy.rowCount()):
            if self.ranking_proxy.index(row, 0).data(ROW_ROLE).staff_no == staff_no:
                self.ranking_view.selectRow(row)
                self._show_worker()
                return

    def load_reminders(self) -> None:
        self.reminders.show(self.runner.read(visits.reminders))

    def _current(self, view: QTableView):
        index = view.currentIndex()
        return view.model().data(index, ROW_ROLE) if index.isValid() else None

    def _show_worker(self, *_args) -> None:
        row = self._current(self.ranking_view)
        if row is None or self.result is None:
            return
        self.sheet.setHtml(sheet_html(row, self.result.month))
        self.chart.show_history(f"{row.name}({row.staff_no})", self.runner.read(evaluation.history, row.staff_id),
                                self.runner.read(evaluation.grades, self.result.month))

    # -- commands -------------------------------------------------------------------------------

    @Slot()
    def adjust(self) -> None:
        row = self._current(self.ranking_view)
        if row is None:
            self._tell(self.tr("Choose a worker in the ranking first."))
            return
        month = self.month_value
        fields = [FormField("points", self.tr("Points (+ or −)"), "line", True),
                  FormField("reason", self.tr("Reason (kept for the audit)"), "text", True)]
        dialog = FormDialog(self.tr("Adjust %1").replace("%1", row.name), fields, lambda v: self.runner.call(
            evaluation.adjust, month, row.staff_no, v["points"], v["reason"]), self)
        if dialog.exec():
            self._show(dialog.result_value)  # the month as recomputed with the adjustment

    @Slot()
    def lock(self) -> None:
        month = self.month_value
        answer = QMessageBox.question(self, self.tr("Lock month"), self.tr(
            "Lock %1? Its scores and pay will never change again.").replace("%1", month))
        if answer == QMessageBox.StandardButton.Yes:
            done, locked = self.runner.attempt(self, self.tr("Lock month"), evaluation.lock, month)
            if done:
                self._show(locked)

    def decide(self, approve: bool) -> None:
        row = self._current(self.candidate_view)
        if row is None:
            self._tell(self.tr("Choose a candidate in the list first."))
            return
        month = self.month_value
        title = (self.tr("Approve: %1") if approve else self.tr("Reject: %1")).replace("%1", row.name)
        dialog = FormDialog(title, [FormField("reason", self.tr("Reason"), "text", True)], lambda v: self.runner.call(
            evaluation.decide, month, row.staff_no, row.kind, approve, v["reason"]),
            self, text(row.finding))
        if dialog.exec():  # the candidate leaves the list: say where it went
            said = self.tr("Approved: %1 (%2). It leaves the candidates and is kept in their career record.") \
                if approve else self.tr("Rejected: %1 (%2). It leaves the candidates; the reason is kept.")
            self.sig_message.emit(said.replace("%1", row.name).replace("%2", career_kind(row.kind)))

    @Slot()
    def log_visit(self) -> None:
        row = self._current(self.reminder_view)
        if row is None:
            self._tell(self.tr("Choose a key person in the list first."))
            return
        workers = [(o.id, o.label) for o in self.runner.read(lists).workers]
        fields = [FormField("staff", self.tr("Visited by"), "combo", True, workers),
                  FormField("mode", self.tr("How"), "combo", True, choices(VisitMode)),
                  FormField("note", self.tr("Note"), "text")]
        FormDialog(self.tr("Visit to %1").replace("%1", row.name), fields, lambda v: self.runner.call(
            visits.log_visit, row.key_person_id, v["staff"], v["mode"], v["note"]), self).exec()

    # -- exports --------------------------------------------------------------------------------

    def _save_as(self, name: str, filters: str) -> Path | None:
        return save_path(self, "performance", self.tr("Export"), name, filters)

    def _export_with(self, title: str, op, *args, **kwargs) -> None:
        self._export = self.runner.start(self, title, op, *args, on_done=self._written, **kwargs)

    def _written(self, path) -> None:
        self.status.setText(self.tr("Written: %1").replace("%1", str(path)))
        self.sig_message.emit(self.status.text())

    @Slot()
    def export_sheets(self) -> None:
        path = self._save_as(f"{self.month_value} 考核表.pdf", "PDF (*.pdf)") if self.result else None
        if path is not None:
            self._export_with(self.tr("Writing the evaluation sheets"), reports.evaluation_sheets,
                              self.result, path, progress=True)

    def export_table(self, kind: str) -> None:
        title = "考核排名" if kind == "ranking" else "薪金浮动"
        path = self._save_as(f"{self.month_value} {title}.xlsx", "Excel (*.xlsx);;PDF (*.pdf)") \
            if self.result else None
        if path is not None:
            self._export_with(self.tr("Exporting"), reports.evaluation_table, kind, self.result, path)

    @Slot()
    def export_candidates(self) -> None:
        path = self._save_as(f"{self.month_value} 晋升淘汰候选.pdf", "PDF (*.pdf)")
        if path is not None:
            self._export_with(self.tr("Exporting"), reports.candidates_pdf, self.month_value, path)
