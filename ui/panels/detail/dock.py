"""The incident detail dock (``detailDock``): one incident's facts, the moves allowed now, its
photos and files, and the timeline of every step with who did it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base import clock
from gridcommand.base.changes import Area, Changes
from gridcommand.base.enums import (
    Action,
    AttachmentKind,
    HoldingLevel,
    PersonColour,
    RepeatReason,
    Source,
    Status,
    UnitRole,
    UserRole,
    WarningColour,
)
from gridcommand.ops import Can, allows, incidents
from gridcommand.ops.incidents import IncidentDetail

from ...display import WARNING_COLOURS, aside, countdown, local_time, rule_note, satisfaction, track
from ...labels import label
from ...ops import OpRunner
from ...widgets.flow_layout import FlowLayout
from ...widgets.panel import PanelDock

THUMB = 96


class DetailDock(PanelDock):
    OBJECT_NAME = "detailDock"
    # Kept current even behind another tab: the moves act on what it loaded (its version
    # guards against overwriting another seat's change), and it is one row.
    REFRESH_WHEN_HIDDEN = True

    sig_loaded = Signal(object)
    """The detail of the shown incident was (re)loaded; carries the IncidentDetail or None."""

    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(self.tr("Detail"), self.OBJECT_NAME, runner, parent)
        self._incident_id: int | None = None
        self.detail: IncidentDetail | None = None
        body = QWidget(self)
        self.action_bar = QWidget(body)
        self.action_bar.setObjectName("detailActions")
        self._buttons = FlowLayout(self.action_bar)
        self.browser = QTextBrowser(body)
        self.browser.setObjectName("detailBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setPlaceholderText(self.tr("Select an incident in the queue."))
        self.photos = QListWidget(body)
        self.photos.setObjectName("detailPhotos")
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(THUMB, THUMB))
        self.photos.setFixedHeight(THUMB + 40)
        self.photos.setVisible(False)
        self.photos.itemActivated.connect(self._open_attachment)
        # Personal numbers stay masked until a role allowed to asks, and each look is logged.
        self.reveal_button = QPushButton(self.tr("Show full numbers…"), body)
        self.reveal_button.setObjectName("revealNumbers")
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_button.setVisible(False)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.photos)
        self.setWidget(body)

    def set_actions(self, actions: list[QAction]) -> None:
        """Buttons for the moves; each shows only while its action is enabled."""
        for action in actions:
            button = QToolButton(self.action_bar)
            button.setDefaultAction(action)
            button.setObjectName(f"button_{action.objectName()}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setVisible(action.isEnabled())
            action.changed.connect(lambda b=button, a=action: b.setVisible(a.isEnabled()))
            self._buttons.addWidget(button)

    @property
    def incident_id(self) -> int | None:
        return self._incident_id

    @Slot(int)
    def show_incident(self, incident_id: int) -> None:
        self._incident_id = incident_id
        self.detail = self.runner.read(incidents.detail, incident_id)
        self.browser.setHtml(self._html(self.detail) if self.detail else "")
        self.reveal_button.setVisible(bool(self.detail and (self.detail.reporter_phone or self.detail.persons))
                                      and allows(self.runner.actor, Can.UNMASK))
        self._show_attachments(self.detail)
        self.sig_loaded.emit(self.detail)

    @Slot()
    def reveal(self) -> None:
        done, found = self.runner.attempt(self, self.tr("Show full numbers"), incidents.reveal,
                                          self._incident_id)
        if not done:
            return
        lines = [f"{found.reporter or ''} {found.reporter_phone}"] if found.reporter_phone else []
        lines += [" ".join(x for x in person if x) for person in found.persons]
        QMessageBox.information(self, self.tr("Full numbers of %1").replace("%1", found.code),
                                "\n".join(lines) + "\n\n" + self.tr("This look is recorded in the audit log."))

    def purpose(self) -> str:
        return self.tr(
            "The chosen incident in full: its fields, its timeline of moves with who made them and when, "
            "photos, linked key persons and the units still to sign in. The moves allowed now are its "
            "buttons; personal numbers stay masked unless your role may see them.")

    def concerns(self, changes: Changes) -> bool:
        return changes.touches_incident(self._incident_id) or changes.touches(Area.REFERENCE)


    def refresh(self, _changes: Changes | None = None) -> None:
        if self._incident_id is not None:
            self.show_incident(self._incident_id)

    def _show_attachments(self, d: IncidentDetail | None) -> None:
        self.photos.clear()
        items = d.attachments if d else ()
        self.photos.setVisible(bool(items))
        if not items:
            return
        for a in items:
            item = QListWidgetItem(f"{label(AttachmentKind, a.kind)}\n{a.filename}", self.photos)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            if a.mime.startswith("image/"):
                pixmap = QPixmap()
                pixmap.loadFromData(self.runner.read(incidents.attachment, a.id)[2])
                if not pixmap.isNull():
                    item.setIcon(QIcon(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation)))

    @Slot(QListWidgetItem)
    def _open_attachment(self, item: QListWidgetItem) -> None:
        found = self.runner.read(incidents.attachment, item.data(Qt.ItemDataRole.UserRole))
        if found is None:
            return
        name, _mime, data = found
        pixmap = QPixmap()
        dialog = QDialog(self)
        dialog.setWindowTitle(name)
        label = QLabel(dialog)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap.loadFromData(data):
            label.setPixmap(pixmap)
        else:
            label.setText(self.tr("%1 (%2 bytes) cannot be shown here.").replace("%1", name)
                          .replace("%2", f"{len(data):,}"))
        scroll = QScrollArea(dialog)
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        QVBoxLayout(dialog).addWidget(scroll)
        dialog.resize(min(pixmap.width() + 40, 1400) or 400, min(pixmap.height() + 40, 900) or 200)
        dialog.exec()

    def _html(self, d: IncidentDetail) -> str:
        words = {"serious": self.tr("serious"), "units": self.tr("Units called in"),
                 "signed": self.tr("signed in %1"), "unsigned": self.tr("not signed in"),
                 "persons": self.tr("Key persons"), "timeline": self.tr("Timeline"),
                 "flagged": self.tr("for the weekly meeting"), "next": self.tr("Next: %1 at %2"),
                 "extension": self.tr("Extension requested: %1 h — %2"),
                 "repeat": self.tr("May repeat %1 (%2, text %3 alike): decide under Incident ▸ Likely repeats")}
        colour = WARNING_COLOURS[d.colour].name()
        left = countdown(d.step_warn_at, d.step_due_at, clock.now())[0] if d.step_due_at else ""
        facts = [
            (self.tr("Status"), aside(label(Status, d.status), left) if left else label(Status, d.status)),
            (self.tr("Category"), d.category + (f" / {d.subcategory}" if d.subcategory else "")),
            (self.tr("Track"), track(d.track, centre=True)),
            (self.tr("Village / grid"), f"{d.village} · {d.grid}"),
            (self.tr("Location"), d.location or ""),
            (self.tr("Source"), label(Source, d.source)),
            (self.tr("Reporter"), " ".join(x for x in (d.reporter, d.reporter_phone) if x)),
            (self.tr("Reported"), local_time(d.reported_at)),
            (self.tr("Deadline"), local_time(d.deadline)),
            (self.tr("Source's time limit"), local_time(d.limit_at) if d.limit_at else ""),
            (self.tr("Level"), label(HoldingLevel, d.level)),
            (self.tr("Handling unit"), d.unit or ""),
            (self.tr("Responsible"), d.responsible or ""),
            (self.tr("Result"), d.result or ""),
            (self.tr("Satisfaction"), "" if d.satisfaction is None else satisfaction(d.satisfaction)),
        ]
        rows = "".join(f"<tr><td style='color:#666;padding-right:12px'>{escape(k)}</td>"
                       f"<td>{escape(v)}</td></tr>" for k, v in facts if v)
        badges = [f"<span style='color:{colour}'>● {escape(label(WarningColour, d.colour))}</span>"]
        if d.serious:
            badges.append(f"<b style='color:#c5221f'>{escape(words['serious'])}</b>")
        if d.flagged:
            badges.append(f"<b style='color:#b06000'>⚑ {escape(words['flagged'])}</b>")
        parts = [f"<h3 style='margin-bottom:2px'>{escape(d.title)}</h3>",
                 f"<p><b>{escape(d.code)}</b> &nbsp; " + " &nbsp; ".join(badges) + "</p>",
                 f"<p>{escape(d.description)}</p>", f"<table>{rows}</table>"]
        if d.next_event:
            when, what = d.next_event
            what = {"yellow": self.tr("yellow card"), "red": self.tr("red card"),
                    "escalate": self.tr("escalation to the township")}[what]
            parts.append("<p style='color:#b06000'>" + escape(
                words["next"].replace("%1", what).replace("%2", local_time(when))) + "</p>")
        if d.pending_extension:
            _id, hours, reason = d.pending_extension
            parts.append("<p style='color:#1a73e8'>" + escape(
                words["extension"].replace("%1", f"{hours:g}").replace("%2", reason)) + "</p>")
        if d.repeat_of:
            code, why, alike = d.repeat_of
            parts.append("<p style='color:#b06000'>" + escape(words["repeat"].replace("%1", code).replace(
                "%2", label(RepeatReason, why)).replace("%3", f"{alike:.0%}")) + "</p>")
        if d.units:
            def signed(u) -> str:
                return words["signed"].replace("%1", local_time(u.signed_at)) if u.signed_at \
                    else words["unsigned"]
            parts.append(f"<h4>{escape(words['units'])}</h4><table>" + "".join(
                f"<tr><td>{escape(u.name)}</td><td>{escape(label(UnitRole, u.role))}</td>"
                f"<td>{escape(signed(u))}</td></tr>" for u in d.units) + "</table>")
        if d.persons:
            parts.append(f"<h4>{escape(words['persons'])}</h4><p>" + "<br>".join(
                escape(f"{p.name}({label(PersonColour, p.colour)}){p.id_number}") for p in d.persons) + "</p>")
        parts.append(f"<h4>{escape(words['timeline'])}</h4><table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#666'>{escape(local_time(e.at))}</td><td><b>{escape(label(Action, e.action))}</b></td>"
            f"<td>{escape(label(UserRole, UserRole.SYSTEM) if e.by_rules else e.actor)}</td>"
            f"<td>{escape(label(Status, e.from_status) + ' → ' + label(Status, e.to_status))}</td>"
            f"<td>{escape(rule_note(e.note))}</td></tr>" for e in d.events) + "</table>")
        return "".join(parts)
