"""Accounts and roles (SPEC §12.1): signing in and the lockout at its boundary, what the
administrator does with accounts, and every operation allowed or refused for every role."""

import datetime as dt

import pytest
from sqlalchemy import select

from gridcommand.access import accounts as service
from gridcommand.access.accounts import SignInRefused
from gridcommand.access.permissions import ROLES_THAT, Can
from gridcommand.base.errors import InputError, NotAllowed
from gridcommand.demo.build import build_demo
from gridcommand.models import Extension, User
from gridcommand.ops import accounts, evaluation, imports, incidents, meetings, reports, reviews, rules, visits
from gridcommand.ops.evaluation import MonthResult
from gridcommand.ops.unit_of_work import read
from gridcommand.reviews import views as review_views
from gridcommand.workflow import NewIncident

from ..factories import PASSWORD, TINY, TODAY

T = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
MINUTE = dt.timedelta(minutes=1)


def test_five_wrong_passwords_lock_the_account_for_15_minutes(people):
    with people.session() as s:
        for n in range(1, 5):
            attempt = service.sign_in(s, "hr", "wrong", T)
            assert attempt.user is None and str(attempt.refusal) == "用户名或密码不正确"
        attempt = service.sign_in(s, "hr", "wrong", T)
        assert attempt.locked_now and "已锁定" in str(attempt.refusal)
        unlocked_at = s.scalars(select(User.locked_until).where(User.username == "hr")).one()
        assert unlocked_at == T + dt.timedelta(minutes=15)
        assert service.sign_in(s, "hr", PASSWORD, unlocked_at - MINUTE).user is None  # still locked
        assert service.sign_in(s, "hr", PASSWORD, unlocked_at).user.username == "hr"
        assert service.sign_in(s, "hr", PASSWORD, unlocked_at + MINUTE).user.username == "hr"
        assert s.scalars(select(User.failed_sign_ins).where(User.username == "hr")).one() == 0


def test_a_failed_sign_in_is_counted_although_refused(people):
    with pytest.raises(SignInRefused) as known:
        accounts.sign_in(people, "chair", "wrong")
    with people.session() as s:
        assert s.scalars(select(User.failed_sign_ins).where(User.username == "chair")).one() == 1
    with pytest.raises(SignInRefused) as unknown:
        accounts.sign_in(people, "nobody", PASSWORD)
    # The same words: a refusal does not tell whether the account exists (§12.1).
    assert str(known.value) == str(unknown.value) == "用户名或密码不正确"


def test_a_deactivated_account_is_named_only_to_whoever_knows_its_password(people):
    admin = accounts.sign_in(people, "admin", PASSWORD)
    chair = next(u for u in accounts.users(people, admin) if u.username == "chair")
    accounts.deactivate(people, admin, chair.id)
    with pytest.raises(SignInRefused, match="^用户名或密码不正确$"):
        accounts.sign_in(people, "chair", "wrong")
    with pytest.raises(SignInRefused, match="已停用"):
        accounts.sign_in(people, "chair", PASSWORD)


def test_the_administrator_manages_accounts(people):
    admin = accounts.sign_in(people, "admin", PASSWORD)
    new_id = accounts.create_user(people, admin, "duty9", "赵值班", ["duty"], "first-pass").value
    newcomer = accounts.sign_in(people, "duty9", "first-pass")
    assert newcomer.must_change_password
    with pytest.raises(NotAllowed, match="请先修改密码"):
        incidents.accept(people, newcomer, 1)
    with pytest.raises(InputError, match="原密码不正确"):
        accounts.change_password(people, newcomer, "wrong-pass", "my-own-pass")
    accounts.change_password(people, newcomer, "first-pass", "my-own-pass")
    assert not accounts.sign_in(people, "duty9", "my-own-pass").must_change_password
    accounts.set_roles(people, admin, new_id, ["duty", "chair"])
    assert accounts.sign_in(people, "duty9", "my-own-pass").roles == {"duty", "chair"}
    accounts.reset_password(people, admin, new_id, "temporary1")
    assert accounts.sign_in(people, "duty9", "temporary1").must_change_password
    still_signed_in = accounts.sign_in(people, "duty9", "temporary1")
    accounts.deactivate(people, admin, new_id)
    with pytest.raises(SignInRefused, match="已停用"):
        accounts.sign_in(people, "duty9", "temporary1")
    with pytest.raises(NotAllowed, match="已停用"):  # a seat still open as that user can do nothing
        accounts.change_password(people, still_signed_in, "temporary1", "another-one")
    names = {a.username: a for a in accounts.users(people, admin)}
    assert not names["duty9"].active and names["duty9"].roles == ("duty", "chair")
    with pytest.raises(NotAllowed):
        accounts.users(people, accounts.sign_in(people, "hr", PASSWORD))


