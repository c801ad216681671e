"""The township's and county's names, and the prefix of the incident codes given from now on
(administrators)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gridcommand.ops import administration as admin

from ..ops import OpRunner
from ..widgets.form import FormDialog, FormField

translate = QCoreApplication.translate


def edit_township(runner: OpRunner, parent: QWidget) -> None:
    now = runner.read(admin.township_info)
    fields = [FormField("township", translate("TownshipDialog", "Township"), "line", True, default=now.township),
              FormField("county", translate("TownshipDialog", "County"), "line", True, default=now.county),
              FormField("prefix", translate("TownshipDialog", "Incident code prefix"), "line", True,
                        default=now.prefix)]
    FormDialog(translate("TownshipDialog", "Township"), fields, lambda v: runner.call(
        admin.update_township, v["township"], v["county"], v["prefix"]), parent,
        translate("TownshipDialog", "Documents and the status bar name the township so. A new prefix applies to the "
                                    "incidents reported from now on; codes already given stay.")).exec()
