"""Supervision notices 督办通知单 from the screens: Incident ▸ Supervision notices… for the units
of the incidents chosen in the queue (or, with none chosen, every unit with overdue or carded
items), and the same from the units' ranking in the report centre. What would be issued is shown
first — each unit with its items, how late, which cards — and the user unticks what should not
go; only then are the notices numbered and written as one PDF in the background."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base import clock
from gridcommand.base.enums import Status
from gridcommand.ops import notices
from gridcommand.ops.notices import NoticeItem, Planned

from .display import duration
from .labels import joined, label
from .ops import OpRunner
from .widgets.files import save_path
from .widgets.screen_fit import sized

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _cards(item: NoticeItem) -> str:
    said = [translate("Notices", "yellow %1").replace("%1", str(item.yellow_cards)) if item.yellow_cards else "",
            translate("Notices", "red %1").replace("%1", str(item.red_cards)) if item.red_cards else ""]
    return joined([s for s in said if s]) or "—"


class NoticePlanDialog(QDialog):
    """The notices that would be issued, every unit and item ticked; OK issues what stays ticked."""

    def __init__(self, planned: list[Planned], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticePlanDialog")
        self.setWindowTitle(translate("Notices", "Supervision notices to issue"))
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([
            translate("Notices", "Unit / incident"), translate("Notices", "Overdue"), translate("Notices", "Cards"),
            translate("Notices", "State"), translate("Notices", "Due"), translate("Notices", "Title")])
        for notice in planned:
            self.model.appendRow(self._unit_row(notice))
        self._syncing = False
        self.model.itemChanged.connect(self._ticked)
        self.tree = QTreeView(self)
        self.tree.setObjectName("noticePlanTree")
        self.tree.setModel(self.model)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        items = sum(len(n.items) for n in planned)
        intro = QLabel(translate("Notices", "%1 units, %2 incidents: each incident is overdue now or carries a card "
                                            "given to its unit. Untick what should not get a notice; nothing is "
                                            "numbered until you issue.").replace("%1", str(len(planned)))
                       .replace("%2", str(items)), self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Notices", "Issue…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        sized(self, 980, 560)

    @staticmethod
    def _unit_row(notice: Planned) -> list[QStandardItem]:
        unit = QStandardItem(notice.unit)
        unit.setCheckable(True)
        unit.setCheckState(Qt.CheckState.Checked)
        unit.setEditable(False)
        unit.setData(notice.unit_id, ID_ROLE)
        for item in notice.items:
            cells = [item.code, duration(item.late) if item.late else "—", _cards(item), label(Status, item.status),
                     clock.format_local(item.deadline, "%m-%d %H:%M") or "—", item.title]
            row = [QStandardItem(text) for text in cells]
            for cell in row:
                cell.setEditable(False)
            row[0].setCheckable(True)
            row[0].setCheckState(Qt.CheckState.Checked)
            row[0].setData(item.incident_id, ID_ROLE)
            unit.appendRow(row)
        count = QStandardItem(translate("Notices", "incidents: %1").replace("%1", str(len(notice.items))))
        count.setEditable(False)
        return [unit, count] + [QStandardItem("") for _ in range(4)]

    def _ticked(self, item: QStandardItem) -> None:
        """A unit ticked or unticked takes its items along; an item, its unit's box follows."""
        if self._syncing or not item.isCheckable():
            return
        self._syncing = True
        try:
            if item.parent() is None:
                state = item.checkState()
                if state != Qt.CheckState.PartiallyChecked:
                    for r in range(item.rowCount()):
                        item.child(r, 0).setCheckState(state)
            else:
                unit = item.parent()
                states = {unit.child(r, 0).checkState() for r in range(unit.rowCount())}
                unit.setCheckState(states.pop() if len(states) == 1 else Qt.CheckState.PartiallyChecked)
        finally:
            self._syncing = False

    def chosen(self) -> dict[int, list[int]]:
        """Unit → the incidents still ticked (a unit with none is left out)."""
        out = {}
        for r in range(self.model.rowCount()):
            unit = self.model.item(r, 0)
            ids = [unit.child(c, 0).data(ID_ROLE) for c in range(unit.rowCount())
                   if unit.child(c, 0).checkState() == Qt.CheckState.Checked]
            if ids:
                out[unit.data(ID_ROLE)] = ids
        return out


def issue_notices(parent: QWidget, runner: OpRunner, incident_ids: list[int] | None,
                  said: Callable[[str], None]) -> None:
    """Notices for the units of ``incident_ids``, or (None) for every unit that has items to
    answer for: shown, chosen, then written where the user says; ``said`` gets the line for the
    status bar."""
    title = translate("Notices", "Supervision notices")
    done, planned = runner.attempt(parent, title, notices.plan, None, incident_ids or None)
    if not done:
        return
    if not planned:
        QMessageBox.information(parent, title, translate(
            "Notices", "No unit holds an incident that is overdue or carded: no notice is needed."))
        return
    dialog = NoticePlanDialog(planned, parent)
    if not dialog.exec() or not (chosen := dialog.chosen()):
        return
    name = f"督办通知单 {clock.local(clock.now()):%Y-%m-%d}.pdf"  # the document's own name: it is Chinese
    path = save_path(parent, "notices", title, name, "PDF (*.pdf)")
    if path is None:
        return
    runner.start(parent, title, notices.issue, chosen, path,
                 on_done=lambda written: said(translate("Notices", "Written: %1").replace("%1", str(written[0]))))


def send_notices(window: QMainWindow) -> None:
    """From the menu: the incidents chosen in the queue, if any."""
    issue_notices(window, window.runner, [row.id for row in window.queue.selected_rows()] or None,
                  lambda line: window.statusBar().showMessage(line, 10_000))
