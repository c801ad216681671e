"""An A4 PDF with the footer every document of the product carries on every page: "第 x 页 / 共
y 页", who made it and when, and the audit log's head when it was printed ("审计链 #SEQ HASH12"),
which `audit verify --at` checks: a printed page pins the record as it stood."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from ..base import clock
from .fonts import register

AUTHOR = "网格指挥室"
MARGIN = 16 * mm
FOOTER_AT = 10 * mm


@dataclass(frozen=True)
class Stamp:
    """Who made a document, when, and the audit log's head then."""

    made_by: str = ""
    pin: str = ""
    made_at: dt.datetime = field(default_factory=clock.now)
    pins: tuple[str, ...] = ()   # a document over several records (the county's townships): each one's head

    def pins_line(self) -> str:
        return "审计链 " + ";".join(self.pins) if self.pins else ""

    def footer(self, page: int, pages: int) -> str:
        made = f"{self.made_by} 生成于 {clock.format_local(self.made_at)}".strip()
        return "    ".join(part for part in (f"第 {page} 页 / 共 {pages} 页", made,
                                             f"审计链 {self.pin}" if self.pin else "") if part)


class _Stamped(Canvas):
    """A canvas that keeps its pages until it is saved, then draws each one's footer — the
    number of pages is known only then."""

    def __init__(self, *args, stamp: Stamp | None = None, footer_at: float = FOOTER_AT, **kwargs):
        super().__init__(*args, **kwargs)
        self._stamp, self._footer_at, self._pages = stamp or Stamp(), footer_at, []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        if self._code:  # a last page drawn on but not shown
            self._pages.append(dict(self.__dict__))
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.saveState()
            self.setFont(register(), 8.5)
            self.setFillGray(0)
            self.drawCentredString(A4[0] / 2, self._footer_at, self._stamp.footer(self._pageNumber, total))
            if self._stamp.pins:  # under the footer, smaller: twelve townships' heads fit on a line or two
                self.setFont(register(), 6.5)
                for n, line in enumerate(_wrapped(self._stamp.pins_line(), 150), start=1):
                    self.drawCentredString(A4[0] / 2, self._footer_at - 8 * n, line)
            self.restoreState()
            super().showPage()
        super().save()


def _wrapped(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def open_canvas(path: str | Path, title: str, stamp: Stamp | None = None) -> Canvas:
    """An A4 canvas for a document drawn directly (its folder made), titled as ``build`` titles;
    each page's footer is drawn when it is saved."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = _Stamped(str(path), pagesize=A4, pageCompression=1, stamp=stamp)
    canvas.setTitle(title)
    canvas.setAuthor(AUTHOR)
    return canvas


def build(path: str | Path, story: list, title: str, stamp: Stamp | None = None, margin: float = MARGIN,
          bottom: float = MARGIN, footer_at: float = FOOTER_AT) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                      bottomMargin=bottom, title=title, author=AUTHOR).build(
        story, canvasmaker=lambda *args, **kwargs: _Stamped(*args, stamp=stamp, footer_at=footer_at, **kwargs))
    return path
