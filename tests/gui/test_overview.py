"""The overview's figures and their click-through to the checklist; the 导出 area end to end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QPoint, Qt

from services.ledger.lights import Light
from ui.overview.charts import ROW_HEIGHT


def loaded_overview(window, qtbot, as_of=date(2024, 7, 20)):
    view = window.view("overview")
    view.as_of = as_of
    with qtbot.wait_signal(view.loaded, timeout=5000):
        view.reload()
    return view


def test_overview_is_first_and_counts_by_light(window, plan_id, qtbot):
    assert window.views[0][0] == "overview"
    view = loaded_overview(window, qtbot)
    counts = {light: tile.count for light, tile in view.tiles.items()}
    # As of 2024-07-20: measure 3 (due 07-31) is yellow, the other two green.
    assert counts == {Light.RED: 0, Light.YELLOW: 1, Light.GREEN: 2, Light.GREY: 0}
    assert [bar.label for bar in view.unit_chart.bars] == ["区发改委", "区卫健委"]
    assert len(view.domain_chart.bars) == 2
    assert view.deadlines.count() == 3
    assert "No reporting round yet" in view.return_tile.text() or "尚无" in view.return_tile.text()


def test_an_empty_ledger_shows_where_to_start_not_zeros(window, qtbot, monkeypatch):
    view = loaded_overview(window, qtbot)
    assert view.pages.currentWidget() is view.empty
    assert view.sample_button.isVisibleTo(view) and view.import_button.isVisibleTo(view)
    asked = []
    monkeypatch.setattr(
        "ui.plan_actions.QFileDialog.getOpenFileName", lambda *args: asked.append(args) or ("", "")
    )
    view.import_button.click()  # the window's import action asks for the plan file
    assert len(asked) == 1
    with qtbot.wait_signal(view.loaded, timeout=20000):
        view.sample_button.click()  # the window imports the sample; the overview reloads with it
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.content, timeout=20000)
    assert view.plan.count() == 2  # all plans and the sample


def test_with_a_plan_the_figures_show(window, plan_id, qtbot):
    view = loaded_overview(window, qtbot)
    assert view.pages.currentWidget() is view.content


def test_a_light_tile_opens_the_filtered_checklist(window, plan_id, qtbot):
    view = loaded_overview(window, qtbot)
    checklist = window.view("checklist")
    with qtbot.wait_signal(checklist.loaded, timeout=5000):
        qtbot.mouseClick(view.tiles[Light.GREEN], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is checklist
    assert checklist.filters.light.currentData() == "green"
    qtbot.waitUntil(lambda: not checklist._loading)
    # The checklist uses today's lights; every row it shows is green.
    assert all(checklist.model.row_at(r).light == Light.GREEN for r in range(checklist.model.rowCount()))


def test_a_unit_bar_opens_the_checklist_for_that_unit(window, plan_id, qtbot):
    view = loaded_overview(window, qtbot)
    window.show_view("overview")
    checklist = window.view("checklist")
    second = QPoint(view.unit_chart.width() - 40, 4 + ROW_HEIGHT + ROW_HEIGHT // 2)
    with qtbot.wait_signal(checklist.loaded, timeout=5000):
        qtbot.mouseClick(view.unit_chart, Qt.MouseButton.LeftButton, pos=second)
    qtbot.waitUntil(lambda: not checklist._loading)
    assert checklist.filters.unit.currentText() == "区卫健委"
    assert [checklist.model.row_at(r).title for r in range(checklist.model.rowCount())] == [
        "推进医疗卫生设备更新"
    ]


def test_a_deadline_opens_the_checklist_on_that_task(window, plan_id, qtbot):
    view = loaded_overview(window, qtbot)
    checklist = window.view("checklist")
    item = view.deadlines.item(0)
    with qtbot.wait_signal(checklist.loaded, timeout=5000):
        view._open_deadline(item)
    qtbot.waitUntil(lambda: checklist.selected_id() is not None, timeout=5000)
    assert checklist.selected_id() == view.data.stats.next_deadlines[0].item_id


def test_export_view_writes_the_ledger(window, plan_id, qtbot, tmp_path: Path):
    view = window.show_view("exports")
    view.reload()
    assert view.plan.currentData() == plan_id
    assert not view.variant.isEnabled()
    view.as_of.setDate(QDate(2024, 7, 20))
    assert view.out.text().endswith("任务推进台账-20240720.xlsx")
    view.out.setText(str(tmp_path / "台账.xlsx"))
    with qtbot.wait_signal(view.exported, timeout=10000) as blocker:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].rows == 3
    assert load_workbook(tmp_path / "台账.xlsx").sheetnames == ["台账", "汇总", "考评"]
    assert view.open_button.isEnabled()


def test_export_view_unit_progress_sheet_and_a_failure(window, plan_id, qtbot, tmp_path: Path, monkeypatch):
    view = window.show_view("exports")
    view.reload()
    view.kind.setCurrentIndex(view.kind.findData("pdf"))
    view.variant.setCurrentIndex(view.variant.findData("unit"))
    assert view.unit.isEnabled()
    view.unit.setCurrentIndex(view.unit.findText("区卫健委"))
    view.out.setText(str(tmp_path / "卫健委.pdf"))
    with qtbot.wait_signal(view.exported, timeout=10000) as blocker:
        view.export()
    assert blocker.args[0].rows == 1 and (tmp_path / "卫健委.pdf").exists()

    shown = []
    monkeypatch.setattr("ui.exports.view.show_error", lambda parent, exc, title=None: shown.append(exc))
    (tmp_path / "folder.pdf").mkdir()
    view.out.setText(str(tmp_path / "folder.pdf"))
    view.export()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "文件夹" in str(shown[0]) and view.export_button.isEnabled()


# The offscreen platform cannot raise the preview window or grab the keyboard for it; a screen can.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_print_previews_the_progress_sheet_of_the_chosen_variant(window, plan_id, qtbot):
    view = window.show_view("exports")
    view.reload()
    view.kind.setCurrentIndex(view.kind.findData("pdf"))
    view.variant.setCurrentIndex(view.variant.findData("lagging"))
    with qtbot.wait_signal(view.preview_opened, timeout=10000) as opened:
        view.print_sheet()
    dialog = opened.args[0]
    assert "红灯、黄灯任务" in "".join(dialog.printout.spec.subtitle_lines)
    assert not (view.context.data_dir / "printed").exists()  # nothing goes to a printer unasked
    dialog.reject()
