"""The monthly closed-loop report: the month's figures are stats' own, its lists are the right
incidents, and it is the same report whenever it is made after the month has ended."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from gridcommand.base.clock import SHANGHAI
from gridcommand.base.errors import InputError
from gridcommand.figures.closed_loop import month_report
from gridcommand.figures.metrics import figures
from gridcommand.models import Incident
from gridcommand.ops import reports

from ..factories import signed_in
from .test_metrics import NOW, month  # noqa: F401 — the hand-built March

APRIL, MAY = (dt.datetime(2026, m, 10, tzinfo=SHANGHAI) for m in (4, 5))


def test_the_months_figures_and_lists(month):  # noqa: F811
    with month.db.session() as s:
        report = month_report(s, "2026-03", now=NOW)
        march = (dt.datetime(2026, 3, 1, tzinfo=SHANGHAI), dt.datetime(2026, 4, 1, tzinfo=SHANGHAI))
        assert report.total == figures(s, *march, now=NOW)[0]
        assert report.by_village == figures(s, *march, "village", NOW)
        codes = {i: s.get(Incident, i).code for i in month.ids.values()}
    assert [f.key for f in report.trend] == ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
    assert report.trend[-1].reported == 4 and report.as_of == NOW
    # B resolved after its deadline; D still open past it. A closed on time, C cancelled.
    assert {i.code for i in report.overdue} == {codes[month.ids["b"]], codes[month.ids["d"]]}
    assert report.overdue_count == 2 and report.escalated == [] and report.watch == []
    assert {u.unit: u.dispatched for u in report.units}["东塘村"] == 2  # A and B


def test_the_same_report_whenever_made_after_the_month(month):  # noqa: F811
    with month.db.session() as s:
        assert month_report(s, "2026-03", now=APRIL) == month_report(s, "2026-03", now=MAY)


def test_written_as_pdf_and_xlsx(month, tmp_path):  # noqa: F811
    actor = signed_in(month.db, "leader", ("leader",))
    pdf = reports.report(month.db, actor, "closed_loop", "2026-03", None, tmp_path / "r.pdf")
    book = load_workbook(reports.report(month.db, actor, "closed_loop", "2026-03", None, tmp_path / "r.xlsx"))
    content = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for said in ("2026-03 月度闭环报告", "本月上报 4 件", "一、近六个月", "八、挂账事项", "九、处置单位考核排名", "第 1 页",
                 "leader 生成于"):
        assert said in content, said
    fonts = {str(font["/BaseFont"]): font for page in PdfReader(pdf).pages
             for font in page["/Resources"]["/Font"].values()}
    assert all("/FontFile2" in f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
               for f in fonts.values() if "/DescendantFonts" in f), fonts  # the Chinese font is embedded
    assert book.sheetnames == ["汇总", "趋势", "按村社", "按处置单位", "按类别", "按预警颜色", "超期", "提级", "挂账", "单位排名"]
    summary = book["汇总"]
    assert summary["B2"].value == 4 and summary["G2"].number_format == "0.0%"  # numbers as numbers
    assert isinstance(book["超期"]["G2"].value, dt.datetime)  # times as times


def test_the_unit_ranking_report(month, tmp_path):  # noqa: F811
    actor = signed_in(month.db, "leader", ("leader",))
    book = load_workbook(reports.report(month.db, actor, "unit_ranking", "2026-03", None, tmp_path / "u.xlsx"))
    rows = list(book["单位排名"].iter_rows(min_row=2, values_only=True))
    village = next(r for r in rows if r[1] == "东塘村")
    assert village[2] == 2 and [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert book["单位排名"].cell(row=rows.index(village) + 2, column=8).number_format == "0.0%"
    assert reports.report(month.db, actor, "unit_ranking", "2026-03", None, tmp_path / "u.pdf").read_bytes() \
        .startswith(b"%PDF")


def test_a_report_the_centre_does_not_make_or_a_wrong_period_is_refused(month):  # noqa: F811
    actor = signed_in(month.db, "leader", ("leader",))
    with pytest.raises(InputError, match="没有名为"):
        reports.preview(month.db, actor, "salaries", "2026-03")
    with pytest.raises(InputError, match="YYYY-MM"):
        reports.preview(month.db, actor, "unit_ranking", "2026-13")
