"""The organisation panel 网格融合制 (SPEC §2): the tree county → township → village → grid →
micro-grid, each with its full-time worker, open and overdue incidents and key persons by
colour; the chosen grid's 1+3+N team below. Everyone looks; the administrator adds, edits and
moves grids and people, and hands a grid to another worker (kept as history)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QSplitter, QTreeView, QVBoxLayout, QWidget

from gridcommand.base.changes import Area, Changes
from gridcommand.ops import Can, allows, organisation as org
from gridcommand.ops.organisation import GridNode, OrgTree

from ...ops import OpRunner
from ...widgets.panel import PanelDock
from ...worker import Task
from . import forms
from .team import TeamView, persons_text

GRID_ROLE, VILLAGE_ROLE = Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2


def _row(text: str, worker: str, open_: int, overdue: int, persons: dict[str, int], grid_id: int | None,
         village_id: int) -> list[QStandardItem]:
    items = [QStandardItem(text), QStandardItem(worker), QStandardItem(str(open_)), QStandardItem(str(overdue)),
             QStandardItem(persons_text(persons))]
    for item in items:
        item.setEditable(False)
        item.setData(grid_id, GRID_ROLE)
        item.setData(village_id, VILLAGE_ROLE)
    for item in items[2:4]:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return items


def _sum(grids: list[GridNode]) -> dict[str, int]:
    total: dict[str, int] = {}
    for g in grids:
        for colour, n in g.key_persons.items():
            total[colour] = total.get(colour, 0) + n
    return total


class OrgDock(PanelDock):
    OBJECT_NAME = "orgDock"
    sig_drill = Signal(str, dict)
    """Show incidents in the queue: (status tab, filters)."""

    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(self.tr("Organisation"), self.OBJECT_NAME, runner, parent)
        self.tree: OrgTree | None = None
        self._rows: dict[tuple, list[QStandardItem]] = {}  # (village id, grid id) → the row's items
        self._reading: Task | None = None
        self._again = False
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.find = QLineEdit(self)
        self.find.setObjectName("orgFind")
        self.find.setPlaceholderText(self.tr("Find a village, grid or worker"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._filter)
        self.view = QTreeView(self)
        self.view.setObjectName("orgTree")
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.proxy.setFilterKeyColumn(-1)
        self.view.selectionModel().currentChanged.connect(lambda current, _previous: self._chosen(current))
        self.team = TeamView(self)
        self.team.sig_show_incidents.connect(self._show_incidents)
        admin = allows(runner.actor, Can.ADMINISTER)
        buttons = self.button_row([
            ("newGrid", self.tr("New grid…"), self.new_grid), ("editGrid", self.tr("Edit grid…"), self.edit_grid),
            ("moveGrid", self.tr("Move grid…"), self.move_grid), ("handOver", self.tr("Change responsible worker…"),
                                                                   self.hand_over),
            ("newPerson", self.tr("New member…"), self.new_person),
            ("editPerson", self.tr("Edit member…"), self.edit_person),
            ("movePerson", self.tr("Move member…"), self.move_person)])
        buttons.setVisible(admin)
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(4, 4, 4, 0)
        column.addWidget(self.find)
        column.addWidget(self.view, 1)
        bottom = QWidget(self)
        column = QVBoxLayout(bottom)
        column.setContentsMargins(4, 0, 4, 4)
        column.addWidget(self.team, 1)
        column.addWidget(buttons)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("orgSplit")
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.setWidget(split)
        self.load_when_shown()

    def purpose(self) -> str:
        return self.tr(
            "The organisation: villages, grids and their teams, full-time and part-time workers and grid "
            "leaders, key persons and who answers for them; hand a grid to another worker with the history "
            "kept.")

    def concerns(self, changes: Changes) -> bool:
        return any(changes.touches(area) for area in (Area.REFERENCE, Area.INCIDENTS, Area.VISITS))

    def _expanded(self) -> set[tuple]:
        """(village id, grid id) of the rows the user opened, to open them again after a refresh."""
        opened, rows = set(), [self.proxy.index(0, 0)]
        while rows:
            index = rows.pop()
            if index.isValid() and self.view.isExpanded(index):
                opened.add((index.data(VILLAGE_ROLE), index.data(GRID_ROLE)))
                rows += [self.proxy.index(n, 0, index) for n in range(self.proxy.rowCount(index))]
        return opened

    def refresh(self, changes: Changes | None = None) -> None:
        """Read the tree in the background (a city's takes a tenth of a second); a read asked for
        while one runs is made after it."""
        if self._reading is not None:
            self._again = True
            return
        self._reading = self.runner.start(self, "", org.tree, on_done=self._show, show_progress=False)
        self._reading.sig_finished.connect(self._read)

    def _read(self) -> None:
        self._reading = None
        if self._again:
            self._again = False
            self.refresh()

    def wait(self, ms: int = 60_000) -> None:
        if self._reading is not None:
            self._reading.wait(ms)

    @staticmethod
    def _shape(tree: OrgTree) -> tuple:
        return tuple((v.id, v.name, tuple((g.id, g.code, g.name, g.parent_id, g.worker) for g in v.grids))
                     for v in tree.villages)

    def _show(self, tree: OrgTree) -> None:
        """Only the counts change with the incidents: those cells are set; a new shape (grids or
        people changed) is built again, keeping what the user opened and chose."""
        chosen = self.grid_id()
        same = self.tree is not None and self._shape(tree) == self._shape(self.tree)
        self.tree = tree
        grids = [g for v in tree.villages for g in v.grids]
        counts = {(None, None): (sum(g.open_incidents for g in grids), sum(g.overdue for g in grids), _sum(grids))}
        for village in tree.villages:
            counts[(village.id, None)] = (sum(g.open_incidents for g in village.grids),
                                          sum(g.overdue for g in village.grids), _sum(village.grids))
            counts |= {(village.id, g.id): (g.open_incidents, g.overdue, g.key_persons) for g in village.grids}
        if same:
            for key, (open_, overdue, persons) in counts.items():
                for item, text in zip(self._rows[key][2:], (str(open_), str(overdue), persons_text(persons))):
                    if item.text() != text:
                        item.setText(text)
        else:
            self._build(tree, counts)
        if chosen is not None and self.select_grid(chosen):
            self.team.show_team(self.runner.read(org.team, chosen))
        elif chosen is not None:
            self.team.show_team(None)

    def _build(self, tree: OrgTree, counts: dict) -> None:
        opened = self._expanded()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Village / grid"), self.tr("Full-time worker"),
                                              self.tr("Open"), self.tr("Overdue"), self.tr("Key persons")])
        self._rows = {(None, None): _row(f"{tree.county}{tree.township}", "", *counts[(None, None)], None, 0)}
        place = self._rows[(None, None)]
        self.model.appendRow(place)
        for village in tree.villages:
            row = self._rows[(village.id, None)] = _row(village.name, "", *counts[(village.id, None)], None,
                                                        village.id)
            place[0].appendRow(row)
            for grid in village.grids:
                self._rows[(village.id, grid.id)] = _row(f"{grid.code} {grid.name}", grid.worker or "—",
                                                         *counts[(village.id, grid.id)], grid.id, village.id)
            for grid in village.grids:
                parent = self._rows.get((village.id, grid.parent_id), row) if grid.parent_id else row
                parent[0].appendRow(self._rows[(village.id, grid.id)])
        self.view.expandToDepth(0)
        for item in (place[0], *(place[0].child(n) for n in range(place[0].rowCount()))):
            self._reopen(item, opened)
        for column in range(1, 5):
            self.view.resizeColumnToContents(column)
        self.view.setColumnWidth(0, max(self.view.columnWidth(0), 220))

    def _reopen(self, item: QStandardItem, opened: set[tuple]) -> None:
        if (item.data(VILLAGE_ROLE), item.data(GRID_ROLE)) in opened:
            self.view.expand(self.proxy.mapFromSource(item.index()))
            for n in range(item.rowCount()):
                self._reopen(item.child(n), opened)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.view.expandAll()

    def grid_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(GRID_ROLE) if index.isValid() else None

    def village_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(VILLAGE_ROLE) or None if index.isValid() else None

    def select_grid(self, grid_id: int) -> bool:
        found = self.model.match(self.model.index(0, 0), GRID_ROLE, grid_id, 1,
                                 Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if not found:
            return False
        index = self.proxy.mapFromSource(found[0])
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _chosen(self, index) -> None:
        grid = index.data(GRID_ROLE) if index.isValid() else None
        self.team.show_team(None if grid is None else self.runner.read(org.team, grid))

    def _show_incidents(self, grid_id: int) -> None:
        self.sig_drill.emit("open", {"village_id": self.village_id(), "grid_id": grid_id})

    # -- the administrator's changes ------------------------------------------------------------

    def new_grid(self) -> None:
        village = self.village_id()
        if self.tree is None or village is None:
            return self.sig_message.emit(self.tr("Choose the village (or the grid) the new grid belongs to."))
        grid = self.grid_id()
        under = next((g for v in self.tree.villages for g in v.grids if g.id == grid), None)
        forms.new_grid(self.runner, self, self.tree, village, under)

    def _team_or_say(self):
        if self.team.team is None:
            self.sig_message.emit(self.tr("Choose a grid first."))
        return self.team.team

    def edit_grid(self) -> None:
        if team := self._team_or_say():
            forms.edit_grid(self.runner, self, team)

    def move_grid(self) -> None:
        if team := self._team_or_say():
            forms.move_grid(self.runner, self, self.tree, team)

    def hand_over(self) -> None:
        if team := self._team_or_say():
            forms.hand_over(self.runner, self, team)

    def new_person(self) -> None:
        if team := self._team_or_say():
            forms.new_person(self.runner, self, team)

    def _member_or_say(self):
        member = self.team.selected()
        if member is None:
            self.sig_message.emit(self.tr("Choose a member of the team first."))
        return member

    def edit_person(self) -> None:
        if member := self._member_or_say():
            forms.edit_person(self.runner, self, member)

    def move_person(self) -> None:
        if member := self._member_or_say():
            forms.move_person(self.runner, self, self.tree, member)
