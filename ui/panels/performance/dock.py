"""The performance dock (``performanceDock``): HR's month — ranking, a worker's sheet with every
input, adjustments with a reason, locking, the salary float table, career candidates, the
worker's history, and visit reminders. Pay and discipline only for HR and admin (one check, in
the core); long work in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDockWidget, QFileDialog, QHBoxLayout,
                               QLabel, QMessageBox, QPushButton, QTableView, QTabWidget, QTextBrowser,
                               QVBoxLayout, QWidget)

from gridcommand import clock, reference
from gridcommand.database import Database
from gridcommand.errors import InputError
from gridcommand.evaluation import careers, service
from gridcommand.permissions import may_see_pay
from gridcommand.township import label as township_label
from gridcommand.users import local_user
from gridcommand.visit_reminders import log_visit, reminders

from ...flow_layout import FlowLayout
from ...incidents.form import FormDialog, FormField
from ...worker import Task
from ...rows_model import ROW_ROLE, RowsModel
from .models import (VillageFilter, candidate_columns, ranking_columns, reminder_columns,
                     salary_columns)
from .sheet import sheet_html

BANDS = ((90, 105, (46, 160, 67, 40)), (80, 90, (26, 115, 232, 35)), (60, 80, (224, 168, 0, 35)),
         (0, 60, (217, 48, 37, 35)))


class PerformanceDock(QDockWidget):
    OBJECT_NAME = "performanceDock"

    sig_changed = Signal()
    """Scores or careers changed (other seats learn it through the change counter)."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(self.tr("Performance"), parent)
        self.setObjectName(self.OBJECT_NAME)
        self._db = db
        self._task: Task | None = None
        self.result: dict | None = None
        with db.session() as session:
            self.may_see_pay = may_see_pay(local_user(session))
            villages = [o.label for o in reference.villages(session)]
            session.commit()
        self.month = QComboBox(self)
        self.month.setObjectName("monthChooser")
        today = clock.today().replace(day=1)
        for back in range(1, 25):
            first = (today - dt.timedelta(days=28 * back)).replace(day=1)
            label = first.strftime("%Y-%m")
            if self.month.findData(label) < 0:
                self.month.addItem(label, label)
        self.village = QComboBox(self)
        self.village.setObjectName("villageFilter")
        self.village.addItem(self.tr("All villages"), "")
        for name in villages:
            self.village.addItem(name, name)
        self.status = QLabel(self)
        self.ranking = RowsModel(ranking_columns(), self)
        self.ranking_proxy = VillageFilter(self)
        self.ranking_proxy.setSourceModel(self.ranking)
        self.salary = RowsModel(salary_columns(), self)
        self.candidates = RowsModel(candidate_columns(), self)
        self.reminders = RowsModel(reminder_columns(), self)
        self.ranking_view = self._table(self.ranking_proxy, "rankingTable", sortable=True)
        self.salary_view = self._table(self.salary, "salaryTable")
        self.candidate_view = self._table(self.candidates, "candidateTable")
        self.reminder_view = self._table(self.reminders, "reminderTable")
        self.sheet = QTextBrowser(self)
        self.sheet.setObjectName("workerSheet")
        self.chart = pg.PlotWidget(self)
        self.chart.setObjectName("historyChart")
        self.chart.setBackground("w")
        self.chart.setYRange(0, 105)
        self.salary_total = QLabel(self)
        self.buttons: dict[str, QPushButton] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("performanceTabs")
        self.tabs.addTab(self.ranking_view, self.tr("Ranking"))
        self.tabs.addTab(self._with(self.sheet, [("adjust", self.tr("Adjust score…"), self.adjust)]),
                         self.tr("Worker's sheet"))
        self.tabs.addTab(self.chart, self.tr("History"))
        self.tabs.addTab(self._with(self.salary_view, [], self.salary_total), self.tr("Salary float"))
        self.tabs.addTab(self._with(self.candidate_view, [("approve", self.tr("Approve…"), lambda: self.decide(True)),
                                                          ("reject", self.tr("Reject…"), lambda: self.decide(False)),
                                                          ("candidates_pdf", self.tr("Candidates PDF…"), self.export_candidates)]),
                         self.tr("Candidates"))
        self.tabs.addTab(self._with(self.reminder_view, [("visit", self.tr("Log a visit…"), self.log_visit)]),
                         self.tr("Visits due"))
        for index in (3, 4):  # salary and discipline: HR and admin only
            self.tabs.setTabVisible(index, self.may_see_pay)
        self.buttons["adjust"].setVisible(self.may_see_pay)
        top = QWidget(self)
        flow = FlowLayout(top)
        for widget in (self.month, self.village):
            flow.addWidget(widget)
        for key, text, slot in (("evaluate", self.tr("Compute"), self.evaluate),
                                ("lock", self.tr("Lock month"), self.lock),
                                ("sheets", self.tr("Sheets PDF…"), self.export_sheets),
                                ("ranking_export", self.tr("Ranking…"), lambda: self.export_table("ranking")),
                                ("salary_export", self.tr("Salary table…"), lambda: self.export_table("salary"))):
            flow.addWidget(self._button(key, text, slot))
        for key in ("lock", "sheets", "salary_export"):
            self.buttons[key].setVisible(self.may_see_pay)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.village.currentIndexChanged.connect(lambda: self.ranking_proxy.set_village(self.village.currentData()))
        self.month.currentIndexChanged.connect(self.evaluate)
        self.ranking_view.selectionModel().currentRowChanged.connect(self._show_worker)
        self.visibilityChanged.connect(self._first_show)
        self.load_reminders()

    @Slot(bool)
    def _first_show(self, visible: bool) -> None:
        """The month is computed when HR first looks at it, not at every start of the app."""
        if visible and self.result is None and self._task is None:
            self.evaluate()

    # -- building blocks ------------------------------------------------------------------------

    def _button(self, key, text, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"performance_{key}")
        button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    def _table(self, model, name: str, sortable: bool = False) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
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
                row.addWidget(self._button(key, text, slot))
            row.addStretch(1)
            layout.addLayout(row)
        return box

    # -- loading --------------------------------------------------------------------------------

    @property
    def month_value(self) -> str:
        return self.month.currentData()

    @Slot()
    def evaluate(self) -> None:
        """Compute the month (or read it, if locked) in the background."""
        month = self.month_value

        def work(_progress):
            with self._db.session() as session:
                result = service.evaluate(session, month, local_user(session))
                found = careers.candidates_for(session, month, local_user(session)) \
                    if self.may_see_pay and result["locked"] else []
                session.commit()
                return result, [c.as_dict() for c in found]

        self._start(self.tr("Computing %1").replace("%1", month), work, self._show)

    def _start(self, title, work, done) -> None:
        if self._task is not None:
            return
        self._task = Task(self, title, work, done, self._failed)
        self._task.sig_finished.connect(self._finished)
        self._task.start()

    @Slot()
    def _finished(self) -> None:
        self._task = None

    def wait(self, ms: int = 60_000) -> None:
        """Tests and shutdown: let the background work finish."""
        if self._task is not None:
            self._task.wait(ms)

    def _failed(self, exc, _trace) -> None:
        QMessageBox.warning(self, self.tr("Performance"), str(exc))

    def _show(self, outcome) -> None:
        self.result, found = outcome
        rows = self.result["workers"]
        self.ranking.show(rows)
        self.ranking_view.sortByColumn(len(self.ranking.columns) - 2, Qt.SortOrder.DescendingOrder)
        if self.may_see_pay:
            self.salary.show(rows)
            total = sum(r["pay"]["total"] for r in rows)
            floats = sum(r["pay"]["float"] for r in rows)
            self.salary_total.setText(self.tr("Total pay %1 yuan; float %2 yuan").replace("%1", f"{total:,.2f}")
                                      .replace("%2", f"{floats:+,.2f}"))
        self.candidates.show(found)
        state = self.tr("locked") if self.result["locked"] else self.tr("not locked")
        self.status.setText(self.tr("%1: %2 workers, %3").replace("%1", self.result["month"])
                            .replace("%2", str(len(rows))).replace("%3", state))
        self.buttons["lock"].setEnabled(not self.result["locked"])
        self.buttons["adjust"].setEnabled(not self.result["locked"])

    def load_reminders(self) -> None:
        with self._db.session() as session:
            self.reminders.show([r.as_dict() | {"key_person_id": r.key_person_id} for r in reminders(session)])

    def _current(self, view: QTableView) -> dict | None:
        index = view.currentIndex()
        return view.model().data(index, ROW_ROLE) if index.isValid() else None

    def _show_worker(self, *_args) -> None:
        row = self._current(self.ranking_view)
        if row is None:
            return
        self.sheet.setHtml(sheet_html(row, self.result["month"], self.may_see_pay))
        with self._db.session() as session:
            points = service.history(session, row["staff_id"])
        self.chart.clear()
        for low, high, colour in BANDS:
            band = pg.LinearRegionItem((low, high), orientation="horizontal", movable=False,
                                       brush=pg.mkBrush(*colour))
            band.setZValue(-10)
            self.chart.addItem(band)
        if points:
            xs = list(range(len(points)))
            self.chart.plot(xs, [p[1] for p in points], pen=pg.mkPen("#333", width=2), symbol="o")
            self.chart.getAxis("bottom").setTicks([[(x, p[0]) for x, p in zip(xs, points)]])
        self.chart.setTitle(f"{row['name']}({row['staff_no']})")

    # -- commands -------------------------------------------------------------------------------

    def _run(self, work) -> bool:
        try:
            with self._db.session() as session:
                work(session, local_user(session))
                session.commit()
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Performance"), str(exc))
            return False
        self.sig_changed.emit()
        return True

    @Slot()
    def adjust(self) -> None:
        row = self._current(self.ranking_view)
        if row is None:
            return
        month = self.month_value

        def submit(v):
            try:
                points = float(v["points"])
            except ValueError:
                raise InputError(self.tr("Points should be a number, e.g. 2 or -1.5.")) from None
            with self._db.session() as session:
                service.adjust(session, local_user(session), month, row["staff_no"], points, v["reason"])
                session.commit()

        fields = [FormField("points", self.tr("Points (+ or −)"), "line", True),
                  FormField("reason", self.tr("Reason (kept for the audit)"), "text", True)]
        if FormDialog(self.tr("Adjust %1").replace("%1", row["name"]), fields, submit, self).exec():
            self.evaluate()

    @Slot()
    def lock(self) -> None:
        month = self.month_value
        answer = QMessageBox.question(self, self.tr("Lock month"), self.tr(
            "Lock %1? Its scores and pay will never change again.").replace("%1", month))
        if answer == QMessageBox.StandardButton.Yes and self._run(lambda s, me: service.lock(s, me, month)):
            self.evaluate()

    def decide(self, approve: bool) -> None:
        row = self._current(self.candidate_view)
        if row is None:
            return
        month = self.month_value

        def submit(v):
            with self._db.session() as session:
                careers.decide(session, local_user(session), month, row["staff_no"], row["kind"], approve, v["reason"])
                session.commit()

        title = (self.tr("Approve: %1") if approve else self.tr("Reject: %1")).replace("%1", row["name"])
        if FormDialog(title, [FormField("reason", self.tr("Reason"), "text", True)], submit, self, row["finding"]).exec():
            self.sig_changed.emit()
            self.evaluate()

    @Slot()
    def log_visit(self) -> None:
        row = self._current(self.reminder_view)
        with self._db.session() as session:
            workers = [(o.id, o.label) for o in reference.grid_workers(session)]
        fields = [FormField("staff", self.tr("Visited by"), "combo", True, workers),
                  FormField("mode", self.tr("How"), "combo", True, [("door", "上门"), ("phone", "电话"), ("video", "视频")]),
                  FormField("note", self.tr("Note"), "text")]
        if row is None:
            return

        def submit(v):
            with self._db.session() as session:
                log_visit(session, local_user(session), row["key_person_id"], v["staff"], mode=v["mode"], note=v["note"])
                session.commit()

        if FormDialog(self.tr("Visit to %1").replace("%1", row["name"]), fields, submit, self).exec():
            self.load_reminders()
            self.sig_changed.emit()

    def _save_as(self, name: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), name, filters)
        return Path(path) if path else None

    @Slot()
    def export_sheets(self) -> None:
        from gridcommand.reports.evaluation_pdf import sheets_pdf

        if self.result is None:
            return
        path = self._save_as(f"{self.month_value} 考核表.pdf", "PDF (*.pdf)")
        if path is not None:
            result, township = self.result, self._township()
            self._start(self.tr("Writing the evaluation sheets"),
                        lambda progress: sheets_pdf(township, result, path, progress=progress),
                        lambda written: self.status.setText(self.tr("Written: %1").replace("%1", str(written))))

    def export_table(self, kind: str) -> None:
        from gridcommand.reports import evaluation_pdf as pdf
        from gridcommand.reports.xlsx import write_table

        if self.result is None:
            return
        title = "考核排名" if kind == "ranking" else "薪金浮动"
        path = self._save_as(f"{self.month_value} {title}.xlsx", "Excel (*.xlsx);;PDF (*.pdf)")
        if path is None:
            return
        result, township = self.result, self._township()
        header, rows = (pdf.RANKING_HEADER, pdf.ranking_rows) if kind == "ranking" else (pdf.SALARY_HEADER, pdf.salary_rows)
        to_pdf = pdf.ranking_pdf if kind == "ranking" else pdf.salary_pdf

        def work(_progress):
            if path.suffix.lower() == ".pdf":
                return to_pdf(township, result, path)
            return write_table(path, title, header, rows(result))

        self._start(self.tr("Exporting"), work,
                    lambda written: self.status.setText(self.tr("Written: %1").replace("%1", str(written))))

    @Slot()
    def export_candidates(self) -> None:
        from gridcommand.reports.evaluation_pdf import candidates_pdf

        path = self._save_as(f"{self.month_value} 晋升淘汰候选.pdf", "PDF (*.pdf)")
        if path is None:
            return
        with self._db.session() as session:
            found = careers.candidates_for(session, self.month_value, local_user(session))
        candidates_pdf(self._township(), self.month_value, found, path)

    def _township(self) -> str:
        with self._db.session() as session:
            return township_label(session)
