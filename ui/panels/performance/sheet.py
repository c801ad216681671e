"""A worker's evaluation sheet as HTML for the dock: each indicator with its inputs in words, in
the UI's language (in Chinese, word for word the sheet the core prints: tests/ui/test_i18n.py)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from gridcommand.base.enums import CommendationKind, Level, Responsibility
from gridcommand.ops.evaluation import LABELS, Deductions, Indicator, Sheet

from ...labels import grade, label


def _words() -> dict[str, str]:
    return {"bonus": QCoreApplication.translate("sheet", "Bonus"),
            "deductions": QCoreApplication.translate("sheet", "Deductions"),
            "adjustment": QCoreApplication.translate("sheet", "Adjustment"),
            "total": QCoreApplication.translate("sheet", "Total"),
            "performance": QCoreApplication.translate("sheet", "Performance pay"),
            "float": QCoreApplication.translate("sheet", "Float"),
            "total_pay": QCoreApplication.translate("sheet", "Total pay")}


def indicator(name: str) -> str:
    return {"reporting": QCoreApplication.translate("sheet", "Reporting"),
            "on_time": QCoreApplication.translate("sheet", "Closed on time"),
            "visits": QCoreApplication.translate("sheet", "Visits"),
            "meetings": QCoreApplication.translate("sheet", "Meeting attendance"),
            "satisfaction": QCoreApplication.translate("sheet", "Residents' satisfaction")}[name]


def _fill(text: str, *values) -> str:
    for n, value in enumerate(values, start=1):
        text = text.replace(f"%{n}", str(value))
    return text


def inputs(i: Indicator) -> str:
    """The indicator's inputs in words, so the points can be checked by hand."""
    name, x = i.name, i.inputs
    if name == "reporting":
        return _fill(QCoreApplication.translate("sheet", "%1 reported (target %2)"), x["n"], x["target"])
    if name == "on_time":
        if not x["d"]:
            return QCoreApplication.translate("sheet", "nothing due this month")
        return _fill(QCoreApplication.translate("sheet", "%1 due, %2 on time"), x["d"], x["on_time"])
    if name == "visits":
        if not x["required"]:
            return QCoreApplication.translate("sheet", "no visit due this month")
        return _fill(QCoreApplication.translate("sheet", "%1 key persons, %2 visits due, %3 counted (%4 made)"),
                     x["persons"], x["required"], x["counted"], x["done"])
    if name == "meetings":
        if not x["expected"]:
            return QCoreApplication.translate("sheet", "no meeting this month")
        return _fill(QCoreApplication.translate("sheet", "%1 expected, %2 attended"), x["expected"], x["attended"])
    if not x["ratings"]:
        return QCoreApplication.translate("sheet", "no rating this month")
    return _fill(QCoreApplication.translate("sheet", "%1 ratings, %2 on average"), x["ratings"], f"{x['sum'] / x['ratings']:.2f}")


def deductions(d: Deductions) -> str:
    """Reworks and retrospective findings, each with its review, number, level and reason."""
    found = QCoreApplication.translate("sheet", ", ").join(
        _fill(QCoreApplication.translate("sheet", "%1 no. %2 (%3): %4"), f.review, f.number, label(Responsibility, f.level), f.reason)
        for f in d.findings) or QCoreApplication.translate("sheet", "none")
    return _fill(QCoreApplication.translate("sheet", "%1 reworks, %2 points off; retrospective reviews: %3"),
                 d.rework_count, f"{d.reworks:g}", found)


def _signed(points: float) -> str:
    return f"{points:+g}" if points else "0"


def sheet_html(row: Sheet, month: str) -> str:
    """The sheet as the month was read: deductions, adjustment and pay only when the role may
    see pay (the core leaves them out otherwise)."""
    w = _words()
    lines = "".join(
        f"<tr><td>{escape(indicator(i.name))}</td><td style='color:#555'>{escape(inputs(i))}</td>"
        f"<td align='right'><b>{i.points:.2f}</b></td></tr>"
        for i in (row.indicator(n) for n in LABELS))
    bonus = "、".join(f"{label(CommendationKind, k)} {n}" for k, n in row.bonus.inputs.items()) or "—"
    lines += f"<tr><td>{escape(w['bonus'])}</td><td>{escape(bonus)}</td><td align='right'>{_signed(row.bonus.points)}</td></tr>"
    if row.deductions is not None:
        d = row.deductions
        lines += (f"<tr><td>{escape(w['deductions'])}</td><td>{escape(deductions(d))}</td>"
                  f"<td align='right'>{_signed(-d.points)}</td></tr>")
    if row.adjustment is not None and row.adjustment.points:
        a = row.adjustment
        lines += (f"<tr><td>{escape(w['adjustment'])}</td><td>{escape('; '.join(a.reasons))}</td>"
                  f"<td align='right'>{a.points:+g}</td></tr>")
    head = f"<h3>{escape(row.name)}({escape(row.staff_no)})· {escape(label(Level, row.level))}</h3>"
    total = f"<p><b>{escape(w['total'])} {row.total:.1f} · {escape(grade(row.grade))}</b></p>"
    pay = ""
    if row.pay is not None:
        p = row.pay
        pay = (f"<p>{escape(w['performance'])} {p.performance:,.2f} · {escape(w['float'])} "
               f"{p.floating:+,.2f} · {escape(w['total_pay'])} {p.total:,.2f}</p>")
    return f"{head}<p>{escape(month)}</p><table cellspacing='4'>{lines}</table>{total}{pay}"
