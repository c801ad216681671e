"""The meetings dock and the projector view, driven as the chair would."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from sqlalchemy import select

from gridcommand.base import clock
from gridcommand.meetings import service, views
from gridcommand.meetings.brief import brief
from gridcommand.models import ActionItem, Unit
from gridcommand.ops.reference import lists
from gridcommand.ops.unit_of_work import read
from ui.widgets.projector import ProjectorView

from ..factories import TODAY, admin_user
from .conftest import make_window


@pytest.fixture
def window(qtbot, demo_db, runner, settings):
    with demo_db.session() as s:
        meeting = service.create_meeting(s, admin_user(s), clock.at_local(TODAY, 9), chair="张镇长")
        service.build_agenda(s, meeting.id)
        s.commit()
    w = make_window(qtbot, runner, settings)
    w.meetings.show()
    w.meetings.raise_()
    return w


def test_agenda_edit_lock_and_outcome(window, qtbot, answers, demo_db):
    dock = window.meetings
    model = dock.agenda
    assert model.rowCount() == len(dock.view.items) > 0
    assert "张镇长" == dock.view.chair
    answers.append({"title": "防汛物资检查", "minutes": "15", "presenter": "应急办"})
    dock.add_item()
    assert dock.view.items[-1].title == "防汛物资检查" and dock.view.items[-1].section == 8
    # Reorder within a section by the buttons (drag uses the same core move).
    same = [i for i, item in enumerate(model.items) if item.section == model.items[0].section]
    if len(same) > 1:
        first_id = model.items[0].id
        dock.table.selectRow(0)
        dock.shift(1)
        assert model.items[1].id == first_id
    # Edit minutes in the table; a wrong value is refused.
    column = model.COLUMNS.index("minutes")
    assert model.setData(model.index(0, column), 7)
    assert not model.setData(model.index(0, column), 999) and "0–240" in model.last_error
    dock.reload()
    assert model.items[0].minutes == 7
    dock.lock()
    qtbot.waitUntil(lambda: dock.view.locked)
    assert not dock.buttons["add"].isEnabled()
    assert not (model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable)
    with demo_db.session() as s:
        unit = s.scalars(select(Unit.id)).first()
    dock.table.selectRow(0)
    open_before = dock.actions_model.rowCount()  # the demo's last meeting left some open
    answers.append({"outcome": "decision", "note": "三日内整改", "unit": unit,
                    "due": f"{TODAY + dt.timedelta(days=3):%Y-%m-%d}"})
    dock.record_outcome()
    with demo_db.session() as s:
        assert s.scalars(select(ActionItem.title).where(ActionItem.meeting_id == dock.meeting_id)).all() == ["三日内整改"]
    assert dock.actions_model.rowCount() == open_before + 1
    answers.append({"note": "已整改"})
    row = next(r for r in range(dock.actions_model.rowCount()) if dock.actions_model.rows[r].title == "三日内整改")
    dock.action_table.selectRow(row)
    dock.mark_done()
    assert dock.actions_model.rowCount() == open_before


def test_meeting_forms_start_from_what_the_meeting_knows(window, qtbot, monkeypatch):
    from ui.widgets.form import FormDialog

    opened = []
    monkeypatch.setattr(FormDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    dock = window.meetings
    dock.new_meeting()
    assert opened[-1].values()["chair"] == window.runner.actor.name
    row = next(n for n, item in enumerate(dock.agenda.items) if item.incident_id and item.unit)
    item = dock.agenda.items[row]
    dock.table.selectRow(row)
    dock.record_outcome()
    form = opened[-1]
    values = form.values()
    assert values["unit"] == item.unit_id and values["staff"] is None
    assert values["due"] == f"{TODAY + dt.timedelta(days=7):%Y-%m-%d}"  # a week after the meeting
    people = form.editors["staff"]
    first = window.runner.read(lists).workers
    grid_workers = [w.label for w in first if w.parent_id == item.grid_id]
    assert grid_workers and [people.itemText(i) for i in range(1, 1 + len(grid_workers))] == grid_workers
    people.setEditText(grid_workers[0].split("(")[0])  # typing a name …
    assert form.values()["staff"] is None  # … names nobody until it is one of the choices
    people.setEditText(grid_workers[0])
    assert form.values()["staff"] == next(w.id for w in first if w.label == grid_workers[0])


def test_attendance_and_linked_incident(window, qtbot, demo_db):
    dock = window.meetings
    index = dock.attendance.index(0)
    assert dock.attendance.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    with demo_db.session() as s:
        assert views.agenda(s, dock.meeting_id).attendees[0][2] is True
    row = next(n for n, item in enumerate(dock.agenda.items) if item.incident_id)
    with qtbot.waitSignal(dock.sig_open_incident) as opened:
        dock._open_linked(dock.agenda.index(row, 1))
    assert window.detail.incident_id == opened.args[0] == dock.agenda.items[row].incident_id


def built_agenda(db, length: int | None = None):
    """Today's weekly meeting (of ``length`` minutes), its agenda built."""
    from gridcommand.models import Setting

    with db.session() as s:
        if length:
            s.add(Setting(key="meeting.length_minutes", value=str(length)))
            s.flush()
        meeting = service.create_meeting(s, admin_user(s), clock.at_local(TODAY, 9))
        service.build_agenda(s, meeting.id)
        s.commit()
        return views.agenda(s, meeting.id)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_projector_keys(qtbot, demo_db, size):
    agenda = built_agenda(demo_db, length=30)
    view = ProjectorView(agenda)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    assert view.slide == 0 and "周例会" in view.heading.text()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    slots = [i for i in agenda.items if i.parent_id is None]  # one slide a slot, its items on it
    assert view.slide == 2 and slots[1].title in view.body.text()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.slide == 1
    for _ in range(len(agenda.items) + 3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.slide == len(slots)  # stops at the last item
    written = next(i for i in slots if i.kind == "written")  # the demo's week does not fit 30 minutes
    view.show_slide(slots.index(written) + 1)
    assert all(i.title in view.body.text() for i in agenda.items if i.parent_id == written.id)
    big = view.heading.font().pointSize()
    assert big >= size[1] // 16 - 1  # very large type, from the screen's height
    import re
    sizes = [int(pt) for pt in re.findall(r"font-size:(\d+)pt", view.body.text())]
    assert sizes and min(sizes) * 96 / 72 >= 28  # the slot's table too: ≥ 28 px, read from the back of the room
    unit_slot = next((i for i in slots if i.kind == "unit"), None)
    if unit_slot is not None:
        view.show_slide(slots.index(unit_slot) + 1)
        assert "●" in view.body.text() and "color:#ff6b5e'>超期" in view.body.text()  # cards and lateness in colour
    assert "/ 0" in view.footer.text() or ":00" in view.footer.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_projector_masks_personal_numbers(qtbot, demo_db):
    from gridcommand.models import Grid, KeyPerson, Setting, Staff

    with demo_db.session() as s:
        grid = s.scalars(select(Grid)).first()
        worker = s.scalars(select(Staff).where(Staff.role == "full_time")).first()
        s.add(KeyPerson(id_number="11010519491231002X", name="钱红", grid_id=grid.id, colour="red",
                        responsible_staff_id=worker.id, tagged_on=TODAY - dt.timedelta(days=90)))
        s.add(Setting(key="meeting.length_minutes", value="480"))  # time for everything: she has a slide
        meeting = service.create_meeting(s, admin_user(s), clock.at_local(TODAY, 9))
        service.build_agenda(s, meeting.id)
        s.commit()
        agenda = views.agenda(s, meeting.id)
    view = ProjectorView(agenda, brief=lambda item_id: read(demo_db, brief, item_id))
    qtbot.addWidget(view)
    row = next(n for n, i in enumerate([i for i in agenda.items if i.parent_id is None], start=1)
               if "钱红" in i.title)
    view.show_slide(row)
    assert "110105********002X" in view.body.text() and "11010519491231002X" not in view.body.text()
    assert "No visit on record" in view.body.text()  # her visit history: none yet


def test_the_projector_shows_what_the_meeting_decides_by(qtbot, demo_db, tmp_path):
    from gridcommand.ops import incidents

    from ..factories import signed_in

    agenda = built_agenda(demo_db)
    number, item = next((n, i) for n, i in enumerate([i for i in agenda.items if i.parent_id is None], start=1)
                        if i.incident_id and i.unit)
    photo = tmp_path / "now.png"
    image = QPixmap(40, 30)
    image.fill(QColor("orange"))
    assert image.save(str(photo))
    incidents.attach(demo_db, signed_in(demo_db), item.incident_id, "before", photo)
    known = read(demo_db, brief, item.id)
    assert 0 < len(known.steps) <= 5 and known.steps[-1].action == "attach" and known.photo == photo.read_bytes()
    view = ProjectorView(agenda, brief=lambda item_id: read(demo_db, brief, item_id))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show_slide(number)
    text = view.body.text()
    assert f"Responsible: {known.unit}" in text and "Attachment added" in text
    assert not view.photo.pixmap().isNull()
    view.show_slide(0)
    assert view.photo.pixmap().isNull()


def test_expect_a_person(window, answers, demo_db):
    from gridcommand.models import Staff

    with demo_db.session() as s:
        worker = s.scalars(select(Staff).where(Staff.role == "full_time")).first()
    before = window.meetings.attendance.rowCount()
    answers.append({"staff": worker.id})
    window.meetings.add_person()
    assert window.meetings.attendance.rowCount() == before + 1
    assert window.meetings.attendance.rows[-1][1] == worker.name


def test_the_items_title_stays_readable_on_a_narrow_dock(qtbot):
    from PySide6.QtWidgets import QTableView

    from ui.widgets.row_table import ReadableColumn
    from ui.widgets.rows_model import RowsModel

    model = RowsModel([("板块", lambda r: r[0]), ("事项", lambda r: r[1]), ("单位", lambda r: r[2])])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    for column in (0, 2):
        table.setColumnWidth(column, 150)
    ReadableColumn(table, 1, 220)
    model.show([("超期未办结", "华东村报到:超期事项 3 件", "华东村")])
    table.resize(400, 200)
    table.show()
    qtbot.waitUntil(lambda: table.columnWidth(1) >= 220)  # narrow: it keeps its width, the table scrolls
    table.resize(1200, 200)
    qtbot.waitUntil(lambda: table.columnWidth(1) > 600)  # wide: it takes the width left
