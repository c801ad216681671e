"""A short list the administrator keeps (accounts, handling units, categories): a table of its
rows, buttons that act on the chosen one, read again whenever any seat changes what it shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from gridcommand.base.changes import Area, Changes

from ..ops import OpRunner
from ..widgets.row_table import row_table
from ..widgets.rows_model import ROW_ROLE, RowsModel
from ..widgets.screen_fit import sized


class ListDialog(QDialog):
    def __init__(self, runner: OpRunner, name: str, title: str, columns, load: Callable[[], list], area: Area,
                 parent: QWidget | None = None, first: tuple[int, ...] = ()):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        sized(self, 760, 460)
        self.runner, self._load, self._area = runner, load, area
        self.model = RowsModel(columns, self)
        self.table = row_table(self, self.model, f"{name}Table", first)
        self.buttons: dict[str, QPushButton] = {}
        self._row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._row)
        runner.hub.sig_changes.connect(self._on_changes)
        self.reload()

    def add_buttons(self, specs: list[tuple[str, str, Callable[[], None]]], on_double_click: Callable[[], None]
                    ) -> None:
        """(object name, text, slot) of each button, by name in ``buttons``."""
        for name, text, slot in specs:
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self._row.addWidget(button)
            self.buttons[name] = button
        self._row.addStretch(1)
        self.table.doubleClicked.connect(lambda _index: on_double_click())

    def reload(self) -> None:
        self.model.show(self._load())
        self.table.resizeColumnsToContents()

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(self._area):
            self.reload()

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def toggle_active(self, deactivate: str, op: Callable) -> None:
        """Deactivate the chosen row (asking ``deactivate``, "%1" its name) or bring it back:
        ``op(id, active)``."""
        row = self.selected()
        if row is None:
            return
        question = deactivate if row.active else QCoreApplication.translate("ListDialog", "Bring %1 back into use?")
        if QMessageBox.question(self, self.windowTitle(), question.replace("%1", row.name)) \
                == QMessageBox.StandardButton.Yes:
            self.runner.attempt(self, self.windowTitle(), op, row.id, not row.active)
