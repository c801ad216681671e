"""File dialogs that start where the user last saved or opened that kind of file (meeting PDFs,
HR exports, review reports, photos…), remembered on this PC; the first time, in their home."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from ..settings import open_settings


def _settings(parent: QWidget) -> QSettings:
    """The main window's settings (the tests' own file) when there is one, else this PC's."""
    settings = getattr(parent.window(), "settings", None)
    return settings if isinstance(settings, QSettings) else open_settings()


def _folder(settings: QSettings, kind: str) -> Path:
    folder = Path(str(settings.value(f"folders/{kind}", "") or Path.home()))
    return folder if folder.is_dir() else Path.home()


def save_path(parent: QWidget, kind: str, title: str, name: str, filters: str) -> Path | None:
    """Where to save a ``kind`` of file, suggested as ``name``; None if the user cancelled."""
    settings = _settings(parent)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(_folder(settings, kind) / name), filters)
    if not path:
        return None
    settings.setValue(f"folders/{kind}", str(Path(path).parent))
    return Path(path)


def open_path(parent: QWidget, kind: str, title: str, filters: str) -> Path | None:
    settings = _settings(parent)
    path, _ = QFileDialog.getOpenFileName(parent, title, str(_folder(settings, kind)), filters)
    if not path:
        return None
    settings.setValue(f"folders/{kind}", str(Path(path).parent))
    return Path(path)
