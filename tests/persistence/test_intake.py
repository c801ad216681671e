"""Intake of 12345 / provincial-platform work orders: a source's mapping saved and applied again,
incremental re-imports, all or nothing per file, the source's time limit, likely repeats flagged
and decided, and the watched inbox folder."""

import csv
import datetime as dt
import os
import re
import time

import pytest
from sqlalchemy import func, select

from gridcommand.base import clock
from gridcommand.base.enums import Outcome, Source, Status
from gridcommand.base.errors import InputError, NotAllowed
from gridcommand.imports import ImportFailed
from gridcommand.intake.sources import SourceForm, form_of
from gridcommand.models import DuplicateFlag, Grid, Incident, IncidentEvent, IntakeOrder, IntakeSource, Village
from gridcommand.ops import intake
from gridcommand.workflow.detail import load_detail

from ..factories import signed_in
from .test_workflow import H, office  # noqa: F401 — a township with a grid, a worker and units

HEADERS = ["单据号", "受理日期", "市民诉求", "发生地点", "问题分类", "市民姓名", "联系号码", "时限要求", "备注"]
COLUMNS = {"order_no": "单据号", "reported_at": "受理日期", "content": "市民诉求", "address": "发生地点",
           "category": "问题分类", "contact": "市民姓名", "phone": "联系号码", "time_limit": "时限要求"}
NOW = clock.now().replace(second=0, microsecond=0)


def at(hours_ago: float) -> str:
    return clock.local(NOW - dt.timedelta(hours=hours_ago)).strftime("%Y-%m-%d %H:%M")


def order(no, hours_ago=30, text="人民路8号路灯不亮已经三天", place="东塘村第一网格人民路8号",
          kind="公共设施/路灯故障", limit="5天"):
    return [no, at(hours_ago), text, place, kind, "王芳", "13800138000", limit, ""]


def write(path, rows, headers=HEADERS):
    with open(path, "w", newline="", encoding="gbk") as f:  # the hotline's export: GBK CSV
        writer = csv.writer(f)
        writer.writerow(headers)
        writer.writerows(rows)
    old = time.time() - 60  # settled: not being written any more
    os.utime(path, (old, old))
    return path


@pytest.fixture
def hotline(office):  # noqa: F811
    """The office with a second grid, and the 12345 source mapped by the admin."""
    with office.db.session() as s:
        village = s.scalar(select(Village.id))
        s.add(Grid(code="G2", name="第二网格", village_id=village, kind="residential"))
        s.commit()
        office.grid2 = s.scalar(select(Grid.id).where(Grid.code == "G2"))
    office.admin = signed_in(office.db)
    office.duty = signed_in(office.db, "duty", ("duty",))
    office.source = intake.save_source(office.db, office.admin, SourceForm(
        "12345热线", Source.HOTLINE_12345, dict(COLUMNS))).value
    return office


def take_in(place, path):
    return intake.take_in(place.db, place.duty, "12345热线", path).value


def count(db, model=Incident):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_mapping_is_saved_and_applied_to_the_next_file(hotline, tmp_path):
    with hotline.db.session() as s:
        assert form_of(s.get(IntakeSource, hotline.source)).columns == COLUMNS
    report = take_in(hotline, write(tmp_path / "a.csv", [order("A1"), order("A2", text="东塘村垃圾桶满溢无人清运",
                                                                              kind="环境卫生/垃圾清运")]))
    assert (report.created, report.skipped, report.encoding) == (2, 0, "gbk")
    with hotline.db.session() as s:
        first = s.scalars(select(Incident).join(IntakeOrder).where(IntakeOrder.order_no == "A1")).one()
        assert (first.status, first.source, first.level) == (Status.REPORTED, Source.HOTLINE_12345, "township")
        assert (first.grid_id, first.title, first.location) == (hotline.grid_id, "人民路8号路灯不亮已经三天",
                                                                 "东塘村第一网格人民路8号")
        assert (first.reporter_name, first.reporter_phone) == ("王芳", "13800138000")
        assert first.subcategory.name == "路灯故障"
        note = s.scalar(select(IncidentEvent.note).where(IncidentEvent.incident_id == first.id))
        assert note == "12345热线 工单 A1"
    # The next day's export, same columns: taken in with the saved mapping, nothing asked again.
    assert take_in(hotline, write(tmp_path / "b.csv", [order("B1", 2)])).created == 1


