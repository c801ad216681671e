"""One reading of "overdue at t" and "warning at t" everywhere (SPEC §3.4 Boundaries): the
queue's filters and counts, the command line, stats and the detail's light agree one minute
before, at, and one minute after the instant."""

import datetime as dt
import json

import pytest

from gridcommand.base import clock
from gridcommand.cli.main import main
from gridcommand.figures.metrics import figures
from gridcommand.workflow.deadlines import light
from gridcommand.workflow.detail import load_detail
from gridcommand.workflow.queue import QueueFilter, QueueQuery

from ..factories import PASSWORD, signed_in
from .test_workflow import T0, Office

MINUTE = dt.timedelta(minutes=1)
OFFSETS = [(-1, False), (0, True), (1, True)]


@pytest.fixture
def office(township_db):
    o = Office(township_db)
    o.incident = o.report("yellow", at=T0)  # accept step: 4 h, warning from 3 h 12 min
    o.due = o.get(o.incident).step_due_at
    o.warn = o.get(o.incident).step_warn_at
    return o


def _count(office, **flt) -> int:
    with office.db.session() as s:
        return QueueQuery(QueueFilter(**flt)).count(s)


@pytest.mark.parametrize("offset, overdue", OFFSETS)
def test_the_queue_filter_stats_and_light_agree_at_the_deadline(office, offset, overdue):
    t = office.due + offset * MINUTE
    assert _count(office, overdue_at=t) == int(overdue)
    assert _count(office, warning_at=t) == int(not overdue)
    with office.db.session() as s:
        assert figures(s, T0 - dt.timedelta(days=1), T0 + dt.timedelta(days=1), now=t)[0].overdue_now == int(overdue)
    assert light(office.warn, office.due, t) == ("red" if overdue else "yellow")


@pytest.mark.parametrize("offset, warning", OFFSETS)
def test_the_warning_filter_starts_at_the_80_percent_point(office, offset, warning):
    t = office.warn + offset * MINUTE
    assert _count(office, warning_at=t) == int(warning)
    assert _count(office, overdue_at=t) == 0


@pytest.mark.parametrize("offset, overdue", OFFSETS)
def test_the_command_line_flags_overdue_at_the_deadline(office, offset, overdue, monkeypatch, capsys):
    signed_in(office.db, "admin", ("admin",))
    monkeypatch.setenv("GRIDCOMMAND_USER", "admin")
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", PASSWORD)
    monkeypatch.setattr(clock, "now", lambda: office.due + offset * MINUTE)
    where = ["--database-url", office.db.url.render_as_string(hide_password=False)]
    assert main([*where, "incidents", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["incidents"]
    assert [i["overdue"] for i in listed] == [overdue]
    assert main([*where, "incidents", "list", "--overdue", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == int(overdue)


def test_the_detail_shows_the_same_times(office):
    with office.db.session() as s:
        detail = load_detail(s, office.incident)
    assert (detail.step_warn_at, detail.step_due_at) == (office.warn, office.due)
