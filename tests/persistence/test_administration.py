"""The administrator's reference data (SPEC §1 admin, §2, §3.1, §3.4): units and categories
added, renamed, deactivated — never deleted — the township's names and code prefix, and a new
deadline matrix with its preview; bad input refused with what is wrong, nothing changed."""

import datetime as dt

import pytest
from sqlalchemy import select

from gridcommand.base.errors import InputError
from gridcommand.models import AuditEntry, Category, DeadlineRuleSet, Unit
from gridcommand.ops import administration as admin, reference, rules
from gridcommand.workflow.deadlines import DEFAULT_HOURS

from ..factories import signed_in
from .test_workflow import T0, H, office  # noqa: F401 — a township with a worker and units


def _count(db, model) -> int:
    with db.session() as s:
        return len(s.scalars(select(model)).all())


def test_a_department_added_is_offered_and_takes_incidents(office):  # noqa: F811
    me = signed_in(office.db)
    unit_id = admin.add_unit(office.db, me, " 农业农村办 ", "department", contact_name="王芳",
                             contact_phone="0573-84561234").value
    row = next(u for u in admin.unit_list(office.db, me) if u.id == unit_id)
    assert (row.name, row.kind, row.contact_phone, row.active) == ("农业农村办", "department", "0573-84561234", True)
    i = office.report()
    office.move("accept", i, T0)
    office.move("dispatch", i, T0 + H, unit_id)
    assert office.get(i).unit_id == unit_id
    with office.db.session() as s:
        logged = s.scalars(select(AuditEntry).where(AuditEntry.action == "unit.add")).one()
        assert logged.entity_id == str(unit_id) and "农业农村办" in str(logged.summary)
    assert next(u for u in admin.unit_list(office.db, me) if u.id == unit_id).open_incidents == 1
    with pytest.raises(InputError, match="还牵头处置 1 件"):
        admin.set_unit_active(office.db, me, unit_id, False)


@pytest.mark.parametrize("name, phone, said", [("派出所", None, "已存在"), ("", None, "不能为空"),
                                               ("农业农村办", "电话", "不是电话号码")])
def test_a_unit_that_cannot_be_is_refused_and_nothing_is_added(office, name, phone, said):  # noqa: F811
    before = _count(office.db, Unit)
    with pytest.raises(InputError, match=said):
        admin.add_unit(office.db, signed_in(office.db), name, "department", contact_phone=phone)
    assert _count(office.db, Unit) == before


def test_a_deactivated_unit_keeps_its_history_and_takes_nothing_new(office):  # noqa: F811
    me = signed_in(office.db)
    i = office.through_to_resolved()
    office.move("verify_ok", i, T0 + 6 * H, "resolved", satisfaction=5)
    admin.update_unit(office.db, me, office.housing, "住房和城乡建设办", None, None)
    admin.set_unit_active(office.db, me, office.housing, False)
    with office.db.session() as s:
        assert s.get(Unit, office.housing).name == "住房和城乡建设办"
    j = office.report()
    office.move("accept", j, T0 + 7 * H)
    with pytest.raises(InputError, match="已停用"):
        office.move("dispatch", j, T0 + 8 * H, office.housing)
    assert office.housing not in [u.id for u in reference.lists(office.db, me).units]  # not offered for dispatch
    with pytest.raises(InputError, match="管理员"):
        admin.add_unit(office.db, signed_in(office.db, "duty", ("duty",)), "城建办", "department")


def test_categories_added_renamed_and_deactivated_with_their_subcategories(office):  # noqa: F811
    me = signed_in(office.db)
    top = admin.add_category(office.db, me, "农业农村", "general").value
    sub = admin.add_category(office.db, me, "秸秆焚烧", "safety", top).value
    rows = admin.category_list(office.db, me)
    assert [(r.name, r.parent) for r in rows if r.id in (top, sub)] == [("农业农村", None), ("秸秆焚烧", "农业农村")]
    with pytest.raises(InputError, match="已存在"):
        admin.add_category(office.db, me, "秸秆焚烧", "safety", top)
    with pytest.raises(InputError, match="小类只能加在大类之下"):
        admin.add_category(office.db, me, "更小", "general", sub)
    with pytest.raises(InputError, match="分流"):
        admin.update_category(office.db, me, top, "农业农村", "fast", None)
    admin.set_category_active(office.db, me, top, False)
    with office.db.session() as s:
        assert not s.get(Category, sub).active
    with pytest.raises(InputError, match="已停用"):
        office.report(category=top)
    with pytest.raises(InputError, match="请先启用其大类"):
        admin.set_category_active(office.db, me, sub, True)


