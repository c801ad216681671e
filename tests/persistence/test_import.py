"""Import (SPEC §11): every kind from xlsx and CSV, all or nothing, idempotent."""

import csv
import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from gridcommand.base import clock
from gridcommand.base.errors import InputError
from gridcommand.imports import KINDS, ImportFailed, kind_named
from gridcommand.imports.reader import read_sheet
from gridcommand.imports.templates import write_template
from gridcommand.models import (
    Commendation,
    Grid,
    Incident,
    IncidentEvent,
    IncidentUnit,
    KeyPerson,
    Staff,
    Unit,
    Village,
    Visit,
)
from gridcommand.org.geometry import ring_of

from ..factories import run_import

ID_1 = "11010519491231002X"
ID_2 = "330421198001010013"

GRIDS = (["网格编码*", "网格名称*", "所属村社*", "网格类型", "户数", "人口"],
         [["G001", "第一网格", "东塘村", "综合网格", "320", "900"],
          ["G002", "第二网格", "东塘村", "", "", ""],
          ["G003", "商圈专属网格", "西湖社区", "专属网格", "80", "200"]])
STAFF = (["工号*", "姓名*", "岗位*", "所属网格", "等级", "入职日期", "状态", "手机号", "身份证号"],
         [["W001", "张伟", "专职网格员", "G001", "二级", "2022-03-01", "在岗", "13812345678", ID_2],
          ["W002", "李娜", "专职网格员", "G002", "见习", "2026-06-01", "", "", ""],
          ["W003", "王强", "网格长", "G001", "", "", "", "", ""]])
PERSONS = (["身份证号*", "姓名*", "所属网格*", "颜色*", "类别", "责任网格员工号*", "标记日期", "手机号"],
           [[ID_1, "赵大爷", "G001", "蓝", "独居老人", "W001", "2026-01-01", ""]])
INCIDENTS = (
    ["事件编号*", "标题*", "描述", "大类*", "小类", "预警颜色*", "所属网格*", "来源", "上报人工号",
     "上报人", "上报时间*", "受理时间", "交办时间", "处置单位", "责任人工号", "办结时间", "结案时间",
     "作废时间", "作废原因", "调解失败次数", "返工次数", "满意度", "层级", "严重"],
    [["XT-20260301-0001", "路灯不亮", "", "公共设施", "路灯故障", "蓝", "G001", "网格员上报", "W001", "",
      "2026-03-01 08:00", "2026-03-01 09:00", "2026-03-01 10:00", "住建办", "W001",
      "2026-03-02 10:00", "2026-03-02 18:00", "", "", "", "1", "5", "", "否"],
     ["XT-20260301-0002", "邻里纠纷", "漏水", "矛盾纠纷", "邻里纠纷", "黄", "G002", "群众求助", "", "刘女士",
      "2026-03-01 11:00", "2026-03-01 12:30", "", "", "", "", "", "", "", "2", "", "", "村社", "是"],
     ["XT-20260301-0003", "重复上报", "", "其他", "", "红", "G001", "", "", "",
      "2026-03-01 12:00", "", "", "", "", "", "", "2026-03-01 12:10", "重复上报", "", "", "", "", ""]])
VISITS = (["身份证号*", "走访时间*", "网格员工号*", "方式", "备注"],
          [[ID_1, "2026-03-02 09:00", "W001", "上门", "身体健康"],
           [ID_1, "2026-03-16 09:00", "W001", "电话", ""]])
COMMENDATIONS = (["工号*", "日期*", "类型*", "说明"],
                 [["W001", "2026-03-05", "锦旗", "帮助独居老人"], ["W001", "2026-03-06", "感谢信", ""]])


def write_csv(path, table, encoding="utf-8-sig"):
    headers, rows = table
    with open(path, "w", newline="", encoding=encoding) as f:
        csv.writer(f).writerows([headers, *rows])
    return path


