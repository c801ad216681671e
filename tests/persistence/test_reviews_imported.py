"""Imported history counts like lived history (SPEC §8, amended): a review over a ledger names
the worker of each row's 责任人工号 from its 交办时间 for its late, still-open, returned and
reworked findings; a row's 返工次数 are rework findings dated at its 办结时间; a serious finding on
such an item costs that worker 20 points in the month of approval and, once that month is
locked, makes them an elimination candidate naming the review."""

import datetime as dt

from gridcommand.base import clock
from gridcommand.base.enums import FindingKind
from gridcommand.ops import evaluation, reviews
from gridcommand.ops.unit_of_work import read
from gridcommand.reviews import views
from gridcommand.workflow import Workflow

from ..factories import admin_user, run_import, signed_in
from .test_import import GRIDS, PERSONS, STAFF, write_csv, write_xlsx

HEADERS = ["事件编号*", "标题*", "大类*", "预警颜色*", "所属网格*", "上报人工号", "上报时间*", "受理时间",
           "交办时间", "处置单位", "责任人工号", "办结时间", "结案时间", "返工次数", "严重"]
ROWS = [  # blue: resolve within 72 h of acceptance
    ["XT-LATE", "路灯不亮", "公共设施", "蓝", "G001", "W001", "2026-03-02 08:00", "2026-03-02 09:00",
     "2026-03-02 10:00", "住建办", "W001", "2026-03-08 10:00", "2026-03-08 12:00", "", ""],
    ["XT-OPEN", "井盖缺失", "公共设施", "蓝", "G001", "W001", "2026-03-10 08:00", "2026-03-10 09:00",
     "2026-03-10 10:00", "住建办", "W001", "", "", "", ""],
    ["XT-REWORK", "道路破损", "公共设施", "蓝", "G001", "W001", "2026-03-12 08:00", "2026-03-12 09:00",
     "2026-03-12 10:00", "住建办", "W001", "2026-03-13 10:00", "2026-03-13 12:00", "2", ""],
    ["XT-RETURN", "供水问题", "公共设施", "蓝", "G001", "W001", "2026-03-15 08:00", "2026-03-15 09:00",
     "2026-03-15 10:00", "水务站", "W001", "", "", "", ""],
    ["XT-ELSE", "路灯不亮", "公共设施", "蓝", "G002", "W002", "2026-03-02 08:00", "2026-03-02 09:00",
     "2026-03-02 10:00", "住建办", "W002", "2026-03-09 10:00", "2026-03-09 12:00", "", ""],
    ["XT-FIRE", "出租房起火", "安全隐患", "红", "G001", "W001", "2026-04-10 08:00", "", "", "", "", "", "", "", "是"],
]


def _ids(db, *codes):
    from sqlalchemy import select

    from gridcommand.models import Incident

    with db.session() as s:
        return dict(s.execute(select(Incident.code, Incident.id).where(Incident.code.in_(codes))).all())


def test_a_review_over_an_imported_ledger_names_the_worker(township_db, tmp_path):
    for kind, table, name, writer in [("grids", GRIDS, "g.xlsx", write_xlsx), ("staff", STAFF, "s.csv", write_csv),
                                      ("key_persons", PERSONS, "p.csv", write_csv),
                                      ("incidents", (HEADERS, ROWS), "i.xlsx", write_xlsx)]:
        run_import(township_db, kind, writer(tmp_path / name, table))
    ids = _ids(township_db, *(r[0] for r in ROWS))
    with township_db.session() as s:  # returned in the app, after the ledger was taken in
        Workflow(s, admin_user(s), now=clock.at_local(dt.date(2026, 3, 16), 10)).return_(ids["XT-RETURN"], "不属于本单位")
        s.commit()
    leader = signed_in(township_db, "leader", ("leader",))
    review_id = reviews.open_for_incident(township_db, leader, ids["XT-FIRE"], "fire").value
    view = read(township_db, views.review, leader, review_id)
    by_kind: dict[str, list] = {}
    for f in view.findings:
        by_kind.setdefault(f.kind, []).append(f)
    [late] = by_kind[FindingKind.LATE]
    assert "XT-LATE" in late.summary and late.person == "张伟(W001)" and late.unit == "住建办"
    overdue = {f.summary.split(" ")[0]: f for f in by_kind[FindingKind.OVERDUE]}
    assert overdue["XT-OPEN"].person == "张伟(W001)"
    reworks = by_kind[FindingKind.REWORK]
    assert [(f.person, clock.format_local(f.occurred_at)) for f in reworks] == [("张伟(W001)", "2026-03-13 10:00")] * 2
    [returned] = by_kind[FindingKind.RETURN]
    assert "XT-RETURN" in returned.summary and returned.person == "张伟(W001)" and returned.unit == "水务站"
    assert not any("XT-ELSE" in f.summary for f in view.findings)  # another grid

    number = overdue["XT-OPEN"].number
    reviews.confirm(township_db, leader, review_id, number, "serious", "超期一个月未办结,未跟进")
    month = reviews.approve(township_db, leader, review_id, "网格员未跟进超期事件", "其余无责任").value
    assert month == clock.local(clock.now()).strftime("%Y-%m")
    hr = signed_in(township_db, "hr", ("hr",))
    scored = evaluation.month(township_db, hr, month).value.result.workers
    worker = next(w for w in scored if w.staff_no == "W001")
    assert worker.deductions.findings_points == 20
    assert worker.deductions.findings[0].review == view.code
    locked = evaluation.lock(township_db, hr, month).value
    found = {c.kind: str(c.finding) for c in locked.candidates if c.staff_no == "W001"}
    assert "elimination" in found and view.code in found["elimination"]


def test_a_ledger_imported_before_this_version_gets_its_people_back(township_db, tmp_path):
    """Before, a ledger's dispatch was kept without its person; the migration gives it the row's
    责任人 — the incident's responsible worker — unless the incident was dispatched or returned
    again in the app since (then who held it before is not known for sure and is left alone)."""
    import importlib.util
    from pathlib import Path

    from sqlalchemy import select, text, update

    from gridcommand.models import IncidentEvent, Staff

    path = next((Path(__file__).parents[2] / "db" / "versions").glob("*_a8b6e2c4d917_*.py"))
    spec = importlib.util.spec_from_file_location("right_about_people", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    for kind, table, name, writer in [("grids", GRIDS, "g.xlsx", write_xlsx), ("staff", STAFF, "s.csv", write_csv),
                                      ("incidents", (HEADERS, ROWS), "i.xlsx", write_xlsx)]:
        run_import(township_db, kind, writer(tmp_path / name, table))
    ids = _ids(township_db, "XT-LATE", "XT-RETURN")
    with township_db.session() as s:
        Workflow(s, admin_user(s), now=clock.at_local(dt.date(2026, 3, 16), 10)).return_(ids["XT-RETURN"], "不属于本单位")
        s.execute(update(IncidentEvent).where(IncidentEvent.action == "dispatch").values(staff_id=None))  # as kept before
        s.execute(text(migration.BACKFILL))
        s.commit()
        w001 = s.scalar(select(Staff.id).where(Staff.staff_no == "W001"))
        staff = dict(s.execute(select(IncidentEvent.incident_id, IncidentEvent.staff_id)
                               .where(IncidentEvent.action == "dispatch")).all())
    assert staff[ids["XT-LATE"]] == w001 and staff[ids["XT-RETURN"]] is None
