"""Reports made of tables (the report centre's): an A4 PDF — a title, what the figures say,
optional charts, then each table under its numbered heading, the header repeated on every page
— and the same tables as an xlsx workbook, a sheet each. One definition of every table's rows and
number formats serves both."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .document import Stamp, build
from .fonts import register
from .report import Document, TableSpec, texts
from .xlsx import write_sheets

NUMBERS = "一二三四五六七八九十"


def write(document: Document, path, stamp: Stamp | None = None) -> Path:
    """As PDF or, by the file's suffix, as xlsx."""
    if Path(path).suffix.lower() == ".xlsx":
        return tables_xlsx(path, document.tables, document.lead)
    return tables_pdf(path, document.title, document.subtitle, document.said, document.tables, stamp,
                      document.charts() if document.charts else ())


def _styles() -> dict[str, ParagraphStyle]:
    font = register()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {"base": base, "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.5),
            "title": ParagraphStyle("title", parent=base, fontSize=17, leading=24, alignment=1, spaceAfter=4),
            "sub": ParagraphStyle("sub", parent=base, fontSize=9.5, alignment=1, spaceAfter=8),
            "section": ParagraphStyle("section", parent=base, fontSize=12, leading=17, spaceBefore=8, spaceAfter=4)}


def _grid(header: list[str], rows: list[list], formats: dict, s) -> Table:
    cells = [[Paragraph(escape(h), s["cell"]) for h in header]]
    cells += [[Paragraph(escape(text), s["cell"]) for text in texts(row, formats)] for row in rows]
    table = Table(cells, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def tables_pdf(path, title: str, subtitle: str, said: str, tables: list[TableSpec], stamp: Stamp | None = None,
               charts: list = ()) -> Path:
    s = _styles()
    story = [Paragraph(escape(title), s["title"]), Paragraph(escape(subtitle), s["sub"])]
    if said:
        story += [Paragraph(escape(said), s["base"]), Spacer(1, 3 * mm)]
    story += list(charts)
    for number, (section, _sheet, header, rows, formats) in enumerate(tables):
        story += [Paragraph(escape(f"{NUMBERS[number % 10]}、{section}"), s["section"]),
                  _grid(header, rows, formats, s) if rows else Paragraph("(无)", s["base"])]
    return build(path, story, title, stamp, margin=14 * mm)


def tables_xlsx(path, tables: list[TableSpec], first: list[TableSpec] = ()) -> Path:
    return write_sheets(path, [(sheet, header, rows, {c: f[0] for c, f in formats.items()})
                               for _t, sheet, header, rows, formats in [*first, *tables]])
