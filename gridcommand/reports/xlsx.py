"""Spreadsheet exports (SPEC §11): values only, and a cell that starts with = + - @ is
neutralised so that a spreadsheet program never runs it as a formula."""

from __future__ import annotations

from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@")


def neutralise(value):
    """Text that a spreadsheet would take as a formula gets a leading apostrophe-like quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_table(path, title: str, header: list[str], rows: list[list],
                number_formats: dict[int, str] | None = None) -> Path:
    """``rows`` as one sheet: numbers stay numbers, shown with ``number_formats`` (by column)."""
    return write_sheets(path, [(title, header, rows, number_formats or {})])


def write_sheets(path, sheets: list[tuple[str, list[str], list[list], dict[int, str]]]) -> Path:
    """One sheet per (title, header, rows, number formats by column)."""
    from openpyxl import Workbook

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook(write_only=False)
    book.remove(book.active)
    for title, header, rows, formats in sheets:
        _sheet(book.create_sheet(title[:31]), header, rows, formats)
    book.save(path)
    return path


def _sheet(sheet, header: list[str], rows: list[list], formats: dict[int, str]) -> None:
    from openpyxl.styles import Font

    sheet.append([neutralise(h) for h in header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        sheet.append([neutralise(c) for c in row])
        for column, number_format in formats.items():
            if isinstance(row[column], (int, float)):
                sheet.cell(row=number, column=column + 1).number_format = number_format
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = max(8, 2.2 * len(name) + 2)
