"""The moves of the closed loop as actions with shortcuts (menu, detail dock, keyboard).

Each action opens a small dialog; on OK the runner performs the core operation, and a refusal
is shown in the dialog with what was typed kept. Accept and dispatch work on every selected
incident at once. A move checks the version of the incident the user was shown: if another
seat changed it meanwhile, the detail reloads and the dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from gridcommand.base.enums import Action, AttachmentKind, Outcome, Track
from gridcommand.base.errors import NotAllowed
from gridcommand.ops import Can, allows, incidents as moves, require
from gridcommand.ops.incidents import MOVES, IncidentDetail
from gridcommand.ops.queue import QueueRow
from gridcommand.ops.reference import lists

from ..actions import title_of
from ..display import satisfaction, track
from ..labels import choices
from ..messages import text
from ..ops import OpRunner
from ..widgets.form import FormDialog, FormField

DECIDE = "extension_decide"
BULK = {Action.ACCEPT.value: moves.accept_many, Action.DISPATCH.value: moves.dispatch_many}


class IncidentCommands(QObject):
    sig_refused = Signal(str)
    """The key of a move not allowed now was pressed; carries the core's explanation."""

    def __init__(self, runner: OpRunner, window: QWidget, selected: Callable[[], list[QueueRow]],
                 shown: Callable[[], IncidentDetail | None]):
        """``selected``: the selected queue rows; ``shown``: the incident as the user sees it
        now (its version guards against overwriting another seat's change)."""
        super().__init__(window)
        self._runner, self._window = runner, window
        self._selected, self._shown = selected, shown
        # What the signed-in roles allow at all (the core checks it again on every move).
        self._needs = {key: Can.DECIDE_EXTENSIONS if key == DECIDE else moves.MOVING for key in MOVES_SHOWN}
        self.actions: dict[str, QAction] = {}
        self._refusers: dict[str, QShortcut] = {}
        for key, shown in MOVES_SHOWN.items():
            action = QAction(self.tr(shown.label), window)
            action.setObjectName(f"incident.{key}")
            action.setShortcut(QKeySequence(shown.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, k=str(key): self.trigger(k))
            self.actions[str(key)] = action
            # While the move is not allowed its action is disabled and takes no keys; this
            # shortcut then answers the key with the reason instead of silence.
            refuse = QShortcut(QKeySequence(shown.shortcut), window)
            refuse.activated.connect(lambda k=str(key): self.refuse(k))
            self._refusers[str(key)] = refuse
        self.update_state(set(), set())

    def use_runner(self, runner: OpRunner) -> None:
        """Act through ``runner`` from now on (the county seat: the chosen item's township)."""
        self._runner = runner

    # -- enabling --------------------------------------------------------------------------------

    def update_state(self, allowed: set[str], selected_statuses: set[str],
                     pending_extension: bool = False) -> None:
        """``allowed``: moves allowed on the current incident; ``selected_statuses``: the states
        of every selected incident (for the bulk moves)."""
        for key, action in self.actions.items():
            if not allows(self._runner.actor, self._needs[key]):
                on = False
            elif key in BULK:
                on = bool(selected_statuses & set(MOVES[Action(key)].sources))
            elif key == DECIDE:
                on = pending_extension
            else:
                on = key in allowed
            action.setEnabled(on)
            self._refusers[key].setEnabled(not on)

    # -- running ---------------------------------------------------------------------------------

    @Slot(str)
    def refuse(self, key: str) -> None:
        try:
            require(self._runner.actor, self._needs[key])
        except NotAllowed as exc:
            self.sig_refused.emit(text(exc))
            return
        detail = self._shown()
        if detail is None:
            self.sig_refused.emit(self.tr("Select an incident in the queue first."))
            return
        if key == DECIDE:
            self.sig_refused.emit(self.tr("%1 has no extension request waiting for a decision.")
                                  .replace("%1", detail.code))
            return
        reason = self._runner.read(moves.refusal, detail.id, key)
        if reason:
            self.sig_refused.emit(text(reason))

    def _version(self, incident_id: int) -> int | None:
        """The version of the incident as the user sees it now (reloaded after another seat's
        change), checked by the move."""
        detail = self._shown()
        return detail.version if detail is not None and detail.id == incident_id else None

    @Slot(str)
    def trigger(self, key: str) -> None:
        if key in BULK:
            self._bulk(key)
            return
        detail = self._shown()
        if detail is None:
            return
        form = MOVES_SHOWN[key].form
        assert form is not None  # every move but the bulk ones has its dialog
        fields, submit = form(self, detail, self._submitting(detail.id))
        title = f"{title_of(self.actions[key])} — {detail.code}"
        FormDialog(title, fields, submit, self._window, detail.title).exec()

    def _bulk(self, key: str) -> None:
        rows = self._selected()
        if not rows:
            return
        sources = set(MOVES[Action(key)].sources)
        targets = [(r.id, r.version) for r in rows if r.status in sources]
        skipped = [self.tr("%1: not in the right state").replace("%1", r.code)
                   for r in rows if r.status not in sources]
        fields = self._bulk_fields(key, [r.id for r in rows if r.status in sources])

        def submit(v):
            if key == Action.ACCEPT:
                return self._runner.call(BULK[key], targets, v["note"])
            return self._runner.call(BULK[key], targets, v["lead"], v["co"], v["responsible"], v["note"])

        title = title_of(self.actions[key])
        intro = self.tr("%n incident(s) will be processed.", "", len(targets))
        dialog = FormDialog(title, fields, submit, self._window, intro)
        if key == Action.DISPATCH:
            _never_lead_as_co_unit(dialog)
        if dialog.exec() and dialog.result_value:
            refused = list(dialog.result_value.refused) + skipped
            if refused:
                QMessageBox.information(self._window, title, self.tr("%n done.", "", dialog.result_value.done)
                                        + "\n" + "\n".join(refused[:20]))

    def _bulk_fields(self, key: str, incident_ids: list[int]) -> list[FormField]:
        if key == Action.ACCEPT:
            return [FormField("note", self.tr("Note"))]
        options = self._runner.read(lists)
        units = [(o.id, o.label) for o in options.units]
        workers = [(None, self.tr("(unchanged)"))] + [(o.id, o.label) for o in options.workers]
        # No unit until one is chosen — one Enter must not send a question to the wrong office —
        # unless the incidents' category names its usual unit.
        usual = self._runner.read(moves.usual_unit, incident_ids) if incident_ids else None
        leads = [(None, self.tr("(choose the lead unit)"))] + units
        return [FormField("lead", self.tr("Lead unit"), "combo", True, leads, default=usual),
                FormField("co", self.tr("Co-units (report in separately)"), "checks", False, units),
                FormField("responsible", self.tr("Responsible person"), "combo", False, workers),
                FormField("note", self.tr("Note"))]

    def _submitting(self, incident_id: int) -> Callable[..., Callable[[dict], object]]:
        """``move(op, *getters)``: the submit function of a dialog on ``incident_id`` — the move
        ``op`` with the values the getters take from the form, checked against the version the
        user was shown."""
        def move(op, *getters):
            return lambda v: self._runner.call(op, incident_id, *(get(v) for get in getters),
                                               version=self._version(incident_id))
        return move

    # -- each move's dialog: (fields, submit) for incident ``d`` -----------------------------------

    def _sign(self, d: IncidentDetail, move) -> Form:
        return ([FormField("unit", self.tr("Unit signing in"), "combo", True, list(d.unsigned_unit_ids))],
                move(moves.sign, lambda v: v["unit"]))

    def _return(self, d: IncidentDetail, move) -> Form:
        return ([FormField("reason", self.tr("Reason for returning"), "text", True)],
                move(moves.return_, lambda v: v["reason"]))

    def _resolve(self, d: IncidentDetail, move) -> Form:
        return ([FormField("result", self.tr("Result"), "text", True),
                 FormField("photo", self.tr("Photo after (optional)"), "file")],
                move(moves.resolve, lambda v: v["result"], lambda v: v["photo"] or None))

    def _verify_ok(self, d: IncidentDetail, move) -> Form:
        outcomes = choices(Outcome)
        ratings = [(None, self.tr("(not asked)"))] + [(n, satisfaction(n)) for n in range(5, 0, -1)]
        return ([FormField("outcome", self.tr("Outcome"), "combo", True, outcomes),
                 FormField("duplicate_of", self.tr("Original incident code (duplicates)")),
                 FormField("satisfaction", self.tr("Resident satisfaction"), "combo", False, ratings),
                 FormField("note", self.tr("Note"))],
                move(moves.verify_ok, lambda v: v["outcome"], lambda v: v["duplicate_of"] or None,
                     lambda v: v["satisfaction"], lambda v: v["note"]))

    def _verify_fail(self, d: IncidentDetail, move) -> Form:
        return ([FormField("reason", self.tr("What is still wrong"), "text", True)],
                move(moves.verify_fail, lambda v: v["reason"]))

    def _escalate(self, d: IncidentDetail, move) -> Form:
        return [FormField("note", self.tr("Why"), "text")], move(moves.escalate, lambda v: v["note"])

    def _cancel(self, d: IncidentDetail, move) -> Form:
        return ([FormField("reason", self.tr("Reason for cancelling"), "line", True)],
                move(moves.cancel, lambda v: v["reason"]))

    def _mediation_failed(self, d: IncidentDetail, move) -> Form:
        return ([FormField("note", self.tr("What happened"), "text")],
                move(moves.mediation_failed, lambda v: v["note"]))

    def _request_extension(self, d: IncidentDetail, move) -> Form:
        return ([FormField("hours", self.tr("More time"), "hours", True, default=24),
                 FormField("reason", self.tr("Reason"), "text", True)],
                move(moves.request_extension, lambda v: v["hours"], lambda v: v["reason"]))

    def _decide_extension(self, d: IncidentDetail, move) -> Form:
        ext_id, hours, _reason = d.pending_extension or (None, 24, "")
        return ([FormField("decision", self.tr("Decision"), "combo", True,
                           [(True, self.tr("Approve")), (False, self.tr("Reject"))]),
                 FormField("hours", self.tr("Time granted"), "hours", True, default=hours),
                 FormField("note", self.tr("Note (required to reject)"), "text")],
                lambda v: self._runner.call(moves.decide_extension, ext_id, v["decision"], v["hours"], v["note"]))

    def _attach(self, d: IncidentDetail, move) -> Form:
        return ([FormField("kind", self.tr("Kind"), "combo", True, choices(AttachmentKind)),
                 FormField("file", self.tr("File"), "file", True)],
                move(moves.attach, lambda v: v["kind"], lambda v: v["file"]))

    def _mark_serious(self, d: IncidentDetail, move) -> Form:
        return ([FormField("reason", self.tr("Why it is a serious event"), "text", True)],
                move(moves.mark_serious, lambda v: v["reason"]))

    def _retrack(self, d: IncidentDetail, move) -> Form:
        tracks = [(t.value, track(t.value, centre=True)) for t in Track if t != d.track]
        return ([FormField("track", self.tr("New track"), "combo", True, tracks),
                 FormField("reason", self.tr("Why"), "text", True)],
                move(moves.retrack, lambda v: v["track"], lambda v: v["reason"]))

    def _relocate(self, d: IncidentDetail, move) -> Form:
        """The grid and the category (大类, or 大类/小类) as they should have been."""
        options = self._runner.read(lists, workers=False)
        grids = [(o.id, o.label) for o in options.grids]
        # Each 大类, then its 小类, in their order; a combo's data compares as text: "大类 id/小类 id".
        kinds = []
        for main in (o for o in options.categories if o.parent_id is None):
            kinds.append((f"{main.id}/", main.label))
            kinds += [(f"{main.id}/{o.id}", f"{main.label}/{o.label}") for o in options.categories
                      if o.parent_id == main.id]
        grid, category, sub = d.where

        def ids(v) -> list[int | None]:
            return [int(part) if part else None for part in v["kind"].split("/")]
        return ([FormField("grid", self.tr("Grid"), "combo", True, grids, grid),
                 FormField("kind", self.tr("Category"), "combo", True, kinds, f"{category}/{sub or ''}"),
                 FormField("reason", self.tr("Why"), "text", True)],
                move(moves.relocate, lambda v: v["grid"], lambda v: ids(v)[0], lambda v: ids(v)[1],
                     lambda v: v["reason"]))

    def _hand_down(self, d: IncidentDetail, move) -> Form:
        return ([FormField("reason", self.tr("Why it goes back to the township"), "text", True)],
                move(moves.hand_down, lambda v: v["reason"]))

    def _instruct(self, d: IncidentDetail, move) -> Form:
        return ([FormField("words", self.tr("The county's instruction"), "text", True)],
                move(moves.instruct, lambda v: v["words"]))

    def _read_instruction(self, d: IncidentDetail, move) -> Form:
        return [], move(moves.read_instruction)

    def _link_person(self, d: IncidentDetail, move) -> Form:
        """A key person of the incident's grid, or anyone by their ID number (the tenant of a
        house that burned, known only after the report)."""
        near = [(None, self.tr("(by ID number below)"))] + [
            (p.id, p.label) for p in self._runner.read(moves.nearby_persons, d.id)]
        return ([FormField("person", self.tr("Key person of this grid"), "combo", False, near),
                 FormField("id_number", self.tr("Or their ID number")),
                 FormField("note", self.tr("How they are concerned"))],
                move(moves.link_person, lambda v: v["person"], lambda v: v["id_number"] or None, lambda v: v["note"]))


def _never_lead_as_co_unit(dialog: FormDialog) -> None:
    """The co-units' list leaves out the unit chosen to lead (it is not its own co-unit)."""
    lead, co = dialog.editors["lead"], dialog.editors["co"]

    def hide_lead() -> None:
        for row in range(co.count()):
            item = co.item(row)
            is_lead = item.data(Qt.ItemDataRole.UserRole) == lead.currentData()
            if is_lead:
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setHidden(is_lead)
    lead.currentIndexChanged.connect(hide_lead)
    hide_lead()


Form = tuple[list[FormField], Callable[[dict], object]]


@dataclass(frozen=True)
class Shown:
    """A move as the window offers it: its key, its menu label (translated in the
    "IncidentCommands" context) and the method that builds its dialog (None: a bulk move, with
    its own dialog over the selected rows)."""

    shortcut: str
    label: str
    form: Callable[[IncidentCommands, IncidentDetail, Callable], Form] | None


# The moves of the incident menu, in its order. Adding a move: its operation in
# gridcommand.ops.incidents, a dialog method above, and one line here.
MOVES_SHOWN: dict[str, Shown] = {
    Action.ACCEPT: Shown("F2", QT_TRANSLATE_NOOP("IncidentCommands", "&Accept…"), None),
    Action.DISPATCH: Shown("F3", QT_TRANSLATE_NOOP("IncidentCommands", "&Dispatch…"), None),
    Action.SIGN: Shown("F4", QT_TRANSLATE_NOOP("IncidentCommands", "&Sign in…"), IncidentCommands._sign),
    Action.RETURN: Shown("Shift+F4", QT_TRANSLATE_NOOP("IncidentCommands", "&Return…"), IncidentCommands._return),
    Action.RESOLVE: Shown("F6", QT_TRANSLATE_NOOP("IncidentCommands", "Re&solve…"), IncidentCommands._resolve),
    Action.VERIFY_OK: Shown("F7", QT_TRANSLATE_NOOP("IncidentCommands", "&Verify and close…"),
                            IncidentCommands._verify_ok),
    Action.VERIFY_FAIL: Shown("Shift+F7", QT_TRANSLATE_NOOP("IncidentCommands", "Verify &failed (rework)…"),
                              IncidentCommands._verify_fail),
    Action.ESCALATE: Shown("F9", QT_TRANSLATE_NOOP("IncidentCommands", "&Escalate…"), IncidentCommands._escalate),
    Action.CANCEL: Shown("Ctrl+Del", QT_TRANSLATE_NOOP("IncidentCommands", "&Cancel incident…"),
                         IncidentCommands._cancel),
    Action.MEDIATION_FAILED: Shown("Ctrl+M", QT_TRANSLATE_NOOP("IncidentCommands", "&Mediation failed…"),
                                   IncidentCommands._mediation_failed),
    Action.EXTENSION_REQUEST: Shown("Ctrl+E", QT_TRANSLATE_NOOP("IncidentCommands", "Request e&xtension…"),
                                    IncidentCommands._request_extension),
    DECIDE: Shown("Ctrl+Shift+E", QT_TRANSLATE_NOOP("IncidentCommands", "Decide e&xtension…"),
                  IncidentCommands._decide_extension),
    Action.ATTACH: Shown("Ctrl+Shift+P", QT_TRANSLATE_NOOP("IncidentCommands", "Attach &photo or file…"),
                         IncidentCommands._attach),
    Action.MARK_SERIOUS: Shown("Ctrl+Shift+S", QT_TRANSLATE_NOOP("IncidentCommands", "Mark as a seri&ous event…"),
                               IncidentCommands._mark_serious),
    Action.RETRACK: Shown("Ctrl+Shift+T", QT_TRANSLATE_NOOP("IncidentCommands", "Change &track…"),
                          IncidentCommands._retrack),
    Action.RELOCATE: Shown("Ctrl+Shift+G", QT_TRANSLATE_NOOP("IncidentCommands", "Correct &grid or category…"),
                           IncidentCommands._relocate),
    Action.LINK_PERSON: Shown("Ctrl+Shift+K", QT_TRANSLATE_NOOP("IncidentCommands", "Link a &key person…"),
                              IncidentCommands._link_person),
    Action.HAND_DOWN: Shown("Ctrl+Shift+H", QT_TRANSLATE_NOOP("IncidentCommands", "Return to the tow&nship…"),
                            IncidentCommands._hand_down),
    Action.INSTRUCT: Shown("Ctrl+Shift+J", QT_TRANSLATE_NOOP("IncidentCommands", "&Instruct…"),
                           IncidentCommands._instruct),
    Action.INSTRUCTION_READ: Shown("Ctrl+Shift+U", QT_TRANSLATE_NOOP("IncidentCommands",
                                                                     "Mark the county's instruction rea&d…"),
                                   IncidentCommands._read_instruction),
}
