"""A table's columns as its users arrange them. By default what the users decide by comes first
(``first``: logical columns in the order of their priority) at a width that shows it; the header's
context menu hides, shows and resets columns, sections are dragged into another order, and each
user's arrangement is kept on this PC (``MainWindow`` restores and saves every table's)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, Slot
from PySide6.QtWidgets import QMenu, QTableView

from ..settings import read_bytes

MAX_FITTED_WIDTH = 320  # a column fitted to its rows grows no wider: the long text is stretched


class ColumnLayout(QObject):
    def __init__(self, table: QTableView, first: Sequence[int] = (), widths: Mapping[int, int] | None = None,
                 fit: bool = False):
        """``fit``: the columns not given a width take their rows' width when the first rows
        arrive, unless the user's own arrangement was restored."""
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        for position, logical in enumerate(first):
            header.moveSection(header.visualIndex(logical), position)
        self.widths = dict(widths or {})
        for logical, width in self.widths.items():
            header.resizeSection(logical, width)
        self._default = header.saveState()
        self._fit_pending = fit
        if fit:
            table.model().modelReset.connect(self._fit)

    def key(self, user: str) -> str:
        return f"columns/{user}/{self.table.objectName()}"

    def restore(self, settings: QSettings, user: str) -> None:
        state = read_bytes(settings, self.key(user))
        if state is not None and self.table.horizontalHeader().restoreState(state):
            self._fit_pending = False

    def save(self, settings: QSettings, user: str) -> None:
        settings.setValue(self.key(user), self.table.horizontalHeader().saveState())

    @Slot()
    def _fit(self) -> None:
        if not self._fit_pending or self.table.model().rowCount() == 0:
            return
        self._fit_pending = False
        header = self.table.horizontalHeader()
        for logical in range(header.count()):
            if logical not in self.widths:
                self.table.resizeColumnToContents(logical)
                header.resizeSection(logical, min(header.sectionSize(logical), MAX_FITTED_WIDTH))

    @Slot()
    def reset(self) -> None:
        """The default columns, keeping the rows' order."""
        header = self.table.horizontalHeader()
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        header.restoreState(self._default)
        header.setSortIndicator(section, order)

    def menu(self) -> QMenu:
        """Every column in its place, ticked when shown (the last one shown cannot be hidden),
        and the default columns."""
        header, model = self.table.horizontalHeader(), self.table.model()
        menu = QMenu(self.table)
        shown = header.count() - header.hiddenSectionCount()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            hidden = header.isSectionHidden(logical)
            action = menu.addAction(str(model.headerData(logical, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not hidden)
            action.setEnabled(hidden or shown > 1)
            action.toggled.connect(lambda on, logical=logical: self._show(logical, on))
        menu.addSeparator()
        menu.addAction(self.tr("Default columns"), self.reset)
        return menu

    def _show(self, logical: int, on: bool) -> None:
        header = self.table.horizontalHeader()
        header.setSectionHidden(logical, not on)
        if on and header.sectionSize(logical) < header.minimumSectionSize() * 2:
            header.resizeSection(logical, self.widths.get(logical, header.defaultSectionSize()))

    @Slot(QPoint)
    def _show_menu(self, position: QPoint) -> None:
        self.menu().exec(self.table.horizontalHeader().mapToGlobal(position))
