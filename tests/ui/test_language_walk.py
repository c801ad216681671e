"""Every dock and every dialog speaks the UI's language: no Chinese word in the English UI, no
English word in the Chinese one but codes (PDF, xlsx, Ctrl…). Only what the screen itself says is
read — titles, buttons, tabs, headers, form labels, placeholders — not the township's data. The
notes the rules write on a timeline and the dates on chart axes are said in the UI's language."""

import datetime as dt
import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from gridcommand.base import clock
from gridcommand.workflow import rule_notes
from ui import display, i18n
from ui.widgets.date_axis import tick_label

from .conftest import make_runner, make_window
from .test_dialog_fit import DIALOGS

CODES = r"PDF|xlsx|csv|Excel|UTF-8|GBK|Ctrl|Shift|Alt|Del|Enter|Esc|F\d+|\(&\w\)|&|ID|12345"


def wrong_words(texts: list[str], language: str) -> list[str]:
    if language == "en":
        return [t for t in texts if re.search(r"[\u4e00-\u9fff]", t)]
    return [t for t in texts if re.search(r"[A-Za-z]{2,}", re.sub(CODES, "", t))]


def own_words(widget: QWidget) -> list[str]:
    """What ``widget`` and its children say themselves (not the data they show)."""
    texts = [widget.windowTitle()] if widget.isWindow() else []
    texts += [b.text() for b in widget.findChildren(QAbstractButton) if not isinstance(b.parent(), QComboBox)]
    texts += [g.title() for g in widget.findChildren(QGroupBox)]
    texts += [bar.tabText(i) for bar in widget.findChildren(QTabBar) for i in range(bar.count())]
    texts += [e.placeholderText() for e in widget.findChildren(QLineEdit)]
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None and hasattr(label.widget(), "text"):
                texts.append(label.widget().text())
    for view in widget.findChildren(QTableView) + widget.findChildren(QTreeView):
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        texts += [str(view.model().headerData(c, Qt.Orientation.Horizontal) or "") for c in range(header.count())]
    return [t for t in texts if t]


@pytest.fixture
def language_of_ui(qapp, request):
    installed = i18n.install(QCoreApplication.instance(), request.param)
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language_of_ui", ["en", "zh_CN"], indirect=True)
def test_every_dock_and_dialog_in_the_language_of_the_ui(qtbot, demo_db, settings, tmp_path, language_of_ui):
    window = make_window(qtbot, make_runner(demo_db, "admin", ("admin",)), settings)
    texts = []
    for dock, _key in window.dock_keys():
        window.bring_forward(dock)
        qtbot.wait(10)
        texts += own_words(dock)
    for name, build in DIALOGS.items():
        dialog = build(window, tmp_path / name)
        qtbot.addWidget(dialog)
        texts += own_words(dialog)
        dialog.deleteLater()
    assert len(texts) > 300
    assert wrong_words(texts, language_of_ui) == []


@pytest.mark.parametrize("language_of_ui", ["en", "zh_CN"], indirect=True)
def test_the_rules_notes_are_said_in_the_language_of_the_ui(language_of_ui):
    notes = [rule_notes.card(c, s) for c in rule_notes.CARD_LABELS for s in rule_notes.STEP_LABELS]
    notes += [rule_notes.escalation(s) for s in rule_notes.STEP_LABELS]
    notes += [rule_notes.flag(r) for r in rule_notes.FLAG_REASONS]
    said = [display.rule_note(note) for note in notes]
    if language_of_ui == "zh_CN":
        assert said == notes  # word for word what the record keeps
    else:
        assert wrong_words(said, "en") == [] and "Yellow card: Accept overdue" in said
    assert display.rule_note("已电话联系居民") == "已电话联系居民"  # a person's note is theirs
    assert rule_notes.read(notes[0]) == (rule_notes.CARD, {"card": "yellow", "step": "accept"})


@pytest.mark.parametrize("language_of_ui", ["en", "zh_CN"], indirect=True)
def test_chart_dates_read_the_chinese_or_the_english_way(language_of_ui):
    at = dt.datetime(2026, 9, 30, 23, 30, tzinfo=clock.SHANGHAI)
    expected = {"zh_CN": ("9月", "9-30"), "en": ("Sep", "30 Sep")}[language_of_ui]
    assert (tick_label(at, "%b"), tick_label(at, "%d")) == expected
    assert tick_label(at, "%H:%M") == "23:30" and tick_label(at, "%Y") == "2026"


def test_the_english_detail_says_the_rules_moves_in_english(qtbot, demo_db, settings):
    from sqlalchemy import select

    from gridcommand.models import IncidentEvent

    with demo_db.session() as s:
        carded = s.scalars(select(IncidentEvent.incident_id).where(IncidentEvent.action == "card")).first()
    window = make_window(qtbot, make_runner(demo_db, "duty1", ("duty",)), settings)
    window.detail.show_incident(carded)
    timeline = window.detail.browser.toPlainText().split("Timeline")[-1]
    assert "card:" in timeline.replace("Yellow card:", "card:").replace("Red card:", "card:")
    assert "System" in timeline and "督办" not in timeline and "系统" not in timeline
