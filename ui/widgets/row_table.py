"""The docks' tables of rows: whole rows selected one at a time, no row numbers, one line per
row, columns the user can arrange (``ColumnLayout``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .columns import ColumnLayout


def row_table(parent: QWidget, model: QAbstractItemModel, name: str, first: Sequence[int] = (),
              widths: Mapping[int, int] | None = None, fit: bool = True) -> QTableView:
    """``first``: the columns a user decides by, in that order; the others follow. The last
    column takes the width left (put the long text there); the others fit their rows (``fit``)
    or take ``widths``."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    ColumnLayout(table, first, widths, fit)
    return table


class ReadableColumn(QObject):
    """Keeps ``column`` (the one a user reads, stretched over the width left) at least ``least``
    pixels wide: on a narrow dock the table scrolls sideways instead of squeezing it to "…"."""

    def __init__(self, table: QTableView, column: int, least: int):
        super().__init__(table)
        self.table, self.column, self.least = table, column, least
        table.viewport().installEventFilter(self)  # its size is the table's once laid out
        table.model().modelReset.connect(lambda: QTimer.singleShot(0, self, self.fit))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        if self.table.viewport().width() - others >= self.least:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self.column, self.least)
