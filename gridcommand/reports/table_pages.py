"""Long tables of short cells drawn straight onto A4 pages: a city's ranking and salary tables
are thousands of rows of codes, names and numbers, which platypus would lay out one flowable
at a time. Rows have one height, cells one line (clipped with "…" if a value is wider than its
column), numbers right-aligned; the header repeats on every page; the footer is every
document's (``document.draw_footer``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .cells import column_edges, grid_lines, header_band
from .document import MARGIN, Stamp, open_canvas
from .fonts import register

FONT_SIZE = 8.5
ROW = 5.2 * mm
HEADER = 6.4 * mm
PAD = 1.4 * mm


def _fit(text: str, font: str, width: float) -> str:
    if stringWidth(text, font, FONT_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", font, FONT_SIZE) > width:
        text = text[:-1]
    return text + "…"


def table_pdf(path: str | Path, township: str, title: str, header: Sequence[str], rows: Sequence[Sequence],
              widths: Sequence[float], stamp: Stamp | None = None) -> Path:
    """``rows`` of plain values (numbers already formatted as text are right-aligned too)."""
    font = register()
    canvas = open_canvas(path, title, stamp)
    edges = column_edges((A4[0] - sum(widths)) / 2, widths)
    cells = [[str(value) for value in row] for row in rows]
    right = [all(_numeric(row[c]) for row in cells if row[c]) and any(row[c] for row in cells)
             for c in range(len(header))]
    page, start = 1, 0
    while True:
        top = A4[1] - MARGIN
        if page == 1:
            canvas.setFont(font, 10)
            canvas.drawCentredString(A4[0] / 2, top - 10, township)
            canvas.setFont(font, 16)
            canvas.drawCentredString(A4[0] / 2, top - 34, title)
            top -= 46
        fits = int((top - HEADER - MARGIN) // ROW)
        chunk = cells[start:start + fits]
        _draw_page(canvas, font, header, chunk, edges, right, top)
        start += fits
        if start >= len(cells):
            break
        canvas.showPage()
        page += 1
    canvas.save()
    return Path(path)


def _numeric(text: str) -> bool:
    return text.replace(",", "").replace(".", "", 1).lstrip("+-").isdigit()


def _draw_page(canvas: Canvas, font: str, header, rows, edges, right, top: float) -> None:
    header_band(canvas, edges, top, HEADER)
    grid_lines(canvas, edges, [top] + [top - HEADER - ROW * n for n in range(len(rows) + 1)])
    canvas.setFont(font, FONT_SIZE)
    _draw_row(canvas, font, header, edges, [False] * len(header), top - HEADER + 2.2 * mm)
    for n, row in enumerate(rows):
        _draw_row(canvas, font, row, edges, right, top - HEADER - ROW * (n + 1) + 1.7 * mm)


def _draw_row(canvas: Canvas, font: str, row, edges, right, y: float) -> None:
    for c, text in enumerate(row):
        if not text:
            continue
        text = _fit(text, font, edges[c + 1] - edges[c] - 2 * PAD)
        if right[c]:
            canvas.drawRightString(edges[c + 1] - PAD, y, text)
        else:
            canvas.drawString(edges[c] + PAD, y, text)
