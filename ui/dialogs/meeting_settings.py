"""The weekly meeting's defaults (administrators): its day and time, its length, the days its
figures cover, when a problem counts as frequent, how many items a section lists, and how its
agenda is fitted to its length (a unit's report, the written report)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from gridcommand.ops import administration as admin

from ..ops import OpRunner
from ..widgets.form import FormDialog, FormField

translate = QCoreApplication.translate


def edit_meeting_settings(runner: OpRunner, parent: QWidget) -> None:
    now = runner.read(admin.meeting_settings)
    days = [(n, QLocale().dayName(n + 1)) for n in range(7)]  # Qt counts Monday as 1
    fields = [FormField("weekday", translate("MeetingSettings", "Day of the week"), "combo", True, days, now.weekday),
              FormField("start", translate("MeetingSettings", "Starts at"), "time", True, now.start.strftime("%H:%M")),
              FormField("length", translate("MeetingSettings", "Length (minutes)"), "line", True,
                        default=str(now.length_minutes)),
              FormField("window", translate("MeetingSettings", "Days its figures cover"), "line", True,
                        default=str(now.window_days)),
              FormField("hotspot", translate("MeetingSettings", "Incidents that make a problem frequent"), "line", True,
                        default=str(now.hotspot_threshold)),
              FormField("most", translate("MeetingSettings", "Items a section lists at most"), "line", True,
                        default=str(now.max_items_per_section)),
              FormField("group", translate("MeetingSettings", "A unit reports in one slot from this many "
                                                              "overdue items"), "line", True,
                        default=str(now.group_units_from)),
              FormField("base", translate("MeetingSettings", "A unit's report: minutes"), "line", True,
                        default=str(now.unit_minutes_base)),
              FormField("each", translate("MeetingSettings", "… and minutes for each item"), "line", True,
                        default=str(now.unit_minutes_each)),
              FormField("unit_most", translate("MeetingSettings", "… at most"), "line", True,
                        default=str(now.unit_minutes_most)),
              FormField("written", translate("MeetingSettings", "The written report of what does not fit: minutes"),
                        "line", True, default=str(now.written_minutes))]
    FormDialog(translate("MeetingSettings", "Meeting defaults"), fields, lambda v: runner.call(
        admin.save_meeting_settings, v["start"], weekday=v["weekday"], length_minutes=v["length"],
        window_days=v["window"], hotspot_threshold=v["hotspot"], max_items_per_section=v["most"],
        group_units_from=v["group"], unit_minutes_base=v["base"], unit_minutes_each=v["each"],
        unit_minutes_most=v["unit_most"], written_minutes=v["written"]),
        parent, translate("MeetingSettings", "Used by every new meeting from now on; meetings already made keep "
                                             "theirs.")).exec()
