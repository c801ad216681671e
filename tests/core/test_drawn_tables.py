"""PDF tables drawn directly: every row once, the header on every page, "page x of y", who made
it and when, and the audit pin in the footer, a value too wide for its column clipped, numbers right-aligned."""

import datetime as dt

from pypdf import PdfReader
from reportlab.lib.units import mm

from gridcommand.reports.document import Stamp
from gridcommand.reports.table_pages import _numeric, table_pdf


def test_every_row_once_with_the_header_on_every_page(tmp_path):
    rows = [[n, f"W{n:04d}", "张伟" if n % 2 else "欧阳娜娜", f"{n * 1.5:,.2f}"] for n in range(1, 301)]
    path = table_pdf(tmp_path / "t.pdf", "嘉善县西塘镇", "2026-10 考核排名", ["名次", "工号", "姓名", "金额"],
                     rows, [12 * mm, 20 * mm, 30 * mm, 25 * mm],
                     Stamp("张敏", "#42 0123456789ab", dt.datetime(2026, 11, 2, 1, 30, tzinfo=dt.timezone.utc)))
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert 5 <= len(pages) <= 8
    assert "嘉善县西塘镇" in pages[0] and "2026-10 考核排名" in pages[0]
    assert all("工号" in text and "金额" in text for text in pages)
    assert all(f"第 {n} 页 / 共 {len(pages)} 页    张敏 生成于 2026-11-02 09:30    审计链 #42 0123456789ab" in text
               for n, text in enumerate(pages, start=1))
    text = "\n".join(pages)
    assert all(text.count(f"W{n:04d}") == 1 for n in range(1, 301))
    assert "448.50" in text and "欧阳娜娜" in text


def test_a_value_wider_than_its_column_is_clipped(tmp_path):
    long = "工业园区第十二网格党群服务中心"
    path = table_pdf(tmp_path / "t.pdf", "镇", "表", ["网格"], [[long]], [15 * mm])
    text = PdfReader(path).pages[0].extract_text()
    assert long not in text and "…" in text and long[:2] in text


def test_an_empty_table_still_has_its_header(tmp_path):
    path = table_pdf(tmp_path / "t.pdf", "镇", "表", ["工号", "姓名"], [], [20 * mm, 20 * mm])
    reader = PdfReader(path)
    assert len(reader.pages) == 1 and "姓名" in reader.pages[0].extract_text()


def test_numbers_are_told_from_text():
    assert all(_numeric(v) for v in ("1", "97.7", "-3.5", "+2", "12,345.00"))
    assert not any(_numeric(v) for v in ("W0001", "1.2.3", "优秀", "", "l1"))


def test_cells_wrap_at_their_width_and_at_line_breaks():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from gridcommand.reports.cells import wrap
    from gridcommand.reports.fonts import register

    font = register()
    text = "2026-11-12 群众投诉处置不及时,经复核属实,按考核细则第七条扣分\n整改情况于下月例会上通报"
    lines = wrap(text, font, 8.5, 100)
    assert "".join(lines) == text.replace("\n", "")
    assert len(lines) >= 4 and lines[-1] == "整改情况于下月例会上通报"[-len(lines[-1]):]
    assert all(stringWidth(line, font, 8.5) <= 100 for line in lines)
    assert all(stringWidth(line + next_[0], font, 8.5) > 100  # each line as full as it can be
               for line, next_ in zip(lines, lines[1:]) if next_ and not next_.startswith("整改"))
    assert wrap("", font, 10, 50) == [""]
