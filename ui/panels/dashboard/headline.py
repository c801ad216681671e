"""The figures a leader reads first, above the charts: open and overdue incidents, the closure and
on-time rates — each with the change from the period before, the rates with their targets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gridcommand.ops.dashboard import Live, open_count

from ...display import LIGHT_COLOURS

SIZES = {False: (22, 9), True: (40, 15)}  # (figure, words) in points: the dock, the big screen


class Headline(QWidget):
    def __init__(self, dark: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboardHeadline")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        self.cards: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for key, title in (("open", self.tr("Open")), ("overdue", self.tr("Overdue now")),
                           ("closure", self.tr("Closure rate")), ("on_time", self.tr("On-time rate"))):
            card = QFrame(self)
            card.setObjectName(f"headline_{key}")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            column = QVBoxLayout(card)
            labels = tuple(QLabel(card) for _ in range(3))
            labels[0].setText(title)
            figure, words = SIZES[dark]
            for label, size in zip(labels, (words, figure, words)):
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                font = label.font()
                font.setPointSize(size)
                font.setBold(label is labels[1])
                label.setFont(font)
                column.addWidget(label)
            self.cards[key] = labels
            row.addWidget(card, 1)

    def show_live(self, live: Live) -> None:
        now, before = live.total, live.previous
        self._count("open", open_count(now), open_count(before) if before else None)
        self._count("overdue", now.overdue_now, before.overdue_now if before else None)
        self._rate("closure", now.closure_rate, before.closure_rate if before else None, live.closure_target)
        self._rate("on_time", now.on_time_rate, before.on_time_rate if before else None, live.on_time_target)

    def _count(self, key: str, value: int, before: int | None) -> None:
        """A count of work to do: more than before is worse."""
        _title, figure, note = self.cards[key]
        figure.setText(f"{value:,}")
        if before is None:
            note.setText("")
            return
        change = value - before
        note.setText(self.tr("%1 on the period before").replace("%1", f"{change:+,}") if change
                     else self.tr("as in the period before"))
        self._colour(figure, None if not change else change > 0)

    def _rate(self, key: str, value: float | None, before: float | None, target: float) -> None:
        _title, figure, note = self.cards[key]
        figure.setText("—" if value is None else f"{100 * value:.1f}%")
        said = [self.tr("target %1").replace("%1", f"{100 * target:g}%")]
        if value is not None and before is not None:
            said.append(self.tr("%1 points on the period before").replace("%1", f"{100 * (value - before):+.1f}"))
        note.setText(" · ".join(said))
        self._colour(figure, None if value is None else value < target)

    def _colour(self, label: QLabel, bad: bool | None) -> None:
        colour = None if bad is None else LIGHT_COLOURS["red" if bad else "green"].name()
        label.setStyleSheet(f"color: {colour};" if colour else "")

