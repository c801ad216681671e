"""The report centre: the monthly closed-loop report previewed and written in the background;
the documents made elsewhere listed, each opening the panel that makes it."""

from PySide6.QtWidgets import QDockWidget

from gridcommand.ops import reports

from .conftest import make_window


def test_preview_then_write_the_monthly_report(qtbot, runner, settings, monkeypatch, tmp_path):
    window = make_window(qtbot, runner, settings)
    dock = window.reports
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.document is not None, timeout=20_000)
    assert dock.month.currentData() in dock.document.title and dock.document.said in dock.preview.toPlainText()
    trend = dock.document.tables[0]
    assert trend[2][0] == "月份" and all(row[0] in dock.preview.toPlainText() for row in trend[3])
    dock.preview.setFixedWidth(240)  # a narrow dock: dates and rates keep to one line, the table scrolls
    qtbot.wait(50)
    rates = [t for t in dock.preview.toPlainText().split() if t.endswith("%")][:3]
    for text in (trend[3][0][0], *rates):
        found = dock.preview.document().find(text)
        while found.currentTable() is None:  # the cell, not the same words in a paragraph
            found = dock.preview.document().find(text, found)
        assert found.block().layout().lineCount() == 1, text
    target = tmp_path / "月报.pdf"
    monkeypatch.setattr("ui.panels.reports.dock.save_path", lambda *_a: target)
    with qtbot.waitSignal(dock.sig_message, timeout=30_000) as said:
        dock.export("pdf")
    assert target.read_bytes().startswith(b"%PDF") and str(target) in said.args[0]


def test_documents_made_elsewhere_open_their_panel(qtbot, runner, settings):
    window = make_window(qtbot, runner, settings)
    dock = window.reports
    keys = [dock.list.item(n).data(256) for n in range(dock.list.count())]
    assert keys == [*reports.REPORTS, "meetings", "evaluation", "reviews"]
    dock.list.setCurrentRow(keys.index("reviews"))
    assert dock.buttons["open"].isVisibleTo(dock) and not dock.buttons["pdf"].isVisibleTo(dock)
    dock.buttons["open"].click()
    reviews = window.findChild(QDockWidget, "reviewsDock")
    qtbot.waitUntil(lambda: not reviews.visibleRegion().isEmpty())


def test_the_unit_ranking_and_the_visits_as_xlsx(qtbot, runner, settings, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    window = make_window(qtbot, runner, settings)
    dock = window.reports
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.month.count() > 0)  # the months are read when the dock is first on screen
    keys = [dock.list.item(n).data(256) for n in range(dock.list.count())]
    for key, sheet in (("unit_ranking", "单位排名"), ("visits", "按颜色")):
        dock.list.setCurrentRow(keys.index(key))
        assert not dock.village.isVisibleTo(dock) and dock.buttons["xlsx"].isVisibleTo(dock)
        target = tmp_path / f"{key}.xlsx"
        monkeypatch.setattr("ui.panels.reports.dock.save_path", lambda *_a, t=target: t)
        with qtbot.waitSignal(dock.sig_message, timeout=30_000):
            dock.export("xlsx")
        assert sheet in load_workbook(target).sheetnames


def test_a_year_of_evaluations_with_pay_only_for_who_may_see_it(qtbot, runner, settings, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from gridcommand.ops import reports

    from ..factories import signed_in

    window = make_window(qtbot, runner, settings)
    dock = window.reports
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.period.count() > 0)
    keys = [dock.list.item(n).data(256) for n in range(dock.list.count())]
    dock.list.setCurrentRow(keys.index("evaluation_summary"))
    assert dock.period.isVisibleTo(dock) and not dock.month.isVisibleTo(dock)
    assert len(dock.period.currentData()) == 4  # a year first, then each locked month
    target = tmp_path / "year.xlsx"
    monkeypatch.setattr("ui.panels.reports.dock.save_path", lambda *_a: target)
    with qtbot.waitSignal(dock.sig_message, timeout=30_000):
        dock.export("xlsx")
    workers = load_workbook(target)["网格员"]
    assert workers.cell(row=1, column=workers.max_column).value == "绩效工资合计"  # the administrator sees pay
    assert workers.max_row > 1 and isinstance(workers["F2"].value, float)
    leader = signed_in(runner.db, "leader2", ("leader",))
    plain = load_workbook(reports.report(runner.db, leader, "evaluation_summary", dock.period.currentData(), None,
                                         tmp_path / "l.xlsx"))
    assert "绩效工资合计" not in [c.value for c in plain["网格员"][1]]
    year, month = dock.period.itemData(dock.period.count() - 1).split("-")
    dock.period.setCurrentIndex(dock.period.count() - 1)
    qtbot.waitUntil(lambda: dock.document is not None and f"{year} 年 {int(month)} 月" in dock.document.title,
                    timeout=20_000)
    assert dock.document.tables[0][2][:6] == ["名次", "工号", "姓名", "职级", "得分", "等次"]


def test_supervision_notices_from_the_units_ranking(qtbot, runner, settings, monkeypatch, tmp_path):
    window = make_window(qtbot, runner, settings)
    dock = window.reports
    dock.show()
    dock.raise_()
    keys = [dock.list.item(n).data(256) for n in range(dock.list.count())]
    dock.list.setCurrentRow(keys.index("visits"))
    assert not dock.buttons["notices"].isVisibleTo(dock)  # only with the units' ranking
    dock.list.setCurrentRow(keys.index("unit_ranking"))
    assert dock.buttons["notices"].isVisibleTo(dock)
    target = tmp_path / "notices.pdf"
    monkeypatch.setattr("ui.notices.save_path", lambda *_a: target)
    monkeypatch.setattr("ui.notices.NoticePlanDialog.exec", lambda dialog: True)  # issued as shown
    with qtbot.waitSignal(dock.sig_message, timeout=30_000) as said:
        dock.buttons["notices"].click()
    assert target.read_bytes().startswith(b"%PDF") and str(target) in said.args[0]
