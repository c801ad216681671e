"""Every dialog fits a 1366×768 laptop at 125 % (1093×614 logical pixels, the tests' screen:
tests/laptop_screen.json) with room for a window manager's frame, and its buttons are inside it.

``DIALOGS`` names every dialog class of the UI; a new one without an entry fails the first test."""

import importlib
import pkgutil

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

import ui
from gridcommand.ops import notices
from ui.widgets.form import FormDialog
from ui.widgets.screen_fit import MARGIN

from .conftest import make_runner, make_window

ABSTRACT = {"ListDialog"}  # a base: its subclasses are listed


def _backup_info(window, tmp_path):
    from gridcommand.record.backup import backup

    return backup(window.runner.db, tmp_path / "copy.sqlite")


def _planned(window):
    planned = window.runner.call(notices.plan)
    assert planned, "the demo has units with overdue or carded incidents"
    return planned


def _county_config():
    from gridcommand.county.config import CountyConfig, TownshipSource

    return CountyConfig("嘉善县", tuple(TownshipSource(n, f"sqlite:///{n}.sqlite") for n in ("天凝镇", "西塘镇", "姚庄镇")))


def _seat(window):
    """Enough of a county seat for its dialogs' layout: three townships, signed in."""
    from types import SimpleNamespace

    config = _county_config()
    return SimpleNamespace(config=config, townships=[SimpleNamespace(name=t.name, db=window.runner.db,
                                                                     actor=window.runner.actor)
                                                     for t in config.townships])


def _new(module: str, name: str):
    return getattr(importlib.import_module(module), name)


DIALOGS = {
    "NewIncidentDialog": lambda w, _t: _new("ui.incidents.new_incident", "NewIncidentDialog")(w.runner, w),
    "NoticePlanDialog": lambda w, _t: _new("ui.notices", "NoticePlanDialog")(_planned(w), w),
    "NoticesIssuedDialog": lambda w, _t: _new("ui.dialogs.notices_issued", "NoticesIssuedDialog")(w.runner, w),
    "UsersDialog": lambda w, _t: _new("ui.dialogs.users", "UsersDialog")(w.runner, w),
    "DeadlinesDialog": lambda w, _t: _new("ui.dialogs.deadlines", "DeadlinesDialog")(w.runner, w),
    "FirstRunDialog": lambda w, _t: _new("ui.dialogs.first_run", "FirstRunDialog")(w.runner.db, w),
    "SchemeDialog": lambda w, _t: _new("ui.dialogs.scheme", "SchemeDialog")(w.runner, w),
    "RestoreDialog": lambda w, t: _new("ui.dialogs.backup", "RestoreDialog")(_backup_info(w, t), "x.sqlite", w),
    "UnitsDialog": lambda w, _t: _new("ui.dialogs.units", "UnitsDialog")(w.runner, w),
    "CategoriesDialog": lambda w, _t: _new("ui.dialogs.categories", "CategoriesDialog")(w.runner, w),
    "ChangePasswordDialog": lambda w, _t: _new("ui.dialogs.password", "ChangePasswordDialog")(
        w.runner.db, w.runner.actor, w),
    "IntakeSourcesDialog": lambda w, _t: _new("ui.dialogs.intake_sources", "IntakeSourcesDialog")(w.runner, w),
    "SignInDialog": lambda w, _t: _new("ui.dialogs.sign_in", "SignInDialog")(w.runner.db, "嘉善县 西塘镇", parent=w),
    "CountySignInDialog": lambda w, _t: _new("ui.county.sign_in", "CountySignInDialog")(
        _county_config(), "演示:县级账号 county1,密码 demo1234", w),
    "CountyPasswordDialog": lambda w, _t: _new("ui.county.accounts", "CountyPasswordDialog")(_seat(w), w),
    "CountyAccountDialog": lambda w, _t: _new("ui.county.accounts", "CountyAccountDialog")(_seat(w), w),
    "RepeatsDialog": lambda w, _t: _new("ui.dialogs.repeats", "RepeatsDialog")(w.runner, lambda _id: None, w),
    "ImportDialog": lambda w, _t: _new("ui.dialogs.import_dialog", "ImportDialog")(w.runner, w.settings, w),
    "SourceEditor": lambda w, _t: _new("ui.dialogs.intake_source", "SourceEditor")(w.runner, parent=w),
    "HelpDialog": lambda w, _t: _new("ui.dialogs.help", "HelpDialog")(w),
}

# The longest forms, opened as their screens open them (FormDialog.exec is caught, not run).
FORMS = {
    "system settings": lambda w: _new("ui.dialogs.system_settings", "edit_system_settings")(w.runner, w),
    "meeting defaults": lambda w: _new("ui.dialogs.meeting_settings", "edit_meeting_settings")(w.runner, w),
    "township": lambda w: _new("ui.dialogs.township", "edit_township")(w.runner, w),
    "new meeting": lambda w: w.meetings.new_meeting(),
    "review a serious incident": lambda w: w.reviews.open_for_incident(),
    "review an event": lambda w: w.reviews.open_for_event(),
    "new account": lambda w: _new("ui.dialogs.users", "UsersDialog")(w.runner, w).create(),
}


def dialog_classes() -> set[str]:
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(module.name)

    def below(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)
    return {cls.__name__ for cls in below(QDialog) if cls.__module__.startswith("ui.")}


def assert_fits(dialog: QDialog, qtbot) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    # Its own size and the frame a window manager adds (MARGIN: generous; openbox's is smaller).
    area, size, name = dialog.screen().availableGeometry(), dialog.size(), dialog.windowTitle()
    assert size.width() + MARGIN[0] <= area.width() and size.height() + MARGIN[1] <= area.height(), \
        (name, size, area.size())
    buttons = [b for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons() if b.isVisibleTo(dialog)]
    buttons = buttons or [b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)]
    assert buttons, name
    for button in buttons:
        assert dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())), (name, button.text())
    dialog.close()


def test_every_dialog_is_listed():
    assert dialog_classes() - ABSTRACT == set(DIALOGS) | {"FormDialog"}


@pytest.fixture
def admin_window(qtbot, demo_db, settings):
    return make_window(qtbot, make_runner(demo_db, "admin", ("admin",)), settings)


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_each_dialog_fits_the_laptop_screen(qtbot, admin_window, tmp_path, name):
    dialog = DIALOGS[name](admin_window, tmp_path)
    qtbot.addWidget(dialog)
    assert_fits(dialog, qtbot)


@pytest.mark.parametrize("name", sorted(FORMS))
def test_the_longest_forms_fit_the_laptop_screen(qtbot, admin_window, monkeypatch, name):
    opened = []
    monkeypatch.setattr(FormDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    monkeypatch.setattr(FormDialog, "open", lambda dialog: opened.append(dialog))
    FORMS[name](admin_window)
    assert len(opened) == 1, name
    assert_fits(opened[0], qtbot)
