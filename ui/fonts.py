"""Fonts. With only Noto CJK installed Qt picks the Japanese glyph variant even under zh_CN, so
the Chinese families are named explicitly, the Windows ones first."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from gridcommand.base.shipped import folder

CHINESE_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                    "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei", "SimSun"]


def apply_chinese_font(app: QApplication, point_size: int = 10) -> None:
    """On a PC without any Chinese font, the one the PDFs embed (shipped with the program)."""
    if not set(CHINESE_FAMILIES) & set(QFontDatabase.families()):
        QFontDatabase.addApplicationFont(str(folder("resources") / "fonts" / "wqy-microhei.ttc"))
    font = QFont(app.font())
    font.setFamilies(CHINESE_FAMILIES + font.families())
    font.setPointSize(point_size)
    app.setFont(font)
