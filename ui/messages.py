"""The core's sentences (``gridcommand.base.messages``) in the UI's language.

A refusal, an import problem or a career case comes from the core as a Chinese template and its
values. Each template has an English source string (``ui.sentences``), translated (context "Message") into
exactly the core's template — tests/ui/test_messages.py finds every sentence in the core's source
and holds the two together, so a new sentence without its words fails a test, not a user. The
values are worded here too: a nested sentence, a labelled enum member, a list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from gridcommand.base.enums import Action, Labelled
from gridcommand.base.messages import Message, Several, fill, said

from . import labels
from .sentences import ENGLISH


def text(what: BaseException | Message | str) -> str:
    """What the core said (an error, a sentence, or plain text), in the UI's language."""
    if isinstance(what, BaseException):
        what = said(what)
    if isinstance(what, Several):
        return QCoreApplication.translate("Message", "; ").join(text(p) for p in what.values["parts"])
    if not isinstance(what, Message):
        return str(what)
    english = ENGLISH.get(what.template)
    template = QCoreApplication.translate("Message", english) if english else what.template
    return fill(template, what.values, _word)


def _word(value: Any) -> Any:
    if isinstance(value, Message):
        return text(value)
    if isinstance(value, Action):
        return labels.verb(value.value)
    if isinstance(value, Labelled):
        return labels.label(type(value), value.value) if type(value) in labels.ENGLISH else value.label
    if isinstance(value, (list, tuple)):
        return labels.joined(str(_word(v)) for v in value)
    return value
