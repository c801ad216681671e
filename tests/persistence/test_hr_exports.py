"""HR exports read back: sheets PDF, ranking and salary tables (PDF and xlsx), candidates."""

import datetime as dt

from openpyxl import load_workbook
from pypdf import PdfReader

from gridcommand.evaluation import service
from gridcommand.models import Staff
from gridcommand.reports import evaluation_pdf as pdf, evaluation_tables as tables
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
    assert len(PdfReader(path).pages) == len(result.workers) == 2
    content = text(path)
    assert "上报 2 件(目标 15 件)" in content and "46.8 不合格" in content and "应发合计" in content
    single = pdf.sheets_pdf("嘉善县西塘镇", result, tmp_path / "one.pdf", staff_no="W1")
    assert len(PdfReader(single).pages) == 1


def test_tables_as_pdf_and_xlsx(march, tmp_path):
    result = month(march.db)
    ranking = tables.ranking_rows(result)
    assert [r[1] for r in ranking] == ["W2", "W1"]  # W2 has nothing against him: higher total
    write_table(tmp_path / "r.xlsx", "考核排名", tables.RANKING_HEADER, ranking)
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert [c.value for c in sheet[1]] == tables.RANKING_HEADER
    assert sheet["C2"].value == "'=HYPERLINK(\"x\")"  # neutralised, never a formula
    salary = tables.salary_rows(result)
    assert salary[-1][0] == "合计" and salary[-1][-1] == round(sum(r[-1] for r in salary[:-1]), 2)
    assert "薪金浮动表" in text(tables.salary_pdf("镇", result, tmp_path / "s.pdf"))
    content = text(tables.ranking_pdf("镇", result, tmp_path / "r.pdf"))
    assert "考核排名" in content and "46.8" in content and "20.00" in content  # points to hundredths


def test_xlsx_tables_hold_numbers_a_spreadsheet_can_total(march, tmp_path):
    result = month(march.db)
    ranking = load_workbook(tables.ranking_xlsx(result, tmp_path / "r.xlsx")).active
    header = [c.value for c in ranking[1]]
    total, first_points = ranking.cell(row=2, column=header.index("总分") + 1), ranking.cell(row=2, column=6)
    assert isinstance(total.value, (int, float)) and total.number_format == "0.0"
    assert isinstance(first_points.value, (int, float)) and first_points.number_format == "0.00"
    assert isinstance(ranking["A2"].value, int)  # 名次
    salary = load_workbook(tables.salary_xlsx(result, tmp_path / "s.xlsx")).active
    money = [row for row in salary.iter_rows(min_row=2, values_only=False)]
    assert all(isinstance(row[9].value, (int, float)) and row[9].number_format == "#,##0.00" for row in money)
    assert money[-1][0].value == "合计" and money[-1][6].value is None  # no total of coefficients
    assert abs(money[-1][9].value - sum(row[9].value for row in money[:-1])) < 0.005


def test_neutralise():
    assert [neutralise(v) for v in ("=1+1", "+86", "-x", "@a", "ok", 5, -3.5, None)] == \
        ["'=1+1", "'+86", "'-x", "'@a", "ok", 5, -3.5, None]


def test_candidates_pdf(tmp_path):
    from gridcommand.evaluation.careers import Candidate

    found = [Candidate(1, "W1", "张伟", "l2", "promotion", "l3", "现等级已满 14 个月,近 12 个月 10 个月优秀")]
    assert "近 12 个月 10 个月优秀" in text(pdf.candidates_pdf("镇", "2026-10", found, tmp_path / "c.pdf"))