def test_the_last_administrator_stays(people):
    admin = accounts.sign_in(people, "admin", PASSWORD)
    with pytest.raises(NotAllowed, match="最后一个管理员"):
        accounts.set_roles(people, admin, admin.user_id, ["duty"])
    with pytest.raises(NotAllowed, match="最后一个管理员"):
        accounts.deactivate(people, admin, admin.user_id)
    with pytest.raises(InputError, match="至少 8 位"):
        accounts.create_user(people, admin, "x", "x", ["duty"], "short")
    with pytest.raises(InputError, match="未知的角色"):
        accounts.create_user(people, admin, "x", "x", ["boss"], "long-enough")


def test_a_duty_officer_cannot_decide_their_own_extension(people):
    from .test_workflow import Office

    office = Office(people)
    duty = accounts.sign_in(people, "duty", PASSWORD)
    i = incidents.report(people, duty, NewIncident(
        title="漏水", category_id=office.facilities, grid_id=office.grid_id, colour="blue",
        source="grid_worker", reporter_staff_id=office.worker_id)).value[0]
    incidents.accept(people, duty, i)
    incidents.dispatch(people, duty, i, office.village_unit)
    incidents.request_extension(people, duty, i, 2000, "材料未到")
    with people.session() as s:
        extension = s.scalar(select(Extension.id).where(Extension.incident_id == i))
    with pytest.raises(NotAllowed, match="不能审批自己提出的延期申请"):
        incidents.decide_extension(people, duty, extension, True, 2000)
    leader = accounts.sign_in(people, "leader", PASSWORD)
    assert incidents.decide_extension(people, leader, extension, True, 48).changes.incidents == {i}


