"""A small form dialog, shared by every panel: fields declared as data, required ones checked
before submitting, and a refusal from the core shown in the dialog with everything the user
typed kept. Any other failure is shown in the error dialog, and the form stays open too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base import clock
from gridcommand.base.errors import InputError

from ..errors import show_error
from ..labels import joined
from ..messages import text
from .files import open_path
from .screen_fit import scrolling


def add_footer(dialog: QDialog, layout: QVBoxLayout) -> QLabel:
    """The bottom of a form: a red line for what is wrong, OK and Cancel, and Ctrl+Enter to
    submit from anywhere (Enter in a multi-line field adds a line)."""
    message = QLabel(dialog)
    message.setObjectName("formMessage")
    message.setWordWrap(True)
    message.setStyleSheet("color: #c5221f;")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, dialog.accept)
    layout.addWidget(message)
    layout.addWidget(buttons)
    return message


def submit_in(dialog: QDialog, message: QLabel, submit: Callable[[], Any]) -> tuple[bool, Any]:
    """Run ``submit``; (True, its value) if it went through. A refusal from the core is shown in
    the dialog's message line; a failure in the error dialog. Either way the dialog stays open
    with everything typed in it."""
    try:
        return True, submit()
    except Exception as exc:
        failed_in(dialog, message, exc)
    return False, None


def failed_in(dialog: QDialog, message: QLabel, exc: Exception, trace: str = "") -> None:
    """A refusal from the core in the dialog's message line; a failure also in the error dialog."""
    if isinstance(exc, InputError):
        message.setText(text(exc))
        return
    message.setText(QCoreApplication.translate("FormDialog", "Not saved: the operation failed (see the details)."))
    show_error(dialog, exc, trace)


# Dates and times are picked (a calendar drops down), and handed on as text in these formats.
DATE_FORMATS = {"date": "yyyy-MM-dd", "time": "HH:mm", "datetime": "yyyy-MM-dd HH:mm"}
NO_DATE = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


def _date_editor(f: "FormField", parent: QWidget) -> QDateTimeEdit:
    """A date, time or both, with a calendar; an optional date may be left empty ("—")."""
    editor = {"date": QDateEdit, "time": QTimeEdit, "datetime": QDateTimeEdit}[f.kind](parent)
    editor.setDisplayFormat(DATE_FORMATS[f.kind])
    editor.setCalendarPopup(f.kind != "time")
    if not f.required and f.kind != "time":
        editor.setMinimumDateTime(NO_DATE)
        editor.setSpecialValueText("—")
    now = QDateTime.fromString(clock.format_local(clock.now()), DATE_FORMATS["datetime"])  # Shanghai's
    value = QDateTime.fromString(str(f.default), DATE_FORMATS[f.kind]) if f.default else QDateTime()
    editor.setDateTime(value if value.isValid() else (NO_DATE if not f.required and f.kind != "time" else now))
    return editor


@dataclass
class FormField:
    key: str
    label: str
    # line | text | combo | search (a combo one types in) | checks | hours | file | date | time | datetime
    kind: str = "line"
    required: bool = False
    options: list[tuple[Any, str]] = field(default_factory=list)
    default: Any = None
    placeholder: str = ""