def test_a_category_names_its_usual_unit_and_dispatch_offers_it_only_when_all_agree(office):  # noqa: F811
    from gridcommand.ops import incidents

    me = signed_in(office.db)
    duty = signed_in(office.db, "duty", ("duty",))
    sub = admin.add_category(office.db, me, "消防通道", "safety", office.facilities, office.police).value
    lamp, blocked = office.report(), office.report(subcategory_id=sub)
    dispute = office.report(category=office.dispute)
    assert incidents.usual_unit(office.db, duty, [lamp, blocked, dispute]) is None  # nobody named one
    admin.update_category(office.db, me, office.facilities, "公共设施", "general", office.housing)
    assert incidents.usual_unit(office.db, duty, [lamp]) == office.housing
    assert incidents.usual_unit(office.db, duty, [blocked]) == office.police  # the 小类's own first
    assert incidents.usual_unit(office.db, duty, [lamp, blocked]) is None  # they disagree: the user chooses
    assert incidents.usual_unit(office.db, duty, [lamp, dispute]) is None
    assert [r.usual_unit for r in admin.category_list(office.db, me) if r.id in (office.facilities, sub)] \
        == ["住建办", "派出所"]
    admin.set_unit_active(office.db, me, office.housing, False)
    assert incidents.usual_unit(office.db, duty, [lamp]) is None  # never a unit that no longer takes work
    with pytest.raises(InputError, match="处置单位不存在或已停用"):
        admin.update_category(office.db, me, office.facilities, "公共设施", "general", office.housing)
    with pytest.raises(InputError, match="管理员"):
        admin.update_category(office.db, duty, office.facilities, "公共设施", "general", None)


def test_the_township_renamed_and_its_code_prefix(office):  # noqa: F811
    me = signed_in(office.db)
    with pytest.raises(InputError, match="前缀"):
        admin.update_township(office.db, me, "西塘镇", "嘉善县", "西塘")
    admin.update_township(office.db, me, "西塘镇", "嘉善县", "xt2")
    assert admin.township_info(office.db, me) == admin.TownshipInfo("西塘镇", "嘉善县", "XT2")
    assert office.get(office.report()).code.startswith("XT2-")


def test_a_new_matrix_previewed_then_saved_from_next_monday(office):  # noqa: F811
    me = signed_in(office.db)
    now = dt.datetime.now(dt.timezone.utc)
    office.report("red", at=now - H)
    office.report("blue", at=now - H)
    accepted = office.report("red", at=now - 2 * H)
    office.move("accept", accepted, now - H)
    monday = now + dt.timedelta(days=7)
    hours = dict(DEFAULT_HOURS) | {("resolve", "red"): 12}
    seen = rules.preview_deadlines(office.db, me, monday, "calendar", hours)
    assert [(c.step, c.colour, c.before, c.after) for c in seen.changes] == [("resolve", "red", 24, 12)]
    assert seen.changes[0].reported_last_30_days == 2  # the two red ones
    assert seen.waiting == 1  # the red one not accepted yet; the accepted one keeps its deadline
    assert rules.preview_deadlines(office.db, me, monday, "working", dict(DEFAULT_HOURS)).waiting == 2
    version = rules.new_deadlines(office.db, me, monday, "calendar", hours, "红色办结 12 小时",
                                  {("resolve", "yellow", office.dispute): 48}).value
    versions = rules.deadline_versions(office.db, me)
    assert versions[-1].id == version and versions[-1].allowed_hours("resolve", "red") == 12
    assert versions[-1].allowed_hours("resolve", "yellow", office.dispute) == 48
    before = _count(office.db, DeadlineRuleSet)
    with pytest.raises(InputError, match="大于 0"):
        rules.new_deadlines(office.db, me, monday, "calendar", hours | {("verify", "blue"): -1})
    assert _count(office.db, DeadlineRuleSet) == before


def test_system_settings_are_the_ones_their_users_read(township_db):
    from gridcommand.access import accounts
    from gridcommand.base.errors import NotAllowed
    from gridcommand.ops import administration as admin
    from gridcommand.settings import system

    from ..factories import signed_in

    chosen = {"security.idle_minutes": "20", "backup.keep_days": 45, "backup.keep_months": "0",
              "dashboard.closure_target": "97", "dashboard.on_time_target": 85}
    with pytest.raises(NotAllowed):
        admin.save_system_settings(township_db, signed_in(township_db, "duty", ("duty",)), chosen)
    with pytest.raises(InputError):
        admin.save_system_settings(township_db, signed_in(township_db), {**chosen, "backup.keep_days": "-1"})
    assert admin.system_settings(township_db, signed_in(township_db))["security.idle_minutes"] == system.IDLE_MINUTES.default
    admin.save_system_settings(township_db, signed_in(township_db), chosen)
    with township_db.session() as s:  # read where they are used, with the same keys
        assert accounts.idle_minutes(s) == 20
        assert system.KEEP_DAYS.read(s) == 45
        assert system.CLOSURE_TARGET.read(s) == 97