def test_importing_again_adds_only_the_new_orders(hotline, tmp_path):
    rows = [order(f"N{n}", 40 - n, text=f"第{n}件诉求内容各不相同{n * 7}") for n in range(5)]
    assert take_in(hotline, write(tmp_path / "a.csv", rows)).created == 5
    again = take_in(hotline, write(tmp_path / "a.csv", rows))
    assert (again.created, again.skipped, count(hotline.db)) == (0, 5, 5)
    more = rows + [order(f"N{n}", 10 - n, text=f"新的诉求{n * 13}号") for n in range(5, 8)]
    report = take_in(hotline, write(tmp_path / "b.csv", more))
    assert (report.created, report.skipped, count(hotline.db)) == (3, 5, 8)


def test_a_bad_row_refuses_the_whole_file_naming_row_and_column(hotline, tmp_path):
    rows = [order("X1"), order("X2"), order("X3", kind="城市管理/占道经营"), order("X1")]
    rows[1][1] = "昨天下午"
    with pytest.raises(ImportFailed) as failed:
        take_in(hotline, write(tmp_path / "bad.csv", rows))
    where = {(e.row, e.column) for e in failed.value.report.errors}
    assert where == {(3, "受理日期"), (4, "问题分类"), (5, "单据号")}
    assert count(hotline.db) == 0 and count(hotline.db, IntakeOrder) == 0


def test_an_address_without_a_grid_needs_the_sources_default_grid(hotline, tmp_path):
    path = write(tmp_path / "a.csv", [order("P1", place="人民路8号")])
    with pytest.raises(ImportFailed) as failed:
        take_in(hotline, path)
    assert [(e.row, e.column) for e in failed.value.report.errors] == [(2, "发生地点")]
    form = SourceForm("12345热线", Source.HOTLINE_12345, dict(COLUMNS), default_grid_id=hotline.grid2)
    intake.save_source(hotline.db, hotline.admin, form, hotline.source)
    take_in(hotline, path)
    with hotline.db.session() as s:
        assert s.scalar(select(Incident.grid_id)) == hotline.grid2


def test_the_sources_time_limit_is_the_deadline_when_it_is_sooner(hotline, tmp_path):
    take_in(hotline, write(tmp_path / "a.csv", [order("T1", 1, limit="24小时"),
                                                order("T2", 1, text="另一件事十天", limit="10天")]))
    with hotline.db.session() as s:
        ids = dict(s.execute(select(IntakeOrder.order_no, IntakeOrder.incident_id)).all())
        reported = s.get(Incident, ids["T1"]).reported_at
    accepted = reported + 0.5 * H
    for no in ("T1", "T2"):
        hotline.move("accept", ids[no], accepted)
    assert hotline.get(ids["T1"]).deadline == reported + 24 * H          # the hotline's 24 h
    with hotline.db.session() as s:
        assert load_detail(s, ids["T1"]).limit_at == reported + 24 * H
    assert hotline.get(ids["T2"]).deadline == accepted + 72 * H          # the matrix's blue 72 h


