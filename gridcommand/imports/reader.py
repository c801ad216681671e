"""Reading an import file (xlsx, or CSV in UTF-8 or GBK) into a header row and data rows, in
bounded time and memory whatever the file claims about itself.

An xlsx file is a zip: its directory says how large each part is once unpacked, and that is
checked before anything is unpacked (a 20 MB file can unpack to gigabytes). Its sheet is read
as a stream, row by row, without trusting the size the sheet declares (a 2 KB file can declare
a million rows by 16,384 columns). Formula cells come back as ``Formula``, for the field
parsers to refuse naming row and column."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from .fields import Formula, is_blank

MAX_ROWS = 200_000
MAX_COLUMNS = 100
MAX_BYTES = 200 * 1024 * 1024  # a CSV file, or an xlsx file's parts once unpacked
ENCODINGS_TRIED = "UTF-8、GBK"


@dataclass
class Sheet:
    headers: list[str]
    # (row number as the user sees it in Excel, cells); blank rows are left out.
    rows: list[tuple[int, list[Any]]]
    encoding: str | None = None


def read_sheet(path: str | Path, rows: int | None = None) -> Sheet:
    """The sheet's header and data rows; with ``rows``, only the first so many data rows (a
    preview), the rest of the file left unread."""
    path = Path(path)
    if not path.is_file():
        raise InputError("找不到文件:{path}", path=path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, rows)
    if suffix in (".csv", ".txt"):
        if path.stat().st_size > MAX_BYTES:
            raise InputError("文件超过 {mb} MB,不予导入:请分成几个文件", mb=MAX_BYTES // 2**20)
        return _read_csv(path.read_bytes(), rows)
    raise InputError("不支持的文件类型“{suffix}”:请使用 .xlsx 或 .csv", suffix=path.suffix)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) when it decodes, else GBK (read as its superset GB18030);
    UTF-16 with its BOM (Excel's "Unicode text") too."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    head = data[:4096]
    if head and head.count(0) > len(head) // 10:  # every other byte NUL: UTF-16 without its BOM
        raise InputError("文件像是没有 BOM 的 UTF-16 编码(每隔一个字节为空字节),无法可靠读取:"
                         "请在 Excel 或记事本中另存为 UTF-8 或 GBK 编码的 CSV")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gbk"
    except UnicodeDecodeError:
        raise InputError("文件编码无法识别(已尝试 {tried}):请另存为 UTF-8 或 GBK 编码的 CSV",
                         tried=ENCODINGS_TRIED) from None


def _read_csv(data: bytes, first: int | None = None) -> Sheet:
    content, encoding = decode(data)
    try:
        dialect = csv.Sniffer().sniff(content[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = _bounded(enumerate(csv.reader(io.StringIO(content, newline=""), dialect), start=1), first)
    except csv.Error as exc:
        raise InputError("CSV 文件格式有误:{exc}", exc=exc) from None
    return _sheet(rows, encoding)


def _read_xlsx(path: Path, first: int | None = None) -> Sheet:
    from openpyxl import load_workbook  # only needed here; keeps start-up light

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError("无法读取 Excel 文件 {name}:{exc}", name=path.name, exc=exc) from None
    if unpacked > MAX_BYTES:
        raise InputError("Excel 文件 {name} 解压后有 {mb:,} MB,超过 {limit} MB,不予导入:请只保留要导入的工作表和数据,或分成几个文件",
                         name=path.name, mb=unpacked // 2**20, limit=MAX_BYTES // 2**20)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise InputError("无法读取 Excel 文件 {name}:{exc}", name=path.name, exc=exc) from None
    try:
        rows = _bounded(_xlsx_rows(workbook, workbook.worksheets[0]), first)
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, EOFError, SyntaxError) as exc:
        raise InputError("无法读取 Excel 文件 {name}:{exc}", name=path.name, exc=exc) from None
    finally:
        workbook.close()
    return _sheet(rows, None)


def _xlsx_rows(workbook, sheet):
    """(row number, cells) straight from the sheet's XML stream: only the rows and cells the
    file has, each row at most one column past the limit, whatever size the sheet declares.
    (openpyxl's own row iterator pads every row out to its last cell: 16,384 columns for a row
    with one cell in XFD.)"""
    from openpyxl.worksheet._reader import WorkSheetParser

    source = sheet._get_source()
    try:
        parser = WorkSheetParser(source, sheet._shared_strings, data_only=False, epoch=workbook.epoch,
                                 date_formats=workbook._date_formats,
                                 timedelta_formats=workbook._timedelta_formats)
        for n, cells in parser.parse():
            row: list[Any] = [None] * min(MAX_COLUMNS + 1, max((c["column"] for c in cells), default=0))
            for cell in cells:
                value = Formula(str(cell["value"])) if cell["data_type"] == "f" else cell["value"]
                if cell["column"] > MAX_COLUMNS:
                    if not is_blank(value):
                        _past_limit(n, cell["column"])
                    continue
                row[cell["column"] - 1] = value
            yield n, row
    finally:
        source.close()


def _past_limit(row: int, column: int) -> None:
    raise InputError("第 {row} 行第 {column} 列有内容:导入文件最多 {limit} 列,请删去多余的列", row=row,
                     column=column_letter(column), limit=MAX_COLUMNS)


def _bounded(numbered, first: int | None = None) -> list[tuple[int, list[Any]]]:
    """The non-blank rows (the header and at most ``first`` data rows if given), refusing a file
    past the limits as soon as it gets there."""
    rows = []
    for n, cells in numbered:
        if first is not None and len(rows) > first:
            break
        last = max((i for i, c in enumerate(cells) if not is_blank(c)), default=None)
        if last is None:
            continue
        if last >= MAX_COLUMNS:
            _past_limit(n, last + 1)
        if len(rows) > MAX_ROWS:
            raise InputError("超过 {limit:,} 行数据(第 {n} 行起),不予导入:请分成几个文件", limit=MAX_ROWS, n=n)
        rows.append((n, list(cells[:last + 1])))
    return rows


def column_letter(n: int) -> str:
    """Excel's name of column ``n`` (1 → A, 27 → AA, 16384 → XFD)."""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _sheet(rows: list[tuple[int, list[Any]]], encoding: str | None) -> Sheet:
    if not rows:
        raise InputError("文件是空的:第一行应为表头")
    (_header_row, headers), data = rows[0], rows[1:]
    names = ["" if is_blank(h) else str(h).strip().rstrip("*").strip() for h in headers]
    return Sheet(names, data, encoding)
