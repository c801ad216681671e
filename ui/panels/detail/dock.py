"""The incident detail dock (``detailDock``): one incident's facts, units and timeline.

Read-only for now; the workflow actions come with the closed-loop issue.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from gridcommand.database import Database
from gridcommand.enums import HoldingLevel, Source, Status, WarningColour
from gridcommand.incident_detail import IncidentDetail, load_detail

from ...display import WARNING_COLOURS, local_time


class DetailDock(QDockWidget):
    OBJECT_NAME = "detailDock"

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(self.tr("Incident detail"), parent)
        self.setObjectName(self.OBJECT_NAME)
        self._db = db
        self._incident_id: int | None = None
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("detailBrowser")
        self.browser.setOpenLinks(False)
        self.setWidget(self.browser)
        self.browser.setPlaceholderText(self.tr("Select an incident in the queue."))

    @property
    def incident_id(self) -> int | None:
        return self._incident_id

    @Slot(int)
    def show_incident(self, incident_id: int) -> None:
        self._incident_id = incident_id
        with self._db.session() as session:
            detail = load_detail(session, incident_id)
        self.browser.setHtml(self._html(detail) if detail else "")

    def refresh(self) -> None:
        if self._incident_id is not None:
            self.show_incident(self._incident_id)

    def _html(self, d: IncidentDetail) -> str:
        colour = WARNING_COLOURS[d.colour].name()
        facts = [
            (self.tr("Status"), Status(d.status).label),
            (self.tr("Category"), d.category + (f" / {d.subcategory}" if d.subcategory else "")),
            (self.tr("Village / grid"), f"{d.village} · {d.grid}"),
            (self.tr("Location"), d.location or ""),
            (self.tr("Source"), Source(d.source).label),
            (self.tr("Reporter"), " ".join(x for x in (d.reporter, d.reporter_phone) if x)),
            (self.tr("Reported"), local_time(d.reported_at)),
            (self.tr("Deadline"), local_time(d.deadline)),
            (self.tr("Level"), HoldingLevel(d.level).label),
            (self.tr("Handling unit"), d.unit or ""),
            (self.tr("Responsible"), d.responsible or ""),
            (self.tr("Result"), d.result or ""),
            (self.tr("Satisfaction"), "" if d.satisfaction is None else f"{d.satisfaction} / 5"),
        ]
        words = {"serious": self.tr("serious"), "units": self.tr("Units called in"),
                 "signed": self.tr("signed in %1"), "unsigned": self.tr("not signed in"),
                 "persons": self.tr("Key persons"), "timeline": self.tr("Timeline")}
        rows = "".join(f"<tr><td style='color:#666;padding-right:12px'>{escape(k)}</td>"
                       f"<td>{escape(v)}</td></tr>" for k, v in facts if v)
        parts = [
            f"<h3 style='margin-bottom:2px'>{escape(d.title)}</h3>",
            f"<p><b>{escape(d.code)}</b> &nbsp; <span style='color:{colour}'>●"
            f" {escape(WarningColour(d.colour).label)}</span>"
            + (f" &nbsp; <b style='color:#c5221f'>{escape(words['serious'])}</b>" if d.serious else "")
            + "</p>",
            f"<p>{escape(d.description)}</p>",
            f"<table>{rows}</table>",
        ]
        if d.units:
            def signed(u) -> str:
                return words["signed"].replace("%1", local_time(u.signed_at)) if u.signed_at \
                    else words["unsigned"]
            parts.append(f"<h4>{escape(words['units'])}</h4><table>" + "".join(
                f"<tr><td>{escape(u.name)}</td><td>{escape(u.role)}</td>"
                f"<td>{escape(signed(u))}</td></tr>" for u in d.units) + "</table>")
        if d.persons:
            parts.append(f"<h4>{escape(words['persons'])}</h4><p>" + "<br>".join(
                escape(f"{p.name}({p.colour}){p.id_number}") for p in d.persons) + "</p>")
        parts.append(f"<h4>{escape(words['timeline'])}</h4><table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#666'>{escape(local_time(e.at))}</td><td><b>{escape(e.action)}</b></td>"
            f"<td>{escape(e.actor)}</td><td>{escape((e.from_status or '') + ' → ' + e.to_status)}</td>"
            f"<td>{escape(e.note or '')}</td></tr>" for e in d.events) + "</table>")
        return "".join(parts)
