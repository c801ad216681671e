"""Small tables of wrapping cells and centred lines drawn straight onto a canvas, laid out as
platypus lays out a table of paragraphs (6 pt padding left and right, 3 pt top and bottom, text
centred vertically, a grey first row) — for documents of thousands of pages, such as a city's
evaluation sheets, where platypus spends seconds per hundred pages on layout alone."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import getAscent, stringWidth
from reportlab.pdfgen.canvas import Canvas

PAD_X, PAD_Y = 6, 3
LINE_GREY, HEADER_GREY = 0.6, 0.933  # platypus tables' #999999 grid and #eeeeee header


@dataclass(frozen=True)
class Cell:
    text: str
    size: float = 10
    leading: float = 14


@lru_cache(maxsize=4096)
def _width(char: str, font: str, size: float) -> float:
    return stringWidth(char, font, size)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``: at its line breaks and, as Chinese is set,
    between any two characters."""
    lines = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for char in paragraph:
            w = _width(char, font, size)
            if line and used + w > width:
                lines.append(line)
                line, used = "", 0.0
            line += char
            used += w
        lines.append(line)
    return lines


def centred(canvas: Canvas, font: str, text: str, size: float, baseline: float) -> None:
    canvas.setFont(font, size)
    canvas.drawCentredString(A4[0] / 2, baseline, text)


def draw_table(canvas: Canvas, font: str, x: float, top: float, widths: list[float],
               rows: list[list[Cell]]) -> float:
    """``rows`` from ``top`` down, the first grey; the bottom edge."""
    laid = [[wrap(cell.text, font, cell.size, width - 2 * PAD_X) for cell, width in zip(row, widths)]
            for row in rows]
    heights = [max(len(lines) * cell.leading for lines, cell in zip(lines_of, row)) + 2 * PAD_Y
               for lines_of, row in zip(laid, rows)]
    edges = column_edges(x, widths)
    header_band(canvas, edges, top, heights[0])
    y = top
    for row, lines_of, height in zip(rows, laid, heights):
        for c, (cell, lines) in enumerate(zip(row, lines_of)):
            block = len(lines) * cell.leading
            baseline = y - (height - block) / 2 - getAscent(font, cell.size) - (cell.leading - cell.size) / 2
            canvas.setFont(font, cell.size)
            for line in lines:
                canvas.drawString(edges[c] + PAD_X, baseline, line)
                baseline -= cell.leading
        y -= height
    levels = [top]
    for height in heights:
        levels.append(levels[-1] - height)
    grid_lines(canvas, edges, levels)
    return y


def column_edges(x: float, widths) -> list[float]:
    edges = [x]
    for width in widths:
        edges.append(edges[-1] + width)
    return edges


def header_band(canvas: Canvas, edges: list[float], top: float, height: float) -> None:
    """The grey first row, under its text (the fill colour is left black for the text)."""
    canvas.setFillGray(HEADER_GREY)
    canvas.rect(edges[0], top - height, edges[-1] - edges[0], height, stroke=0, fill=1)
    canvas.setFillGray(0)


def grid_lines(canvas: Canvas, edges: list[float], levels: list[float]) -> None:
    """A table's lines: one path, columns at ``edges``, rows at ``levels`` (top down)."""
    grid = canvas.beginPath()
    for edge in edges:
        grid.moveTo(edge, levels[0])
        grid.lineTo(edge, levels[-1])
    for level in levels:
        grid.moveTo(edges[0], level)
        grid.lineTo(edges[-1], level)
    canvas.setStrokeGray(LINE_GREY)
    canvas.setLineWidth(0.4)
    canvas.drawPath(grid, stroke=1, fill=0)
