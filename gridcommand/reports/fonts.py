"""The font every PDF embeds: WenQuanYi Micro Hei, shipped in resources/fonts (Apache-2.0), so a
document looks the same on any PC whatever fonts it has installed."""

from __future__ import annotations

from functools import lru_cache

from ..base.shipped import folder

FONT_FILE = folder("resources") / "fonts" / "wqy-microhei.ttc"
FONT = "GridSans"


@lru_cache(maxsize=1)
def register() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))
    return FONT
