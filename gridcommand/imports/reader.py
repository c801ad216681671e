"""Reading an import file (xlsx, or CSV in UTF-8 or GBK) into a header row and data rows."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError


@dataclass
class Sheet:
    headers: list[str]
    # (row number as the user sees it in Excel, cells); blank rows are left out.
    rows: list[tuple[int, list[Any]]]
    encoding: str | None = None


def read_sheet(path: str | Path) -> Sheet:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"找不到文件:{path}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path.read_bytes())
    raise InputError(f"不支持的文件类型“{path.suffix}”:请使用 .xlsx 或 .csv")


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) when it decodes, else GBK (read as its superset GB18030)."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gbk"
    except UnicodeDecodeError:
        raise InputError("文件编码无法识别:请保存为 UTF-8 或 GBK 编码的 CSV") from None


def _read_csv(data: bytes) -> Sheet:
    content, encoding = decode(data)
    try:
        dialect = csv.Sniffer().sniff(content[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(content, newline=""), dialect))
    return _sheet(rows, encoding)


def _read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook  # only needed here; keeps start-up light

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(f"无法读取 Excel 文件 {path.name}:{exc}") from None
    try:
        rows = [list(r) for r in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _sheet(rows, None)


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _sheet(rows: list[list[Any]], encoding: str | None) -> Sheet:
    numbered = [(n, r) for n, r in enumerate(rows, start=1) if not all(_blank(c) for c in r)]
    if not numbered:
        raise InputError("文件是空的:第一行应为表头")
    header_row, headers = numbered[0]
    names = ["" if _blank(h) else str(h).strip().rstrip("*").strip() for h in headers]
    return Sheet(names, [(n, list(r)) for n, r in numbered[1:]], encoding)
