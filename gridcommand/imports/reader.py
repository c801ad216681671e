"""Reading an import file (xlsx, or CSV in UTF-8 or GBK) into a header row and data rows, in
bounded time and memory whatever the file claims about itself.

Both are read as a stream: the rows come as they are asked for (``Sheet.rows``), so that an
import checks each row and lets its cells go (a 50 MB CSV is never in memory as text, bytes and
cells at once). A CSV's encoding is settled first, in one pass over its bytes.

An xlsx file is a zip: its directory says how large each part is once unpacked, and that is
checked before anything is unpacked (a 20 MB file can unpack to gigabytes). Its sheet is read
as a stream, row by row, without trusting the size the sheet declares (a 2 KB file can declare
a million rows by 16,384 columns). Formula cells come back as ``Formula``, for the field
parsers to refuse naming row and column."""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..base.errors import InputError
from .fields import Formula, is_blank

MAX_ROWS = 200_000
MAX_COLUMNS = 100
MAX_BYTES = 200 * 1024 * 1024  # an xlsx file's parts once unpacked
# A CSV file: 200,000 ledger rows fit, and checking the largest takes under 300 MB and 5 s of CPU
# whatever its rows hold (benchmarks/hostile_csv.py).
MAX_CSV_BYTES = 60 * 1024 * 1024
ENCODINGS_TRIED = "UTF-8、GBK"


@dataclass
class Sheet:
    headers: list[str]
    # (row number as the user sees it in Excel, cells); blank rows are left out. A list, or —
    # from ``stream_sheet`` — an iterator read once, as it goes.
    rows: Iterable[tuple[int, list[Any]]]
    encoding: str | None = None


def read_sheet(path: str | Path, rows: int | None = None) -> Sheet:
    """The sheet's header and data rows, as a list; with ``rows``, only the first so many data
    rows (a preview), the rest of the file left unread."""
    sheet = stream_sheet(path)
    sheet.rows = list(sheet.rows if rows is None else _first(sheet.rows, rows))
    return sheet


def stream_sheet(path: str | Path) -> Sheet:
    """The header now, the data rows as they are read (limits checked as they come)."""
    path = Path(path)
    if not path.is_file():
        raise InputError("找不到文件:{path}", path=path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _sheet(_read_xlsx(path), None)
    if suffix in (".csv", ".txt"):
        if path.stat().st_size > MAX_CSV_BYTES:
            raise InputError("文件超过 {mb} MB,不予导入:请分成几个文件", mb=MAX_CSV_BYTES // 2**20)
        encoding = encoding_of(path)
        return _sheet(_read_csv(path, encoding), encoding)
    raise InputError("不支持的文件类型“{suffix}”:请使用 .xlsx 或 .csv", suffix=path.suffix)


def _first(rows: Iterator, n: int) -> Iterator:
    for count, row in enumerate(rows):
        if count >= n:
            rows.close()  # the file is closed now, not when the generator is collected
            return
        yield row


# Python's codec names, by the name a message gives.
CODECS = {"utf-16": "utf-16", "utf-8": "utf-8-sig", "gbk": "gb18030"}
CHUNK = 1 << 20


def encoding_of(path: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes, else GBK (read as its superset
    GB18030); UTF-16 with its BOM (Excel's "Unicode text") too. One pass, a chunk at a time."""
    with path.open("rb") as file:
        head = file.read(4096)
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") and _decodes(path, "utf-16"):
        return "utf-16"
    if head and head.count(0) > len(head) // 10:  # every other byte NUL: UTF-16 without its BOM
        raise InputError("文件像是没有 BOM 的 UTF-16 编码(每隔一个字节为空字节),无法可靠读取:"
                         "请在 Excel 或记事本中另存为 UTF-8 或 GBK 编码的 CSV")
    for name in ("utf-8", "gbk"):
        if _decodes(path, CODECS[name]):
            return name
    raise InputError("文件编码无法识别(已尝试 {tried}):请另存为 UTF-8 或 GBK 编码的 CSV", tried=ENCODINGS_TRIED)


def _decodes(path: Path, codec: str) -> bool:
    decoder = codecs.getincrementaldecoder(codec)()
    try:
        with path.open("rb") as file:
            while chunk := file.read(CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
        return True
    except UnicodeDecodeError:
        return False


def _read_csv(path: Path, encoding: str) -> Iterator[tuple[int, list[Any]]]:
    with path.open(encoding=CODECS[encoding], newline="") as file:
        try:
            dialect = csv.Sniffer().sniff(file.read(4096), delimiters=",\t;")
        except csv.Error:
            dialect = csv.excel
        file.seek(0)
        try:
            yield from _bounded(enumerate(csv.reader(file, dialect), start=1))
        except csv.Error as exc:
            raise InputError("CSV 文件格式有误:{exc}", exc=exc) from None


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[Any]]]:
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
    return _workbook_rows(path, workbook)


def _workbook_rows(path: Path, workbook) -> Iterator[tuple[int, list[Any]]]:
    try:
        yield from _bounded(_xlsx_rows(workbook, workbook.worksheets[0]))
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, EOFError, SyntaxError) as exc:
        raise InputError("无法读取 Excel 文件 {name}:{exc}", name=path.name, exc=exc) from None
    finally:
        workbook.close()


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


def _bounded(numbered) -> Iterator[tuple[int, list[Any]]]:
    """The non-blank rows, the header first, refusing a file past the limits as soon as it gets
    there."""
    count = 0
    for n, cells in numbered:
        last = len(cells) - 1
        while last >= 0 and (cells[last] is None or (cells[last].__class__ is str and not cells[last].strip())):
            last -= 1  # is_blank, inline: a CSV's rows often end in empty cells
        if last < 0:
            continue
        if last >= MAX_COLUMNS:
            _past_limit(n, last + 1)
        if count > MAX_ROWS:
            raise InputError("超过 {limit:,} 行数据(第 {n} 行起),不予导入:请分成几个文件", limit=MAX_ROWS, n=n)
        count += 1
        yield n, (cells if last == len(cells) - 1 else cells[:last + 1])


def column_letter(n: int) -> str:
    """Excel's name of column ``n`` (1 → A, 27 → AA, 16384 → XFD)."""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _sheet(rows: Iterator[tuple[int, list[Any]]], encoding: str | None) -> Sheet:
    first = next(rows, None)
    if first is None:
        raise InputError("文件是空的:第一行应为表头")
    names = ["" if is_blank(h) else str(h).strip().rstrip("*").strip() for h in first[1]]
    return Sheet(names, rows, encoding)
