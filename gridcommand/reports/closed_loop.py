"""The monthly closed-loop report (``gridcommand.closed_loop``) as an A4 PDF — its charts drawn
as vector graphics by reportlab — and as an xlsx workbook, one sheet per table: both from the
same rows, numbers kept as numbers and times as times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .. import clock
from ..closed_loop import Listed, MonthReport
from ..enums import HoldingLevel, WarningColour
from ..metrics import Figures
from .document import build
from .fonts import register
from .xlsx import write_sheets

WIDTH = 178 * mm
BLUE, GREEN = colors.HexColor("#1a73e8"), colors.HexColor("#2ea043")
PERCENT, HOURS, WHEN = ("0.0%", "{:.1%}"), ("0.0", "{:.1f}"), ("yyyy-mm-dd hh:mm", "")
FIGURES_HEADER = ["上报", "受理", "办结", "作废", "按期办结", "办结率", "按期办结率", "平均处置小时", "当前超期"]
LISTED_HEADER = ["编号", "标题", "村社", "类别", "预警", "处置单位", "上报时间", "办结时限", "办结时间", "层级"]
UNITS_HEADER = ["名次", "单位", "交办", "报到", "平均报到小时", "办结", "按期", "退单", "返工", "黄牌", "红牌", "满意度", "得分"]


def figures_row(f: Figures) -> list:
    return [f.reported, f.accepted, f.closed, f.cancelled, f.on_time, f.closure_rate, f.on_time_rate,
            f.avg_handling_hours, f.overdue_now]


FIGURES_FORMATS = {5: PERCENT, 6: PERCENT, 7: HOURS}  # by column of figures_row


def _local(value: dt.datetime | None):
    return clock.local(value).replace(tzinfo=None) if value else None


def listed_row(i: Listed) -> list:
    return [i.code, i.title, i.village, i.category, WarningColour.label_of(i.colour), i.unit,
            _local(i.reported_at), _local(i.deadline), _local(i.resolved_at), HoldingLevel.label_of(i.level)]


def unit_rows(report: MonthReport) -> list[list]:
    return [[u.rank, u.unit, u.dispatched, u.signed, u.avg_sign_hours, u.closed, u.on_time, u.returns, u.reworks,
             u.yellow_cards, u.red_cards, u.satisfaction, u.score] for u in report.units]


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
        ("处置单位考核排名", "单位排名", UNITS_HEADER, unit_rows(report), {4: HOURS, 11: ("0.00", "{:.2f}"),
                                                               12: ("0.0", "{:.1f}")}),
    ]


def title_of(report: MonthReport) -> str:
    return f"{report.township}{report.village or ''} {report.month} 月度闭环报告"


def report_xlsx(report: MonthReport, path) -> Path:
    summary = ("汇总", ["范围", *FIGURES_HEADER], [[report.village or "全镇", *figures_row(report.total)]],
               {c + 1: f[0] for c, f in FIGURES_FORMATS.items()})
    return write_sheets(path, [summary] + [(sheet, header, rows, {c: f[0] for c, f in formats.items()})
                                           for _t, sheet, header, rows, formats in _tables(report)])


def _styles() -> dict[str, ParagraphStyle]:
    font = register()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {"base": base, "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.5),
            "title": ParagraphStyle("title", parent=base, fontSize=17, leading=24, alignment=1, spaceAfter=4),
            "sub": ParagraphStyle("sub", parent=base, fontSize=9.5, alignment=1, spaceAfter=8),
            "section": ParagraphStyle("section", parent=base, fontSize=12, leading=17, spaceBefore=8, spaceAfter=4)}


def _text(value, fmt: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return value.strftime("%m-%d %H:%M")
    return fmt.format(value) if fmt and isinstance(value, (int, float)) else str(value)


def _grid(header: list[str], rows: list[list], formats: dict, s) -> Table:
    cells = [[Paragraph(escape(h), s["cell"]) for h in header]]
    cells += [[Paragraph(escape(_text(v, formats.get(c, ("", ""))[1])), s["cell"]) for c, v in enumerate(row)]
              for row in rows]
    table = Table(cells, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


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


def report_pdf(report: MonthReport, path, pin: str = "", made_by: str = "",
               made_at: dt.datetime | None = None) -> Path:
    s = _styles()
    made_at = made_at or clock.now()
    t = report.total
    story = [Paragraph(escape(title_of(report)), s["title"]),
             Paragraph(escape(f"范围:{report.village or '全镇'}    数据截至 {clock.format_local(report.as_of)}"), s["sub"]),
             Paragraph("一、总体情况", s["section"]),
             Paragraph(escape(f"本月上报 {t.reported} 件,办结 {t.closed} 件,作废 {t.cancelled} 件;办结率 "
                              f"{_text(t.closure_rate, '{:.1%}')},按期办结率 {_text(t.on_time_rate, '{:.1%}')};"
                              f"当前超期 {t.overdue_now} 件。"), s["base"]),
             Spacer(1, 3 * mm), trend_chart(report), category_chart(report)]
    for number, (section, _sheet, header, rows, formats) in enumerate(_tables(report), start=2):
        story += [Paragraph(escape(f"{'二三四五六七八九十'[number - 2]}、{section}"), s["section"]),
                  _grid(header, rows, formats, s) if rows else Paragraph("(无)", s["base"])]
    note = f"{made_by} 生成于 {clock.format_local(made_at)}"
    return build(path, story, title_of(report), pin, margin=14 * mm, note=note)
