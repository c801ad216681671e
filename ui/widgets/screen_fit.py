"""Windows no larger than the screen they open on: a 1366×768 laptop at 125 % leaves 1093×614
logical pixels, and a dialog taller than that hides its OK button."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

MARGIN = (24, 64)  # the frame and title bar a window manager adds


def sized(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or to what its screen has room for."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else None
    if area is not None:
        width, height = min(width, area.width() - MARGIN[0]), min(height, area.height() - MARGIN[1])
    widget.resize(width, height)


class _Fitting(QScrollArea):
    """A scroll area as tall as what it holds — up to the screen, past which it scrolls."""

    def sizeHint(self) -> QSize:
        inner = self.widget().sizeHint()
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() - MARGIN[1] - 120 if screen is not None else inner.height()
        return QSize(inner.width() + scroll_bar, min(inner.height(), max(room, 120)))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.widget().minimumSizeHint().width(), 80)


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area: a dialog's fields that scroll on a short screen
    while its buttons, outside, stay in view."""
    area = _Fitting(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area
