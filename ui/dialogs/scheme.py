"""The evaluation scheme 考核方案 (HR and administrators): every number of SPEC §6 and the level pay
of §7 — indicator points and the reporting target, bonuses, deductions, the total's bounds,
grades with their coefficients, the budget-neutral mode, visit intervals — saved as a new version
from a month on, after trying it on a month: the ranking and pay as they would be."""

from __future__ import annotations

import copy
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base import clock
from gridcommand.base.checks import Bounds
from gridcommand.base.enums import Level, PersonColour
from gridcommand.ops import evaluation
from gridcommand.ops.evaluation import SchemePreview, scheme

from ..labels import grade, label
from ..ops import OpRunner
from ..widgets.form import add_footer, submit_in
from ..widgets.screen_fit import sized

translate = QCoreApplication.translate
# (group, path in the rules, what it is) of every plain number; grades, levels and intervals have tables.
NUMBERS = [
    ("indicators", ("indicators", "reporting", "points"), QT_TRANSLATE_NOOP("SchemeDialog", "Reporting: points")),
    ("indicators", ("indicators", "reporting", "target"),
     QT_TRANSLATE_NOOP("SchemeDialog", "Reporting: incidents for full points")),
    ("indicators", ("indicators", "on_time", "points"), QT_TRANSLATE_NOOP("SchemeDialog", "On-time handling: points")),
    ("indicators", ("indicators", "visits", "points"), QT_TRANSLATE_NOOP("SchemeDialog", "Visits: points")),
    ("indicators", ("indicators", "meetings", "points"),
     QT_TRANSLATE_NOOP("SchemeDialog", "Meeting attendance: points")),
    ("indicators", ("indicators", "satisfaction", "points"), QT_TRANSLATE_NOOP("SchemeDialog", "Satisfaction: points")),
    ("indicators", ("indicators", "satisfaction", "none_points"),
     QT_TRANSLATE_NOOP("SchemeDialog", "Satisfaction without ratings: points")),
    ("bonus", ("bonus", "pennant"), QT_TRANSLATE_NOOP("SchemeDialog", "Pennant")),
    ("bonus", ("bonus", "letter"), QT_TRANSLATE_NOOP("SchemeDialog", "Thank-you letter")),
    ("bonus", ("bonus", "praise"), QT_TRANSLATE_NOOP("SchemeDialog", "Praise by a superior or the media")),
    ("bonus", ("bonus", "cap"), QT_TRANSLATE_NOOP("SchemeDialog", "At most a month")),
    ("deductions", ("deductions", "minor"), QT_TRANSLATE_NOOP("SchemeDialog", "Minor finding")),
    ("deductions", ("deductions", "major"), QT_TRANSLATE_NOOP("SchemeDialog", "Major finding")),
    ("deductions", ("deductions", "serious"), QT_TRANSLATE_NOOP("SchemeDialog", "Serious finding")),
    ("deductions", ("deductions", "rework"), QT_TRANSLATE_NOOP("SchemeDialog", "Each rework")),
    ("deductions", ("deductions", "rework_cap"), QT_TRANSLATE_NOOP("SchemeDialog", "Reworks at most")),
    ("total", ("total", "min"), QT_TRANSLATE_NOOP("SchemeDialog", "Lowest total")),
    ("total", ("total", "max"), QT_TRANSLATE_NOOP("SchemeDialog", "Highest total")),
]
GROUPS = {"indicators": QT_TRANSLATE_NOOP("SchemeDialog", "Indicators (100 points in all)"),
          "bonus": QT_TRANSLATE_NOOP("SchemeDialog", "Bonus points"),
          "deductions": QT_TRANSLATE_NOOP("SchemeDialog", "Deductions"),
          "total": QT_TRANSLATE_NOOP("SchemeDialog", "Total")}


def _number(parent: QWidget, value: float, bounds: Bounds, decimals: int = 1) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(bounds.low, bounds.high)  # the core's own bounds; a wrong value still gets its sentence
    box.setDecimals(decimals)
    box.setValue(value)
    return box


