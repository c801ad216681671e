"""A worker's evaluation sheet as HTML for the dock: each indicator with its inputs in words."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from gridcommand.enums import CommendationKind, Level
from gridcommand.evaluation.explain import LABELS, deductions_text, inputs_text

from ...labels import label


def _words() -> dict[str, str]:
    return {"bonus": QCoreApplication.translate("sheet", "Bonus"),
            "deductions": QCoreApplication.translate("sheet", "Deductions"),
            "adjustment": QCoreApplication.translate("sheet", "Adjustment"),
            "total": QCoreApplication.translate("sheet", "Total"),
            "performance": QCoreApplication.translate("sheet", "Performance pay"),
            "float": QCoreApplication.translate("sheet", "Float"),
            "total_pay": QCoreApplication.translate("sheet", "Total pay")}


def _signed(points: float) -> str:
    return f"{points:+g}" if points else "0"


def sheet_html(row: dict, month: str, may_see_pay: bool) -> str:
    w = _words()
    lines = "".join(
        f"<tr><td>{escape(LABELS[name])}</td><td style='color:#555'>{escape(inputs_text(name, i))}</td>"
        f"<td align='right'><b>{i['points']:.2f}</b></td></tr>"
        for name, i in ((n, row["indicators"][n]) for n in LABELS))
    bonus = "、".join(f"{label(CommendationKind, k)} {n}" for k, n in row["bonus"]["inputs"].items()) or "—"
    lines += f"<tr><td>{escape(w['bonus'])}</td><td>{escape(bonus)}</td><td align='right'>{_signed(row['bonus']['points'])}</td></tr>"
    if may_see_pay:
        d = row["deductions"]
        lines += (f"<tr><td>{escape(w['deductions'])}</td><td>{escape(deductions_text(d))}</td>"
                  f"<td align='right'>{_signed(-d['points'])}</td></tr>")
        if row["adjustment"]["points"]:
            lines += (f"<tr><td>{escape(w['adjustment'])}</td><td>{escape('; '.join(row['adjustment']['reasons']))}</td>"
                      f"<td align='right'>{row['adjustment']['points']:+g}</td></tr>")
    head = f"<h3>{escape(row['name'])}({escape(row['staff_no'])})· {escape(label(Level, row['level']))}</h3>"
    total = f"<p><b>{escape(w['total'])} {row['total']:.1f} · {escape(row['grade'])}</b></p>"
    pay = ""
    if may_see_pay:
        p = row["pay"]
        pay = (f"<p>{escape(w['performance'])} {p['performance']:,.2f} · {escape(w['float'])} "
               f"{p['float']:+,.2f} · {escape(w['total_pay'])} {p['total']:,.2f}</p>")
    return f"{head}<p>{escape(month)}</p><table cellspacing='4'>{lines}</table>{total}{pay}"