def write_xlsx(path, table):
    book = Workbook()
    headers, rows = table
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def counts(db) -> dict[str, int]:
    with db.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Village, Grid, Unit, Staff, KeyPerson, Incident, IncidentEvent,
                          IncidentUnit, Visit, Commendation)}


@pytest.fixture
def loaded(township_db, tmp_path):
    """All six kinds imported, grids and incidents from xlsx, the rest from CSV."""
    run_import(township_db, "grids", write_xlsx(tmp_path / "grids.xlsx", GRIDS))
    run_import(township_db, "staff", write_csv(tmp_path / "staff.csv", STAFF))
    run_import(township_db, "key_persons", write_csv(tmp_path / "persons.csv", PERSONS, "gbk"))
    run_import(township_db, "incidents", write_xlsx(tmp_path / "incidents.xlsx", INCIDENTS))
    run_import(township_db, "visits", write_csv(tmp_path / "visits.csv", VISITS))
    run_import(township_db, "commendations", write_csv(tmp_path / "c.csv", COMMENDATIONS))
    return township_db


def test_every_kind_imports(loaded):
    c = counts(loaded)
    assert (c["village"], c["grid"], c["staff"], c["key_person"]) == (2, 3, 3, 1)
    assert (c["incident"], c["visit"], c["commendation"]) == (3, 2, 2)
    with loaded.session() as s:
        # Importing grids creates the villages they name, each a handling unit too.
        assert s.scalar(select(Unit.kind).where(Unit.name == "西湖社区")) == "village"
        worker = s.scalars(select(Staff).where(Staff.staff_no == "W002")).one()
        assert worker.status == "probation" and worker.level == "probation"
        assert s.scalars(select(KeyPerson)).one().name == "赵大爷"  # read from a GBK file


def test_incident_state_and_deadline_from_timestamps(loaded):
    with loaded.session() as s:
        closed, accepted, cancelled = s.scalars(select(Incident).order_by(Incident.code)).all()
        assert closed.status == "closed" and closed.rework_count == 1 and closed.satisfaction == 5
        assert closed.deadline == closed.accepted_at + dt.timedelta(days=3)  # blue
        assert closed.reported_at == dt.datetime(2026, 3, 1, 8, 0, tzinfo=clock.SHANGHAI)
        assert accepted.status == "accepted" and accepted.serious and accepted.level == "village"
        assert accepted.deadline == accepted.accepted_at + dt.timedelta(days=7)  # yellow
        assert accepted.reporter_name == "刘女士" and accepted.mediation_failures == 2
        assert cancelled.status == "cancelled" and cancelled.deadline is None
        steps = s.scalars(select(IncidentEvent.action).where(IncidentEvent.incident_id == closed.id)
                          .order_by(IncidentEvent.at)).all()
        assert steps == ["report", "accept", "dispatch", "resolve", "verify_ok"]


def test_reimport_duplicates_nothing(loaded, tmp_path):
    before = counts(loaded)
    for kind, table, name in [("grids", GRIDS, "g.csv"), ("staff", STAFF, "s.csv"),
                              ("key_persons", PERSONS, "p.csv"), ("incidents", INCIDENTS, "i.csv"),
                              ("visits", VISITS, "v.csv"), ("commendations", COMMENDATIONS, "c.csv")]:
        report = run_import(loaded, kind, write_csv(tmp_path / name, table))
        assert (report.created, report.updated) == (0, 0), kind
        assert report.skipped == len(table[1])
    assert counts(loaded) == before


def test_reimport_updates_a_changed_row(loaded, tmp_path):
    headers, rows = STAFF
    changed = [rows[0][:1] + ["张伟伟"] + rows[0][2:]] + rows[1:]
    report = run_import(loaded, "staff", write_csv(tmp_path / "s.csv", (headers, changed)))
    assert (report.created, report.updated, report.skipped) == (0, 1, 2)


