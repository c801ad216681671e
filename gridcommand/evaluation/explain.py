"""A worker's evaluation in words: what each indicator counted, so a score can be checked."""

from __future__ import annotations

from .results import Deductions, Indicator

LABELS = {"reporting": "事件上报", "on_time": "按期办结", "visits": "走访", "meetings": "例会出勤",
          "satisfaction": "群众满意"}


def inputs_text(i: Indicator) -> str:
    """The indicator's inputs in words, so the points can be checked by hand."""
    name, x = i.name, i.inputs
    if name == "reporting":
        return f"上报 {x['n']} 件(目标 {x['target']} 件)"
    if name == "on_time":
        return f"应办 {x['d']} 件,按期 {x['on_time']} 件" if x["d"] else "本月无应办事件"
    if name == "visits":
        if not x["required"]:
            return "本月无应走访"
        return f"重点人员 {x['persons']} 人,应走访 {x['required']} 次,计入 {x['counted']} 次(实际 {x['done']} 次)"
    if name == "meetings":
        return f"应到 {x['expected']} 次,实到 {x['attended']} 次" if x["expected"] else "本月无例会"
    return f"评价 {x['ratings']} 件,平均 {x['sum'] / x['ratings']:.2f} 分" if x["ratings"] else "本月无评价"


def deductions_text(d: Deductions) -> str:
    """Reworks and retrospective findings (§8) in words: each finding with its review, number,
    level and reason, so a deduction can be traced to the review that decided it."""
    from ..base.enums import Responsibility

    found = "、".join(f"{f.review} 第 {f.number} 条({Responsibility.label_of(f.level)}):{f.reason}"
                      for f in d.findings) or "无"
    return f"返工 {d.rework_count} 次,扣 {d.reworks:g} 分;事后倒查:{found}"
