from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from services.ledger.rows import LedgerFilter, query_ledger
from services.storage.database import user_action
from tests.gui.waiting import settle
from ui.checklist.model import LedgerTableModel
from ui.task_editor import TaskEditorDialog


def wait_rows(qtbot, view, count):
    qtbot.waitUntil(lambda: view.model.rowCount() == count and not view._loading, timeout=5000)


def numbers(view):
    return [view.model.row_at(r).number for r in range(view.model.rowCount())]


def test_empty_database_offers_the_sample_plan(window, qtbot):
    view = window.show_view("checklist")
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.empty, timeout=5000)
    assert view.sample_button.isVisible() and view.import_button.isVisible()


def test_checklist_shows_the_plan_with_lights(window, plan_id, qtbot):
    view = window.checklist
    view.reload()
    wait_rows(qtbot, view, 3)
    assert numbers(view) == ["1", "2", "3"]
    status = view.model.index(0, 8).data()
    assert status in {"绿灯", "黄灯", "红灯", "Green", "Yellow", "Red"}
    assert view.model.index(0, 3).data() == "区发改委"
    assert view.tree.tree_model.rowCount() == 1


def test_search_and_unit_filter(window, plan_id, qtbot):
    view = window.checklist
    view.reload()
    wait_rows(qtbot, view, 3)
    # QTest cannot type CJK characters (it aborts), so the text is set as an input method would.
    view.filters.search.setText("医疗")
    wait_rows(qtbot, view, 1)
    assert numbers(view) == ["2"]
    view.filters.search.clear()
    wait_rows(qtbot, view, 3)
    combo = view.filters.unit
    combo.setCurrentIndex(combo.findText("区卫健委"))
    wait_rows(qtbot, view, 1)
    view.filters.clear()
    wait_rows(qtbot, view, 3)


def test_tree_selection_narrows_the_table(window, plan_id, qtbot):
    view = window.checklist
    view.reload()
    wait_rows(qtbot, view, 3)
    found = view.tree.tree_model.match(
        view.tree.tree_model.index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        "二、保障措施",
        1,
        Qt.MatchFlag.MatchRecursive,
    )
    view.tree.setCurrentIndex(found[0])
    wait_rows(qtbot, view, 1)
    assert numbers(view) == ["3"]


def test_sorting_by_due_date(window, plan_id, qtbot):
    view = window.checklist
    view.reload()
    wait_rows(qtbot, view, 3)
    view.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert numbers(view)[0] == "3"


def test_edit_record_progress_and_undo(window, context, plan_id, qtbot):
    view = window.show_view("checklist")  # a hidden view reloads when shown
    view.reload()
    wait_rows(qtbot, view, 3)
    view.select_id(view.model.row_at(1).id)
    item_id = view.selected_id()
    dialog = TaskEditorDialog(context, item_id, view)
    qtbot.add_widget(dialog)
    dialog.title_edit.setText("更新医疗设备（已修改）")
    dialog.targets.item(0, 3).setText("12")
    dialog.save()
    qtbot.waitUntil(
        lambda: view.model.row_at(view.model.row_of_id(item_id)).title == "更新医疗设备（已修改）",
        timeout=5000,
    )
    assert view.model.row_at(view.model.row_of_id(item_id)).targets[0].done == 12

    dialog = TaskEditorDialog(context, item_id, view, start_tab="progress")
    qtbot.add_widget(dialog)
    assert dialog.tabs.currentWidget() is dialog.progress_tab
    dialog.progress_tab.percent.setValue(45)
    dialog.progress_tab.situation.setPlainText("已完成招标")
    dialog.progress_tab.record()
    settle(context)
    assert dialog.progress_tab.table.rowCount() == 1
    qtbot.waitUntil(lambda: view.model.row_at(view.model.row_of_id(item_id)).progress == 45, timeout=5000)

    window.undo_action.trigger()  # undo the progress report
    qtbot.waitUntil(lambda: view.model.row_at(view.model.row_of_id(item_id)).progress is None, timeout=5000)
    window.undo_action.trigger()  # undo the target edit is not on the stack; the title edit is
    qtbot.waitUntil(
        lambda: view.model.row_at(view.model.row_of_id(item_id)).title == "推进医疗卫生设备更新", timeout=5000
    )


def test_delete_asks_first_and_can_be_undone(window, plan_id, qtbot, monkeypatch):
    view = window.show_view("checklist")  # a hidden view reloads when shown
    view.reload()
    wait_rows(qtbot, view, 3)
    view.select_id(view.model.row_at(2).id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.delete_action.trigger()
    assert view.model.rowCount() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_action.trigger()
    wait_rows(qtbot, view, 2)
    window.undo_action.trigger()
    wait_rows(qtbot, view, 3)


def test_close_and_reopen_from_the_toolbar(window, plan_id, qtbot):
    view = window.show_view("checklist")  # a hidden view reloads when shown
    view.reload()
    wait_rows(qtbot, view, 3)
    item_id = view.model.row_at(0).id
    view.select_id(item_id)
    view.close_action.trigger()
    qtbot.waitUntil(lambda: view.model.row_at(view.model.row_of_id(item_id)).status == "closed", timeout=5000)
    view.select_id(item_id)
    assert view.reopen_action.isEnabled()
    view.reopen_action.trigger()
    qtbot.waitUntil(lambda: view.model.row_at(view.model.row_of_id(item_id)).status == "open", timeout=5000)


def test_models_pass_the_model_tester(ledger, plan_id, qtmodeltester, window, qtbot):
    model = LedgerTableModel()
    with user_action(ledger) as s:
        model.set_rows(query_ledger(s, LedgerFilter()))
    qtmodeltester.check(model)
    model.sort(5, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    window.checklist.reload()
    wait_rows(qtbot, window.checklist, 3)
    qtmodeltester.check(window.checklist.tree.tree_model)


def test_window_layout_is_remembered(context, qtbot):
    from ui.main_window import MainWindow

    first = MainWindow(context)
    qtbot.add_widget(first)
    first.show()
    first.resize(640, 480)  # the offscreen screen is 800x600; restoreGeometry clamps to it
    first.checklist.splitter.setSizes([100, 500])
    first.close()
    second = MainWindow(context)
    qtbot.add_widget(second)
    # The width is held up by the filter bar's minimum, so the height tells whether geometry was restored.
    assert second.size().height() == 480
    second.show()
    assert second.checklist.splitter.sizes()[0] == first.checklist.splitter.sizes()[0]
