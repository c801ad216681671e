"""A retrospective review as an A4 PDF (SPEC §8): the event, the window and scope, a timeline of
everything in scope, the findings with their evidence and the responsibility decided, the
conclusion, the approval and the signature lines. Personal data masked; the audit chain's head
in the footer."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..base import clock
from ..base.enums import FindingKind, Responsibility, ReviewState
from ..reviews.views import TIMELINE_ROWS, ReviewView, Timeline
from .document import Stamp, build
from .fonts import register

WIDTH = 178 * mm
ROW_COLOURS = {"事件": "#1a73e8", "走访": "#188038", "督办": "#d93025", "例会": "#7b1fa2"}


def _styles() -> dict[str, ParagraphStyle]:
    font = register()
    base = ParagraphStyle("base", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    return {"base": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5),
            "title": ParagraphStyle("title", parent=base, fontSize=17, leading=24, alignment=1, spaceAfter=4),
            "sub": ParagraphStyle("sub", parent=base, fontSize=10.5, alignment=1, spaceAfter=8),
            "section": ParagraphStyle("section", parent=base, fontSize=12.5, leading=18, spaceBefore=8,
                                      spaceAfter=4)}


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def _facts(rows: list[tuple[str, str]], s) -> Table:
    table = Table([[_p(k, s["small"]), _p(v, s["base"])] for k, v in rows], colWidths=[26 * mm, WIDTH - 26 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#dddddd"))]))
    return table


def timeline_drawing(line: Timeline) -> Drawing:
    """One row of marks per kind of record along the window, the findings below them, the event
    at the right edge."""
    font = register()
    left, right, row_h = 18 * mm, 4 * mm, 7 * mm
    names = list(TIMELINE_ROWS) + ["发现"]
    height = row_h * len(names) + 10 * mm
    drawing = Drawing(WIDTH, height)
    span = (line.end - line.start).total_seconds() or 1
    x = lambda at: left + (WIDTH - left - right) * (at - line.start).total_seconds() / span  # noqa: E731
    for n, name in enumerate(names):
        y = height - (n + 1) * row_h
        drawing.add(String(0, y - 1, name, fontName=font, fontSize=8))
        drawing.add(Line(left, y + 1, WIDTH - right, y + 1, strokeColor=colors.HexColor("#e0e0e0"), strokeWidth=0.4))
        instants = line.findings if name == "发现" else line.rows[name]
        colour = colors.HexColor(ROW_COLOURS.get(name, "#e37400"))
        for at in instants:
            px = x(at)
            if name == "发现":
                drawing.add(Polygon([px - 2, y - 2, px + 2, y - 2, px, y + 3], fillColor=colour, strokeColor=None))
            else:
                drawing.add(Rect(px - 0.6, y - 2, 1.2, 6, fillColor=colour, strokeColor=None))
    bottom = height - len(names) * row_h - 4 * mm
    drawing.add(Line(left, bottom + 2 * mm, WIDTH - right, bottom + 2 * mm, strokeWidth=0.5))
    drawing.add(Line(x(line.end), bottom + 2 * mm, x(line.end), height - 2, strokeColor=colors.red, strokeWidth=0.8))
    for at, anchor in ((line.start, "start"), (line.end, "end")):
        drawing.add(String(x(at), bottom - 1, clock.format_local(at, "%Y-%m-%d"), fontName=font, fontSize=7.5,
                           textAnchor=anchor))
    return drawing


def _findings(view: ReviewView, s) -> Table:
    rows = [[_p(h, s["small"]) for h in ("序号", "类别 / 时间", "问题与依据", "责任人(当时)", "责任认定")]]
    for f in view.findings:
        proof = "\n".join(f"· {e.label}" for e in f.evidence)
        decided = Responsibility.label_of(f.level) if f.level else "未认定"
        rows.append([_p(str(f.number), s["small"]),
                     _p(f"{FindingKind.label_of(f.kind)}\n{clock.format_local(f.occurred_at)}", s["small"]),
                     _p(f.summary + (f"\n{proof}" if proof else ""), s["small"]),
                     _p(f.responsible, s["small"]),
                     _p(decided + (f"\n{f.reason}" if f.reason else ""), s["small"])])
    table = Table(rows, colWidths=[11 * mm, 26 * mm, 81 * mm, 28 * mm, 32 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _blamed(view: ReviewView) -> str:
    """The responsibility decided, finding by finding: "第10条 邓俊(W00137) 较重;…"."""
    return ";".join(f"第{f.number}条 {f.responsible} {Responsibility.label_of(f.level)}"
                    for f in view.findings if f.level not in (None, Responsibility.NONE)) or "无"


def _closing(view: ReviewView, s) -> list:
    """Conclusion, approval and signatures: kept on one page."""
    return [_p("五、结论", s["section"]), _p(view.conclusion or "(尚未审批)", s["base"]),
            _p(f"认定责任:{_blamed(view)}", s["base"]),
            _p("六、审批", s["section"]),
            _facts([("开展", f"{view.opened_by} {clock.format_local(view.opened_at)}"),
                    ("审批", f"{view.approved_by} {clock.format_local(view.approved_at)}" if view.approved_at else "未审批"),
                    ("计入考核月份", view.effective_month or "—")], s),
            Spacer(1, 14 * mm),
            _p("倒查人(签字):____________    审批人(签字):____________    日期:____________", s["base"])]


def review_pdf(township: str, view: ReviewView, line: Timeline, path: str | Path,
               stamp: Stamp | None = None) -> Path:
    s = _styles()
    state = "已审批" if view.state == ReviewState.APPROVED else "倒查中(草稿)"
    story = [_p(township, s["sub"]), _p(f"事后倒查报告 {view.code}", s["title"]), _p(state, s["sub"]),
             _p("一、事件", s["section"]),
             _facts([("类型", view.kind_label), ("事发时间", clock.format_local(view.event_at)),
                     ("地点", " ".join(x for x in (view.village, view.grid, view.place) if x)),
                     ("关联事件", view.incident_code or "无"), ("经过", view.description)], s),
             _p("二、倒查范围", s["section"]),
             _facts([("时段", f"{clock.format_local(view.start)} 至 {clock.format_local(view.event_at)}"
                                f"(事发前 {view.window_days} 天)"),
                     ("网格", (f"{view.village}全部网格" if view.whole_village else view.grid)),
                     ("关联重点人员", "、".join(view.persons) or "无"),
                     ("涉及单位", "、".join(view.units) or "无")], s),
             _p("三、时间线", s["section"]), timeline_drawing(line),
             _p(f"四、倒查发现({len(view.findings)} 条)", s["section"]),
             _findings(view, s) if view.findings else _p("无", s["base"]),
             KeepTogether(_closing(view, s))]
    return build(path, story, f"事后倒查 {view.code}", stamp)
