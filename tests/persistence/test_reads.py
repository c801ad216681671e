"""Every read of the screens and the command line is an operation that resolves and checks the
actor as a write does (SPEC §12.1): table-driven over the roles, like the writes in
test_accounts. A read added to ``gridcommand.ops`` without a line here fails the first test."""

import ast
import datetime as dt
import importlib
import inspect
import pkgutil

import pytest

import gridcommand.ops
from gridcommand.access.permissions import ROLES_THAT, Can
from gridcommand.base.errors import InputError, NotAllowed
from gridcommand.ops import (
    accounts,
    administration,
    audit_log,
    dashboard,
    evaluation,
    incidents,
    intake,
    meetings,
    notices,
    organisation,
    queue,
    reference,
    reports,
    reviews,
    rules,
    visits,
)
from gridcommand.ops.evaluation import MonthResult
from gridcommand.ops.intake import SourceForm

from ..factories import PASSWORD

MONTH, DAY = "2026-10", dt.date(2026, 10, 12)
T = dt.datetime(2026, 10, 12, 1, 0, tzinfo=dt.timezone.utc)
ROLES = ("duty", "chair", "hr", "leader", "admin")

# Every read, with arguments that find nothing or are refused for what they ask — past the door.
READS = [
    (accounts.users, ()), (accounts.idle_minutes, ()),
    (administration.unit_list, ()), (administration.category_list, ()), (administration.township_info, ()),
    (administration.meeting_settings, ()), (administration.system_settings, ()),
    (audit_log.verify, ()), (audit_log.entries, ()),
    (dashboard.live, ()), (dashboard.monthly, ()), (dashboard.map_of_grids, ()), (dashboard.stats, (DAY, DAY)),
    (dashboard.county_items, (DAY, DAY)), (dashboard.month_beyond, ("2026-03",)),
    (evaluation.scheme_for, (MONTH,)), (evaluation.preview_scheme, (MONTH, {})),
    (evaluation.scheme_in_force, (MONTH,)), (evaluation.months, ()), (evaluation.history, (999_999,)),
    (evaluation.grades, (MONTH,)), (evaluation.candidates, (MONTH,)),
    (incidents.nearby_persons, (999_999,)), (incidents.usual_unit, ([999_999],)), (incidents.detail, (999_999,)),
    (incidents.attachment, (999_999,)), (incidents.refusal, (999_999, "accept")),
    (intake.preview, (SourceForm("x"), "missing.csv")), (intake.sources_listed, ()),
    (intake.source_form, (999_999,)), (intake.repeats, ()), (intake.open_flags, ()), (intake.source_named, ("x",)),
    (meetings.meetings, ()), (meetings.agenda, (999_999,)), (meetings.draft, (DAY,)),
    (meetings.open_actions, ()), (meetings.brief, (999_999,)),
    (notices.plan, ()), (notices.issued, ()), (notices.find, ("x",)),
    (organisation.tree, ()), (organisation.team, (999_999,)),
    (queue.page, (queue.QueueQuery(),)), (queue.jump, (queue.QueueQuery(), 0)),
    (queue.holds, (queue.QueueQuery(), 999_999)), (queue.size, (queue.QueueQuery(),)), (queue.counts, ()),
    (queue.rows, ([999_999],)), (queue.keys, (queue.QueueQuery(),)),
    (reference.lists, ()), (reference.grid_workers, (("full_time",),)), (reference.township, ()),
    (reference.incident_id, ("x",)), (reference.grid_id, ("x",)), (reference.staff_id, ("x",)),
    (reference.unit_id, ("x",)), (reference.village_id, ("x",)), (reference.unit_ids, (["x"],)),
    (reports.preview, ("unit_ranking", MONTH)), (reports.report, ("unit_ranking", MONTH, None, "r.pdf")),
    (reports.months, ()), (reports.periods, ()),
    (reports.agenda_pdf, (999_999, "a.pdf")), (reports.minutes_pdf, (999_999, "m.pdf")),
    (reports.draft_agenda_pdf, (DAY, "d.pdf")), (reports.review_pdf, (999_999, "r.pdf")),
    (reports.evaluation_sheets, (MonthResult(MONTH, 1, False, ()), "s.pdf", "nobody")),
    (reports.evaluation_table, ("salary", MonthResult(MONTH, 1, False, ()), "s.xlsx")),
    (reports.candidates_pdf, (MONTH, "c.pdf")),
    (reports.unit_ranking, (MONTH,)),
    (reviews.reviews, ()), (reviews.review, (999_999,)), (reviews.timeline, (999_999,)),
    (reviews.review_id, ("x",)), (reviews.serious_incidents, ()), (reviews.evidence, (["x"],)),
    (reviews.person_ids, (["x"],)),
    (rules.deadline_versions, ()), (rules.preview_deadlines, (T, "calendar", {})), (rules.deadlines_in_force, ()), (rules.county_escalation, ()),
    (visits.reminders, ()),
]
# What the reads whose capability depends on their arguments need with the arguments above.
NEEDS_GIVEN = {reports.preview: Can.REPORTS, reports.report: Can.REPORTS,
               reports.evaluation_table: Can.SEE_PAY}


def _reads() -> dict:
    """Every function of gridcommand.ops that reads through ``look``, with the capability its
    call names (None where it depends on the arguments)."""
    found = {}
    for info in pkgutil.iter_modules(gridcommand.ops.__path__, "gridcommand.ops."):
        module = importlib.import_module(info.name)
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "look":
                    needs = next(k.value for k in call.keywords if k.arg == "needs")
                    found[getattr(module, node.name)] = getattr(Can, needs.attr) if isinstance(needs, ast.Attribute) \
                        and getattr(needs.value, "id", None) == "Can" else None
    # A private helper that looks (``reports._made``) makes its public callers reads.
    found[reports.preview] = found[reports.report] = None
    return found


def test_every_read_is_in_the_table():
    assert set(_reads()) == {op for op, _args in READS}


def test_every_read_lets_in_the_roles_12_1_names_and_nobody_else(people, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    actors = {role: accounts.sign_in(people, role, PASSWORD) for role in ROLES}
    reads = _reads()
    for op, args in READS:
        needs = reads[op] or NEEDS_GIVEN[op]
        for role in ROLES:
            try:
                op(people, actors[role], *args)
                refused = None
            except NotAllowed as exc:  # at the door, naming the roles; or a row it may not see
                refused = exc if "需要" in str(exc) else None
            except (InputError, OSError, KeyError, ValueError):
                refused = None  # past the door: refused for what it asked, not for who asked
            assert (refused is None) == (role in ROLES_THAT[needs]), (op.__qualname__, role, refused)
        with pytest.raises(NotAllowed):
            op(people, None, *args)  # nobody signed in reads nothing


def test_a_deactivated_account_reads_nothing(people):
    admin = accounts.sign_in(people, "admin", PASSWORD)
    duty = accounts.sign_in(people, "duty", PASSWORD)
    accounts.deactivate(people, admin, duty.user_id)
    with pytest.raises(NotAllowed, match="已停用"):
        queue.counts(people, duty)

