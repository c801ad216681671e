"""HR documents of a month (SPEC §6): one A4 evaluation sheet per worker, the ranking table, the
salary float table, and the career candidates. Chinese font embedded."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..base.enums import CommendationKind, Level
from ..base.progress import SILENT, Progress
from ..evaluation.explain import LABELS, deductions_text, inputs_text
from ..evaluation.results import PAY_KEYS, Adjustment, Deductions, MonthResult, Pay, Sheet
from .cells import Cell, centred, draw_table
from .document import MARGIN, Stamp, build, open_canvas
from .fonts import register

GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
ROWS_PER_TABLE = 200  # long tables in pieces: one giant table is several times slower


SMALL = (8.5, 11)
SHEET_WIDTHS = [28 * mm, 118 * mm, 30 * mm]
MONEY_WIDTHS = [29 * mm] * 6
FRAME_PAD = 6  # platypus frames' padding, kept so the sheet looks as it always has


def _styles():
    font = register()
    base = ParagraphStyle("b", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    return {"base": base, "small": ParagraphStyle("s", parent=base, fontSize=8.5, leading=11),
            "title": ParagraphStyle("t", parent=base, fontSize=16, leading=22, alignment=1, spaceAfter=6),
            "sub": ParagraphStyle("u", parent=base, fontSize=10, alignment=1, spaceAfter=8)}


def _p(text, style) -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def _signed(points: float) -> str:
    return f"{points:+g}" if points else "0"


def _sheet_rows(w: Sheet, deductions: Deductions, adjustment: Adjustment) -> list[list[Cell]]:
    rows = [[Cell(h, *SMALL) for h in ("指标", "依据", "得分")]]
    for name, label in LABELS.items():
        i = w.indicator(name)
        rows.append([Cell(label), Cell(inputs_text(i), *SMALL), Cell(f"{i.points:.2f}")])
    bonus = "、".join(f"{CommendationKind.label_of(k)} {n} 次" for k, n in w.bonus.inputs.items()) or "无"
    if w.bonus.raw > w.bonus.points:  # the scheme's cap took some off
        bonus += f"(合计 {w.bonus.raw:g} 分,按上限计 {w.bonus.points:g} 分)"
    rows.append([Cell("加分"), Cell(bonus, *SMALL), Cell(_signed(w.bonus.points))])
    rows.append([Cell("扣分"), Cell(deductions_text(deductions), *SMALL), Cell(_signed(-deductions.points))])
    if adjustment.points:
        rows.append([Cell("人事调整"), Cell(";".join(adjustment.reasons), *SMALL), Cell(f"{adjustment.points:+g}")])
    rows.append([Cell("总分 / 等次"), Cell("", *SMALL), Cell(f"{w.total:.1f} {w.grade}")])
    return rows


def _money_rows(pay: Pay) -> list[list[Cell]]:
    return [[Cell(h, *SMALL) for h in ("基本工资", "绩效基数", "系数", "绩效工资", "浮动", "应发合计")],
            [Cell(f"{v:,.2f}" if k != "coefficient" else f"{v:g}") for k, v in zip(PAY_KEYS, pay.amounts())]]


def _draw_sheet(canvas: Canvas, font: str, township: str, month: str, w: Sheet) -> None:
    if w.deductions is None or w.adjustment is None or w.pay is None:
        raise ValueError("an evaluation sheet is HR's: it needs the month with its pay")
    y = A4[1] - MARGIN - FRAME_PAD
    for text, size, leading, after in ((township, 10, 14, 8), (f"{month} 专职网格员月度考核表", 16, 22, 6),
                                       (f"{w.staff_no} {w.name} · {Level.label_of(w.level)} · "
                                        f"网格 {w.grid}", 10, 14, 8)):
        centred(canvas, font, text, size, y - size)
        y -= leading + after
    y = draw_table(canvas, font, (A4[0] - sum(SHEET_WIDTHS)) / 2, y, SHEET_WIDTHS,
                   _sheet_rows(w, w.deductions, w.adjustment))
    y = draw_table(canvas, font, (A4[0] - sum(MONEY_WIDTHS)) / 2, y - 6 * mm, MONEY_WIDTHS, _money_rows(w.pay))
    canvas.setFont(font, 10)
    canvas.drawString(MARGIN + FRAME_PAD, y - 18 * mm - 10,
                      "网格员签字:______________    人事专员签字:______________    日期:____年____月____日")


def sheets_pdf(township: str, result: MonthResult, path, staff_no: str | None = None,
               progress: Progress = SILENT, stamp: Stamp | None = None) -> Path:
    """Evaluation sheets, one page each: every worker of the month, or one. Drawn directly
    (``cells``): a city's 3,400 sheets in seconds rather than a minute."""
    font = register()
    workers = [w for w in result.workers if staff_no is None or w.staff_no == staff_no]
    canvas = open_canvas(path, f"{result.month} 月度考核表", stamp)
    for n, w in enumerate(workers, start=1):
        _draw_sheet(canvas, font, township, result.month, w)
        canvas.showPage()
        if n % 100 == 0:
            progress.report(n / len(workers), f"考核表 {n}/{len(workers)}")
    canvas.save()
    return Path(path)


def _long_table(header, rows, widths, s) -> list:
    """A long table of paragraphs that wrap, in pieces (one giant table is several times slower).
    Tables of one-line cells are drawn directly: ``table_pages``."""
    out = []
    for start in range(0, max(len(rows), 1), ROWS_PER_TABLE):
        table = Table([[_p(h, s["small"]) for h in header]]
                      + [[_p(c, s["small"]) for c in r] for r in rows[start:start + ROWS_PER_TABLE]],
                      colWidths=widths, repeatRows=1)
        table.setStyle(GRID)
        out.append(table)
    return out


def candidates_pdf(township: str, month: str, candidates: list, path, stamp: Stamp | None = None) -> Path:
    s = _styles()
    rows = [[c.staff_no, c.name, Level.label_of(c.level), c.kind_label,
             Level.label_of(c.to_level), str(c.finding)] for c in candidates]
    story = [_p(township, s["sub"]), _p(f"{month} 晋升淘汰候选名单", s["title"])]
    story += _long_table(["工号", "姓名", "现等级", "类别", "拟调整为", "依据"], rows,
                         [16 * mm, 16 * mm, 14 * mm, 18 * mm, 16 * mm, 96 * mm], s)
    story += [Spacer(1, 14 * mm), _p("人事专员签字:______________    日期:____年____月____日", s["base"])]
    return build(path, story, f"{month} 晋升淘汰候选", stamp)
