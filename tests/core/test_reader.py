import datetime as dt

import pytest
from openpyxl import Workbook

from gridcommand.base.errors import InputError
from gridcommand.imports.reader import read_sheet

CSV = "网格编码*,网格名称*,所属村社*\nG001,第一网格,东塘村\n\n,,\nG002,第二网格,东塘村\n"


def test_csv_utf8_with_bom_and_required_marks(tmp_path):
    path = tmp_path / "grids.csv"
    path.write_bytes(CSV.encode("utf-8-sig"))
    sheet = read_sheet(path)
    assert sheet.headers == ["网格编码", "网格名称", "所属村社"]
    assert [n for n, _ in sheet.rows] == [2, 5]  # blank rows skipped, numbers kept as in the file
    assert sheet.encoding == "utf-8"


def test_csv_gbk_is_detected(tmp_path):
    path = tmp_path / "grids.csv"
    path.write_bytes(CSV.encode("gbk"))
    sheet = read_sheet(path)
    assert sheet.encoding == "gbk"
    assert sheet.rows[0][1] == ["G001", "第一网格", "东塘村"]


def test_xlsx(tmp_path):
    book = Workbook()
    book.active.append(["工号", "日期"])
    book.active.append(["W1", dt.datetime(2026, 1, 2)])
    book.save(tmp_path / "a.xlsx")
    sheet = read_sheet(tmp_path / "a.xlsx")
    assert sheet.headers == ["工号", "日期"]
    assert sheet.rows == [(2, ["W1", dt.datetime(2026, 1, 2)])]


@pytest.mark.parametrize("name,content,message", [
    ("a.txt2", b"x", "不支持"),
    ("a.csv", b"", "空"),
    ("a.xlsx", b"not a zip", "无法读取"),
])
def test_unreadable_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_sheet(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="找不到"):
        read_sheet(tmp_path / "nope.csv")


def test_column_letters_as_excel_names_them():
    from gridcommand.imports.reader import column_letter

    assert [column_letter(n) for n in (1, 26, 27, 101, 16384)] == ["A", "Z", "AA", "CW", "XFD"]


def test_utf16_with_its_bom_is_read(tmp_path):
    path = tmp_path / "grids.csv"
    path.write_bytes(CSV.replace(",", "\t").encode("utf-16"))  # Excel's "Unicode text"
    sheet = read_sheet(path)
    assert sheet.encoding == "utf-16" and sheet.headers == ["网格编码", "网格名称", "所属村社"]


def test_a_preview_reads_only_the_first_rows(tmp_path):
    book = Workbook()
    for n in range(1, 50):
        book.active.append([f"row {n}", n])
    book.save(tmp_path / "long.xlsx")
    (tmp_path / "long.csv").write_text("\n".join(f"row {n},{n}" for n in range(1, 50)), encoding="utf-8")
    for name in ("long.xlsx", "long.csv"):
        sheet = read_sheet(tmp_path / name, rows=5)
        assert sheet.headers[0] == "row 1" and [r[0] for r in sheet.rows] == [2, 3, 4, 5, 6]
        assert read_sheet(tmp_path / name, rows=0).rows == []
        assert len(read_sheet(tmp_path / name).rows) == 48
