"""The meetings dock (``meetingsDock``): the chair's desk for the weekly joint review —
meetings, the agenda (drag to reorder, edit presenter and minutes), attendance, outcomes,
action items, projecting, and the agenda and minutes PDFs. Every change is an operation run by
the runner; the dock refreshes from the hub, whichever seat made the change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base import clock
from gridcommand.base.changes import Area, Changes
from gridcommand.base.errors import InputError
from gridcommand.ops import Can, administration, allows, meetings, reports
from gridcommand.ops.meetings import KINDS, OUTCOMES, AgendaView, ItemView
from gridcommand.ops.reference import lists

from ...labels import item_outcome, meeting_kind
from ...ops import OpRunner
from ...widgets.files import save_path
from ...widgets.form import FormDialog, FormField
from ...widgets.panel import PanelDock
from ...widgets.projector import open_projector
from ...widgets.row_table import ReadableColumn, row_table
from ...widgets.rows_model import ROW_ROLE, RowsModel
from ...worker import Task
from .models import ID_ROLE, AgendaModel, AttendanceModel, action_columns

CHAIR_BUTTONS = ("new", "build", "lock", "add", "drop", "backlog", "up", "down", "outcome", "done",
                 "person")


class MeetingsDock(PanelDock):
    OBJECT_NAME = "meetingsDock"

    sig_open_incident = Signal(int)
    """The chair opened the incident linked to an agenda item."""

    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(self.tr("Meetings"), self.OBJECT_NAME, runner, parent)
        self.view: AgendaView | None = None
        self.projector = None
        self._task: Task | None = None  # writing a PDF
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("meetingChooser")
        self.may_run = allows(runner.actor, Can.RUN_MEETINGS)  # else the meetings are only read
        self.agenda = AgendaModel(
            (lambda item, **edit: runner.call(meetings.update_item, item, **edit)) if self.may_run else None,
            (lambda item, position: runner.call(meetings.move_item, item, position)) if self.may_run else None,
            self)
        self.attendance = AttendanceModel(
            (lambda attendee, present: runner.call(meetings.set_present, attendee, present))
            if self.may_run else None, self)
        self.actions_model = RowsModel(action_columns(), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("agendaSummary")
        # The section fits its names when the agenda is read; the item takes the width left.
        self.table = row_table(self, self.agenda, "agendaTable", widths={2: 64, 3: 84, 4: 40, 5: 90})
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        ReadableColumn(self.table, 1, 220)  # the item's title: what the chair reads
        self.table.doubleClicked.connect(self._open_linked)
        self.people = QListView(self)
        self.people.setObjectName("attendanceList")
        self.people.setModel(self.attendance)
        self.action_table = row_table(self, self.actions_model, "actionTable")
        self.action_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        top = self.button_row([("new", self.tr("New meeting…"), self.new_meeting),
                         ("build", self.tr("Build agenda"), self.build),
                         ("lock", self.tr("Lock agenda"), self.lock),
                         ("project", self.tr("Project"), self.project),
                         ("agenda_pdf", self.tr("Agenda PDF…"), self.export_agenda),
                         ("minutes_pdf", self.tr("Minutes PDF…"), self.export_minutes)])
        item_row = self.button_row([("add", self.tr("Add item…"), self.add_item),
                              ("drop", self.tr("Drop"), self.drop_item),
                              ("backlog", self.tr("To backlog"), self.backlog_item),
                              ("up", self.tr("Up"), lambda: self.shift(-1)),
                              ("down", self.tr("Down"), lambda: self.shift(1)),
                              ("outcome", self.tr("Record outcome…"), self.record_outcome)])
        done_row = self.button_row([("done", self.tr("Mark done…"), self.mark_done)])
        people_row = self.button_row([("person", self.tr("Expect a person…"), self.add_person)])
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self._titled(self.tr("Attendance"), self.people, people_row))
        lower.addWidget(self._titled(self.tr("Open action items"), self.action_table, done_row))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._titled("", self.table, item_row))
        splitter.addWidget(lower)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        chooser = QHBoxLayout()
        chooser.addWidget(self.meeting, 1)
        layout.addLayout(chooser)
        layout.addWidget(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.setWidget(body)
        self.meeting.currentIndexChanged.connect(self.reload)
        for key in CHAIR_BUTTONS:
            self.buttons[key].setVisible(self.may_run)
        self.load_when_shown()

    # -- building blocks ------------------------------------------------------------------------

    def _titled(self, title: str, widget: QWidget, row: QWidget | None = None) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        if title:
            layout.addWidget(QLabel(f"<b>{title}</b>", box))
        layout.addWidget(widget, 1)
        if row is not None:
            layout.addWidget(row)
        return box

    # -- loading --------------------------------------------------------------------------------

    def purpose(self) -> str:
        return self.tr(
            "The weekly joint meeting: the agenda built from what is overdue, carded or escalated, each "
            "unit's slot and minutes, attendance, the projector view for the room, the outcome of each item "
            "and the action items decided, chased until done.")

    def concerns(self, changes: Changes) -> bool:
        return any(changes.touches(a) for a in (Area.MEETINGS, Area.ACTION_ITEMS, Area.REFERENCE))

    def refresh(self, _changes: Changes | None = None) -> None:
        """Reload the meetings and the one shown, keeping the meeting and the item selected."""
        item = self._selected_item()
        self.load_meetings(select=self.meeting_id)
        rows = [n for n, i in enumerate(self.agenda.items) if i.id == item]
        if rows:
            self.table.selectRow(rows[0])

    def load_meetings(self, select: int | None = None) -> None:
        rows = self.runner.read(meetings.meetings)
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for row in rows:
            lock = self.tr(" (locked)") if row.locked else ""
            self.meeting.addItem(row.title + lock, row.id)
        if select is not None:
            self.meeting.setCurrentIndex(max(0, self.meeting.findData(select)))
        self.meeting.blockSignals(False)
        self.reload()

    @property
    def meeting_id(self) -> int | None:
        return self.meeting.currentData()

    @Slot()
    def reload(self) -> None:
        self.view = self.runner.read(meetings.agenda, self.meeting_id) if self.meeting_id else None
        self.agenda.show(self.view)
        self.attendance.show(self.view.attendees if self.view else [])
        self.actions_model.show(self.runner.read(meetings.open_actions))
        self._update_summary()
        has, locked = self.view is not None, bool(self.view and self.view.locked)
        for key in ("build", "lock", "add", "drop", "backlog", "up", "down"):
            self.buttons[key].setEnabled(has and not locked)
        for key in ("project", "agenda_pdf", "minutes_pdf", "outcome", "person"):
            self.buttons[key].setEnabled(has)

    def _update_summary(self) -> None:
        if self.view is None:
            self.summary.setText(self.tr("No meeting yet: make one with “New meeting…”."))
            return
        total, length = self.view.total_minutes, self.view.length_minutes
        slots = [i for i in self.view.items if i.parent_id is None]
        text = self.tr("Planned %1 / %2 minutes · %3 items").replace("%1", str(total)).replace("%2", str(length)) \
            .replace("%3", str(len(slots)))
        if total > length:
            text += " — " + self.tr("longer than the meeting")
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #c5221f;" if total > length else "")

    def _selected_item(self) -> int | None:
        index = self.table.currentIndex()
        return self.agenda.data(index, ID_ROLE) if index.isValid() else None

    def _run(self, op, *args) -> bool:
        return self.runner.attempt(self, self.tr("Meetings"), op, *args)[0]

    # -- commands -------------------------------------------------------------------------------

    @Slot()
    def new_meeting(self) -> None:
        settings = self.runner.read(administration.meeting_settings)
        start = clock.local(settings.next_weekly(clock.now()))
        fields = [FormField("kind", self.tr("Kind"), "combo", True, [(key, meeting_kind(key)) for key in KINDS]),
                  FormField("date", self.tr("Date"), "date", True, default=f"{start:%Y-%m-%d}"),
                  FormField("time", self.tr("Time"), "time", True, default=f"{start:%H:%M}"),
                  FormField("chair", self.tr("Chair"), default=self.runner.actor.name),
                  FormField("location", self.tr("Place"))]

        def submit(v):
            try:
                when = dt.datetime.strptime(f"{v['date']} {v['time']}", "%Y-%m-%d %H:%M")
            except ValueError:
                raise InputError(self.tr("Date and time should read like 2026-11-30 09:00.")) from None
            return self.runner.call(meetings.create, when.replace(tzinfo=clock.SHANGHAI), v["kind"],
                                    v["chair"], v["location"])

        dialog = FormDialog(self.tr("New meeting"), fields, submit, self)
        if dialog.exec():
            self.load_meetings(select=dialog.result_value)

    @Slot()
    def build(self) -> None:
        self._run(meetings.build_agenda, self.meeting_id)

    @Slot()
    def lock(self) -> None:
        self._run(meetings.lock, self.meeting_id)

    def _options(self, which: str) -> list:
        """(id, label) choices of units or grid workers, with an empty one first."""
        return [(None, "")] + [(o.id, o.label) for o in getattr(self.runner.read(lists), which)]

    @Slot()
    def add_item(self) -> None:
        fields = [FormField("title", self.tr("Item"), "line", True), FormField("detail", self.tr("Detail"), "text"),
                  FormField("presenter", self.tr("Presenter")),
                  FormField("unit", self.tr("Unit"), "combo", False, self._options("units")),
                  FormField("minutes", self.tr("Minutes"), "line", True, default="5")]
        meeting_id = self.meeting_id
        FormDialog(self.tr("Add item"), fields, lambda v: self.runner.call(
            meetings.add_item, meeting_id, v["title"], v["detail"], v["minutes"], v["presenter"],
            v["unit"]), self).exec()

    @Slot()
    def drop_item(self) -> None:
        item = self._selected_item()
        if item is not None:
            self._run(meetings.drop_item, item)

    @Slot()
    def backlog_item(self) -> None:
        item = self._selected_item()
        if item is not None:
            self._run(meetings.to_backlog, item)

    def shift(self, step: int) -> None:
        row = self.table.currentIndex().row()
        if row < 0 or not 0 <= row + step < len(self.agenda.items):
            return
        item, other = self.agenda.items[row], self.agenda.items[row + step]
        if item.section != other.section:
            return  # sections keep the order of §5
        if self._run(meetings.move_item, item.id, other.position):
            self.refresh()
            self.table.selectRow(row + step)

    def _people_for(self, item: ItemView) -> list:
        """Grid workers to name as responsible: those of the item's grid first, then of its
        village's other grids, then everyone — typing part of a name finds anyone."""
        options = self.runner.read(lists)
        village = next((g.parent_id for g in options.grids if g.id == item.grid_id), None)
        in_village = {g.id for g in options.grids if g.parent_id == village} if village is not None else set()

        def nearness(worker) -> int:
            return 0 if worker.parent_id == item.grid_id is not None else 1 if worker.parent_id in in_village else 2
        return [(None, "")] + [(o.id, o.label) for o in sorted(options.workers, key=nearness)]

    @Slot()
    def record_outcome(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.view is None:
            return
        item = self.agenda.items[index.row()]
        if item.id is None:
            return
        # A decision is due a week after the meeting that takes it, whenever it is written down.
        due = clock.local(self.view.starts_at).date() + dt.timedelta(days=7)
        fields = [FormField("outcome", self.tr("Item outcome"), "combo", True, [(key, item_outcome(key)) for key in OUTCOMES]),
                  FormField("note", self.tr("What was decided or noted"), "text"),
                  FormField("unit", self.tr("Responsible unit (decision, dispatch)"), "combo", False,
                            self._options("units"), default=item.unit_id),
                  FormField("staff", self.tr("Responsible person (decision)"), "search", False,
                            self._people_for(item)),
                  FormField("due", self.tr("Due date (decision)"), "date", False, default=f"{due:%Y-%m-%d}")]
        item_id = item.id

        def submit(v):
            try:
                due_date = dt.date.fromisoformat(v["due"]) if v["due"] else None
            except ValueError:
                raise InputError(self.tr("The due date should read like 2026-11-30.")) from None
            return self.runner.call(meetings.record_outcome, item_id, v["outcome"], v["note"],
                                    v["unit"], v["staff"], due_date)

        FormDialog(self.tr("Record outcome"), fields, submit, self).exec()

    @Slot()
    def add_person(self) -> None:
        """Expect a person (a grid worker, a leader …) besides the units."""
        meeting_id = self.meeting_id
        fields = [FormField("staff", self.tr("Person"), "combo", True, self._options("workers")[1:])]
        FormDialog(self.tr("Expect a person"), fields,
                   lambda v: self.runner.call(meetings.add_attendee, meeting_id, v["staff"]), self).exec()

    @Slot()
    def mark_done(self) -> None:
        index = self.action_table.currentIndex()
        if not index.isValid():
            return
        action_id = self.actions_model.data(index, ROW_ROLE).id
        fields = [FormField("note", self.tr("How it was done"), "text", True)]
        FormDialog(self.tr("Mark done"), fields,
                   lambda v: self.runner.call(meetings.complete_action, action_id, v["note"]), self).exec()

    def _open_linked(self, index) -> None:
        item = self.agenda.items[index.row()] if index.isValid() else None
        if item is not None and item.incident_id is not None:
            self.sig_open_incident.emit(item.incident_id)

    @Slot()
    def project(self) -> None:
        if self.view is not None:
            self.projector = open_projector(self.view, self, lambda item_id: self.runner.read(meetings.brief, item_id))

    def _export(self, kind: str) -> None:
        suffix = self.tr("agenda") if kind == "agenda" else self.tr("minutes")
        name = f"{self.view.title} {suffix}.pdf"
        path = save_path(self, "meetings", self.tr("Save PDF"), name, "PDF (*.pdf)")
        if path:
            write = reports.agenda_pdf if kind == "agenda" else reports.minutes_pdf
            self._task = self.runner.start(
                self, self.tr("Save PDF"), write, self.meeting_id, path,
                on_done=lambda written: self.sig_message.emit(self.tr("Written: %1").replace("%1", str(written))))

    @Slot()
    def export_agenda(self) -> None:
        self._export("agenda")

    @Slot()
    def export_minutes(self) -> None:
        self._export("minutes")

