"""Import files as Excel, other programs and the careless make them (SPEC §11), each of which
must be refused with a row/column or a file-level reason, in bounded time and memory, leaving
the database unchanged. Bombs are built small enough for CI but shaped like the real ones.

    python tests/hostile_files.py FOLDER              # write the files
    python tests/hostile_files.py FOLDER DB_URL PASSWORD   # each as the admin's import: JSON out

The second form is what the test runs in a child process under a memory cap (RLIMIT_AS), so a
reader that starts padding a million rows fails there, not on the machine running the suite."""

from __future__ import annotations

import json
import re
import resource
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
PERSON_HEADERS = ["身份证号*", "姓名*", "所属网格*", "颜色*", "类别", "责任网格员工号*", "标记日期", "手机号"]
GRID_HEADERS = ["网格编码*", "网格名称*", "所属村社*", "网格类型", "户数", "人口"]
MEMORY_CAP = 3 * 2**30  # address space: generous for Python and its libraries, far below a bomb


def with_check_digit(first17: str) -> str:
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    expect: str  # what the refusal must say


CASES = [
    Case("dimension_bomb.xlsx", "grids", "第 1048576 行第 XFD 列"),
    Case("wide_rows.xlsx", "grids", "第 50003 行第 XFD 列"),
    Case("unpacked_bomb.xlsx", "grids", "解压后"),
    Case("id_as_number.xlsx", "key_persons", "身份证号被 Excel 存成了数字"),
    Case("phone_as_number.xlsx", "key_persons", "电话号码被 Excel 存成了数字"),
    Case("impossible_birth_date.csv", "key_persons", "出生日期 19801332 不存在"),
    Case("formula_cached.xlsx", "grids", "第 2 行【户数】:单元格是公式"),
    Case("formula_uncached.xlsx", "grids", "第 3 行【人口】:单元格是公式"),
    Case("nul_byte.csv", "grids", "第 2 行【网格名称】:含有不可见的控制字符(U+0000)"),
    Case("control_char.csv", "grids", "第 3 行【所属村社】:含有不可见的控制字符(U+0001)"),
    Case("big5.csv", "grids", "已尝试 UTF-8、GBK"),
    Case("utf16_no_bom.csv", "grids", "没有 BOM 的 UTF-16"),
    Case("too_many_rows.csv", "grids", "超过 200,000 行"),
    Case("too_many_columns.csv", "grids", "第 2 行第 CW 列有内容"),
    Case("not_a_zip.xlsx", "grids", "无法读取 Excel 文件"),
    Case("truncated.xlsx", "grids", "无法读取 Excel 文件"),
]


