"""Failures the user must see: a dialog with what went wrong and a button that copies the
details for whoever supports the command room; and a last net (``sys.excepthook``) for anything
no one else caught, so a failure never only reaches a console nobody reads."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gridcommand import __version__

log = logging.getLogger(__name__)
_OPEN: list[QMessageBox] = []


def details(exc: BaseException, trace: str = "") -> str:
    trace = trace or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return f"GridCommand {__version__}\n{trace}"


def show_error(parent: QWidget | None, exc: BaseException, trace: str = "",
               title: str | None = None) -> QMessageBox:
    """Tell the user an operation failed (nothing it did was kept) and offer the details; the
    details go to the log too."""
    text = details(exc, trace)
    log.error("%s", text)
    box = QMessageBox(QMessageBox.Icon.Critical,
                      title or QCoreApplication.translate("errors", "Something went wrong"),
                      QCoreApplication.translate("errors", "The operation failed; nothing it did was saved.")
                      + "\n\n" + f"{type(exc).__name__}: {exc}", QMessageBox.StandardButton.Close, parent)
    box.setObjectName("errorDialog")
    box.setDetailedText(text)
    copy = box.addButton(QCoreApplication.translate("errors", "Copy details"),
                         QMessageBox.ButtonRole.ActionRole)
    # The copy button must not close the dialog: the user may want to read on.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
    # Without a parent nothing else keeps the dialog alive while it is open.
    _OPEN.append(box)
    box.finished.connect(lambda _result: _OPEN.remove(box))
    box.open()
    return box


def install_excepthook() -> None:
    """Anything raised in a slot or a timer and not handled: logged, and shown."""
    def hook(kind, exc, tb) -> None:
        trace = "".join(traceback.format_exception(kind, exc, tb))
        if isinstance(exc, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc, trace)

    sys.excepthook = hook
