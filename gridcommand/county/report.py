"""The county's monthly report (SPEC §13): every township's figures and rank for the month, each
one's closure rate over the months before, and the items the county held — with how long each
took. Each township's figures are its own ``stats`` (the same code, read in its own database);
every page's footer names who made it, when, and each township's audit head."""

from __future__ import annotations

from pathlib import Path

from ..base import clock
from ..ops import dashboard, reports
from ..ops.dashboard import Figures, TownshipMonth
from ..ops.reports import WHEN, Document
from .figures import TREND_MONTHS, grades_text, side_by_side, trend_months, trends
from .seat import Seat

RATE = ("0.0%", "{:.1%}")
HOURS = ("0.0", "{:.1f}")


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def monthly(seat: Seat, month: str) -> Document:
    first, last, _start, _end = clock.month_bounds(month)
    lines = side_by_side(seat, first, last)
    rates = trends(seat, month)
    held = {a.township.name: a.value for a in seat.each(
        lambda t, db, actor: dashboard.county_items(db, actor, first, last)) if a.ok}
    reached = [line for line in lines if line.figures is not None]
    now = clock.now()
    ranking = [[line.rank, line.township, line.figures.reported, line.figures.closed, _rate(line.figures.closure_rate),
                _rate(line.figures.on_time_rate), line.figures.overdue_now, line.county_items,
                *_beyond(line.beyond)] for line in reached if line.figures is not None]
    months = trend_months(month)
    trend_rows = [[t.township, *(_rate(r) for r in t.closure_rates)] for t in rates]
    items = [[name, i.code, i.title, clock.local(i.reached_county_at).replace(tzinfo=None), i.unit or "—",
              _where_now(i), round(i.took(now).total_seconds() / 3600, 1)]
             for name, found in held.items() for i in found]
    total = _sum([line.figures for line in reached if line.figures is not None])
    missing = [line.township for line in lines if line.figures is None]
    said = (f"{len(reached)} 个镇街本月上报 {total[0]} 件,办结 {total[1]} 件,办结率 {_text_rate(total)};"
            f"县级办理事项 {len(items)} 件,其中在办 {sum(row[5] == '在办' for row in items)} 件。"
            + (f"未能读取:{'、'.join(missing)}(以上合计不含)。" if missing else ""))
    return Document(f"{seat.config.county} {month} 网格治理月度报告", "各镇街办理情况、排名与县级办理事项", said, [
        ("各镇街排名(按办结率,其次按期率)", "排名",
         ["名次", "镇街", "上报", "办结", "办结率", "按期率", "当前超期", "县级在办", "黄牌", "红牌", "提级到县", "走访完成率",
          "考核等次"], ranking, {4: RATE, 5: RATE, 11: RATE}),
        (f"办结率趋势(近 {TREND_MONTHS} 个月)", "趋势", ["镇街", *months], trend_rows,
         {n: RATE for n in range(1, TREND_MONTHS + 1)}),
        ("县级办理事项(本月提级至县或仍在县级办理)", "县级事项",
         ["镇街", "编号", "标题", "到县时间", "处置单位", "状态", "用时(小时)"], items, {3: WHEN, 6: HOURS}),
    ])


def _where_now(item: dashboard.CountyItem) -> str:
    return "已退回镇街" if item.handed_down_at else "已办结" if item.closed_at else "在办"


def _beyond(beyond: TownshipMonth | None) -> list:
    if beyond is None:
        return ["", "", "", None, ""]
    return [beyond.yellow_cards, beyond.red_cards, beyond.reached_county, _rate(beyond.visits.rate), grades_text(beyond)]


def _sum(figures: list[Figures]) -> tuple[int, int, int]:
    return (sum(f.reported for f in figures), sum(f.closed for f in figures), sum(f.cancelled for f in figures))


def _text_rate(total: tuple[int, int, int]) -> str:
    reported, closed, cancelled = total
    return f"{closed / (reported - cancelled):.1%}" if reported - cancelled else "—"


def write_monthly(seat: Seat, month: str, path: str | Path) -> Path:
    """The report as PDF or (by the suffix) xlsx, each page with who made it (the county account,
    by its name) and every township's audit head."""
    document = monthly(seat, month)
    pins = tuple(f"{a.township.name} {a.value}" for a in seat.each(
        lambda t, db, actor: reports.stamp(db, actor).pin) if a.ok)
    return reports.write_document(document, path, seat.signed_in_as, pins)

