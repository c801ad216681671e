"""The organisation (SPEC §2, §8): the tree from a hand-built township with its counts, a grid's
1+3+N team in order, and a grid handed to another worker — recorded with its date, its key
persons handed over, who answered when still known."""

import datetime as dt

import pytest
from sqlalchemy import select

from gridcommand.base import clock
from gridcommand.base.errors import InputError
from gridcommand.models import Grid, KeyPerson, Staff, staff_extra_grid
from gridcommand.ops import organisation as org
from gridcommand.org import responsibility
from gridcommand.org.responsibility import grid_history

from ..factories import signed_in
from .test_workflow import H, office  # noqa: F401 — a township with a worker and units


@pytest.fixture
def town(office):  # noqa: F811
    """Office's grid G1 with a micro-grid, its team, two key persons, one open and one overdue incident."""
    me = signed_in(office.db)
    with office.db.session() as s:
        village_id = s.get(Grid, office.grid_id).village_id
    micro = org.add_grid(office.db, me, "G1-1", "一号微网格", village_id, "micro", office.grid_id, 120, 300).value
    for no, name, role in (("L1", "李网格长", "grid_leader"), ("P1", "王兼职", "part_time"),
                           ("A1", "赵辅警", "auxiliary_police"), ("V1", "钱志愿", "volunteer"),
                           ("W2", "孙专职", "full_time")):
        org.add_person(office.db, me, no, name, role, office.grid_id if no != "W2" else None, "13812345678")
    police = org.add_person(office.db, me, "C1", "周民警", "community_police", None).value
    with office.db.session() as s:
        s.execute(staff_extra_grid.insert().values(staff_id=police, grid_id=office.grid_id))
        s.get(Staff, office.worker_id).hire_date = dt.date(2025, 1, 1)
        for n, colour in enumerate(("red", "orange")):
            s.add(KeyPerson(id_number=f"11010519491231{n:03d}X", name=f"人{n}", grid_id=office.grid_id, colour=colour,
                            responsible_staff_id=office.worker_id, tagged_on=dt.date(2025, 1, 1)))
        s.commit()
    office.report("blue", at=clock.now() - H)
    late = office.report("red", at=clock.now() - 10 * H)  # accept takes half an hour for red
    office.micro, office.me, office.late = micro, me, late
    return office


def test_the_tree_with_its_counts(town):
    tree = org.tree(town.db, town.me)
    assert tree.township and [v.name for v in tree.villages] == ["东塘村"]
    grids = {g.code: g for v in tree.villages for g in v.grids}
    g1 = grids["G1"]
    assert (g1.worker, g1.open_incidents, g1.overdue, g1.key_persons) == ("张伟", 2, 1, {"red": 1, "orange": 1})
    assert grids["G1-1"].parent_id == g1.id and grids["G1-1"].open_incidents == 0


def test_a_grids_team_in_the_order_of_1_3_n(town):
    team = org.team(town.db, town.me, town.grid_id)
    assert [m.role for m in team.members] == ["grid_leader", "full_time", "part_time", "auxiliary_police",
                                              "community_police", "volunteer"]
    police = next(m for m in team.members if m.role == "community_police")
    assert not police.here and next(m for m in team.members if m.role == "part_time").phone == "138****5678"
    assert (team.open_incidents, team.overdue, team.key_persons["red"]) == (2, 1, 1)
    assert [who for _since, who in team.responsible] == ["张伟"]


def test_a_grid_handed_over_keeps_who_answered_when(town):
    with town.db.session() as s:
        newcomer = s.scalar(select(Staff.id).where(Staff.staff_no == "W2"))
    monday = clock.now()
    org.hand_over(town.db, town.me, town.grid_id, newcomer, monday)
    with town.db.session() as s:
        history = grid_history(s, town.grid_id)
        assert [staff for _t, staff in history] == [town.worker_id, newcomer] and history[-1][0] == monday
        assert responsibility.at(history, monday - dt.timedelta(minutes=1)) == town.worker_id
        assert responsibility.at(history, monday) == newcomer
        assert s.get(Staff, town.worker_id).grid_id is None and s.get(Staff, newcomer).grid_id == town.grid_id
        persons = s.scalars(select(KeyPerson).where(KeyPerson.grid_id == town.grid_id)).all()
        assert {p.responsible_staff_id for p in persons} == {newcomer}
        kept = responsibility.key_persons(s, [p.id for p in persons])
    for person in persons:
        assert responsibility.at(kept[person.id], monday - dt.timedelta(minutes=1)) == town.worker_id
        assert responsibility.at(kept[person.id], monday) == newcomer
    with pytest.raises(InputError, match="应晚于上一次更换"):
        org.hand_over(town.db, town.me, town.grid_id, town.worker_id, monday - dt.timedelta(days=1))
    assert org.team(town.db, town.me, town.grid_id).responsible[-1][1] == "孙专职"


@pytest.mark.parametrize("change, said", [
    (lambda t: org.add_grid(t.db, t.me, "G1", "重复", 1, "residential"), "已存在"),
    (lambda t: org.add_grid(t.db, t.me, "G9", "九", 1, "micro", t.micro), "上级网格"),
    (lambda t: org.update_grid(t.db, t.me, t.grid_id, "第一网格", "micro"), "还有微网格"),
    (lambda t: org.move_person(t.db, t.me, t.worker_id, t.micro), "更换责任网格员"),
    (lambda t: org.add_person(t.db, t.me, "X1", "某", "boss"), "岗位"),
    (lambda t: org.update_grid(t.db, t.me, t.grid_id, "第一网格", "residential", -3), "负数"),
])
def test_what_cannot_be_is_refused(town, change, said):
    with pytest.raises(InputError, match=said):
        change(town)


def test_only_the_administrator_changes_it(town):
    duty = signed_in(town.db, "duty", ("duty",))
    assert org.tree(town.db, duty).villages  # everyone looks
    with pytest.raises(InputError, match="管理员"):
        org.add_grid(town.db, duty, "G7", "七", 1, "residential")


def test_a_hand_over_takes_effect_now_or_in_the_past(town):
    with town.db.session() as s:
        newcomer = s.scalar(select(Staff.id).where(Staff.staff_no == "W2"))
    with pytest.raises(InputError, match="不能晚于现在"):
        org.hand_over(town.db, town.me, town.grid_id, newcomer, clock.now() + dt.timedelta(days=1))