def test_likely_repeats_are_flagged_and_others_not(hotline, tmp_path):
    original = hotline.report(at=NOW - 50 * H, description="人民路8号路灯不亮已经三天")  # G1, 公共设施
    rows = [
        order("D1", 30, text="东塘村这边的路灯坏了晚上很黑"),                  # same grid and category
        order("D2", 29, text="人民路8号路等不亮已经三天了", place="人民路8号"),  # homophone, no grid named…
        order("D3", 28, text="健康路5号的井盖丢了", place="东塘村第二网格健康路5号",
              kind="公共设施/井盖缺失"),                                      # same category, other grid
        order("D4", 27, text="健康路5号井盖丢了有人差点掉下去", place="东塘村第二网格健康路5号",
              kind="公共设施/井盖缺失"),                                      # … repeats D3, same file
        order("D5", 24 * 10, text="老问题桥面开裂", place="东塘村第一网格"),  # same place, 8 days before
    ]
    form = SourceForm("12345热线", Source.HOTLINE_12345, dict(COLUMNS), default_grid_id=hotline.grid2)
    intake.save_source(hotline.db, hotline.admin, form, hotline.source)
    report = take_in(hotline, write(tmp_path / "d.csv", rows))
    with hotline.db.session() as s:
        ids = dict(s.execute(select(IntakeOrder.order_no, IntakeOrder.incident_id)).all())
        flags = {f.incident_id: f for f in s.scalars(select(DuplicateFlag))}
    assert report.flagged == 3
    assert (flags[ids["D1"]].original_id, flags[ids["D1"]].reason) == (original, "place")
    assert (flags[ids["D2"]].original_id, flags[ids["D2"]].reason) == (original, "text")
    assert flags[ids["D4"]].original_id == ids["D3"]
    assert ids["D3"] not in flags and ids["D5"] not in flags
    with hotline.db.session() as s:  # the incident's detail says so, until it is decided
        code = s.get(Incident, original).code
        assert load_detail(s, ids["D1"]).repeat_of[:2] == (code, "place")
        assert load_detail(s, ids["D3"]).repeat_of is None


def test_the_duty_officer_links_a_repeat_or_keeps_it(hotline, tmp_path):
    original = hotline.report(at=NOW - 50 * H)
    take_in(hotline, write(tmp_path / "a.csv", [order("L1", 30), order("L2", 20, text="路灯又不亮了第一网格")]))
    with hotline.db.session() as s:
        flags = dict(s.execute(select(IntakeOrder.order_no, DuplicateFlag.id)
                               .join(DuplicateFlag, DuplicateFlag.incident_id == IntakeOrder.incident_id)).all())
        ids = dict(s.execute(select(IntakeOrder.order_no, IntakeOrder.incident_id)).all())
    with pytest.raises(NotAllowed):
        intake.decide_duplicate(hotline.db, signed_in(hotline.db, "chair", ("chair",)), flags["L1"], True)
    intake.decide_duplicate(hotline.db, hotline.duty, flags["L1"], True)
    intake.decide_duplicate(hotline.db, hotline.duty, flags["L2"], False)
    linked, kept = hotline.get(ids["L1"]), hotline.get(ids["L2"])
    assert (linked.status, linked.outcome, linked.duplicate_of_id) == (Status.CANCELLED, Outcome.DUPLICATE, original)
    assert kept.status == Status.REPORTED
    with pytest.raises(InputError, match="已处理"):
        intake.decide_duplicate(hotline.db, hotline.duty, flags["L2"], True)


def test_only_the_admin_defines_sources_and_only_duty_staff_take_in(hotline, tmp_path):
    with pytest.raises(NotAllowed):
        intake.save_source(hotline.db, hotline.duty, SourceForm("省平台", Source.ASSIGNED, dict(COLUMNS)))
    with pytest.raises(NotAllowed):
        intake.take_in(hotline.db, signed_in(hotline.db, "hr", ("hr",)), "12345热线",
                       write(tmp_path / "a.csv", [order("Z1")]))
    with pytest.raises(InputError, match="工单编号"):
        intake.save_source(hotline.db, hotline.admin, SourceForm("省平台", Source.ASSIGNED, {"content": "内容"}))


