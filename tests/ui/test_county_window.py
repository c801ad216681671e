"""The county seat's window over two townships' databases (SPEC §13): the county queue across
them, an item's detail and the county's moves in its own township, the townships side by side,
and a township gone named as unreachable while the other goes on."""

import shutil

import pytest
from PySide6.QtWidgets import QDialog

from gridcommand.county import config as county_config
from gridcommand.county.seat import open_seat
from gridcommand.ops import incidents
from ui.county.sign_in import CountySignInDialog
from ui.county.window import CountyWindow

from ..factories import PASSWORD, signed_in
from ..persistence.test_county_seat import NAMES, Town


@pytest.fixture
def towns(tmp_path, sqlite_template):
    made = []
    for name, reported, at_county in zip(NAMES, (4, 3), (2, 2)):
        path = tmp_path / f"{name}.sqlite"
        shutil.copy(sqlite_template, path)
        made.append(Town(f"sqlite:///{path}", name, reported, at_county))
    settings = tmp_path / "county.toml"
    settings.write_text('county = "嘉善县"\n' + "".join(
        f'[[townships]]\nname = "{t.name}"\nfile = "{t.name}.sqlite"\n' for t in made), encoding="utf-8")
    yield made, county_config.load(settings)
    for t in made:
        t.db.close()


@pytest.fixture
def window(qtbot, towns, settings):
    seat = open_seat(towns[1], "county1", PASSWORD)
    shown = CountyWindow(seat, settings)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.townships.wait()
    seat.close()


def test_the_county_queue_lists_both_townships_and_acts_in_the_items_own(window, towns, qtbot, answers):
    model = window.queue.model
    assert model.rowCount() == 4 and {model.row_at(r).township for r in range(4)} == set(NAMES)
    window.queue.township.setCurrentIndex(window.queue.township.findData(NAMES[1]))
    assert model.rowCount() == 2 and {model.row_at(r).township for r in range(2)} == {NAMES[1]}
    window.queue.view.selectRow(0)
    item = window.queue.current()
    assert window.detail.detail.code == item.row.code and window.detail.runner.db.url.database == towns[0][1].db.url.database
    assert window.commands.actions["accept"].isEnabled() and not window.commands.actions["cancel"].isEnabled()
    answers.append({"note": "县级受理"})
    window.commands.trigger("accept")
    town = towns[0][1]
    assert incidents.detail(town.db, town.duty, item.row.id).events[-1].action == "accept"
    qtbot.waitUntil(lambda: window.queue._reading is None, timeout=20_000)  # read again in the background
    assert window.queue.current().row.status == "accepted"  # read again, still chosen


def test_townships_side_by_side_in_the_window(window, qtbot):
    assert window.townships.table.rowCount() == 0  # not read while the seat opens, nor behind the queue
    window.townships.raise_()
    qtbot.waitUntil(lambda: window.townships.table.rowCount() == 2, timeout=20_000)
    ranks = sorted(window.townships.table.item(r, 0).text() for r in range(2))
    assert ranks == ["1", "2"]
    trend = window.townships.trend  # a line per township over the months up to the one chosen
    assert len(trend.labels) == 6 and trend.labels[-1] == window.townships.month.currentData()
    assert NAMES[0] in trend.keys and NAMES[1] in trend.keys


def test_a_township_gone_is_named_and_the_other_goes_on(window, towns, qtbot):
    gone = towns[0][0]
    gone.db.close()
    path = gone.db.url.database
    shutil.move(path, path + ".moved")
    window.refresh()
    qtbot.waitUntil(lambda: window.queue._reading is None, timeout=20_000)
    assert {window.queue.model.row_at(r).township for r in range(window.queue.model.rowCount())} == {NAMES[1]}
    assert not window.queue.unreachable.isHidden() and NAMES[0] in window.queue.unreachable.text()
    assert "1 of 2" in window.place.text()


def test_signing_in_refuses_a_wrong_password_everywhere_at_once(towns, qtbot):
    dialog = CountySignInDialog(towns[1])
    qtbot.addWidget(dialog)
    dialog.username.setText("county1")
    dialog.password.setText("wrong")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and NAMES[0] in dialog.message.text()
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.seat is not None
    dialog.seat.close()



def test_the_monthly_report_from_the_window(window, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "县月报.pdf"
    monkeypatch.setattr("ui.county.window.save_path", lambda *a: target)
    window.findChild(type(window.commands.actions["accept"]), "county.report").trigger()
    qtbot.waitUntil(lambda: window._report is None and target.exists(), timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF") and str(target) in window.statusBar().currentMessage()


def test_a_townships_own_dashboard_opens_from_the_seat(window, towns, qtbot):
    from ui.county.township_dashboard import TownshipDashboard

    window.townships.raise_()
    qtbot.waitUntil(lambda: window.townships.table.rowCount() == 2, timeout=20_000)
    row = next(r for r in range(2) if window.townships.table.item(r, 1).text() == NAMES[1])
    window.townships.table.itemDoubleClicked.emit(window.townships.table.item(row, 1))
    shown = window.findChild(TownshipDashboard)
    assert shown is not None and NAMES[1] in shown.windowTitle()
    assert shown.dock.runner.db.url.database == towns[0][1].db.url.database
    qtbot.waitUntil(lambda: shown.dock.live is not None, timeout=20_000)
    assert shown.dock.live is not None
    shown.close()


def test_a_county_account_made_everywhere_chooses_its_own_password_at_its_first_sign_in(towns, qtbot, monkeypatch):
    from ui.county.accounts import CountyAccountDialog, CountyPasswordDialog

    made, config = towns
    for t in made:
        signed_in(t.db, "admin", ("admin",))
    seat = open_seat(config, "county1", PASSWORD)
    maker = CountyAccountDialog(seat, None)
    qtbot.addWidget(maker)
    for field, value in ((maker.admin, "admin"), (maker.admin_password, PASSWORD), (maker.username, "county2"),
                         (maker.name, "王县"), (maker.temporary, "temporary1")):
        field.setText(value)
    maker.accept()
    qtbot.waitUntil(lambda: maker._task is None, timeout=20_000)
    assert maker.result.text().count("made") == 2 and "Made in 2 of 2" in maker.result.text()
    seat.close()

    def choose(dialog: CountyPasswordDialog) -> int:
        dialog.old.setText("temporary1")
        dialog.new.setText("my-own-password")
        dialog.again.setText("my-own-password")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CountyPasswordDialog, "exec", choose)
    sign_in = CountySignInDialog(config)
    qtbot.addWidget(sign_in)
    sign_in.username.setText("county2")
    sign_in.password.setText("temporary1")
    sign_in.accept()
    assert sign_in.seat is not None and not sign_in.seat.must_change_password
    sign_in.seat.close()
    with open_seat(config, "county2", "my-own-password") as seat:
        assert all(t.reachable for t in seat.townships)
