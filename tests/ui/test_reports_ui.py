"""The report centre: the monthly closed-loop report previewed and written in the background;
the documents made elsewhere listed, each opening the panel that makes it."""

from PySide6.QtWidgets import QDockWidget

from .conftest import make_window


def test_preview_then_write_the_monthly_report(qtbot, runner, settings, monkeypatch, tmp_path):
    window = make_window(qtbot, runner, settings)
    dock = window.reports
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.report is not None, timeout=20_000)
    assert dock.month.currentData() == dock.report.month and str(dock.report.total.reported) in dock.preview.toPlainText()
    target = tmp_path / "月报.pdf"
    monkeypatch.setattr("ui.panels.reports.dock.save_path", lambda *_a: target)
    with qtbot.waitSignal(dock.sig_message, timeout=30_000) as said:
        dock.export("pdf")
    assert target.read_bytes().startswith(b"%PDF") and str(target) in said.args[0]


def test_documents_made_elsewhere_open_their_panel(qtbot, runner, settings):
    window = make_window(qtbot, runner, settings)
    dock = window.reports
    keys = [dock.list.item(n).data(256) for n in range(dock.list.count())]
    assert keys == ["closed_loop", "unit_ranking", "visits", "meetings", "evaluation", "reviews"]  # all: admin
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