def test_the_inbox_folder_takes_in_files_and_files_them_away(hotline, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    form = SourceForm("12345热线", Source.HOTLINE_12345, dict(COLUMNS), inbox=str(inbox))
    intake.save_source(hotline.db, hotline.admin, form, hotline.source)
    write(inbox / "1-good.csv", [order("W1"), order("W2", text="另一件事")])
    bad = [order("W3")]
    bad[0][1] = "2026-13-45 25:00"
    write(inbox / "2-bad.csv", bad)
    (inbox / "notes.txt").write_text("not an export")
    fresh = write(inbox / "3-fresh.csv", [order("W4")])
    os.utime(fresh)  # still being written by the other system: left for the next look
    filed = intake.watch(hotline.db, hotline.duty).value
    assert [(f.file.parent.name, f.file.name, f.ok) for f in filed] == [("done", "1-good.csv", True),
                                                                     ("failed", "2-bad.csv", False)]
    assert "新增 2" in (inbox / "done" / "1-good.csv.report.txt").read_text("utf-8-sig")
    failed = (inbox / "failed" / "2-bad.csv.report.txt").read_text("utf-8-sig")
    assert "第 2 行【受理日期】" in failed
    assert count(hotline.db) == 2
    assert sorted(p.name for p in inbox.iterdir()) == ["3-fresh.csv", "done", "failed", "notes.txt"]
    write(inbox / "1-good.csv", [order("W1"), order("W2", text="另一件事")])  # dropped again
    again = intake.watch(hotline.db, hotline.duty).value
    assert again[0].file.name == "1-good-1.csv" and count(hotline.db) == 2


def test_the_command_line_as_a_new_user_tries_it(sqlite_db, tmp_path, capsys, monkeypatch):
    """The acceptance by hand: a made-up export mapped once, taken in, taken in again with three
    more orders (three added), and a repeated complaint flagged and linked."""
    from openpyxl import load_workbook

    from gridcommand.cli.main import main
    from gridcommand.demo import DEMO_PASSWORD
    from gridcommand.demo.build import build_demo

    from ..factories import TINY, TODAY

    build_demo(sqlite_db, TINY, seed=5, today=TODAY)
    db = ["--db", sqlite_db.url.database]
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", DEMO_PASSWORD)
    assert main(["sample-orders", str(tmp_path / "a.xlsx"), "--rows", "20", *db]) == 0
    assert main(["sample-orders", str(tmp_path / "b.xlsx"), "--rows", "23", *db]) == 0
    for name in ("a.xlsx", "b.xlsx"):  # the hotline's own name for the complaint
        book = load_workbook(tmp_path / name)
        book.active.cell(1, 7).value = "群众诉求"
        book.save(tmp_path / name)
    assert main(["intake-source", "12345热线", "--sample", str(tmp_path / "a.xlsx"), *db, "--user", "admin"]) == 1
    assert "“诉求内容”必须对应文件的一列" in capsys.readouterr().err
    assert main(["intake-source", "12345热线", "--sample", str(tmp_path / "a.xlsx"), "--map", "诉求内容=群众诉求",
                 *db, "--user", "admin"]) == 0
    assert "诉求内容* ← 群众诉求" in capsys.readouterr().out
    assert main(["intake", "12345热线", str(tmp_path / "a.xlsx"), *db, "--user", "duty1"]) == 0
    assert "新增 20" in capsys.readouterr().out
    assert main(["intake", "12345热线", str(tmp_path / "b.xlsx"), *db, "--user", "duty1"]) == 0
    assert "新增 3(" in capsys.readouterr().out
    assert main(["duplicates", *db, "--user", "duty1"]) == 0
    listed = capsys.readouterr().out
    first = re.search(r"^\[(\d+)\]", listed, re.M)
    assert first, listed
    assert main(["duplicates", "--link", first[1], *db, "--user", "duty1"]) == 0
    assert "已关联为重复事件" in capsys.readouterr().out


def test_how_repeats_are_found_is_a_setting_of_the_admin(hotline, tmp_path):
    from gridcommand.intake import repeat_settings

    original = hotline.report(at=NOW - 50 * H, description="人民路8号路灯不亮已经三天")
    with pytest.raises(InputError, match="30 到 100"):
        intake.save_repeat_settings(hotline.db, hotline.admin, percent="101")
    with pytest.raises(NotAllowed):
        intake.save_repeat_settings(hotline.db, hotline.duty, days=3)
    assert intake.save_repeat_settings(hotline.db, hotline.admin, days="1").value.days == 1
    take_in(hotline, write(tmp_path / "a.csv", [order("S1", 2, text="东塘村这边的路灯坏了晚上很黑")]))
    with hotline.db.session() as s:
        assert repeat_settings.load(s) == repeat_settings.RepeatSettings(days=1, percent=70)
        assert s.scalar(select(func.count()).select_from(DuplicateFlag)) == 0  # 48 h apart: outside 1 day
        assert s.get(Incident, original).status == Status.REPORTED


def test_what_excel_did_to_a_file_is_refused_naming_row_and_column(hotline, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append(order("F1"))
    sheet.append(order("F2", text="=A2&\"又来了\""))          # a formula: what it shows depends on Excel
    sheet.append([202612030000123456.0, *order("F3")[1:]])  # 18 digits kept as a number: the last ones lost
    row = order("F4")
    row[6] = 13800138000                                     # a mobile number as a number keeps its digits
    sheet.append(row)
    book.save(tmp_path / "excel.xlsx")
    with pytest.raises(ImportFailed) as failed:
        take_in(hotline, tmp_path / "excel.xlsx")
    assert {(e.row, e.column) for e in failed.value.report.errors} == {(3, "市民诉求"), (4, "单据号")}
    assert count(hotline.db) == 0


def test_an_order_in_the_default_grid_is_put_right_before_dispatch(hotline, tmp_path):
    """Taken in to the source's default grid (the address named none), the duty officer corrects
    its grid and category; the queue's sort keys follow; once dispatched it cannot be moved."""
    from gridcommand.models import Category

    form = SourceForm("12345热线", Source.HOTLINE_12345, dict(COLUMNS), default_grid_id=hotline.grid2)
    intake.save_source(hotline.db, hotline.admin, form, hotline.source)
    take_in(hotline, write(tmp_path / "a.csv", [order("R1", 2, place="人民路8号", limit="")]))
    with hotline.db.session() as s:
        incident_id = s.scalar(select(IntakeOrder.incident_id))
        lamp = s.scalar(select(Category.id).where(Category.name == "井盖缺失"))
    with pytest.raises(InputError, match="没有改变"):
        hotline.move("relocate", incident_id, NOW, hotline.grid2, hotline.facilities,
                     hotline.get(incident_id).subcategory_id, "无")
    with pytest.raises(InputError, match="理由"):
        hotline.move("relocate", incident_id, NOW, hotline.grid_id, hotline.facilities, lamp, " ")
    hotline.move("accept", incident_id, NOW - 0.5 * H)
    hotline.move("relocate", incident_id, NOW, hotline.grid_id, hotline.facilities, lamp, "地址在第一网格,实为井盖")
    moved = hotline.get(incident_id)
    assert (moved.grid_id, moved.subcategory_id, moved.sort_grid) == (hotline.grid_id, lamp, "G1")
    assert moved.deadline == NOW - 0.5 * H + 72 * H  # counted again from acceptance
    assert hotline.events(incident_id)[-1][0] == "relocate"
    hotline.move("dispatch", incident_id, NOW, hotline.village_unit)
    with pytest.raises(InputError):
        hotline.move("relocate", incident_id, NOW, hotline.grid2, hotline.facilities, None, "再改")
