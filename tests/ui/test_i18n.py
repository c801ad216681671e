"""Chinese by default, English on request; the shipped translation is complete and current."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from ui import i18n
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "gridcommand_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} not installed")
    return found


@pytest.fixture
def translators(qapp):
    installed = []
    yield installed
    for t in installed:
        QCoreApplication.removeTranslator(t)


def test_chinese_is_the_default(qtbot, runner, settings, translators):
    translators += i18n.install(QCoreApplication.instance())
    window = MainWindow(runner, settings, "嘉善县 天凝镇")
    qtbot.addWidget(window)
    assert window.queue.windowTitle() == "事件队列"
    assert window.windowTitle() == "网格指挥室 — 嘉善县 天凝镇"
    assert window.queue.model.headerData(0, Qt.Orientation.Horizontal) == "编号"


def test_english_on_request(qtbot, runner, settings, translators):
    translators += i18n.install(QCoreApplication.instance(), "en")
    window = MainWindow(runner, settings, "x")
    qtbot.addWidget(window)
    assert window.queue.windowTitle() == "Incident queue"


def test_every_string_is_translated(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(copy)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    text = copy.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "run pyside6-lupdate and translate the new strings"


def test_compiled_translation_is_current(tmp_path):
    out = tmp_path / "out.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts file"


def test_countdowns_and_ratings_in_the_language_of_the_ui(qapp, translators):
    import datetime as dt

    from ui import display

    now = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.timezone.utc)
    later, earlier = now + dt.timedelta(hours=2, minutes=20), now - dt.timedelta(hours=2, minutes=16)
    translators += i18n.install(QCoreApplication.instance())
    assert display.countdown(None, later, now)[0] == "剩 2小时20分"
    assert display.countdown(None, earlier, now)[0] == "超期 2小时16分"
    assert display.satisfaction(5) == "5 非常满意" and display.satisfaction(1) == "1 非常不满意"
    for t in translators:
        QCoreApplication.removeTranslator(t)
    translators.clear()
    assert display.countdown(None, later, now)[0] == "2 h 20 min left"
    assert display.satisfaction(3) == "3 neutral"


def test_dialog_titles_drop_the_menus_mnemonic(qapp):
    from PySide6.QtGui import QAction

    from ui.actions import title_of

    assert [title_of(QAction(text)) for text in ("受理(&A)…", "&Accept…", "核查不通过/返工(&F)…", "Cancel &incident…")] \
        == ["受理", "Accept", "核查不通过/返工", "Cancel incident"]


def test_the_cores_words_are_its_own_in_chinese_and_english_in_the_english_ui(qapp, translators):
    import re

    from ui.labels import ENGLISH, label

    chinese = re.compile(r"[\u4e00-\u9fff]")
    for kind, words in ENGLISH.items():
        assert set(words) == {m.value for m in kind}, f"{kind.__name__}: every member has its English words"
        assert not [label(kind, m.value) for m in kind if chinese.search(label(kind, m.value))]
    translators += i18n.install(QCoreApplication.instance())
    for kind in ENGLISH:
        assert [label(kind, m.value) for m in kind] == [m.label for m in kind], kind.__name__


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_word_of_the_other_language_on_screen(qtbot, runner, settings, translators, language):
    """What the window itself says — menus, tabs, headers, buttons, and the words the queue
    computes (colour, status, level, time left, track) — is all in the UI's language."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QMenuBar, QTabBar, QTableView

    from ui.panels.queue.dock import COLUMNS

    from .conftest import make_window

    translators += i18n.install(QCoreApplication.instance(), language)
    window = make_window(qtbot, runner, settings)
    texts = [a.text() for menu in window.findChild(QMenuBar).actions() for a in [menu, *menu.menu().actions()]]
    texts += [bar.tabText(i) for bar in window.findChildren(QTabBar) for i in range(bar.count())]
    texts += [b.text() for b in window.findChildren(QAbstractButton)]
    for table in window.findChildren(QTableView):
        model = table.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    queue = window.queue.model
    computed = [COLUMNS.index(k) for k in ("colour", "status", "level", "deadline", "track")]
    texts += [str(queue.data(queue.index(r, c))) for r in range(min(100, queue.rowCount())) for c in computed]
    if language == "en":
        wrong = [t for t in texts if re.search(r"[\u4e00-\u9fff]", t)]
    else:  # Latin letters only where Chinese uses them too
        wrong = [t for t in texts if re.search(r"[A-Za-z]{2,}", re.sub(r"PDF|xlsx|Ctrl|Shift|Del|F\d+|\(&\w\)|&", "", t))]
    assert wrong == []


def test_the_meetings_words_are_the_cores_own_in_chinese(qapp, translators):
    from gridcommand.evaluation.careers import KINDS as CAREERS
    from gridcommand.imports import KINDS as IMPORTS
    from gridcommand.meetings.service import OUTCOMES
    from gridcommand.meetings.settings import KINDS, SECTIONS
    from ui import labels

    for core, ours in ((SECTIONS, labels.SECTIONS), (OUTCOMES, labels.ITEM_OUTCOMES), (KINDS, labels.MEETING_KINDS),
                       (IMPORTS, labels.IMPORT_KINDS), (CAREERS, labels.CAREER_KINDS)):
        assert set(ours) == set(core)
    translators += i18n.install(QCoreApplication.instance())
    assert {n: labels.section(n) for n in SECTIONS} == SECTIONS
    assert {k: labels.item_outcome(k) for k in OUTCOMES} == OUTCOMES
    assert {k: labels.meeting_kind(k) for k in KINDS} == KINDS
    assert {k: labels.import_kind(k) for k in IMPORTS} == {k: kind.label for k, kind in IMPORTS.items()}
    assert {k: labels.career_kind(k) for k in CAREERS} == CAREERS


def test_the_evaluation_sheet_in_chinese_is_the_cores_word_for_word(qapp, translators):
    from gridcommand.evaluation import explain
    from gridcommand.evaluation.findings import Counted
    from gridcommand.evaluation.results import Deductions, Indicator
    from ui.panels.performance import sheet

    samples = {"reporting": [{"n": 12, "target": 15}], "on_time": [{"d": 0, "on_time": 0}, {"d": 9, "on_time": 8}],
               "visits": [{"required": 0}, {"persons": 3, "required": 12, "counted": 11, "done": 14}],
               "meetings": [{"expected": 0}, {"expected": 4, "attended": 3}],
               "satisfaction": [{"ratings": 0}, {"ratings": 7, "sum": 31}]}
    reworks = [Deductions(7, (), 5, 0, 5),  # the scheme's cap: 5 points
               Deductions(0, (Counted("2026-03", "DC-2026-001", 2, "major", "超期未办"),), 0, 10, 10)]
    english = [sheet.inputs(Indicator(n, x, 0)) for n, xs in samples.items() for x in xs]
    assert all(text.isascii() for text in english)
    translators += i18n.install(QCoreApplication.instance())
    assert {n: sheet.indicator(n) for n in explain.LABELS} == explain.LABELS
    for name, xs in samples.items():
        for x in xs:
            assert sheet.inputs(Indicator(name, x, 0)) == explain.inputs_text(Indicator(name, x, 0))
    assert [sheet.deductions(d) for d in reworks] == [explain.deductions_text(d) for d in reworks]
