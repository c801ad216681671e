"""The weekly meeting's defaults (administrators): its day and time, its length, the days its
figures cover, when a problem counts as frequent, how many items a section lists, and how its
agenda is fitted to its length (a unit's report, the written report)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from gridcommand.ops import administration as admin

from ..messages import text
from ..ops import OpRunner
from ..widgets.form import FormDialog, FormField

translate = QCoreApplication.translate


def edit_meeting_settings(runner: OpRunner, parent: QWidget) -> None:
    now = runner.read(admin.meeting_settings)
    days = [(n, QLocale().dayName(n + 1)) for n in range(7)]  # Qt counts Monday as 1
    numbers = {field: number for field, number in admin.MEETING_NUMBERS.items() if field != "weekday"}
    fields = [FormField("weekday", text(admin.MEETING_NUMBERS["weekday"].what), "combo", True, days, now.weekday),
              FormField("start", translate("MeetingSettings", "Starts at"), "time", True,
                        default=now.start.strftime("%H:%M")),
              *(FormField(field, text(number.what), "line", True, default=str(getattr(now, field)))
                for field, number in numbers.items())]
    FormDialog(translate("MeetingSettings", "Meeting defaults"), fields, lambda v: runner.call(
        admin.save_meeting_settings, v["start"], weekday=v["weekday"], **{field: v[field] for field in numbers}),
        parent, translate("MeetingSettings", "Used by every new meeting from now on; meetings already made keep "
                                             "theirs.")).exec()
