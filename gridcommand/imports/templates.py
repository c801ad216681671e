"""Empty import templates with Chinese headers and a sheet explaining each column."""

from __future__ import annotations

from pathlib import Path

from .base import Kind

REQUIRED_COLOUR = "FFF2CC"


def write_template(kind: Kind, path: str | Path) -> Path:
    # openpyxl takes a quarter of a second to import: only when a template is written.
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    book = Workbook()
    sheet = book.active
    sheet.title = kind.label
    for column, f in enumerate(kind.fields, start=1):
        cell = sheet.cell(row=1, column=column, value=f.template_header)
        cell.font = Font(bold=True)
        if f.required:
            cell.fill = PatternFill("solid", fgColor=REQUIRED_COLOUR)
        sheet.column_dimensions[cell.column_letter].width = max(12, 2.2 * len(f.header) + 4)
        # Keep every cell text so Excel does not turn ID numbers and codes into numbers.
        for row in range(2, 200):
            sheet.cell(row=row, column=column).number_format = "@"
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("填写说明")
    notes.append(["列", "必填", "说明"])
    for f in kind.fields:
        notes.append([f.header, "是" if f.required else "", f.hint])
    notes.append([])
    notes.append(["带 * 的列必填;列的顺序可以调整。时间 YYYY-MM-DD HH:MM(北京时间),日期 YYYY-MM-DD。"])
    notes.append(["导入时只要有一行出错,整个文件都不会导入;重复导入同一文件不会产生重复数据。"])
    for cell in notes[1]:
        cell.font = Font(bold=True)
    notes.column_dimensions["A"].width = 16
    notes.column_dimensions["C"].width = 60
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