def _operations(tmp_path):
    """Every operation, with arguments that would be refused or do nothing when allowed: what
    is tested is whether the role gets past the door."""
    f = tmp_path / "f.txt"
    f.write_text("x")
    return [
        (Can.MOVE_INCIDENTS, lambda db, a: incidents.report(db, a, NewIncident("", None, None, "", ""))),
        # A move lets the county in too: the workflow keeps it to county items (test_county_moves).
        *[(incidents.MOVING, lambda db, a, op=op, extra=extra: op(db, a, 999_999, *extra)) for op, extra in (
            (incidents.accept, ()), (incidents.dispatch, (1,)), (incidents.sign, (1,)),
            (incidents.return_, ("x",)), (incidents.resolve, ("x", f)), (incidents.verify_ok, ()),
            (incidents.verify_fail, ("x",)), (incidents.escalate, ()), (incidents.cancel, ("x",)),
            (incidents.mediation_failed, ()), (incidents.attach, ("file", f)),
            (incidents.request_extension, (1, "x")), (incidents.mark_serious, ("x",)),
            (incidents.hand_down, ("x",)), (incidents.instruct, ("x",)), (incidents.read_instruction, ()))],
        (incidents.MOVING, lambda db, a: incidents.accept_many(db, a, [])),
        (incidents.MOVING, lambda db, a: incidents.dispatch_many(db, a, [], 1)),
        (Can.SET_COUNTY_RULES, lambda db, a: rules.set_county_escalation(db, a, "nonsense")),
        (Can.DECIDE_EXTENSIONS, lambda db, a: incidents.decide_extension(db, a, 999_999, True)),
        (Can.RUN_MEETINGS, lambda db, a: meetings.create(db, a, kind="nonsense")),
        *[(Can.RUN_MEETINGS, lambda db, a, op=op, extra=extra: op(db, a, 999_999, *extra)) for op, extra in (
            (meetings.build_agenda, ()), (meetings.lock, ()), (meetings.add_item, ("x",)),
            (meetings.update_item, ()), (meetings.move_item, (0,)), (meetings.drop_item, ()),
            (meetings.to_backlog, ()), (meetings.add_attendee, (1,)), (meetings.set_present, (True,)),
            (meetings.record_outcome, ("info",)), (meetings.complete_action, ("x",)))],
        (Can.VIEW_SCORES, lambda db, a: evaluation.month(db, a, "2026-13")),
        (Can.EVALUATE, lambda db, a: evaluation.adjust(db, a, "2026-13", "W1", 1, "x")),
        (Can.EVALUATE, lambda db, a: evaluation.lock(db, a, "2026-13")),
        (Can.EVALUATE, lambda db, a: evaluation.decide(db, a, "2026-13", "W1", "promotion", True, "x")),
        (Can.EVALUATE, lambda db, a: evaluation.apply_due_levels(db, a)),
        (Can.SET_SCHEME, lambda db, a: evaluation.new_scheme(db, a, "2026-13", {})),
        (Can.LOG_VISITS, lambda db, a: visits.log_visit(db, a, 999_999, 999_999)),
        (Can.ADMINISTER, lambda db, a: imports.run(db, a, "grids", tmp_path / "missing.csv")),
        (Can.ADMINISTER, lambda db, a: imports.check(db, a, "grids", tmp_path / "missing.csv")),
        (Can.ADMINISTER, lambda db, a: rules.new_deadlines(db, a, T, "nonsense", {})),
        (Can.ADMINISTER, lambda db, a: accounts.create_user(db, a, "", "", [], "")),
        (Can.ADMINISTER, lambda db, a: accounts.set_roles(db, a, 999_999, ["duty"])),
        (Can.ADMINISTER, lambda db, a: accounts.reset_password(db, a, 999_999, "long-enough")),
        (Can.ADMINISTER, lambda db, a: accounts.deactivate(db, a, 999_999)),
        (Can.UPKEEP, lambda db, a: rules.run(db, a)),
        (Can.RUN_REVIEWS, lambda db, a: reviews.open_for_incident(db, a, 999_999)),
        (Can.RUN_REVIEWS, lambda db, a: reviews.open_for_event(db, a, reviews.NewEvent("x", T, None, ""))),
        *[(Can.RUN_REVIEWS, lambda db, a, op=op, extra=extra: op(db, a, 999_999, *extra)) for op, extra in (
            (reviews.redraft, ()), (reviews.confirm, (1, "minor", "x")), (reviews.add_finding, ("x", T)),
            (reviews.approve, ("x",)))],
        (Can.VIEW_REVIEWS, lambda db, a: read(db, review_views.reviews, a)),
        (Can.VIEW_MEETINGS, lambda db, a: reports.agenda_pdf(db, a, 999_999, tmp_path / "a.pdf")),
        (Can.VIEW_MEETINGS, lambda db, a: reports.draft_agenda_pdf(db, a, TODAY, tmp_path / "d.pdf")),
        (Can.SEE_PAY, lambda db, a: reports.evaluation_sheets(db, a, MonthResult("x", 1, False, ()),
                                                               tmp_path / "s.pdf", "nobody")),
        (Can.SEE_PAY, lambda db, a: reports.evaluation_table(db, a, "salary", MonthResult("x", 1, False, ()),
                                                              tmp_path / "s.xlsx")),
    ]


def test_every_operation_is_allowed_or_refused_as_12_1_says(people, tmp_path):
    roles = ("duty", "chair", "hr", "leader", "admin", "county")
    actors = {role: accounts.sign_in(people, role if role != "admin" else "admin", PASSWORD)
              for role in roles}
    for can, operation in _operations(tmp_path):
        for role in roles:
            try:
                operation(people, actors[role])
                refused = None
            except NotAllowed as exc:
                refused = exc
            except (InputError, OSError, KeyError):
                refused = None  # past the door: refused for what it was asked, not for who asked
            allowed = any(role in ROLES_THAT[c] for c in (can if isinstance(can, tuple) else (can,)))
            assert (refused is None) == allowed, (can, role, refused, operation)
            if refused is not None:
                assert "需要" in str(refused) and "当前角色" in str(refused)


def test_the_demo_has_an_account_for_every_role(sqlite_db):
    build_demo(sqlite_db, TINY, seed=3, today=TODAY)
    for username, role in (("admin", "admin"), ("duty1", "duty"), ("chair", "chair"), ("hr", "hr"),
                           ("leader", "leader")):
        assert accounts.sign_in(sqlite_db, username, PASSWORD).roles == {role}
    with sqlite_db.session() as s:  # one password for all, but every hash with its own salt (§12.1)
        hashes = s.scalars(select(User.password_hash).where(User.password_hash.is_not(None))).all()
    salts = [h.split("$")[-2] for h in hashes]
    assert len(hashes) >= 7 and len(set(salts)) == len(salts)
