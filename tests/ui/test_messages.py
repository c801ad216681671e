"""The core's sentences in the UI's language: every sentence the core can say has its English
words, and in Chinese the screen says exactly what the core says."""

import re

import pytest
from PySide6.QtCore import QCoreApplication

from gridcommand.base.enums import Action, Status, Track
from gridcommand.base.errors import InputError
from gridcommand.base.messages import Message, Several
from gridcommand.evaluation.scheme import DEFAULT_RULES
from ui import i18n, labels
from ui.messages import ENGLISH, text

from ..core_sentences import sentences

CHINESE = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDERS = re.compile(r"\{[^}]*\}")


@pytest.fixture
def chinese_ui(qapp):
    installed = i18n.install(QCoreApplication.instance())
    yield
    for t in installed:
        QCoreApplication.removeTranslator(t)


def test_every_sentence_of_the_core_has_its_english_words():
    said, built = sentences()
    assert built == [], "say it as a template and its values, not as finished text"
    assert sorted(set(said) - set(ENGLISH)) == [], "add the English words to ui/sentences/"
    assert sorted(set(ENGLISH) - set(said)) == [], "the core no longer says these"
    for chinese, english in ENGLISH.items():
        assert sorted(PLACEHOLDERS.findall(english)) == sorted(PLACEHOLDERS.findall(chinese)), chinese
        assert not CHINESE.search(PLACEHOLDERS.sub("", english).replace("是 (yes) or 否 (no)", "")), english
    assert len(set(ENGLISH.values())) == len(ENGLISH), "one English sentence per template"


def test_in_chinese_the_screen_says_what_the_core_says(chinese_ui):
    assert {zh: QCoreApplication.translate("Message", en) for zh, en in ENGLISH.items()} == \
           {zh: zh for zh in ENGLISH}
    assert {a.value: labels.verb(a.value) for a in Action} == {a.value: a.label for a in Action}
    assert [labels.grade(name) for _low, name in DEFAULT_RULES["grades"]] == ["优秀", "良好", "合格", "不合格"]


def test_every_action_has_its_verb_and_every_default_grade_its_name():
    assert set(labels.VERBS) == {a.value for a in Action}
    assert set(labels.GRADES) == {name for _low, name in DEFAULT_RULES["grades"]}
    assert labels.grade("不合格") == "Fail" and labels.grade("甲等") == "甲等"  # a scheme's own name as written


def _refusal() -> InputError:
    return InputError(Message("不能“{action}”:事件 {code} 现在是“{status}”。现在可以:{allowed}。",
                              action=Action.DISPATCH, code="TN-1", status=Status.CLOSED,
                              allowed=[Action.ATTACH, Action.MARK_SERIOUS]))


def test_a_refusal_in_english_words_its_values_too(qapp):
    assert text(_refusal()) == "Cannot dispatch: incident TN-1 is “Closed”. " \
                               "Possible now: add an attachment, mark as a serious event."
    several = Several([Message("标题不能为空"), Message("事件已是“{track}”", track=Track.SAFETY)])
    assert text(several) == "The title is required; The incident is already a “Safety matter”"
    nested = Message("{what}不能为空", what=Message("退回原因"))
    assert text(nested) == "The reason for returning is required"
    assert text(Message("{month}({score:.1f} 分)", month="2026-10", score=87.25)) == "2026-10 (87.2 points)"


def test_in_chinese_a_refusal_reads_as_the_command_line_prints_it(chinese_ui):
    exc = _refusal()
    assert text(exc) == str(exc) == "不能“交办”:事件 TN-1 现在是“已结案”。现在可以:添加附件、标记为重大事件。"
    several = Several([Message("标题不能为空"), Message("请选择来源")])
    assert text(several) == str(several) == "标题不能为空;请选择来源"
