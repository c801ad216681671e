"""Agenda and minutes of a meeting as A4 PDFs: township and date, sections, attendance,
decisions and action items, page numbers and the chair's signature line."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..base import clock
from ..meetings.fit import WRITTEN_SECTION
from ..meetings.service import OUTCOMES
from ..meetings.settings import SECTIONS
from ..meetings.views import AgendaView, written_by_section
from .document import Stamp, build
from .fonts import register


def _styles() -> dict[str, ParagraphStyle]:
    font = register()
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12.5, textColor=colors.HexColor("#444444")),
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=1, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, alignment=1, spaceAfter=10),
        "section": ParagraphStyle("section", parent=base, fontSize=13, leading=18, spaceBefore=10, spaceAfter=4),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _heading(view: AgendaView, kind: str, s) -> list:
    when = clock.format_local(view.starts_at, "%Y年%m月%d日 %H:%M")
    facts = [f"时间:{when}", f"时长:{view.length_minutes} 分钟"]
    if view.chair:
        facts.append(f"主持:{view.chair}")
    if view.location:
        facts.append(f"地点:{view.location}")
    return [_p(f"{view.township}", s["subtitle"]), _p(f"{view.title} {kind}", s["title"]),
            _p(" · ".join(facts), s["subtitle"])]


def _items_table(items, s, with_outcome: bool) -> Table:
    header = ["序号", "事项", "汇报人 / 单位", "分钟"] + (["结果"] if with_outcome else [])
    rows = [[_p(h, s["small"]) for h in header]]
    n = k = 0
    for item in items:
        beneath = item.parent_id is not None  # listed under a unit's report or the written report
        n, k = (n, k + 1) if beneath else (n + 1, 0)
        who = " / ".join(x for x in (item.presenter, item.unit) if x)
        title = item.title + (f"\n{item.detail}" if item.detail else "")
        row = [_p(f"{n}.{k}" if beneath else str(n), s["small"]), _p(title, s["small" if beneath else "base"]),
               _p(who, s["small"]), _p("—" if beneath else str(item.minutes), s["small"])]
        if with_outcome:
            outcome = OUTCOMES.get(item.outcome or "", "")
            row.append(_p(outcome + (f":{item.outcome_note}" if item.outcome_note else ""), s["small"]))
        rows.append(row)
    widths = [12 * mm, 100 * mm, 35 * mm, 13 * mm] if not with_outcome else \
        [12 * mm, 76 * mm, 28 * mm, 11 * mm, 43 * mm]  # 序号 on one line
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _numbered(section: int) -> str:
    return f"{'一二三四五六七八'[section - 1]}、{SECTIONS[section]}"


def _sections(view: AgendaView, s, with_outcome: bool) -> list:
    story, written = [], written_by_section(view)
    for number in SECTIONS:
        items = [i for i in view.items if i.section == number]
        story.append(_p(_numbered(number), s["section"]))
        if items:
            story.append(_items_table(items, s, with_outcome))
        elif written.get(number):  # not "none": they are in the written report, say so
            story.append(_p(f"(本周不单独讨论:{written[number]} 项列入{_numbered(WRITTEN_SECTION)}的书面通报)",
                            s["small"]))
        else:
            story.append(_p("(本周无)", s["small"]))
    return story


def _attendance(view: AgendaView, s) -> list:
    if not view.attendees:
        return []
    marks = {True: "到会", False: "缺席", None: "—"}
    cells = [_p(f"{name} {marks[present]}", s["small"]) for _id, name, present in view.attendees]
    rows = [cells[i:i + 4] + [""] * (4 - len(cells[i:i + 4])) for i in range(0, len(cells), 4)]
    table = Table(rows, colWidths=[42 * mm] * 4)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    present = sum(1 for a in view.attendees if a[2])
    return [_p(f"参会情况(应到 {len(view.attendees)},实到 {present})", s["section"]), table]


def _signature(s) -> list:
    return [Spacer(1, 12 * mm), _p("主持人签字:________________        日期:____年____月____日", s["base"])]


def agenda_pdf(view: AgendaView, path: str | Path, stamp: Stamp | None = None) -> Path:
    s = _styles()
    story = _heading(view, "议程", s)
    total = view.total_minutes
    if total > view.length_minutes:
        story.append(_p(f"注意:各项合计 {total} 分钟,超过会议时长 {view.length_minutes} 分钟。", s["small"]))
    # The signature never stands alone on a page: it keeps to the block before it.
    story += _sections(view, s, with_outcome=False) + [KeepTogether(_attendance(view, s) + _signature(s))]
    return build(path, story, f"{view.title} 议程", stamp, margin=18 * mm, bottom=20 * mm, footer_at=12 * mm)


def minutes_pdf(view: AgendaView, path: str | Path, stamp: Stamp | None = None) -> Path:
    s = _styles()
    story = _heading(view, "会议纪要", s) + _attendance(view, s)
    story += _sections(view, s, with_outcome=True)
    closing = [_p("决定事项与待办", s["section"])]
    if view.actions:
        rows = [[_p(h, s["small"]) for h in ("序号", "事项", "责任单位 / 人", "期限", "状态")]]
        for n, a in enumerate(view.actions, start=1):
            rows.append([_p(str(n), s["small"]), _p(a.title, s["base"]), _p(a.who or "未指定", s["small"]),
                         _p(f"{a.due_date:%Y-%m-%d}", s["small"]),
                         _p("已完成" if a.status == "done" else "未完成", s["small"])])
        table = Table(rows, colWidths=[12 * mm, 78 * mm, 35 * mm, 25 * mm, 20 * mm], repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        closing.append(table)
    else:
        closing.append(_p("(无)", s["small"]))
    story.append(KeepTogether(closing + _signature(s)))
    return build(path, story, f"{view.title} 会议纪要", stamp, margin=18 * mm, bottom=20 * mm, footer_at=12 * mm)
