"""Visit reminders and logging (SPEC §9)."""

import datetime as dt

import pytest

from gridcommand.base.clock import SHANGHAI
from gridcommand.base.errors import InputError
from gridcommand.models import KeyPerson, Visit
from gridcommand.visits.reminders import log_visit, month_figures, reminders

from ..factories import admin_user
from .test_workflow import Office

NOW = dt.datetime(2026, 3, 16, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture
def people(township_db):
    o = Office(township_db)
    with township_db.session() as s:
        rows = {
            # red: 1 day; last visit 2 days ago → overdue
            "red": KeyPerson(id_number="11010519491231002X", name="红", grid_id=o.grid_id, colour="red",
                             responsible_staff_id=o.worker_id, tagged_on=dt.date(2025, 1, 1)),
            # orange: 7 days; visited 7 days ago at 15:00 → due later today
            "orange": KeyPerson(id_number="330421198001010013", name="橙", grid_id=o.grid_id, colour="orange",
                                responsible_staff_id=o.worker_id, tagged_on=dt.date(2025, 1, 1)),
            # green: 30 days; visited 3 days ago → fine
            "green": KeyPerson(id_number="110101199003070011", name="绿", grid_id=o.grid_id, colour="green",
                               responsible_staff_id=o.worker_id, tagged_on=dt.date(2025, 1, 1)),
        }
        s.add_all(rows.values())
        s.flush()
        for key, days, hour in (("red", 2, 9), ("orange", 7, 15), ("green", 3, 9)):
            s.add(Visit(key_person_id=rows[key].id, staff_id=o.worker_id, mode="door",
                        visited_at=dt.datetime(2026, 3, 16 - days, hour, 0, tzinfo=SHANGHAI)))
        s.commit()
        o.ids = {k: v.id for k, v in rows.items()}
    return o


def test_reminders_list_overdue_then_due_today(people):
    with people.db.session() as s:
        due = reminders(s, NOW)
    assert [(r.name, r.state) for r in due] == [("红", "overdue"), ("橙", "due_today")]
    assert due[0].id_number == "110105********002X" and due[0].worker == "张伟"


def test_logging_a_visit_clears_the_reminder(people):
    with people.db.session() as s:
        with pytest.raises(InputError, match="晚于现在"):
            log_visit(s, admin_user(s), people.ids["red"], people.worker_id, dt.datetime(2099, 1, 1, tzinfo=SHANGHAI))
        log_visit(s, admin_user(s), people.ids["red"], people.worker_id, NOW - dt.timedelta(hours=1), "phone", "电话问候")
        s.commit()
        assert [r.name for r in reminders(s, NOW)] == ["橙"]


def test_month_figures(people):
    with people.db.session() as s:
        figures = {f["key_person"]: (f["required"], f["done"]) for f in month_figures(s, "2026-03")}
    assert figures == {"红": (31, 1), "橙": (4, 1), "绿": (1, 1)}


def test_the_months_visit_report(people, tmp_path):
    from openpyxl import load_workbook

    from gridcommand.ops import reports
    from gridcommand.visits.report import visit_report

    from ..factories import signed_in

    with people.db.session() as s:
        report = visit_report(s, "2026-03", NOW)
        by_colour = {c.key: (c.persons, c.required, c.done) for c in report.by_colour}
    # March: red 31 required, one visit; orange 4 (31 days ÷ 7), one; green 1, one.
    assert [c.key for c in report.by_colour] == ["green", "orange", "red"]
    assert by_colour == {"red": (1, 31, 1), "orange": (1, 4, 1), "green": (1, 1, 1)}
    assert [(c.key, c.required) for c in report.by_village] == [("东塘村", 36)]
    assert [r.name for r in report.overdue] == ["红"] and report.total.done == 3
    actor = signed_in(people.db, "leader", ("leader",))
    book = load_workbook(reports.report(people.db, actor, "visits", "2026-03", None, tmp_path / "v.xlsx"))
    assert book["按颜色"]["E2"].number_format == "0.0%" and book["逾期未走访"]["B2"].value == "110105********002X"
    assert reports.report(people.db, actor, "visits", "2026-03", None, tmp_path / "v.pdf").read_bytes().startswith(b"%PDF")
