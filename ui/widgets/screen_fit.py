"""Windows no larger than the screen they open on: a 1366×768 laptop at 125 % leaves 1093×614
logical pixels, and a dialog taller than that hides its OK button."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = (24, 64)  # the frame and title bar a window manager adds


def sized(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or to what its screen has room for."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else None
    if area is not None:
        width, height = min(width, area.width() - MARGIN[0]), min(height, area.height() - MARGIN[1])
    widget.resize(width, height)