def _plain(value: float) -> int | float:
    """A whole number as an int, as the scheme stores it (a target is a count of incidents)."""
    return int(value) if float(value).is_integer() else round(value, 2)


def _at(rules: dict, path: tuple) -> float:
    for key in path:
        rules = rules[key]
    return rules


class SchemeDialog(QDialog):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("schemeDialog")
        self.setWindowTitle(self.tr("Evaluation scheme"))
        self.runner = runner
        this_month = clock.local(clock.now()).strftime("%Y-%m")
        self.since, self.rules = runner.read(evaluation.scheme_for, this_month)
        bounds = {place: within for place, _value, within in scheme.numbers(self.rules)}
        self.numbers = {path: _number(self, _at(self.rules, path), bounds[".".join(path)]) for _g, path, _w in NUMBERS}
        self.grades = [(QLineEdit(str(name), self), _number(self, low, scheme.POINTS),
                        _number(self, self.rules["coefficients"][name], scheme.COEFFICIENT, 2))
                       for low, name in self.rules["grades"]]
        self.levels = {lv.value: (_number(self, self.rules["levels"][lv.value][0], scheme.PAY, 0),
                                  _number(self, self.rules["levels"][lv.value][1], scheme.PAY, 0)) for lv in Level}
        self.intervals = {c.value: _number(self, self.rules["visit_intervals"][c.value], scheme.VISIT_DAYS, 0)
                          for c in PersonColour}
        self.neutral = QCheckBox(self.tr("Budget-neutral: the month's performance pay adds up to its standards"), self)
        self.neutral.setChecked(bool(self.rules.get("budget_neutral")))
        self.effective = QComboBox(self)
        self.effective.setObjectName("schemeEffective")
        for n in range(-2, 13):
            month = clock.shift_month(this_month, n)
            self.effective.addItem(month, month)
        self.effective.setCurrentIndex(self.effective.findData(clock.shift_month(this_month, 1)))
        self.note = QLineEdit(self)
        self.note.setObjectName("schemeNote")
        self.try_month = QComboBox(self)
        self.try_month.setObjectName("schemeTryMonth")
        for month in runner.read(evaluation.months):
            self.try_month.addItem(month, month)
        self.try_month.setCurrentIndex(max(0, self.try_month.findData(clock.shift_month(this_month, -1))))
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("schemePreview")
        self.shown: SchemePreview | None = None
        self._build_layout()

    def _build_layout(self) -> None:
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(QLabel(self.tr("In force now: the version from %1. Locked months keep the scheme they were "
                                        "computed with.").replace("%1", self.since), body))
        forms = {}
        for group, path, what in NUMBERS:
            if group not in forms:
                box = QGroupBox(translate("SchemeDialog", GROUPS[group]), body)
                forms[group] = QFormLayout(box)
                column.addWidget(box)
            forms[group].addRow(translate("SchemeDialog", what), self.numbers[path])
        column.addWidget(self._grades_box(body))
        column.addWidget(self._levels_box(body))
        intervals = QGroupBox(self.tr("Days between visits to a key person"), body)
        form = QFormLayout(intervals)
        for colour, box in self.intervals.items():
            form.addRow(label(PersonColour, colour), box)
        column.addWidget(intervals)
        column.addWidget(self.neutral)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        trying = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Try it on"), trying))
        row.addWidget(self.try_month)
        button = QPushButton(self.tr("Preview the ranking"), trying)
        button.setObjectName("schemePreviewButton")
        button.clicked.connect(self.show_preview)
        row.addWidget(button)
        row.addStretch(1)
        right = QVBoxLayout(trying)
        right.addLayout(row)
        right.addWidget(self.preview, 1)
        split = QSplitter(self)
        split.addWidget(scroll)
        split.addWidget(trying)
        form = QFormLayout()
        form.addRow(self.tr("In force from the month"), self.effective)
        form.addRow(self.tr("Why (kept with the version)"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(form)
        self.message = add_footer(self, layout)
        sized(self, 1000, 680)

    def _grades_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Grades, best first: lowest total and pay coefficient"), parent)
        grid = QGridLayout(box)
        for column, text in enumerate((self.tr("Grade"), self.tr("From (points)"), self.tr("Coefficient"))):
            grid.addWidget(QLabel(text, box), 0, column)
        for row, widgets in enumerate(self.grades, start=1):
            for column, widget in enumerate(widgets):
                grid.addWidget(widget, row, column)
        return box

    def _levels_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Pay by level, yuan a month"), parent)
        grid = QGridLayout(box)
        for column, text in enumerate(("", self.tr("Base pay"), self.tr("Performance-pay standard"))):
            grid.addWidget(QLabel(text, box), 0, column)
        for row, (level, (base, standard)) in enumerate(self.levels.items(), start=1):
            grid.addWidget(QLabel(label(Level, level), box), row, 0)
            grid.addWidget(base, row, 1)
            grid.addWidget(standard, row, 2)
        return box

    def values(self) -> dict:
        """The rules as edited: the scheme in force with every number the form holds."""
        rules = copy.deepcopy(self.rules)
        for path, box in self.numbers.items():
            node = rules
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = _plain(box.value())
        rules["grades"] = [[_plain(low.value()), name.text().strip()] for name, low, _c in self.grades]
        rules["coefficients"] = {name.text().strip(): _plain(coefficient.value())
                                 for name, _l, coefficient in self.grades}
        rules["levels"] = {level: [_plain(base.value()), _plain(standard.value())]
                           for level, (base, standard) in self.levels.items()}
        rules["visit_intervals"] = {colour: int(box.value()) for colour, box in self.intervals.items()}
        rules["budget_neutral"] = self.neutral.isChecked()
        return rules

    @Slot()
    def show_preview(self) -> None:
        month = self.try_month.currentData()
        ok, seen = submit_in(self, self.message, lambda: self.runner.read(evaluation.preview_scheme, month, self.values()))
        if not ok:
            return
        self.message.clear()
        self.shown = seen
        head = "".join(f"<th>{escape(h)}</th>" for h in (
            self.tr("Rank"), self.tr("Name"), self.tr("Now"), self.tr("Under this scheme"), self.tr("Pay now"),
            self.tr("Pay under it")))
        rows = "".join(
            f"<tr><td align=right>{n}</td><td>{escape(w.name)}</td><td>{w.before[0]:.1f} {escape(grade(w.before[1]))}"
            f"</td><td>{w.after[0]:.1f} {escape(grade(w.after[1]))}</td>"
            + (f"<td align=right>{w.pay[0]:,.2f}</td><td align=right>{w.pay[1]:,.2f}</td>" if w.pay else "<td/><td/>")
            + "</tr>" for n, w in enumerate(seen.workers, start=1))
        counts = "; ".join(f"{grade(name)} {seen.grades_before.get(name, 0)} → {n}"
                           for name, n in seen.grades_after.items())
        said = [self.tr("%1, by grade: %2").replace("%1", seen.month).replace("%2", counts)]
        if seen.pay_total:
            said.append(self.tr("Performance pay in all: %1 → %2").replace("%1", f"{seen.pay_total[0]:,.2f}")
                        .replace("%2", f"{seen.pay_total[1]:,.2f}"))
        if seen.locked:
            said.append(self.tr("This month is locked: its results stay as they are whatever is saved."))
        self.preview.setHtml("".join(f"<p>{escape(s)}</p>" for s in said)
                             + f"<table cellspacing=0 cellpadding=3 border=1><tr>{head}</tr>{rows}</table>")

    @Slot()
    def accept(self) -> None:
        done, _version = submit_in(self, self.message, lambda: self.runner.call(
            evaluation.new_scheme, self.effective.currentData(), self.values(), self.note.text().strip()))
        if done:
            super().accept()
