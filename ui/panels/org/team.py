"""A grid's 1+3+N team as the org panel shows it: who the grid is, its people by role (phones
masked), its key persons by colour, its open incidents, and who answered for it when."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from gridcommand.base import clock
from gridcommand.base.enums import GridKind, PersonColour, StaffRole, StaffStatus
from gridcommand.ops.organisation import GridTeam, Member

from ...labels import joined, label
from ...widgets.row_table import row_table
from ...widgets.rows_model import ROW_ROLE, RowsModel

translate = QCoreApplication.translate


def persons_text(counts: dict[str, int]) -> str:
    """Key persons by colour, most urgent first: "Red 1, Orange 2"."""
    return joined(f"{label(PersonColour, c.value)} {counts[c.value]}" for c in reversed(PersonColour)
                  if counts.get(c.value)) or "—"


def _columns():
    def where(m: Member) -> str:
        return "" if m.here else translate("TeamView", "covers it too")

    return [(translate("TeamView", "Role"), lambda m: label(StaffRole, m.role)),
            (translate("TeamView", "Name"), lambda m: m.name),
            (translate("TeamView", "Staff no."), lambda m: m.staff_no),
            (translate("TeamView", "Phone"), lambda m: m.phone or "—"),
            (translate("TeamView", "Status"), lambda m: label(StaffStatus, m.status)),
            (translate("TeamView", "Note"), where)]


class TeamView(QWidget):
    sig_show_incidents = Signal(int)
    """The grid's open incidents, in the queue."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.team: GridTeam | None = None
        self.about = QLabel(self)
        self.about.setObjectName("orgTeamAbout")
        self.about.setWordWrap(True)
        self.model = RowsModel(_columns(), self)
        self.table = row_table(self, self.model, "orgTeamTable", fit=True)
        self.history = QLabel(self)
        self.history.setObjectName("orgTeamHistory")
        self.history.setWordWrap(True)
        self.incidents = QPushButton(self)
        self.incidents.setObjectName("orgTeamIncidents")
        self.incidents.clicked.connect(lambda: self.team and self.sig_show_incidents.emit(self.team.id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.about, self.table, self.history, self.incidents):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        self.show_team(None)

    def show_team(self, team: GridTeam | None) -> None:
        self.team = team
        self.model.show(team.members if team else [])
        self.incidents.setVisible(team is not None)
        if team is None:
            self.about.setText(self.tr("Choose a grid to see its team."))
            self.history.clear()
            return
        place = f"{team.village} · {team.parent} · {team.name}" if team.parent else f"{team.village} · {team.name}"
        size = self.tr("%1 households, %2 people").replace("%1", "—" if team.households is None else str(
            team.households)).replace("%2", "—" if team.population is None else str(team.population))
        self.about.setText(f"<b>{escape(team.code)} {escape(place)}</b> ({escape(label(GridKind, team.kind))}; "
                           f"{escape(size)})<br>" + escape(self.tr("Key persons: %1").replace(
                               "%1", persons_text(team.key_persons))))
        said = [self.tr("%1 from %2").replace("%1", who).replace("%2", clock.format_local(since, "%Y-%m-%d"))
                for since, who in team.responsible]
        self.history.setText(self.tr("Responsible grid worker: %1").replace("%1", joined(said) if said else "—"))
        self.incidents.setText(self.tr("Open incidents: %1, overdue %2 — show in the queue")
                               .replace("%1", str(team.open_incidents)).replace("%2", str(team.overdue)))
        self.incidents.setEnabled(team.open_incidents > 0)

    def selected(self) -> Member | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None
