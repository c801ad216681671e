"""Supervision notices 督办通知单 as A4 pages: one a unit — its serial number, the items it must
answer for, the date it answers by, the township command room's signature — and below a cut line
the reply slip 回执 the unit signs and returns."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from ..base import clock
from ..base.enums import Status
from ..workflow.notices import Notice
from .document import Stamp, build
from .fonts import register


def _styles() -> dict[str, ParagraphStyle]:
    font = register()
    base = ParagraphStyle("base", fontName=font, fontSize=11, leading=17, wordWrap="CJK")
    return {"base": base, "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
            "title": ParagraphStyle("title", parent=base, fontSize=20, leading=28, alignment=1,
                                    textColor=colors.HexColor("#c5221f")),
            "centre": ParagraphStyle("centre", parent=base, alignment=1),
            "body": ParagraphStyle("body", parent=base, firstLineIndent=22),
            "right": ParagraphStyle("right", parent=base, alignment=2)}


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _page(notice: Notice, s) -> list:
    header = ["序号", "事件编号", "标题", "环节", "办理时限", "超期", "督办"]
    rows = [[_p(h, s["cell"]) for h in header]]
    for n, item in enumerate(notice.items, start=1):
        cards = "、".join(x for x in (f"黄牌 {item.yellow_cards}" if item.yellow_cards else "",
                                      f"红牌 {item.red_cards}" if item.red_cards else "") if x)
        rows.append([_p(str(n), s["cell"]), _p(item.code, s["cell"]), _p(item.title, s["cell"]),
                     _p(Status.label_of(item.status), s["cell"]),
                     _p(clock.format_local(item.deadline, "%m-%d %H:%M") or "—", s["cell"]),
                     _p(clock.format_span(item.late) if item.late else "—", s["cell"]), _p(cards or "—", s["cell"])])
    table = Table(rows, colWidths=[11 * mm, 34 * mm, 55 * mm, 15 * mm, 22 * mm, 20 * mm, 21 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    issued = clock.format_local(notice.issued_at, "%Y年%m月%d日")
    answer = f"{notice.answer_by:%Y年%m月%d日}"
    return [
        _p(f"{notice.township}综合信息指挥室", s["centre"]), _p("督 办 通 知 单", s["title"]),
        _p(notice.serial, s["right"]), Spacer(1, 3 * mm),
        _p(f"{notice.unit}:", s["base"]),
        _p(f"你单位牵头处置的以下 {len(notice.items)} 件事件已超期或被督办。请抓紧办理,于 {answer}前办结,"
           "或书面说明原因、措施和办结时限,并将回执报送综合信息指挥室。", s["body"]),
        Spacer(1, 3 * mm), table, Spacer(1, 6 * mm),
        _p(f"{notice.township}综合信息指挥室\n{issued}", s["right"]), Spacer(1, 8 * mm),
        _p("- - - - - - - - - - - - - - - - - - - - 沿此线剪下 - - - - - - - - - - - - - - - - - - - -", s["centre"]),
        Spacer(1, 4 * mm), _p(f"回  执({notice.serial})", s["centre"]), Spacer(1, 3 * mm),
        _p(f"单位:{notice.unit}        应回复日期:{answer}", s["base"]),
        _p("办理情况:\n\n\n\n", s["base"]),
        _p("负责人签字:________________        联系电话:________________        日期:________________", s["base"]),
    ]


def notices_pdf(notices: list[Notice], path, stamp: Stamp | None = None) -> Path:
    """Every notice on its own page (a page break between them)."""
    s = _styles()
    story: list = []
    for n, notice in enumerate(notices):
        story += ([PageBreak()] if n else []) + _page(notice, s)
    title = notices[0].serial if len(notices) == 1 else f"督办通知单 {len(notices)} 份"
    return build(path, story, title, stamp, margin=16 * mm)
