"""The retrospective reviews dock (``reviewsDock``, 事后倒查, SPEC §8): the reviews and their
state; one review's drafted findings, each with its evidence and the person and unit responsible
then; deciding them one by one from the keyboard (0 none, 1 minor, 2 major, 3 serious, each with
a reason); adding a finding; approving; the timeline; the report PDF. Leaders and
administrators work here; HR and duty staff read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from gridcommand.base import clock
from gridcommand.base.changes import Area, Changes
from gridcommand.base.enums import EventKind, FindingKind, Responsibility, ReviewState
from gridcommand.base.errors import InputError
from gridcommand.base.messages import said
from gridcommand.ops import Can, allows, reports, reviews
from gridcommand.ops.reference import lists
from gridcommand.ops.reviews import WINDOW_DAYS, FindingView, ReviewView

from ...labels import label
from ...ops import OpRunner
from ...widgets.files import save_path
from ...widgets.form import FormDialog, FormField
from ...widgets.panel import PanelDock
from ...widgets.row_table import row_table
from ...widgets.rows_model import ROW_ROLE, RowsModel
from .timeline import ReviewTimeline

LEVEL_KEYS = {Qt.Key.Key_0: Responsibility.NONE, Qt.Key.Key_1: Responsibility.MINOR,
              Qt.Key.Key_2: Responsibility.MAJOR, Qt.Key.Key_3: Responsibility.SERIOUS}
REVIEWER_BUTTONS = ("incident", "event", "redraft", "add", "approve", "none", "minor", "major", "serious")


class ReviewsDock(PanelDock):
    OBJECT_NAME = "reviewsDock"

    sig_open_incident = Signal(int)
    """The user opened an incident a finding rests on."""

    def __init__(self, runner: OpRunner, current_incident: Callable[[], object], parent: QWidget | None = None):
        """``current_incident``: the incident the detail dock shows (a review is opened on it)."""
        super().__init__(self.tr("Reviews"), self.OBJECT_NAME, runner, parent)
        self._current_incident = current_incident
        self.may_review = allows(runner.actor, Can.RUN_REVIEWS)
        self.view: ReviewView | None = None
        self.list_model = RowsModel([
            (self.tr("Code"), lambda r: r.code), (self.tr("Kind"), lambda r: label(EventKind, r.kind)),
            (self.tr("Event"), lambda r: clock.format_local(r.event_at)), (self.tr("Grid"), lambda r: r.grid),
            (self.tr("State"), lambda r: label(ReviewState, r.state)),
            (self.tr("Decided"), lambda r: f"{r.decided}/{r.findings}")], self)
        # What the reviewer decides by comes first; the finding's text takes the rest of the width.
        self.findings_model = RowsModel([
            (self.tr("No."), lambda f: f.number), (self.tr("Responsibility"), lambda f: label(Responsibility, f.level) or self.tr("Undecided")),
            (self.tr("Responsible then"), lambda f: f.responsible), (self.tr("Finding"), lambda f: f.summary)], self)
        self.list_table = self._table(self.list_model, "reviewList")
        self.list_table.setMaximumHeight(self.list_table.verticalHeader().defaultSectionSize() * 5)
        self.findings_table = self._table(self.findings_model, "findingTable")
        self.findings_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.findings_table.installEventFilter(self)
        self.findings_table.doubleClicked.connect(self._open_evidence)
        self.findings_table.selectionModel().currentRowChanged.connect(self._show_finding)
        self.list_table.selectionModel().currentRowChanged.connect(self._review_chosen)
        self.heading = QLabel(self)
        self.heading.setObjectName("reviewHeading")
        self.heading.setWordWrap(True)
        self.evidence = QLabel(self)
        self.evidence.setObjectName("findingEvidence")
        self.evidence.setWordWrap(True)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline = ReviewTimeline(self)
        top = self.button_row([("incident", self.tr("Review an incident…"), self.open_for_incident),
                         ("event", self.tr("Review an event…"), self.open_for_event),
                         ("redraft", self.tr("Draft again"), self.redraft),
                         ("approve", self.tr("Approve…"), self.approve),
                         ("pdf", self.tr("Report PDF…"), self.export_pdf)])
        decide = self.button_row([(level.value, f"{n} {label(Responsibility, level.value)}…", lambda _=False, lv=level: self.decide(lv))
                            for n, level in enumerate(Responsibility)]
                           + [("add", self.tr("Add a finding…"), self.add_finding)])
        # One above the other: on the right-hand third of a 1366-pixel screen the findings need
        # the dock's whole width.
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self._box([self.heading, self.findings_table, decide, self.evidence], 1))
        split.addWidget(self.timeline)
        split.setSizes([400, 150])
        body = self._box([top, self.list_table, split], 2)
        self.setWidget(body)
        for key in REVIEWER_BUTTONS:
            self.buttons[key].setVisible(self.may_review)
        self.may_view = allows(runner.actor, Can.VIEW_REVIEWS)  # else the main window hides the dock
        if self.may_view:
            self.load_when_shown()

    # -- building blocks ------------------------------------------------------------------------

    def _table(self, model, name: str) -> QTableView:
        table = row_table(self, model, name)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _box(self, widgets: list[QWidget], stretch_at: int) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(2, 2, 2, 2)
        for n, widget in enumerate(widgets):
            layout.addWidget(widget, 1 if n == stretch_at else 0)
        return box

    # -- loading --------------------------------------------------------------------------------

    def purpose(self) -> str:
        return self.tr(
            "Retrospective checks of serious incidents and events: the timeline of what was known when, the "
            "findings of responsibility per unit and person, decided one by one and approved; the report as a "
            "PDF.")

    def concerns(self, changes: Changes) -> bool:
        return self.may_view and changes.touches(Area.REVIEWS)

    def refresh(self, _changes: Changes | None = None) -> None:
        self.load(select=self.review_id, finding=self._finding_number())

    def load(self, select: int | None = None, finding: int | None = None) -> None:
        self.list_model.show(self.runner.read(reviews.reviews))
        rows = [n for n, r in enumerate(self.list_model.rows) if r.id == select] or [0]
        if self.list_model.rows:
            self.list_table.selectRow(rows[0])
        self._show_review(self.review_id, finding)

    @property
    def review_id(self) -> int | None:
        index = self.list_table.currentIndex()
        return self.list_model.data(index, ROW_ROLE).id if index.isValid() else None

    @Slot()
    def _review_chosen(self, *_args) -> None:
        self._show_review(self.review_id)

    def _show_review(self, review_id: int | None, finding: int | None = None) -> None:
        self.view = self.runner.read(reviews.review, review_id) if review_id else None
        self.findings_model.show(self.view.findings if self.view else [])
        self.timeline.show_timeline(self.runner.read(reviews.timeline, review_id)
                                    if review_id else None)
        self.heading.setText(self._heading())
        if self.view and self.view.findings:
            self.findings_table.selectRow(max(0, min(len(self.view.findings), finding or 1) - 1))
        open_ = self.view is not None and not self.view.locked
        for key in ("redraft", "add", "approve", "none", "minor", "major", "serious"):
            self.buttons[key].setEnabled(open_)
        self.buttons["pdf"].setEnabled(self.view is not None)

    def _heading(self) -> str:
        v = self.view
        if v is None:
            return self.tr("No review yet.") + (" " + self.tr("Open one on a serious incident or an event.")
                                                if self.may_review else "")
        text = self.tr("%1 · %2 · %3 · the %4 days before · %5").replace("%1", v.code) \
            .replace("%2", label(EventKind, v.kind)).replace("%3", clock.format_local(v.event_at)) \
            .replace("%4", str(v.window_days)).replace("%5", v.grid)
        if v.locked:
            text += " · " + self.tr("approved; counts in %1").replace("%1", v.effective_month or "")
        return f"<b>{text}</b><br>{v.description}"

    def _finding(self) -> FindingView | None:
        index = self.findings_table.currentIndex()
        return self.findings_model.data(index, ROW_ROLE) if index.isValid() else None

    def _finding_number(self) -> int | None:
        found = self._finding()
        return found.number if found else None

    @Slot()
    def _show_finding(self, *_args) -> None:
        f = self._finding()
        if f is None:
            self.evidence.setText("")
            return
        evidence, reason = self.tr("Evidence:"), self.tr("Reason:")
        facts = " · ".join((clock.format_local(f.occurred_at), label(FindingKind, f.kind), f.responsible))
        lines = [f"{f.number}. {f.summary}", facts, evidence] + [f"· {e.label}" for e in f.evidence]
        if f.reason:
            lines.append(f"{reason} {f.reason}")
        self.evidence.setText("\n".join(lines))

    @Slot()
    def _open_evidence(self, *_args) -> None:
        f = self._finding()
        incident = next((e.id for e in (f.evidence if f else ()) if e.kind == "incident"), None)
        if incident is not None:
            self.sig_open_incident.emit(incident)

    # -- the reviewer's work --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.findings_table and event.type() == QEvent.Type.KeyPress and self.may_review
                and isinstance(event, QKeyEvent) and event.key() in LEVEL_KEYS):
            self.decide(LEVEL_KEYS[Qt.Key(event.key())])
            return True
        return super().eventFilter(watched, event)

    def decide(self, level: Responsibility) -> None:
        """The selected finding's responsibility, with a reason; then on to the next undecided."""
        f, review_id = self._finding(), self.review_id
        if f is None or self.view is None or self.view.locked:
            return
        fields = [FormField("reason", self.tr("Reason"), "text", True, default=f.reason or "")]
        title = self.tr("Finding %1: %2").replace("%1", str(f.number)).replace("%2", label(Responsibility, level.value))
        dialog = FormDialog(title, fields, lambda v: self.runner.call(reviews.confirm, review_id, f.number,
                                                                        level.value, v["reason"]), self, f.summary)
        if dialog.exec():
            later = [x.number for x in self.view.findings if x.level is None and x.number != f.number]
            following = next((n for n in later if n > f.number), later[0] if later else f.number)
            self._show_review(review_id, following)

    @Slot()
    def add_finding(self) -> None:
        review_id = self.review_id
        options = self.runner.read(lists)
        fields = [FormField("summary", self.tr("What was found"), "text", True),
                  FormField("at", self.tr("When"), "datetime", True, default=clock.format_local(self.view.event_at)),
                  FormField("staff", self.tr("Person responsible then"), "combo", False,
                            [(None, "")] + [(o.id, o.label) for o in options.workers]),
                  FormField("unit", self.tr("Unit responsible then"), "combo", False,
                            [(None, "")] + [(o.id, o.label) for o in options.units]),
                  FormField("evidence", self.tr("Incidents it rests on (codes, comma separated)"))]

        def submit(v):
            codes = [c.strip() for c in v["evidence"].replace(",", ",").split(",") if c.strip()]
            proof = self.runner.read(reviews.evidence, [f"incident:{c}" for c in codes])
            return self.runner.call(reviews.add_finding, review_id, v["summary"], self._when(v["at"]),
                                    v["staff"], v["unit"], proof)
        dialog = FormDialog(self.tr("Add a finding"), fields, submit, self)
        if dialog.exec():
            self._show_review(review_id, dialog.result_value)

    def _when(self, text: str):
        try:
            return reviews.timestamp(text)
        except ValueError as exc:
            raise InputError(said(exc)) from None

    @Slot()
    def redraft(self) -> None:
        self.runner.attempt(self, self.tr("Draft again"), reviews.redraft, self.review_id)

    @Slot()
    def approve(self) -> None:
        review_id = self.review_id
        undecided = sum(f.level is None for f in self.view.findings)
        intro = self.tr("An approved review is locked. Its findings count in this month's evaluation "
                        "(or the next month HR has not locked) and in promotion and elimination.")
        fields = [FormField("conclusion", self.tr("Conclusion"), "text", True)]
        if undecided:
            intro += "\n\n" + self.tr("%1 findings are not decided yet: approving decides them "
                                       "as no responsibility, for the reason below.").replace("%1", str(undecided))
            fields.append(FormField("rest", self.tr("Why the undecided findings carry no responsibility"), "text", True))
        FormDialog(self.tr("Approve review"), fields,
                   lambda v: self.runner.call(reviews.approve, review_id, v["conclusion"], v.get("rest")),
                   self, intro).exec()

    def _scope_fields(self) -> list[FormField]:
        kinds = [(k.value, label(EventKind, k.value)) for k in EventKind]
        return [FormField("kind", self.tr("Kind of event"), "combo", True, kinds),
                FormField("days", self.tr("Days to look back"), "line", True, default=str(WINDOW_DAYS)),
                FormField("village", self.tr("Scope"), "combo", True,
                          [(False, self.tr("The event's grid")), (True, self.tr("Its whole village"))])]

    def _days(self, text: str) -> int:
        if not str(text).strip().isdigit():
            raise InputError(self.tr("Days to look back should be a whole number, like 90."))
        return int(text)

    @Slot()
    def open_for_incident(self) -> None:
        serious = self.runner.read(reviews.serious_incidents)
        shown = getattr(self._current_incident(), "code", None)
        options = [(i.id, f"{i.code}  {clock.format_local(i.reported_at)}  {i.title}") for i in serious]
        default = next((i.id for i in serious if i.code == shown), None)
        fields = [FormField("incident", self.tr("Serious incident"), "combo", True, options, default=default)]
        intro = self.tr("Serious incidents without a review, newest first. To review another incident, "
                        "select it in the queue and mark it as a serious event (Ctrl+Shift+S).")

        def submit(v):
            return self.runner.call(reviews.open_for_incident, v["incident"], v["kind"], self._days(v["days"]),
                                    v["village"])
        dialog = FormDialog(self.tr("Review a serious incident"), fields + self._scope_fields(), submit, self, intro)
        chosen, kind = dialog.editors["incident"], dialog.editors["kind"]
        likely = {i.id: i.kind.value for i in serious}

        def guess_kind() -> None:  # the reviewer may still change it
            kind.setCurrentIndex(kind.findData(likely.get(chosen.currentData(), EventKind.OTHER.value)))
        chosen.currentIndexChanged.connect(guess_kind)
        guess_kind()
        self._run_open(dialog)

    @Slot()
    def open_for_event(self) -> None:
        grids = [(o.id, o.label) for o in self.runner.read(lists).grids]
        fields = self._scope_fields()[:1] + [
            FormField("at", self.tr("When"), "datetime", True),
            FormField("grid", self.tr("Grid"), "combo", True, grids), FormField("place", self.tr("Place")),
            FormField("description", self.tr("What happened"), "text", True),
            FormField("persons", self.tr("Key persons involved (ID numbers, comma separated)"))] \
            + self._scope_fields()[1:]

        def submit(v):
            numbers = [n for n in v["persons"].replace(",", ",").split(",") if n.strip()]
            persons = self.runner.read(reviews.person_ids, numbers)
            event = reviews.NewEvent(v["kind"], self._when(v["at"]), v["grid"], v["place"], v["description"], persons)
            return self.runner.call(reviews.open_for_event, event, self._days(v["days"]), v["village"])
        self._run_open(FormDialog(self.tr("Review an event"), fields, submit, self))

    def _run_open(self, dialog: FormDialog) -> None:
        if dialog.exec():
            self.load(select=dialog.result_value)

    @Slot()
    def export_pdf(self) -> None:
        view = self.view
        if view is None:
            return
        path = save_path(self, "reviews", self.tr("Save the review report"), f"{view.code}.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.runner.start(self, self.tr("Writing %1").replace("%1", path.name), reports.review_pdf,
                              view.id, path, on_done=lambda written: self.sig_message.emit(
                                  self.tr("Written: %1").replace("%1", str(written))))
