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

from .document import AUTHOR, MARGIN, draw_footer
from .fonts import register

FONT_SIZE = 8.5
ROW = 5.2 * mm
HEADER = 6.4 * mm
PAD = 1.4 * mm
LINE_GREY, HEADER_GREY = 0.6, 0.933  # as the platypus tables' #999999 grid and #eeeeee header


def _fit(text: str, font: str, width: float) -> str:
    if stringWidth(text, font, FONT_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", font, FONT_SIZE) > width:
        text = text[:-1]
    return text + "…"


def table_pdf(path: str | Path, township: str, title: str, header: Sequence[str], rows: Sequence[Sequence],
              widths: Sequence[float], pin: str = "") -> Path:
    """``rows`` of plain values (numbers already formatted as text are right-aligned too)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    font = register()
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(AUTHOR)
    left = (A4[0] - sum(widths)) / 2
    edges = [left]
    for width in widths:
        edges.append(edges[-1] + width)
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
        draw_footer(canvas, page, pin)
        start += fits
        if start >= len(cells):
            break
        canvas.showPage()
        page += 1
    canvas.save()
    return path


def _numeric(text: str) -> bool:
    return text.replace(",", "").replace(".", "", 1).lstrip("+-").isdigit()


def _draw_page(canvas: Canvas, font: str, header, rows, edges, right, top: float) -> None:
    bottom = top - HEADER - ROW * len(rows)
    canvas.setFillGray(HEADER_GREY)
    canvas.rect(edges[0], top - HEADER, edges[-1] - edges[0], HEADER, stroke=0, fill=1)
    lines = canvas.beginPath()
    for x in edges:
        lines.moveTo(x, top)
        lines.lineTo(x, bottom)
    for y in [top, top - HEADER] + [top - HEADER - ROW * (n + 1) for n in range(len(rows))]:
        lines.moveTo(edges[0], y)
        lines.lineTo(edges[-1], y)
    canvas.setStrokeGray(LINE_GREY)
    canvas.setLineWidth(0.4)
    canvas.drawPath(lines, stroke=1, fill=0)
    canvas.setFillGray(0)
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
