"""The closed loop through the app: phone-in form, the move dialogs, live updates, filters."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from gridcommand.base.enums import Status
from gridcommand.models import Incident, IncidentEvent, Unit
from gridcommand.ops import incidents
from gridcommand.store.database import Database
from gridcommand.workflow import NewIncident
from gridcommand.workflow.queue import QueueFilter, QueueQuery
from ui.incidents.new_incident import NewIncidentDialog
from ui.panels.queue.dock import TABS

from ..factories import admin_user, signed_in
from .conftest import make_window


@pytest.fixture
def window(qtbot, runner, settings):
    window = make_window(qtbot, runner, settings)
    window.bring_forward(window.queue)  # the administrator's workspace opens on the organisation
    return window


@pytest.fixture
def other_seat(demo_db):
    """Another seat on the same database file: its own Database object and user."""
    with Database(demo_db.url) as db:
        yield db, signed_in(db)


def take_phone_in(window, qtbot) -> str:
    dialog = NewIncidentDialog(window.runner, window)
    qtbot.addWidget(dialog)
    # Nothing guessed: no category, village or grid until the user chooses them.
    assert (dialog.category.currentData(), dialog.village.currentData(), dialog.grid.currentData()) == (None,) * 3
    dialog.accept()
    assert "The title is required" in dialog.message.text()  # refused, the form stays open
    assert "Choose the grid" in dialog.message.text() and "Choose a category" in dialog.message.text()
    choose_place(dialog)
    dialog.title.setText("测试来电:楼上电钻扰民")
    dialog.caller.setText("刘女士")
    dialog.phone.setText("13812345678")
    dialog.accept()
    assert dialog.result() == 1, dialog.message.text()
    window.queue.refresh()
    assert window.queue.select_id(dialog.incident_id)  # newest first: on the first page
    return dialog.code


def choose_place(dialog) -> None:
    dialog.category.setCurrentIndex(1)
    dialog.village.setCurrentIndex(1)
    assert dialog.grid.currentData() is None  # a village chosen: its grids offered, none picked
    dialog.grid.setCurrentIndex(1)


def select_code(window, code: str) -> None:
    window.queue.filters.search.setText(code)
    window.queue.apply_filters()
    assert window.queue.model.rowCount() == 1
    window.queue.view.selectRow(0)


def test_phone_in_to_closed_with_dialogs(window, qtbot, answers, demo_db):
    queue, seen = answers, answers.seen
    code = take_phone_in(window, qtbot)
    select_code(window, code)
    actions = window.commands.actions
    assert actions["accept"].isEnabled() and not actions["resolve"].isEnabled()
    with demo_db.session() as s:
        unit = s.scalars(select(Unit.id).where(Unit.name == "住建办")).one()
    queue += [{"note": "已接电话"}, {"lead": unit}, {"unit": unit}, {"result": ""},
              {"result": "已约谈施工方,停止夜间施工"}, {"outcome": "resolved", "satisfaction": 5}]

    def press(name: str) -> None:  # as a user does: once the screen shows the move is possible
        qtbot.waitUntil(actions[name].isEnabled, timeout=3000)
        actions[name].trigger()
    for name in ("accept", "dispatch", "sign", "resolve"):
        press(name)
    assert "Result" in seen[-1].message.text() and not seen[-1].result()  # no translator in tests
    for name in ("resolve", "verify_ok"):  # the first answer had an empty result: refused in the dialog
        press(name)
    with demo_db.session() as s:
        incident = s.scalars(select(Incident).where(Incident.code == code)).one()
        steps = s.scalars(select(IncidentEvent.action).where(IncidentEvent.incident_id == incident.id)
                          .order_by(IncidentEvent.id)).all()
        me = admin_user(s).display_name
    assert incident.status == Status.CLOSED and incident.satisfaction == 5
    assert steps == ["report", "accept", "dispatch", "sign", "resolve", "verify_ok"]
    timeline = window.detail.browser.toPlainText()
    assert "Verified" in timeline and me in timeline  # the English source words: no translator in tests
    assert not any(a.isEnabled() for k, a in actions.items() if k not in ("attach", "mark_serious", "link_person"))


def test_a_stale_move_is_refused_in_the_dialog(window, qtbot, answers, demo_db, other_seat, tmp_path):
    queue, seen = answers, answers.seen
    code = take_phone_in(window, qtbot)
    select_code(window, code)
    qtbot.wait(10)  # this seat's screen is settled …
    incident_id, shown = window.detail.incident_id, window.detail.detail.version
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"\xff\xd8jpeg")
    incidents.attach(*other_seat, incident_id, "before", photo)  # after this seat loaded it
    queue.append({"reason": "重复上报"})
    window.commands.actions["cancel"].trigger()
    dialog = seen[-1]
    assert "was changed by another seat and has been reloaded" in dialog.message.text() and not dialog.result()
    assert dialog.values()["reason"] == "重复上报"  # what was typed is kept
    qtbot.waitUntil(lambda: window.detail.detail.version == shown + 1)  # reloaded
    with demo_db.session() as s:
        incident = s.get(Incident, incident_id)
        assert incident.status == "reported" and incident.version == shown + 1
    dialog.accept()  # tried again on the reloaded incident: done
    assert dialog.result() == 1
    with demo_db.session() as s:
        assert s.get(Incident, incident_id).status == "cancelled"


def test_other_seats_changes_appear_and_selection_is_kept(window, qtbot, demo_db, other_seat):
    window.queue.view.selectRow(2)
    selected = window.queue.selected_ids()
    before = window.queue.model.rowCount()
    with demo_db.session() as s:
        grid = s.execute(select(Incident.grid_id, Incident.category_id)).first()
    incidents.report(*other_seat, NewIncident(
        title="另一席位登记", category_id=grid.category_id, grid_id=grid.grid_id, colour="red",
        source="citizen", reporter_name="王先生"))
    assert window.runner.hub.poll().incidents
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == before + 1)
    assert window.queue.selected_ids() == selected
    assert not window.runner.hub.poll()  # nothing new since


def test_filters_tabs_and_counts(window, demo_db, qtbot):
    queue = window.queue
    queue.filters.colour.setCurrentIndex(queue.filters.colour.findData("red"))
    with demo_db.session() as s:
        expected = QueueQuery(QueueFilter(colours=("red",))).count(s)
        total = s.scalar(select(func.count()).select_from(Incident).where(Incident.colour == "red"))
    assert queue.model.rowCount() == expected == total
    queue.update_counts()  # off the GUI thread: the tab shows it when counted
    qtbot.waitUntil(lambda: queue.tabs.tabText(0).endswith(f"({total:,})"))
    closed_tab = [i for i in range(queue.tabs.count()) if "Closed" in queue.tabs.tabText(i)][0]
    queue.tabs.setCurrentIndex(closed_tab)
    assert all(queue.model.row_at(r).status == "closed" for r in range(queue.model.rowCount()))
    queue.filters.due.setCurrentIndex(queue.filters.due.findData("overdue"))
    assert all(queue.model.row_at(r).is_open for r in range(queue.model.rowCount()))
    assert queue.model.rowCount() == 0  # closed and overdue cannot both hold


def test_bulk_accept_of_several(window, qtbot, answers, demo_db, monkeypatch):
    queue = answers
    told = []
    monkeypatch.setattr("ui.incidents.commands.QMessageBox.information",
                        lambda parent, title, text: told.append(text))
    codes = [take_phone_in(window, qtbot) for _ in range(3)]
    window.queue.filters.search.setText("测试来电")
    window.queue.apply_filters()
    window.queue.view.selectAll()
    assert window.commands.actions["accept"].isEnabled()
    queue.append({"note": "批量受理"})
    window.commands.actions["accept"].trigger()
    with demo_db.session() as s:
        states = s.scalars(select(Incident.status).where(Incident.code.in_(codes))).all()
    assert states == ["accepted"] * 3 and told == []
    window.queue.filters.search.setText("")
    window.queue.apply_filters()
    window.queue.view.selectAll()  # now mostly incidents that cannot be accepted
    queue.append({"note": ""})
    window.commands.actions["accept"].trigger()
    assert told and "not in the right state" in told[0]


def test_the_key_of_a_move_not_allowed_now_explains_why(window, qtbot, monkeypatch, demo_db):
    told = []
    monkeypatch.setattr("ui.main_window.QMessageBox.information", lambda p, t, text: told.append(text))
    code = take_phone_in(window, qtbot)
    select_code(window, code)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    assert not window.commands.actions["resolve"].isEnabled()
    with qtbot.waitSignal(window.commands.sig_refused) as refused:
        qtbot.keyClick(window.queue.view, Qt.Key.Key_F6)
    assert refused.args[0].startswith("Cannot resolve: incident") and "Possible now: accept, escalate, cancel" in refused.args[0]
    assert told == refused.args
    with demo_db.session() as s:
        assert s.scalars(select(Incident.status).where(Incident.code == code)).one() == "reported"


def test_the_track_is_suggested_changed_with_a_reason_and_watched_per_seat(window, qtbot, answers, demo_db,
                                                                           runner, settings):
    dialog = NewIncidentDialog(window.runner, window)
    qtbot.addWidget(dialog)
    choose_place(dialog)
    dialog.category.setCurrentIndex(dialog.category.findText("安全隐患"))
    assert dialog.track.currentData() == "safety" and not dialog.track_reason.isEnabled()
    dialog.track.setCurrentIndex(dialog.track.findData("complex"))
    assert dialog.track_reason.isEnabled()
    dialog.title.setText("楼道堆放杂物引发邻里争吵")
    dialog.caller.setText("赵先生")
    dialog.accept()
    assert "The reason for changing the track is required" in dialog.message.text() and not dialog.result()
    dialog.track_reason.setText("双方多次争吵,需先调解")
    dialog.accept()
    assert dialog.result() == 1, dialog.message.text()
    window.queue.refresh()
    select_code(window, dialog.code)
    assert "Complex matter (mediation centre)" in window.detail.browser.toPlainText()
    answers.append({"track": "safety", "reason": "消防通道被堵,先排除隐患"})
    qtbot.waitUntil(window.commands.actions["retrack"].isEnabled, timeout=3000)
    window.commands.actions["retrack"].trigger()
    with demo_db.session() as s:
        assert s.get(Incident, dialog.incident_id).track == "safety"

    window.queue.filters.search.clear()
    window.queue.filters.track.setCurrentIndex(window.queue.filters.track.findData("safety"))
    model = window.queue.model
    assert model.rowCount() > 0 and {model.row_at(r).track for r in range(model.rowCount())} == {"safety"}
    window.close()
    again = make_window(qtbot, runner, settings)  # this seat opens on its centre's track
    assert again.queue.filters.track.currentData() == "safety"
    assert again.queue.model.query.filter.tracks == ("safety",)


def test_after_a_move_the_detail_stays_on_the_incident_even_when_the_filter_drops_it(window, qtbot, answers):
    code = take_phone_in(window, qtbot)
    queue = window.queue
    queue.tabs.setCurrentIndex([key for key, _s in TABS].index("reported"))
    select_code(window, code)
    shown = window.detail.incident_id
    answers.append({"note": "已接电话"})
    with qtbot.waitSignal(queue.sig_message) as told:
        window.commands.actions["accept"].trigger()
    assert code in told.args[0]  # it left the 上报 tab: the user is told, no neighbour takes its place
    assert queue.current_id() is None and window.detail.incident_id == shown
    assert code in window.detail.browser.toPlainText()
    qtbot.waitUntil(window.commands.actions["dispatch"].isEnabled, timeout=3000)  # the next move, at once