class FormDialog(QDialog):
    """Asks for ``fields``; on OK calls ``submit(values)``, which commits or raises InputError."""

    def __init__(self, title: str, fields: list[FormField], submit: Callable[[dict], Any],
                 parent: QWidget | None = None, intro: str = ""):
        super().__init__(parent)
        self.setObjectName("formDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self._fields, self._submit = fields, submit
        self.editors: dict[str, QWidget] = {}
        self.result_value: Any = None
        # The fields scroll when the screen is short (a laptop at 125 %); OK and Cancel never do.
        fields_area = QWidget(self)
        form = QFormLayout(fields_area)
        form.setContentsMargins(0, 0, 0, 0)
        for f in fields:
            editor = self._editor(f)
            self.editors[f.key] = editor
            label = f.label + (" *" if f.required else "")
            form.addRow(label, editor if f.kind != "file" else self._file_row(editor))
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro, self)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addWidget(scrolling(fields_area, self), 1)
        self.message = add_footer(self, layout)

    def _editor(self, f: FormField) -> QWidget:
        if f.kind == "text":
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(80)
            editor.setPlaceholderText(f.placeholder)
            if f.default:
                editor.setPlainText(str(f.default))
        elif f.kind in ("combo", "search"):
            editor = QComboBox(self)
            for value, text in f.options:
                editor.addItem(text, value)
            if f.kind == "search":  # a long list of people: typing any part of a name narrows it
                editor.setEditable(True)
                editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                editor.completer().setFilterMode(Qt.MatchFlag.MatchContains)
                editor.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            if f.default is not None:
                editor.setCurrentIndex(max(0, editor.findData(f.default)))
        elif f.kind == "checks":
            editor = QListWidget(self)
            editor.setFixedHeight(110)
            for value, text in f.options:
                item = QListWidgetItem(text, editor)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        elif f.kind == "hours":
            # Imported here: the workflow (and SQLAlchemy with it) is not on the way to the sign-in dialog.
            from gridcommand.ops.incidents import EXTENSION_HOURS

            editor = QDoubleSpinBox(self)
            editor.setRange(0.5, EXTENSION_HOURS.high)  # "hours" fields are an extension's
            editor.setDecimals(1)
            editor.setSuffix(self.tr(" h"))
            editor.setValue(float(f.default or 24))
        elif f.kind in DATE_FORMATS:
            editor = _date_editor(f, self)
        else:  # line and file
            editor = QLineEdit(self)
            editor.setPlaceholderText(f.placeholder)
            if f.default:
                editor.setText(str(f.default))
        editor.setObjectName(f"field_{f.key}")
        return editor

    def _file_row(self, editor: QLineEdit) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor, 1)
        browse = QPushButton(self.tr("Browse…"), row)
        browse.clicked.connect(lambda: self._browse(editor))
        layout.addWidget(browse)
        return row

    def _browse(self, editor: QLineEdit) -> None:
        path = open_path(self, "attachments", self.tr("Choose a file"),
                         self.tr("Images (*.jpg *.jpeg *.png *.bmp);;All files (*)"))
        if path:
            editor.setText(str(path))

    def values(self) -> dict[str, Any]:
        out = {}
        for f in self._fields:
            editor = self.editors[f.key]
            if f.kind == "text":
                out[f.key] = editor.toPlainText().strip()
            elif f.kind == "combo":
                out[f.key] = editor.currentData()
            elif f.kind == "search":  # what is typed must name one of the choices
                index = editor.findText(editor.currentText().strip())
                out[f.key] = editor.itemData(index) if index >= 0 else None
            elif f.kind == "checks":
                out[f.key] = [editor.item(i).data(Qt.ItemDataRole.UserRole)
                              for i in range(editor.count())
                              if editor.item(i).checkState() == Qt.CheckState.Checked]
            elif f.kind == "hours":
                out[f.key] = editor.value()
            elif f.kind in DATE_FORMATS:
                unset = editor.dateTime() == editor.minimumDateTime() and editor.specialValueText()
                out[f.key] = "" if unset else editor.dateTime().toString(DATE_FORMATS[f.kind])
            else:
                out[f.key] = editor.text().strip()
        return out

    def set_value(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(value)
        elif isinstance(editor, QDateTimeEdit):
            kind = next(f.kind for f in self._fields if f.key == key)
            editor.setDateTime(QDateTime.fromString(value, DATE_FORMATS[kind]) if value else editor.minimumDateTime())
        elif isinstance(editor, QListWidget):
            for i in range(editor.count()):
                item = editor.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in value
                                   else Qt.CheckState.Unchecked)
        else:
            editor.setText(value)

    @Slot()
    def accept(self) -> None:
        values = self.values()
        missing = [f.label for f in self._fields
                   if f.required and values[f.key] in ("", None, [])]
        if missing:
            self.message.setText(self.tr("Please fill in: %1").replace("%1", joined(missing)))
            return
        for f in self._fields:
            if f.kind == "file" and values[f.key] and not Path(values[f.key]).is_file():
                self.message.setText(self.tr("File not found: %1").replace("%1", values[f.key]))
                return
        done, self.result_value = submit_in(self, self.message, lambda: self._submit(values))
        if done:
            super().accept()
