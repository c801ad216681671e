"""One reading of "a key person is overdue for a visit at t" (SPEC §9: strictly after one
interval since the last visit): the reminders, the agenda's key-person lines and the reviews'
visit lapses agree one minute before, at, and one minute after the instant."""

import datetime as dt

import pytest

from gridcommand import visits
from gridcommand.enums import FindingKind
from gridcommand.meetings.builder import build
from gridcommand.reviews.draft import draft
from gridcommand.reviews.scope import Scope
from gridcommand.visit_reminders import reminders

from .test_visits import people  # noqa: F401 — the orange person was visited 2026-03-09 15:00

MINUTE = dt.timedelta(minutes=1)
DUE = dt.datetime(2026, 3, 16, 15, 0, tzinfo=visits.clock.SHANGHAI)  # seven days later
OFFSETS = [(-1, False), (0, False), (1, True)]


def test_the_rule_itself():
    visited = DUE - dt.timedelta(days=7)
    assert visits.due_at(visited, dt.date(2025, 1, 1), 7) == DUE
    assert [visits.is_overdue(DUE, DUE + k * MINUTE) for k in (-1, 0, 1)] == [False, False, True]
    # Never visited: one interval after the tag day began; a visit before the tag does not count.
    assert visits.due_at(None, dt.date(2026, 3, 9), 7) == dt.datetime(2026, 3, 16, tzinfo=visits.clock.SHANGHAI)
    assert visits.due_at(visited, dt.date(2026, 3, 10), 7) == dt.datetime(2026, 3, 17, tzinfo=visits.clock.SHANGHAI)


@pytest.mark.parametrize("offset, overdue", OFFSETS)
def test_reminders_agenda_and_reviews_agree(people, offset, overdue):  # noqa: F811
    at = DUE + offset * MINUTE
    orange = people.ids["orange"]
    with people.db.session() as s:
        state = next(r.state for r in reminders(s, at) if r.key_person_id == orange)
        on_agenda = [d for d in build(s, at) if d.key_person_id == orange]
        # From after the visit: the lapse before it is not asked about.
        scope = Scope(DUE - dt.timedelta(days=6), at, frozenset({people.grid_id}), frozenset({orange}),
                      frozenset({orange}), (), frozenset())
        lapses = [f for f in draft(s, scope) if f.kind == FindingKind.VISIT_LAPSE and f.key.startswith(f"visit:{orange}:")]
    assert state == ("overdue" if overdue else "due_today")
    assert bool(on_agenda) == overdue
    assert [f.facts["late_minutes"] for f in lapses] == ([1] if overdue else [])
    if overdue:
        assert "逾期 1 分钟" in on_agenda[0].detail
