"""What a report made of tables is — its title, what its figures say, its tables with their
number formats — apart from the writers (reportlab, openpyxl), so that a preview reads it
without loading them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

WHEN = ("yyyy-mm-dd hh:mm", "")  # a time: a date-time cell in xlsx, "MM-DD HH:MM" in the PDF
# (section title, sheet name, header, rows, {column: (xlsx number format, text format)})
TableSpec = tuple[str, str, list[str], list[list], dict]


@dataclass(frozen=True)
class Document:
    """A report made of tables: what the preview shows and what is written, from one definition."""
    title: str
    subtitle: str
    said: str
    tables: list[TableSpec]
    charts: Callable[[], list] | None = None  # vector drawings, made only when the PDF is written
    lead: list[TableSpec] = field(default_factory=list)  # sheets only the workbook has, first


def cell(value, fmt: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return value.strftime("%m-%d %H:%M")
    return fmt.format(value) if fmt and isinstance(value, (int, float)) else str(value)


def texts(row: list, formats: dict) -> list[str]:
    """A table's row as printed: each value in its column's text format."""
    return [cell(value, formats.get(column, ("", ""))[1]) for column, value in enumerate(row)]
