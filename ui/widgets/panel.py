"""What every dock panel shares: it hears every change through the hub and refreshes only what
concerns it, once per turn of the event loop however many changes arrived (and never in the
middle of the edit that caused them). A hidden dock only remembers what changed and catches up
when it is shown."""

from __future__ import annotations

from PySide6.QtCore import QMetaObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDockWidget, QPushButton, QWidget

from gridcommand.base.changes import NOTHING, Changes

from ..ops import OpRunner
from .flow_layout import FlowLayout


class PanelDock(QDockWidget):
    sig_message = Signal(str)
    """A short message for the status bar (a file written, a count done)."""

    # Docks whose data the moves act on stay current while hidden (the detail dock).
    REFRESH_WHEN_HIDDEN = False

    def __init__(self, title: str, object_name: str, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.runner = runner
        self.buttons: dict[str, QPushButton] = {}
        self._pending: Changes = NOTHING
        self._posted = False
        runner.hub.sig_changes.connect(self.on_changes)
        self.visibilityChanged.connect(lambda visible: visible and self._schedule())

    def use_runner(self, runner: OpRunner) -> None:
        """Read and act through ``runner`` from now on: the county seat's detail follows the
        township of the item chosen (each township its own database and runner)."""
        if runner is self.runner:
            return
        self.runner.hub.sig_changes.disconnect(self.on_changes)
        self.runner = runner
        runner.hub.sig_changes.connect(self.on_changes)

    def button(self, key: str, text: str, slot, parent: QWidget | None = None) -> QPushButton:
        """A button kept in ``self.buttons[key]`` (for showing and enabling it by role and state)."""
        button = QPushButton(text, parent or self)
        button.setObjectName(f"{self.objectName()}_{key}")
        button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    def button_row(self, specs) -> QWidget:
        """Buttons from (key, text, slot) in a row that wraps on a narrow dock instead of
        widening the window."""
        row = QWidget(self)
        layout = FlowLayout(row)
        for key, text, slot in specs:
            layout.addWidget(self.button(key, text, slot, row))
        return row

    def focus_widget(self) -> QWidget:
        """Where the keyboard goes when the dock is brought forward (Alt+N): its first field."""
        for child in self.widget().findChildren(QWidget):
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisibleTo(self) and child.isEnabled():
                return child
        return self.widget()

    def load_when_shown(self) -> None:
        """Read nothing yet: what the dock shows is read when it is first on screen, so that
        start-up paints the queue first and a dock behind another's tab costs nothing."""
        self._pending = Changes.everything()
        self._schedule()

    def purpose(self) -> str:
        """What the panel is for, in a paragraph (Help ▸ the panels)."""
        raise NotImplementedError

    def concerns(self, changes: Changes) -> bool:
        """Whether the panel shows anything ``changes`` touches."""
        raise NotImplementedError

    def refresh(self, changes: Changes) -> None:
        """Show what ``changes`` touched as it is now, keeping selection and scroll."""
        raise NotImplementedError

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        if self.concerns(changes):
            self._pending |= changes
            self._schedule()

    def on_screen(self) -> bool:
        """Shown to the user. A dock behind another's tab stays "visible" to Qt, with nothing of
        it on screen."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    @property
    def stale(self) -> bool:
        """Changes this dock has not shown yet (it is hidden, or its refresh is due)."""
        return bool(self._pending)

    def _schedule(self) -> None:
        if self._pending and not self._posted and (self.on_screen() or self.REFRESH_WHEN_HIDDEN):
            self._posted = True
            QMetaObject.invokeMethod(self, "_catch_up", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _catch_up(self) -> None:
        self._posted = False
        if self._pending and (self.on_screen() or self.REFRESH_WHEN_HIDDEN):
            pending, self._pending = self._pending, NOTHING
            self.refresh(pending)
