"""The UI's language: Chinese by default, English with ``--lang en``. Source strings are
English (``tr()``); the shipped zh_CN translation is compiled from resources/translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gridcommand.base.shipped import folder

TRANSLATIONS = folder("resources") / "translations"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


def install(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install the translators for ``language``; returns them (they must be kept alive)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose from {', '.join(LANGUAGES)}")
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed = []
    ours = QTranslator(app)
    if not ours.load(str(TRANSLATIONS / f"gridcommand_{language}.qm")):
        raise FileNotFoundError(f"translation gridcommand_{language}.qm missing in {TRANSLATIONS}")
    # Qt's own strings (standard buttons, dialogs) from the translations Qt ships, when present.
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt_base)
    installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    return installed
