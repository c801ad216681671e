"""Dialogs that do not guess: dispatch names no unit unless the category names its usual one and
never offers the lead as its own co-unit; a new incident starts empty, or from the last one this
user entered."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from gridcommand.models import Category, Unit
from gridcommand.ops import administration as admin, incidents
from gridcommand.ops.reference import lists
from gridcommand.workflow import NewIncident
from ui.incidents.new_incident import NewIncidentDialog
from ui.widgets.form import FormDialog

from .conftest import make_runner, make_window


@pytest.fixture
def duty(qtbot, demo_db, settings):
    return make_window(qtbot, make_runner(demo_db, "duty1", ("duty",)), settings)


def _accepted(window, category: str = "公共设施") -> int:
    runner = window.runner
    with runner.db.session() as s:
        category_id = s.scalars(select(Category.id).where(Category.name == category)).one()
    grid = runner.read(lists).grids[0].id
    incident_id, _code = runner.call(incidents.report, NewIncident(
        title="路灯不亮", category_id=category_id, grid_id=grid, colour="blue", source="hotline_12345",
        reporter_name="王先生"))
    runner.call(incidents.accept, incident_id)
    window.queue.refresh()
    assert window.queue.select_id(incident_id)
    return incident_id


def _dispatch_form(window, qtbot, monkeypatch) -> FormDialog:
    opened = []
    monkeypatch.setattr(FormDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.waitUntil(window.commands.actions["dispatch"].isEnabled, timeout=3000)
    window.commands.actions["dispatch"].trigger()
    assert len(opened) == 1
    return opened[0]


def test_dispatch_names_no_unit_and_never_offers_the_lead_as_a_co_unit(duty, qtbot, monkeypatch):
    _accepted(duty)
    form = _dispatch_form(duty, qtbot, monkeypatch)
    lead, co = form.editors["lead"], form.editors["co"]
    assert lead.currentData() is None
    form.accept()  # one Enter sends it nowhere
    assert "Lead unit" in form.message.text() and not form.result()
    co.item(3).setCheckState(Qt.CheckState.Checked)
    chosen = co.item(3).data(Qt.ItemDataRole.UserRole)
    lead.setCurrentIndex(lead.findData(chosen))
    hidden = [co.item(r).data(Qt.ItemDataRole.UserRole) for r in range(co.count()) if co.item(r).isHidden()]
    assert hidden == [chosen] and form.values()["co"] == []  # unticked as it was hidden
    lead.setCurrentIndex(lead.findData(co.item(0).data(Qt.ItemDataRole.UserRole)))
    assert not co.item(3).isHidden()


def test_dispatch_offers_the_usual_unit_of_the_category(duty, qtbot, monkeypatch, demo_db):
    with demo_db.session() as s:
        category = s.scalars(select(Category).where(Category.name == "公共设施")).one()
        housing = s.scalars(select(Unit.id).where(Unit.name == "住建办")).one()
    admin_runner = make_runner(demo_db)
    admin_runner.call(admin.update_category, category.id, category.name, category.track, housing)
    _accepted(duty)
    assert _dispatch_form(duty, qtbot, monkeypatch).editors["lead"].currentData() == housing


def test_a_new_incident_starts_from_the_last_one_this_user_entered(duty, qtbot, monkeypatch):
    shown = []

    def take_call(dialog):
        shown.append((dialog.category.currentData(), dialog.village.currentData(), dialog.grid.currentData()))
        if len(shown) == 1:
            dialog.category.setCurrentIndex(2)
            dialog.village.setCurrentIndex(2)
            dialog.grid.setCurrentIndex(1)
            dialog.title.setText("同一条街又来电")
            dialog.caller.setText("李女士")
            dialog.accept()
        return dialog.result()
    monkeypatch.setattr(NewIncidentDialog, "exec", take_call)
    duty.new_incident()
    duty.new_incident()
    assert shown[0] == (None, None, None)
    assert shown[1][0] is not None and shown[1][2] is not None and shown[1] != shown[0]
