"""An A4 PDF with the footer every document of the product carries: the page number and the
audit log's head when it was printed ("审计链 #SEQ HASH12"), which `audit verify --at` checks:
a printed page pins the record as it stood."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from .fonts import register

AUTHOR = "网格指挥室"
MARGIN = 16 * mm
FOOTER_AT = 10 * mm


def draw_footer(canvas, page: int, pin: str = "", at: float = FOOTER_AT, note: str = "") -> None:
    """``note``: more to say on every page (who made the document, and when)."""
    canvas.saveState()
    canvas.setFont(register(), 8.5)
    canvas.setFillGray(0)
    canvas.drawCentredString(A4[0] / 2, at, "    ".join(
        part for part in (f"第 {page} 页", note, f"审计链 {pin}" if pin else "") if part))
    canvas.restoreState()


def open_canvas(path: str | Path, title: str):
    """An A4 canvas for a document drawn directly (its folder made), titled as ``build`` titles."""
    from reportlab.pdfgen.canvas import Canvas

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(AUTHOR)
    return canvas


def build(path: str | Path, story: list, title: str, pin: str = "", margin: float = MARGIN,
          bottom: float = MARGIN, footer_at: float = FOOTER_AT, note: str = "") -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    def footer(canvas, doc) -> None:
        draw_footer(canvas, doc.page, pin, footer_at, note)

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                      bottomMargin=bottom, title=title, author=AUTHOR).build(
        story, onFirstPage=footer, onLaterPages=footer)
    return path