def test_dry_run_changes_nothing(township_db, tmp_path):
    before = counts(township_db)
    report = run_import(township_db, "grids", write_csv(tmp_path / "g.csv", GRIDS), dry_run=True)
    assert report.created == 3
    assert counts(township_db) == before


def _fails(db, kind, path) -> list[str]:
    before = counts(db)
    with pytest.raises(ImportFailed) as failed:
        run_import(db, kind, path)
    assert counts(db) == before, "a failed import must change nothing"
    return [str(e) for e in failed.value.report.errors]


def test_bad_values_are_named_by_row_and_column(township_db, tmp_path):
    headers, rows = GRIDS
    bad = [rows[0], ["G009", "", "东塘村", "大网格", "多", ""], rows[0]]
    errors = _fails(township_db, "grids", write_csv(tmp_path / "g.csv", (headers, bad)))
    assert "第 3 行【网格名称】:必填项为空" in errors
    assert any(e.startswith("第 3 行【网格类型】") and "综合网格/专属网格/微网格" in e for e in errors)
    assert any(e.startswith("第 3 行【户数】") for e in errors)
    assert "第 4 行【网格编码】:与第 2 行重复" in errors


def test_a_bad_row_after_good_ones_stops_all(township_db, tmp_path):
    run_import(township_db, "grids", write_csv(tmp_path / "g.csv", GRIDS))
    headers, rows = STAFF
    errors = _fails(township_db, "staff", write_csv(
        tmp_path / "s.csv", (headers, rows + [["W009", "钱七", "专职网格员", "G999", "", "", "", "", "123"]])))
    assert "第 5 行【所属网格】:网格编码 G999 不存在:请先导入网格" in errors
    assert any(e.startswith("第 5 行【身份证号】") for e in errors)


def test_header_problems(township_db, tmp_path):
    errors = _fails(township_db, "grids", write_csv(
        tmp_path / "g.csv", (["网格编码", "名称", "所属村社"], [["G1", "x", "y"]])))
    assert any(e.startswith("第 1 行【名称】:未知的列") for e in errors)
    assert "第 1 行【网格名称】:缺少必填列" in errors


def test_header_only_file(township_db, tmp_path):
    path = write_template(KINDS["staff"], tmp_path / "t.xlsx")
    assert _fails(township_db, "staff", path) == ["第 2 行:文件只有表头,没有数据行"]


def test_incident_timestamps_checked(loaded, tmp_path):
    headers, rows = INCIDENTS
    row = list(rows[0])
    row[0], row[11] = "XT-9", "2026-02-28 08:00"  # accepted before reported
    cancelled = list(rows[2])
    cancelled[0], cancelled[12], cancelled[13] = "XT-10", "2026-03-01 12:05", "住建办"
    future = list(rows[1])
    future[0], future[10], future[11] = "XT-11", "2099-01-01 08:00", ""
    errors = _fails(loaded, "incidents", write_csv(tmp_path / "i.csv", (headers, [row, cancelled, future])))
    assert "第 2 行【受理时间】:早于上报时间" in errors
    assert any(e.startswith("第 3 行【作废时间】:已交办的事件不能作废") for e in errors)
    assert "第 4 行【上报时间】:时间晚于现在" in errors


def test_incident_references_checked(loaded, tmp_path):
    headers, rows = INCIDENTS
    row = list(rows[0])
    row[0], row[3], row[6], row[13] = "XT-9", "天气", "G404", "不存在的单位"
    errors = _fails(loaded, "incidents", write_csv(tmp_path / "i.csv", (headers, [row])))
    assert any(e.startswith("第 2 行【大类】:大类“天气”不存在") for e in errors)
    assert "第 2 行【所属网格】:网格编码 G404 不存在:请先导入网格" in errors
    unit = next(e for e in errors if e.startswith("第 2 行【处置单位】"))
    assert unit.startswith("第 2 行【处置单位】:处置单位“不存在的单位”不存在;本镇街的单位有:")
    assert "住建办" in unit and "东塘村" in unit  # a village is a unit too


