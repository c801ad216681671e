"""Per-user, per-PC UI state, declared once. Township data never goes here (it lives in the
database); this is only how this PC shows it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "GridCommand"
APPLICATION = "GridCommand"

# Bump when the docks change so that an old saved layout is dropped instead of half-applied.
LAYOUT_VERSION = 3

GEOMETRY = "window/geometry"  # per PC: it belongs to the screen; the docks' layout is per user (ui.workspace)
TRACK_FILTER = "queue/track"  # per seat: a centre's seat watches its own track
LAST_IMPORT_DIR = "import/lastDirectory"
LAST_BACKUP_DIR = "backup/lastDirectory"


def open_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
