"""The monthly ranking of the handling units 部门考核排名 (SPEC §3.4) with its inputs: how fast
each unit signed in, how much it closed on time, its returns, reworks, cards and satisfaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..base import clock
from ..figures.unit_scores import PENALTY, SIGN_FULL_HOURS, SIGN_ZERO_HOURS, UnitScore, monthly_ranking
from ..org.township import label as township_label
from .report import Document, TableSpec

HEADER = ["名次", "单位", "交办", "报到", "平均报到小时", "办结", "按期", "按期率", "退单", "返工", "黄牌", "红牌",
          "满意度", "得分", "督办通知"]
FORMATS = {4: ("0.0", "{:.1f}"), 7: ("0.0%", "{:.1%}"), 12: ("0.00", "{:.2f}"), 13: ("0.0", "{:.1f}")}


def unit_table(units: list[UnitScore]) -> TableSpec:
    rows = [[u.rank, u.unit, u.dispatched, u.signed, u.avg_sign_hours, u.closed, u.on_time, u.on_time_rate,
             u.returns, u.reworks, u.yellow_cards, u.red_cards, u.satisfaction, u.score, u.notices] for u in units]
    return "处置单位考核排名", "单位排名", HEADER, rows, FORMATS


def document(township: str, month: str, units: list[UnitScore]) -> Document:
    p = PENALTY
    said = (f"得分(满分 100)= 按期办结率 × 40 + 报到速度 20(平均 {SIGN_FULL_HOURS:g} 小时内报到得满分,"
            f"{SIGN_ZERO_HOURS:g} 小时及以上不得分)+ 群众满意度 20 + 20 减去扣分(退单每次 {p['returns']} 分、"
            f"返工 {p['reworks']} 分、黄牌 {p['yellow_cards']} 分、红牌 {p['red_cards']} 分,扣完为止)。")
    return Document(f"{township} {month} 处置单位考核排名", f"共 {len(units)} 个单位", said, [unit_table(units)])


def make(session: Session, viewer, month: str, village_id: int | None) -> Document:
    """The report centre's entry (``gridcommand.ops.reports.REPORTS``): the township's units."""
    return document(township_label(session), clock.check_month(month), monthly_ranking(session, month))