def test_visit_needs_known_person(loaded, tmp_path):
    headers, rows = VISITS
    errors = _fails(loaded, "visits", write_csv(tmp_path / "v.csv", (headers, [[ID_2] + rows[0][1:]])))
    assert errors == [f"第 2 行【身份证号】:重点人员 {ID_2} 不存在:请先导入重点人员"]


def test_unknown_kind():
    with pytest.raises(InputError, match="未知的导入类型"):
        kind_named("weather")
    assert kind_named("网格") is KINDS["grids"]


@pytest.mark.parametrize("kind", list(KINDS))
def test_templates_have_the_spec_headers(kind, tmp_path):
    path = write_template(KINDS[kind], tmp_path / f"{kind}.xlsx")
    sheet = read_sheet(path)
    assert sheet.headers == [f.header for f in KINDS[kind].fields]
    assert sheet.rows == []


def test_grids_with_their_place_on_the_map(township_db, tmp_path):
    table = (["网格编码*", "网格名称*", "所属村社*", "经度", "纬度", "边界"],
             [["M1", "第一网格", "东村", "120.92", "30.84", ""],
              ["M2", "第二网格", "东村", "", "", "POLYGON((120.90 30.80, 120.91 30.80, 120.91 30.81, 120.90 30.80))"],
              ["M3", "第三网格", "东村", "", "", "120.90,30.80; 120.91,30.80; 120.91,30.81; 120.90,30.81"]])
    run_import(township_db, "grids", write_csv(tmp_path / "g.csv", table))
    with township_db.session() as s:
        grids = {g.code: g for g in s.scalars(select(Grid))}
    assert (grids["M1"].centre_lon, grids["M1"].centre_lat, grids["M1"].polygon) == (120.92, 30.84, None)
    assert ring_of(grids["M2"].polygon) == [(120.90, 30.80), (120.91, 30.80), (120.91, 30.81)]
    assert grids["M3"].centre_lon == pytest.approx(120.905) and len(ring_of(grids["M3"].polygon)) == 4
    # A file without the place keeps the one on record.
    run_import(township_db, "grids", write_csv(tmp_path / "h.csv", (["网格编码*", "网格名称*", "所属村社*"],
                                                                     [["M1", "第一网格", "东村"]])))
    with township_db.session() as s:
        assert s.scalar(select(Grid.centre_lon).where(Grid.code == "M1")) == 120.92


def test_a_place_that_cannot_be_trusted_is_refused(township_db, tmp_path):
    table = (["网格编码*", "网格名称*", "所属村社*", "经度", "纬度", "边界"],
             [["M1", "一", "东村", "120.92", "", ""],
              ["M2", "二", "东村", "", "", "POLYGON((120.90 30.80, 120.91 30.80))"],
              ["M3", "三", "东村", "", "", "120.9,30.8; abc; 121,31"],
              ["M4", "四", "东村", "520", "30", ""]])
    with pytest.raises(ImportFailed) as refused:
        run_import(township_db, "grids", write_csv(tmp_path / "g.csv", table))
    said = {(e.row, e.column): str(e.message) for e in refused.value.report.errors}
    assert "同时填写" in said[(2, "纬度")] and "3 至" in said[(3, "边界")]
    assert "abc" in said[(4, "边界")] and "不在" in said[(5, "经度")]
    with township_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Grid)) == 0


def test_a_bulk_write_gets_a_large_page_cache_and_gives_it_back(township_db):
    """The pooled connection keeps its usual cache after an import (256 MB each would add up)."""
    from gridcommand.store.bulk import WRITE_CACHE_KB, roomy_cache

    with township_db.engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            with roomy_cache(connection):  # the server's memory is the server's
                pass
            return
        usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        with roomy_cache(connection):
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -WRITE_CACHE_KB
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == usual
