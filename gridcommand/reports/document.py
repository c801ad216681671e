"""An A4 PDF with the footer every document of the product carries: the page number and the
audit log's head when it was printed ("审计链 #SEQ HASH12"), which `audit verify --at` checks:
a printed page pins the record as it stood."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from .fonts import register


def build(path: str | Path, story: list, title: str, pin: str = "", margin: float = 16 * mm,
          bottom: float = 16 * mm, footer_at: float = 10 * mm) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(register(), 8.5)
        text = f"第 {doc.page} 页" + (f"    审计链 {pin}" if pin else "")
        canvas.drawCentredString(A4[0] / 2, footer_at, text)
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                      bottomMargin=bottom, title=title, author="网格指挥室").build(
        story, onFirstPage=footer, onLaterPages=footer)
    return path
