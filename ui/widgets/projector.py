"""The projector view for the chair: full screen on a chosen screen, dark, very large type,
one agenda item per slide after an overview, a timer per item; → / space forward, ← back,
Esc to leave. Personal numbers are already masked in the agenda it shows."""

from __future__ import annotations

import time
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QPixmap, QScreen
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QVBoxLayout, QWidget

from gridcommand.base.enums import WarningColour
from gridcommand.ops.meetings import AgendaView, Brief, ItemView

from ..labels import label, section
from .projector_brief import brief_lines, late_in

BACKGROUND = "#101418"

COLOURS = {"red": "#ff6b5e", "yellow": "#ffd54f", "blue": "#6fa8ff"}
SMALLEST_PT = 21  # 28 px: the smallest type read from the back of a room (a 1366×768 projector)


class ProjectorView(QWidget):
    sig_slide_changed = Signal(int)
    """The slide now shown (0 is the overview)."""

    def __init__(self, agenda: AgendaView, parent: QWidget | None = None,
                 brief: Callable[[int], Brief] | None = None):
        """``brief(item_id)``: what the meeting needs to decide the item (read when it is shown)."""
        super().__init__(parent, Qt.WindowType.Window)
        self._brief = brief
        self.setObjectName("projectorView")
        self.setWindowTitle(agenda.title)
        self.setStyleSheet(f"background: {BACKGROUND}; color: #f2f2f2;")
        self.agenda = agenda
        # One slide a slot: a unit's report and the written report show the items beneath them.
        self.items = [i for i in agenda.items if i.parent_id is None]
        self.beneath: dict[int, list[ItemView]] = {}
        for item in agenda.items:
            if item.parent_id is not None:
                self.beneath.setdefault(item.parent_id, []).append(item)
        self.slide = 0
        self._shown_at = time.monotonic()
        self.heading = QLabel(self)
        self.heading.setObjectName("projectorHeading")
        self.body = QLabel(self)
        self.body.setObjectName("projectorBody")
        self.footer = QLabel(self)
        self.footer.setObjectName("projectorFooter")
        self.photo = QLabel(self)  # the incident's latest photo, beside what is said about it
        self.photo.setObjectName("projectorPhoto")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for text in (self.heading, self.body, self.footer):
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 30)
        layout.addWidget(self.heading)
        middle = QHBoxLayout()
        middle.addWidget(self.body, 3)
        middle.addWidget(self.photo, 2)
        layout.addLayout(middle, 1)
        layout.addWidget(self.footer)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self.show_slide(0)

    @property
    def slides(self) -> int:
        return len(self.items) + 1

    def _sizes(self) -> tuple[int, int, int]:
        """Point sizes from the screen's height: readable from the back of a room."""
        h = max(self.height(), 600)
        return max(30, h // 16), max(24, h // 24), max(SMALLEST_PT, h // 36)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        big, normal, small = self._sizes()
        for text, size in ((self.heading, big), (self.body, normal), (self.footer, small)):
            font = QFont(self.font())
            font.setPointSize(size)
            text.setFont(font)

    def show_slide(self, number: int) -> None:
        self.slide = max(0, min(number, self.slides - 1))
        self._shown_at = time.monotonic()
        if self.slide == 0:
            self._overview()
        else:
            self._item(self.items[self.slide - 1])
        self._tick()
        self.sig_slide_changed.emit(self.slide)

    def _overview(self) -> None:
        self._show_photo(None)
        self.heading.setText(f"{escape(self.agenda.township)} · {escape(self.agenda.title)}")
        sections: dict[int, int] = {}
        for item in self.items:
            sections[item.section] = sections.get(item.section, 0) + 1
        lines = "".join(f"<div>{escape(section(n))}:{count}</div>" for n, count in sections.items())
        self.body.setText(lines or escape(QCoreApplication.translate("projector", "The agenda is empty")))

    def _item(self, item: ItemView) -> None:
        colour = COLOURS.get(item.colour or "", "#f2f2f2")
        badge = f" · <span style='color:{colour}'>●{label(WarningColour, item.colour)}</span>" if item.colour else ""
        self.heading.setText(f"{self.slide}/{self.slides - 1} · {escape(section(item.section))}{badge}")
        known = self._brief(item.id) if self._brief is not None and item.id is not None else Brief()
        facts = [f"<div style='font-weight:600'>{escape(item.title)}</div>"]
        if item.detail:
            facts.append("<div>" + late_in(item.detail).replace("\n", "<br>") + "</div>")
        facts += brief_lines(known, item, self._sizes()[2])
        listed = self.beneath.get(item.id, [])
        if listed:
            rows = "".join(f"<tr><td style='color:{COLOURS.get(i.colour or '', '#f2f2f2')}'>●</td>"
                           f"<td>{escape(i.title)}</td><td>{late_in(i.detail)}</td></tr>" for i in listed)
            facts.append(f"<table cellspacing=0 cellpadding=4 border=1 style='font-size:{self._sizes()[2]}pt'>"
                         f"{rows}</table>")
        self.body.setText("".join(facts))
        self._show_photo(known.photo)

    def _show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if not data or not pixmap.loadFromData(data):
            self.photo.clear()
            self.photo.hide()  # the text takes the whole width
            return
        self.photo.show()
        room = self.size() * 0.4
        self.photo.setPixmap(pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))

    def _tick(self) -> None:
        elapsed = int(time.monotonic() - self._shown_at)
        clock_text = f"{elapsed // 60:02d}:{elapsed % 60:02d}"
        if self.slide == 0:
            self.footer.setText(QCoreApplication.translate("projector", "%1 min in all · → start  Esc leave").replace(
                "%1", str(self.agenda.total_minutes)))
            return
        minutes = self.items[self.slide - 1].minutes
        over = elapsed > minutes * 60
        colour = "#ff6b5e" if over else "#9aa4ae"
        self.footer.setText(f"<span style='color:{colour}'>{clock_text} / {minutes:02d}:00</span> · "
                            + escape(QCoreApplication.translate("projector", "← previous  → next  Esc leave")))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.show_slide(self.slide + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.show_slide(self.slide - 1)
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)


def choose_screen(parent: QWidget | None) -> QScreen | None:
    """The screen to project on: asked when there are several (a second one proposed first)."""
    screens = QGuiApplication.screens()
    if len(screens) <= 1:
        return screens[0] if screens else None
    names = [f"{i + 1}: {s.name()} {s.size().width()}×{s.size().height()}" for i, s in enumerate(screens)]
    title = QCoreApplication.translate("projector", "Project on which screen?")
    name, ok = QInputDialog.getItem(parent, title, title, names, 1, False)
    return screens[names.index(name)] if ok else None


def open_projector(agenda: AgendaView, parent: QWidget | None = None,
                   brief: Callable[[int], Brief] | None = None) -> ProjectorView | None:
    screen = choose_screen(parent)
    if screen is None:
        return None
    view = ProjectorView(agenda, parent, brief)
    view.setGeometry(screen.geometry())
    view.showFullScreen()
    view.activateWindow()
    return view
