"""Issue 5's acceptance path: the §11 files in, `evaluate` out, checked against a hand computation.

W001 (专职网格员, 二级) in March 2026, from the files:
- reporting: reported A, B, C; C cancelled → n = 2 → 25 × 2/15 = 3.333…
- on time: A (deadline 5 March 09:00, resolved 3 March) and B (resolved 8 March, late) → 20 × 1/2 = 10
- visits: blue key person, 31 days ÷ 15 → 2 required; visited 2 and 16 March → 25
- meetings: none → 10; satisfaction: A rated 5 → 20
- bonus: 锦旗 +2, 感谢信 +1 → +3; deductions: B's rework (imported, resolved in March) → −1
Total 70.333… → 70.3 合格; 二级 standard 1100 × 0.8 = 880 (float −220), with base 3300 → 4180.
"""

from gridcommand.evaluation import service

from ..factories import admin_user, run_import
from .test_import import COMMENDATIONS, GRIDS, PERSONS, STAFF, VISITS, write_csv, write_xlsx

HEADERS = ["事件编号*", "标题*", "大类*", "预警颜色*", "所属网格*", "上报人工号", "上报时间*", "受理时间",
           "交办时间", "处置单位", "责任人工号", "办结时间", "结案时间", "作废时间", "作废原因", "返工次数", "满意度"]
LEDGER = [
    ["XT-A", "路灯不亮", "公共设施", "蓝", "G001", "W001", "2026-03-02 08:00", "2026-03-02 09:00", "2026-03-02 10:00",
     "住建办", "W001", "2026-03-03 10:00", "2026-03-03 18:00", "", "", "", "5"],
    ["XT-B", "井盖缺失", "公共设施", "蓝", "G001", "W001", "2026-03-02 08:00", "2026-03-02 09:00", "2026-03-02 10:00",
     "住建办", "W001", "2026-03-08 10:00", "2026-03-08 12:00", "", "", "1", ""],
    ["XT-C", "重复上报", "公共设施", "蓝", "G001", "W001", "2026-03-03 08:00", "", "", "", "", "", "",
     "2026-03-03 09:00", "重复", "", ""],
]


def test_march_from_the_templates(township_db, tmp_path):
    for kind, table, name, writer in [("grids", GRIDS, "g.xlsx", write_xlsx), ("staff", STAFF, "s.csv", write_csv),
                                      ("key_persons", PERSONS, "p.csv", write_csv),
                                      ("incidents", (HEADERS, LEDGER), "i.xlsx", write_xlsx),
                                      ("visits", VISITS, "v.csv", write_csv),
                                      ("commendations", COMMENDATIONS, "c.csv", write_csv)]:
        run_import(township_db, kind, writer(tmp_path / name, table))
    with township_db.session() as s:
        result = service.evaluate(s, "2026-03", admin_user(s))
    assert [w.staff_no for w in result.workers] == ["W001"]  # W002 was hired in June
    w = result.workers[0]
    points = {i.name: i.points for i in w.indicators}
    assert points == {"reporting": 3.33, "on_time": 10.0, "visits": 25.0, "meetings": 10.0, "satisfaction": 20.0}
    assert w.indicator("visits").inputs == {"persons": 1, "required": 2, "counted": 2, "done": 2}
    assert (w.bonus.points, w.deductions.points) == (3, 1)
    assert (w.total, w.grade) == (70.3, "合格")
    assert w.pay.amounts() == (3300.0, 1100.0, 0.8, 880.0, -220.0, 4180.0)
