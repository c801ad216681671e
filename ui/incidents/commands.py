"""The moves of the closed loop as actions with shortcuts (menu, detail dock, keyboard).

Each action opens a small dialog that validates before the core commits; accept and dispatch
work on every selected incident at once. After a move, ``sig_changed`` carries what changed.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from gridcommand import reference
from gridcommand.database import Database
from gridcommand.enums import Action, AttachmentKind, Outcome
from gridcommand.errors import InputError
from gridcommand.incident_detail import IncidentDetail, load_detail
from gridcommand.models import Incident
from gridcommand.users import local_user
from gridcommand.workflow import Changes, Workflow, decide_extension, request_extension

from .form import FormDialog, FormField

DECIDE = "extension_decide"
BULK = (Action.ACCEPT.value, Action.DISPATCH.value)
SHORTCUTS = {
    Action.ACCEPT: "F2", Action.DISPATCH: "F3", Action.SIGN: "F4", Action.RETURN: "Shift+F4",
    Action.RESOLVE: "F6", Action.VERIFY_OK: "F7", Action.VERIFY_FAIL: "Shift+F7",
    Action.ESCALATE: "F9", Action.CANCEL: "Ctrl+Del", Action.MEDIATION_FAILED: "Ctrl+M",
    Action.EXTENSION_REQUEST: "Ctrl+E", DECIDE: "Ctrl+Shift+E", Action.ATTACH: "Ctrl+Shift+P",
}


class IncidentCommands(QObject):
    sig_changed = Signal(object)
    """A move was committed; carries the core's Changes."""
    sig_refused = Signal(str)
    """The key of a move not allowed now was pressed; carries the core's explanation."""

    def __init__(self, db: Database, window: QWidget, selected: Callable[[], list[int]],
                 shown: Callable[[], IncidentDetail | None]):
        """``selected``: ids of the selected incidents; ``shown``: the incident as the user sees
        it now (its version guards against overwriting another seat's change)."""
        super().__init__(window)
        self._db, self._window = db, window
        self._selected, self._shown = selected, shown
        self._allowed: set[str] = set()
        self._selected_statuses: set[str] = set()
        labels = {
            Action.ACCEPT: self.tr("&Accept…"), Action.DISPATCH: self.tr("&Dispatch…"),
            Action.SIGN: self.tr("&Sign in…"), Action.RETURN: self.tr("&Return…"),
            Action.RESOLVE: self.tr("Re&solve…"), Action.VERIFY_OK: self.tr("&Verify and close…"),
            Action.VERIFY_FAIL: self.tr("Verify &failed (rework)…"),
            Action.ESCALATE: self.tr("&Escalate…"), Action.CANCEL: self.tr("&Cancel incident…"),
            Action.MEDIATION_FAILED: self.tr("&Mediation failed…"),
            Action.EXTENSION_REQUEST: self.tr("Request e&xtension…"),
            DECIDE: self.tr("Decide e&xtension…"), Action.ATTACH: self.tr("Attach &photo or file…"),
        }
        self.actions: dict[str, QAction] = {}
        self._refusers: dict[str, QShortcut] = {}
        for key, label in labels.items():
            action = QAction(label, window)
            action.setObjectName(f"incident.{key}")
            action.setShortcut(QKeySequence(SHORTCUTS[key]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, k=str(key): self.trigger(k))
            self.actions[str(key)] = action
            # While the move is not allowed its action is disabled and takes no keys; this
            # shortcut then answers the key with the reason instead of silence.
            refuse = QShortcut(QKeySequence(SHORTCUTS[key]), window)
            refuse.activated.connect(lambda k=str(key): self.refuse(k))
            self._refusers[str(key)] = refuse
        self.update_state(set(), set())

    # -- enabling --------------------------------------------------------------------------------

    def update_state(self, allowed: set[str], selected_statuses: set[str],
                     pending_extension: bool = False) -> None:
        """``allowed``: moves allowed on the current incident; ``selected_statuses``: the states
        of every selected incident (for the bulk moves)."""
        self._allowed, self._selected_statuses = allowed, selected_statuses
        for key, action in self.actions.items():
            if key == Action.ACCEPT:
                on = "reported" in selected_statuses
            elif key == Action.DISPATCH:
                on = "accepted" in selected_statuses
            elif key == DECIDE:
                on = pending_extension
            else:
                on = key in allowed
            action.setEnabled(on)
            self._refusers[key].setEnabled(not on)

    # -- running ---------------------------------------------------------------------------------

    @Slot(str)
    def refuse(self, key: str) -> None:
        detail = self._shown()
        if detail is None:
            self.sig_refused.emit(self.tr("Select an incident in the queue first."))
            return
        if key == DECIDE:
            self.sig_refused.emit(self.tr("%1 has no extension request waiting for a decision.")
                                  .replace("%1", detail.code))
            return
        with self._db.session() as session:
            incident = session.get(Incident, detail.id)
            reason = Workflow(session, None).refusal(incident, Action(key)) if incident else None
        if reason:
            self.sig_refused.emit(reason)

    def _commit(self, work: Callable[[Workflow], Changes]) -> Changes:
        with self._db.session() as session:
            workflow = Workflow(session, local_user(session))
            result = work(workflow)
            session.commit()
        self.sig_changed.emit(result)
        return result

    @Slot(str)
    def trigger(self, key: str) -> None:
        if key in BULK:
            self._bulk(key)
            return
        detail = self._shown()
        if detail is None:
            return
        fields, submit = self._form(key, detail)
        title = f"{self.actions[key].text().replace('&', '').rstrip('…')} — {detail.code}"
        FormDialog(title, fields, submit, self._window, detail.title).exec()

    def _bulk(self, key: str) -> None:
        wanted = "reported" if key == Action.ACCEPT else "accepted"
        ids = self._selected()
        if not ids:
            return
        with self._db.session() as session:
            details = [load_detail(session, i) for i in ids]
        targets = [(d.id, d.code, d.version) for d in details if d and d.status == wanted]
        skipped = [d.code for d in details if d and d.status != wanted]
        fields = self._bulk_fields(key)

        def submit(values):
            done, refused = 0, []
            for incident_id, code, version in targets:
                try:
                    self._commit(lambda wf, i=incident_id, v=version: self._bulk_move(wf, key, i, v, values))
                    done += 1
                except InputError as exc:
                    refused.append(f"{code}:{exc}")
            return done, refused + [self.tr("%1: not in the right state").replace("%1", c) for c in skipped]

        title = self.actions[key].text().replace("&", "").rstrip("…")
        intro = self.tr("%n incident(s) will be processed.", "", len(targets))
        dialog = FormDialog(title, fields, submit, self._window, intro)
        if dialog.exec() and dialog.result_value:
            done, refused = dialog.result_value
            if refused:
                QMessageBox.information(self._window, title, self.tr("%n done.", "", done) + "\n"
                                        + "\n".join(refused[:20]))

    def _bulk_fields(self, key: str) -> list[FormField]:
        if key == Action.ACCEPT:
            return [FormField("note", self.tr("Note"))]
        with self._db.session() as session:
            units = [(o.id, o.label) for o in reference.units(session)]
            workers = [(None, self.tr("(unchanged)"))] + [(o.id, o.label) for o in reference.grid_workers(session)]
        return [FormField("lead", self.tr("Lead unit"), "combo", True, units),
                FormField("co", self.tr("Co-units (report in separately)"), "checks", False, units),
                FormField("responsible", self.tr("Responsible person"), "combo", False, workers),
                FormField("note", self.tr("Note"))]

    @staticmethod
    def _bulk_move(wf: Workflow, key: str, incident_id: int, version: int, v: dict) -> Changes:
        if key == Action.ACCEPT:
            return wf.accept(incident_id, v["note"], version=version)
        return wf.dispatch(incident_id, v["lead"], v["co"], v["responsible"], v["note"], version=version)

    def _form(self, key: str, d: IncidentDetail):
        """Fields and the submit function of one move on incident ``d``."""
        i, version = d.id, d.version
        if key == Action.SIGN:
            units = [(u, name) for u, name in d.unsigned_unit_ids]
            return ([FormField("unit", self.tr("Unit signing in"), "combo", True, units)],
                    lambda v: self._commit(lambda wf: wf.sign(i, v["unit"], version)))
        if key == Action.RETURN:
            return ([FormField("reason", self.tr("Reason for returning"), "text", True)],
                    lambda v: self._commit(lambda wf: wf.return_(i, v["reason"], version)))
        if key == Action.RESOLVE:
            return ([FormField("result", self.tr("Result"), "text", True),
                     FormField("photo", self.tr("Photo after (optional)"), "file")],
                    lambda v: self._commit(lambda wf: wf.resolve(i, v["result"], _read(v["photo"]), version)))
        if key == Action.VERIFY_OK:
            outcomes = [(o.value, o.label) for o in Outcome]
            ratings = [(None, self.tr("(not asked)"))] + [(n, str(n)) for n in range(5, 0, -1)]
            return ([FormField("outcome", self.tr("Outcome"), "combo", True, outcomes),
                     FormField("duplicate_of", self.tr("Original incident code (duplicates)")),
                     FormField("satisfaction", self.tr("Resident satisfaction"), "combo", False, ratings),
                     FormField("note", self.tr("Note"))],
                    lambda v: self._commit(lambda wf: wf.verify_ok(
                        i, v["outcome"], v["duplicate_of"] or None, v["satisfaction"], v["note"], version)))
        if key == Action.VERIFY_FAIL:
            return ([FormField("reason", self.tr("What is still wrong"), "text", True)],
                    lambda v: self._commit(lambda wf: wf.verify_fail(i, v["reason"], version)))
        if key == Action.ESCALATE:
            return ([FormField("note", self.tr("Why"), "text")],
                    lambda v: self._commit(lambda wf: wf.escalate(i, v["note"], version)))
        if key == Action.CANCEL:
            return ([FormField("reason", self.tr("Reason for cancelling"), "line", True)],
                    lambda v: self._commit(lambda wf: wf.cancel(i, v["reason"], version)))
        if key == Action.MEDIATION_FAILED:
            return ([FormField("note", self.tr("What happened"), "text")],
                    lambda v: self._commit(lambda wf: wf.mediation_failed(i, v["note"], version)))
        if key == Action.EXTENSION_REQUEST:
            return ([FormField("hours", self.tr("More time"), "hours", True, default=24),
                     FormField("reason", self.tr("Reason"), "text", True)],
                    lambda v: self._commit(lambda wf: request_extension(wf, i, v["hours"], v["reason"], version)))
        if key == DECIDE:
            ext_id, hours, reason = d.pending_extension or (None, 24, "")
            return ([FormField("decision", self.tr("Decision"), "combo", True,
                               [(True, self.tr("Approve")), (False, self.tr("Reject"))]),
                     FormField("hours", self.tr("Time granted"), "hours", True, default=hours),
                     FormField("note", self.tr("Note (required to reject)"), "text")],
                    lambda v: self._commit(lambda wf: decide_extension(
                        wf, ext_id, v["decision"], v["hours"], v["note"])) if ext_id else _no_request())
        kinds = [(k.value, k.label) for k in AttachmentKind]
        return ([FormField("kind", self.tr("Kind"), "combo", True, kinds),
                 FormField("file", self.tr("File"), "file", True)],
                lambda v: self._commit(lambda wf: wf.attach(i, v["kind"], *_read(v["file"]))))


def _read(path: str) -> tuple[str, str, bytes] | None:
    if not path:
        return None
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取文件 {p.name}:{exc}") from None
    return p.name, mimetypes.guess_type(p.name)[0] or "application/octet-stream", data


def _no_request():
    raise InputError("没有待审批的延期申请")
