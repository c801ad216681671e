"""The new-incident form for phone-in reports (12345, citizens, 110) and grid workers' calls."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gridcommand.base.enums import Source, Track, WarningColour
from gridcommand.ops import incidents
from gridcommand.ops.incidents import NewIncident
from gridcommand.ops.reference import lists

from ..display import track
from ..labels import choices
from ..ops import OpRunner
from ..widgets.form import add_footer, submit_in

# What a new form starts from: the place and kind of the last incident the user entered (a duty
# officer taking calls about one street in a row), never a guess of the first in the list.
CARRIED = ("source", "category", "subcategory", "village", "grid")


class NewIncidentDialog(QDialog):
    def __init__(self, runner: OpRunner, parent: QWidget | None = None, start: dict | None = None):
        super().__init__(parent)
        self.setObjectName("newIncidentDialog")
        self.setWindowTitle(self.tr("New incident"))
        self.setMinimumWidth(520)
        self._runner = runner
        self.incident_id: int | None = None
        self.code: str | None = None
        options = runner.read(lists)
        self._categories, self._villages = options.categories, options.villages
        self._grids, self._workers = options.grids, options.workers
        self.source = self._combo(choices(Source), "source")
        self.source.setCurrentIndex(self.source.findData(Source.HOTLINE_12345.value))
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        choose = self.tr("(choose)")
        self.category = self._combo([(None, choose)] + [(o.id, o.label) for o in self._categories
                                                        if o.parent_id is None], "category")
        self.subcategory = self._combo([], "subcategory")
        # The category suggests a track 三类分流; the duty officer may send it elsewhere, saying why.
        self.track = self._combo([(t.value, track(t.value, centre=True)) for t in Track], "track")
        self.track_reason = QLineEdit(self)
        self.track_reason.setObjectName("trackReason")
        self.track_reason.setPlaceholderText(self.tr("Required when the track differs from the category's"))
        self.colour = self._combo(choices(WarningColour), "colour")
        self.colour.setCurrentIndex(self.colour.findData(WarningColour.BLUE.value))
        self.village = self._combo([(None, choose)] + [(o.id, o.label) for o in self._villages], "village")
        self.grid = self._combo([], "grid")
        self.location = QLineEdit(self)
        self.location.setObjectName("location")
        self.reporter = self._combo([], "reporter")
        self.caller = QLineEdit(self)
        self.caller.setObjectName("caller")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.serious = QCheckBox(self.tr("Serious (fire, criminal case, mass petition…)"), self)
        form = QFormLayout()
        for label, widget in ((self.tr("Source"), self.source), (self.tr("Title *"), self.title),
                              (self.tr("Description"), self.description),
                              (self.tr("Category *"), self.category), (self.tr("Sub-category"), self.subcategory),
                              (self.tr("Track"), self.track), (self.tr("Why this track"), self.track_reason),
                              (self.tr("Warning colour *"), self.colour), (self.tr("Village"), self.village),
                              (self.tr("Grid *"), self.grid), (self.tr("Location"), self.location),
                              (self.tr("Grid worker"), self.reporter), (self.tr("Caller's name"), self.caller),
                              (self.tr("Caller's phone"), self.phone), ("", self.serious)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.message = add_footer(self, layout)
        self.category.currentIndexChanged.connect(self._fill_subcategories)
        self.track.currentIndexChanged.connect(self._track_chosen)
        self.village.currentIndexChanged.connect(self._fill_grids)
        self.grid.currentIndexChanged.connect(self._fill_workers)
        self._fill_subcategories()
        self._fill_grids()
        for key, value in (start or {}).items():
            combo = getattr(self, key)
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def carried(self) -> dict:
        """What the next new incident of this user starts from."""
        return {key: getattr(self, key).currentData() for key in CARRIED}

    def _combo(self, options, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, text in options:
            combo.addItem(text, value)
        return combo

    @staticmethod
    def _refill(combo: QComboBox, options, blank: str | None = None) -> None:
        combo.blockSignals(True)
        combo.clear()
        if blank is not None:
            combo.addItem(blank, None)
        for value, text in options:
            combo.addItem(text, value)
        combo.blockSignals(False)

    @Slot()
    def _fill_subcategories(self) -> None:
        parent = self.category.currentData()
        self._refill(self.subcategory, [(o.id, o.label) for o in self._categories if o.parent_id == parent], "")
        self.track.setCurrentIndex(max(0, self.track.findData(self._suggested_track())))
        self._track_chosen()

    def _suggested_track(self) -> str | None:
        return next((o.track for o in self._categories if o.id == self.category.currentData()), None)

    @Slot()
    def _track_chosen(self) -> None:
        self.track_reason.setEnabled(self.track.currentData() != self._suggested_track())

    @Slot()
    def _fill_grids(self) -> None:
        village = self.village.currentData()
        self._refill(self.grid, [(o.id, o.label) for o in self._grids if o.parent_id == village],
                     self.tr("(choose)"))
        self._fill_workers()

    @Slot()
    def _fill_workers(self) -> None:
        grid = self.grid.currentData()
        self._refill(self.reporter, [(o.id, o.label) for o in self._workers if o.parent_id == grid],
                     self.tr("(a citizen)"))

    def data(self) -> NewIncident:
        return NewIncident(
            title=self.title.text(), description=self.description.toPlainText(),
            category_id=self.category.currentData(), subcategory_id=self.subcategory.currentData(),
            grid_id=self.grid.currentData(), colour=self.colour.currentData(),
            source=self.source.currentData(), location=self.location.text(),
            reporter_staff_id=self.reporter.currentData(), reporter_name=self.caller.text(),
            reporter_phone=self.phone.text(), serious=self.serious.isChecked(),
            track=self.track.currentData(), track_reason=self.track_reason.text())

    @Slot()
    def accept(self) -> None:
        done, value = submit_in(self, self.message, lambda: self._runner.call(incidents.report, self.data()))
        if done:
            self.incident_id, self.code = value
            super().accept()
