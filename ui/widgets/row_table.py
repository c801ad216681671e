"""The docks' tables of rows: whole rows selected one at a time, no row numbers, one line per
row, columns the user can arrange (``ColumnLayout``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

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
