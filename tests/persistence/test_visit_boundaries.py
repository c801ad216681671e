"""One reading of "a key person is overdue for a visit at t" (SPEC §9: overdue when now > last
visit + interval, by the day — visited exactly one interval ago, the person is due today, not
overdue): the reminders, the agenda's key-person lines and the reviews' visit lapses agree at the
exact interval, one minute before the due day ends, at its end, and one minute after."""

import datetime as dt

import pytest

from gridcommand.base.clock import SHANGHAI
from gridcommand.base.enums import FindingKind
from gridcommand.meetings.builder import build
from gridcommand.reviews.draft import draft
from gridcommand.reviews.scope import Scope
from gridcommand.visits import rules
from gridcommand.visits.reminders import reminders

from .test_visits import people  # noqa: F401 — the orange person was visited 2026-03-09 15:00

MINUTE = dt.timedelta(minutes=1)
VISITED = dt.datetime(2026, 3, 9, 15, 0, tzinfo=SHANGHAI)
DUE = dt.date(2026, 3, 16)                              # seven days later
OVERDUE_FROM = dt.datetime(2026, 3, 17, tzinfo=SHANGHAI)  # the due day over
MOMENTS = [(VISITED + dt.timedelta(days=7), False),      # exactly one interval: due today
           (OVERDUE_FROM - MINUTE, False), (OVERDUE_FROM, True), (OVERDUE_FROM + MINUTE, True)]


def test_the_rule_itself():
    assert rules.due_on(VISITED, dt.date(2025, 1, 1), 7) == DUE
    assert rules.overdue_from(DUE) == OVERDUE_FROM
    assert [rules.is_overdue(DUE, at) for at, _overdue in MOMENTS] == [overdue for _at, overdue in MOMENTS]
    assert rules.days_overdue(DUE, OVERDUE_FROM + MINUTE) == 1
    # Never visited: one interval after the tag day; a visit before the tag does not count.
    assert rules.due_on(None, dt.date(2026, 3, 9), 7) == DUE
    assert rules.due_on(VISITED, dt.date(2026, 3, 10), 7) == dt.date(2026, 3, 17)


@pytest.mark.parametrize("at, overdue", MOMENTS)
def test_reminders_agenda_and_reviews_agree(people, at, overdue):  # noqa: F811
    orange = people.ids["orange"]
    with people.db.session() as s:
        state = next(r.state for r in reminders(s, at) if r.key_person_id == orange)
        on_agenda = [d for d in build(s, at) if d.key_person_id == orange]
        # From after the visit: the lapse before it is not asked about.
        scope = Scope(VISITED + MINUTE, at, frozenset({people.grid_id}), frozenset({orange}), frozenset({orange}),
                      (), frozenset())
        lapses = [f for f in draft(s, scope) if f.kind == FindingKind.VISIT_LAPSE and f.key.startswith(f"visit:{orange}:")]
    assert state == ("overdue" if overdue else "due_today")
    assert bool(on_agenda) == overdue
    assert [f.facts["days_missed"] for f in lapses] == ([1] if overdue else [])
    if overdue:
        assert "应于 2026-03-16 走访,逾期 1 天" in on_agenda[0].detail
