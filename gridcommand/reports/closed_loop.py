"""The monthly closed-loop report (``gridcommand.figures.closed_loop``) as an A4 PDF — its charts drawn
as vector graphics by reportlab — and as an xlsx workbook, one sheet per table: both from the
same rows, numbers kept as numbers and times as times."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import HoldingLevel, WarningColour
from ..figures.closed_loop import Listed, MonthReport, month_report
from ..figures.metrics import Figures
from .fonts import register
from .report import WHEN, Document, cell
from .unit_ranking import unit_table

WIDTH = 178 * mm
BLUE, GREEN = colors.HexColor("#1a73e8"), colors.HexColor("#2ea043")
PERCENT, HOURS = ("0.0%", "{:.1%}"), ("0.0", "{:.1f}")
FIGURES_HEADER = ["上报", "受理", "办结", "作废", "按期办结", "办结率", "按期办结率", "平均处置小时", "当前超期"]
LISTED_HEADER = ["编号", "标题", "村社", "类别", "预警", "处置单位", "上报时间", "办结时限", "办结时间", "层级"]


def figures_row(f: Figures) -> list:
    return [f.reported, f.accepted, f.closed, f.cancelled, f.on_time, f.closure_rate, f.on_time_rate,
            f.avg_handling_hours, f.overdue_now]


FIGURES_FORMATS = {5: PERCENT, 6: PERCENT, 7: HOURS}  # by column of figures_row


def _local(value: dt.datetime | None):
    return clock.local(value).replace(tzinfo=None) if value else None


def listed_row(i: Listed) -> list:
    return [i.code, i.title, i.village, i.category, WarningColour.label_of(i.colour), i.unit,
            _local(i.reported_at), _local(i.deadline), _local(i.resolved_at), HoldingLevel.label_of(i.level)]


def _tables(report: MonthReport) -> list[tuple[str, str, list[str], list[list], dict]]:
    """(section title, sheet name, header, rows, formats by column) of every table."""
    shifted = {c + 1: f for c, f in FIGURES_FORMATS.items()}
    when = {6: WHEN, 7: WHEN, 8: WHEN}

    def by(name: str, rows: list[Figures], label=str) -> tuple:
        return (f"按{name}", f"按{name}", [name, *FIGURES_HEADER], [[label(f.key), *figures_row(f)] for f in rows],
                shifted)

    return [
        ("近六个月", "趋势", ["月份", *FIGURES_HEADER], [[f.key, *figures_row(f)] for f in report.trend], shifted),
        by("村社", report.by_village), by("处置单位", report.by_unit), by("类别", report.by_category),
        by("预警颜色", report.by_colour, WarningColour.label_of),
        (f"超期事件(共 {report.overdue_count} 件)", "超期", LISTED_HEADER, [listed_row(i) for i in report.overdue], when),
        (f"提级事件(共 {report.escalated_count} 件)", "提级", LISTED_HEADER,
         [listed_row(i) for i in report.escalated], when),
        (f"挂账事项(共 {report.watch_count} 件)", "挂账", LISTED_HEADER, [listed_row(i) for i in report.watch], when),
        unit_table(report.units),
    ]


def trend_chart(report: MonthReport) -> Drawing:
    """Reported and closed per month, side by side."""
    font = register()
    drawing = Drawing(WIDTH, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 10 * mm, WIDTH - 50 * mm, 46 * mm
    chart.data = [[f.reported for f in report.trend], [f.closed for f in report.trend]]
    chart.categoryAxis.categoryNames = [f.key for f in report.trend]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor, chart.bars[1].fillColor = BLUE, GREEN
    chart.bars.strokeColor = None
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = WIDTH - 30 * mm, 50 * mm, font, 8
    legend.colorNamePairs = [(BLUE, "上报"), (GREEN, "办结")]
    drawing.add(chart)
    drawing.add(legend)
    return drawing


def category_chart(report: MonthReport) -> Drawing:
    """The month's reports by category, most first."""
    font = register()
    mix = sorted(report.by_category, key=lambda f: (-f.reported, f.key))[:13]
    drawing = Drawing(WIDTH, (8 + 5.5 * max(1, len(mix))) * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width = 26 * mm, 5 * mm, WIDTH - 40 * mm
    chart.height = 5.5 * max(1, len(mix)) * mm
    chart.data = [[f.reported for f in reversed(mix)] or [0]]
    chart.categoryAxis.categoryNames = [f.key for f in reversed(mix)] or [""]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor, chart.bars.strokeColor = BLUE, None
    drawing.add(chart)
    return drawing


def document(report: MonthReport) -> Document:
    t = report.total
    said = (f"本月上报 {t.reported} 件,办结 {t.closed} 件,作废 {t.cancelled} 件;办结率 {cell(t.closure_rate, '{:.1%}')},"
            f"按期办结率 {cell(t.on_time_rate, '{:.1%}')};当前超期 {t.overdue_now} 件。")
    summary = ("", "汇总", ["范围", *FIGURES_HEADER], [[report.village or "全镇", *figures_row(report.total)]],
               {c + 1: f for c, f in FIGURES_FORMATS.items()})
    return Document(f"{report.township}{report.village or ''} {report.month} 月度闭环报告",
                    f"范围:{report.village or '全镇'}    数据截至 {clock.format_local(report.as_of)}", said,
                    _tables(report), lambda: [trend_chart(report), category_chart(report)], [summary])


def make(session: Session, viewer, month: str, village_id: int | None) -> Document:
    """The report centre's entry (``gridcommand.ops.reports.REPORTS``): a month, one village or all."""
    return document(month_report(session, month, village_id))