def _book(path: Path, rows: list[list]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _rewrite_sheet(path: Path, change) -> Path:
    """The same xlsx with its first sheet's XML changed as another program might write it."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = change(parts[name].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts.items():
            target.writestr(part, data)
    return path


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(",".join(r) for r in rows).encode(encoding) + b"\r\n")
    return path


def write_all(folder: Path) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    grid = ["G001", "第一网格", "东塘村", "综合网格", "320", "900"]
    person = [with_check_digit("33042119800101001"), "赵大爷", "G001", "蓝", "", "W001", "", ""]

    # One cell at the sheet's last row and column, and a dimension claiming all of it.
    _rewrite_sheet(_book(folder / "dimension_bomb.xlsx", [GRID_HEADERS, grid]), lambda xml: re.sub(
        r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml).replace(
        "</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))
    # 50,000 rows, each with an empty cell in column XFD, then one that has something there
    # (a reader padding rows out to their last cell builds 800 million of them).
    blank_rows = "".join(f'<row r="{n}"><c r="XFD{n}" t="inlineStr"><is><t></t></is></c></row>'
                         for n in range(3, 50_003))
    _rewrite_sheet(_book(folder / "wide_rows.xlsx", [GRID_HEADERS, grid]), lambda xml: xml.replace(
        "</sheetData>", blank_rows + '<row r="50003"><c r="XFD50003" t="inlineStr"><is><t>x</t></is></c></row>'
        "</sheetData>"))
    # A sheet that unpacks to more than the limit from a small file (the real one: 23 MB → 4.6 GB).
    _book(folder / "unpacked_bomb.xlsx", [GRID_HEADERS, grid])
    with zipfile.ZipFile(folder / "unpacked_bomb.xlsx", "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/media/padding.bin", "w", force_zip64=True) as padding:
            block = b"\0" * 2**20
            for _ in range(210):
                padding.write(block)
    _book(folder / "id_as_number.xlsx", [PERSON_HEADERS, [float(person[0][:17] + "0")] + person[1:]])
    _book(folder / "phone_as_number.xlsx", [PERSON_HEADERS, person[:-1] + [13812345678]])
    _csv(folder / "impossible_birth_date.csv", [PERSON_HEADERS, [with_check_digit("33042119801332001")] + person[1:]])
    # A formula saved with the value Excel computed, and one saved without (as scripts write them).
    _rewrite_sheet(_book(folder / "formula_cached.xlsx", [GRID_HEADERS, grid]), lambda xml: re.sub(
        r'<c r="E2"[^>]*>.*?</c>', '<c r="E2"><f>300+20</f><v>320</v></c>', xml))
    _book(folder / "formula_uncached.xlsx", [GRID_HEADERS, grid, ["G002", "第二网格", "东塘村", "", "10", "=E3*3"]])
    _csv(folder / "nul_byte.csv", [GRID_HEADERS, ["G001", "第一\0网格", "东塘村", "", "", ""]])
    _csv(folder / "control_char.csv", [GRID_HEADERS, grid, ["G002", "第二网格", "东塘\x01村", "", "", ""]])
    # Traditional-Chinese Big5: decodes as GBK without an error, into nonsense headers.
    _csv(folder / "big5.csv", [["網格編碼*", "網格名稱*", "所屬村社*"], ["G001", "第一網格", "東塘村"]], "big5")
    _csv(folder / "utf16_no_bom.csv", [GRID_HEADERS, grid], "utf-16-le")
    _csv(folder / "too_many_rows.csv", [GRID_HEADERS] + [[f"G{n:06d}", "网格", "东塘村", "", "", ""]
                                                         for n in range(200_001)])
    _csv(folder / "too_many_columns.csv", [GRID_HEADERS, grid + [""] * 94 + ["多出来的一列"]])
    (folder / "not_a_zip.xlsx").write_bytes(b"ID,name\r\n1,2\r\n")
    whole = _book(folder / "truncated.xlsx", [GRID_HEADERS, grid]).read_bytes()
    (folder / "truncated.xlsx").write_bytes(whole[: len(whole) // 2])
    return CASES


def peak_rss_mb() -> float:
    """This program's peak resident memory. Not getrusage's ru_maxrss: that survives exec, so a
    child of a large test process would start with its parent's peak."""
    status = Path("/proc/self/status")
    if status.exists():
        return int(re.search(r"VmHWM:\s+(\d+) kB", status.read_text()).group(1)) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def try_all(folder: Path, url: str, password: str) -> dict:
    """Each file as the administrator's import; what each refusal said, how long it took, the
    process's peak memory, and whether the database changed."""
    from sqlalchemy import func, select

    from gridcommand.base.errors import InputError
    from gridcommand.imports import ImportFailed
    from gridcommand.models import Grid, KeyPerson
    from gridcommand.ops import accounts, imports
    from gridcommand.ops.unit_of_work import read
    from gridcommand.record import audit
    from gridcommand.store.database import Database

    def counts(session):
        return [session.scalar(select(func.count()).select_from(t)) for t in (Grid, KeyPerson)]

    db = Database(url)
    actor = accounts.sign_in(db, "admin", password)
    head, before = read(db, audit.head), read(db, counts)
    results = []
    for case in CASES:
        started = time.process_time()  # CPU time: the bound holds on a busy CI machine too
        try:
            imports.run(db, actor, case.kind, folder / case.name)
            said, refused = "", False
        except ImportFailed as exc:
            said, refused = "\n".join(str(e) for e in exc.report.errors), True
        except InputError as exc:
            said, refused = str(exc), True
        results.append({"name": case.name, "refused": refused, "said": said,
                        "seconds": round(time.process_time() - started, 2),
                        "peak_rss_mb_after": peak_rss_mb()})
    unchanged = read(db, audit.head) == head and read(db, counts) == before
    db.close()
    return {"cases": results, "database_unchanged": unchanged,
            "peak_rss_mb": peak_rss_mb()}


if __name__ == "__main__":
    target = Path(sys.argv[1])
    if len(sys.argv) == 2:
        print(f"{len(write_all(target))} files in {target}")
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
        print(json.dumps(try_all(target, sys.argv[2], sys.argv[3]), ensure_ascii=False))
