"""HR exports read back: sheets PDF, ranking and salary tables (PDF and xlsx), candidates."""

import datetime as dt

from openpyxl import load_workbook
from pypdf import PdfReader

from gridcommand.evaluation import service
from gridcommand.models import Staff
from gridcommand.reports import evaluation_pdf as pdf
from gridcommand.reports.xlsx import neutralise, write_table
from ..factories import admin_user


def text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def month(db):
    with db.session() as s:
        s.add(Staff(staff_no="W2", name="=HYPERLINK(\"x\")", role="full_time", status="active", level="l3",
                    hire_date=dt.date(2024, 1, 1)))
        s.commit()
        return service.evaluate(s, "2026-03", admin_user(s))


def test_sheets_one_page_each_with_inputs(march, tmp_path):
    result = month(march.db)
    path = pdf.sheets_pdf("嘉善县西塘镇", result, tmp_path / "s.pdf")
    assert len(PdfReader(path).pages) == len(result["workers"]) == 2
    content = text(path)
    assert "上报 2 件(目标 15 件)" in content and "46.8 不合格" in content and "应发合计" in content
    single = pdf.sheets_pdf("嘉善县西塘镇", result, tmp_path / "one.pdf", staff_no="W1")
    assert len(PdfReader(single).pages) == 1


def test_tables_as_pdf_and_xlsx(march, tmp_path):
    result = month(march.db)
    ranking = pdf.ranking_rows(result)
    assert [r[1] for r in ranking] == ["W2", "W1"]  # W2 has nothing against him: higher total
    write_table(tmp_path / "r.xlsx", "考核排名", pdf.RANKING_HEADER, ranking)
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert [c.value for c in sheet[1]] == pdf.RANKING_HEADER
    assert sheet["C2"].value == "'=HYPERLINK(\"x\")"  # neutralised, never a formula
    salary = pdf.salary_rows(result)
    assert salary[-1][0] == "合计" and salary[-1][-1] == round(sum(r[-1] for r in salary[:-1]), 2)
    assert "薪金浮动表" in text(pdf.salary_pdf("镇", result, tmp_path / "s.pdf"))
    assert "考核排名" in text(pdf.ranking_pdf("镇", result, tmp_path / "r.pdf"))


def test_neutralise():
    assert [neutralise(v) for v in ("=1+1", "+86", "-x", "@a", "ok", 5, -3.5, None)] == \
        ["'=1+1", "'+86", "'-x", "'@a", "ok", 5, -3.5, None]


def test_candidates_pdf(tmp_path):
    from gridcommand.evaluation.careers import Candidate

    found = [Candidate(1, "W1", "张伟", "l2", "promotion", "l3", "现等级已满 14 个月,近 12 个月 10 个月优秀")]
    assert "近 12 个月 10 个月优秀" in text(pdf.candidates_pdf("镇", "2026-10", found, tmp_path / "c.pdf"))
