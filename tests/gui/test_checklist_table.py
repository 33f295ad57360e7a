"""The checklist table shows its content: columns fitted to it with the light in view at 1280×720, the
whole text of a cut cell in its tooltip, several rows selected, copied as TSV and closed together, a
right-click menu; Ctrl+F reaches the search field of the area shown; Ctrl+P is not taken by a task."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMessageBox

from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import user_action
from tests.gui.waiting import settle
from ui import screen_fit
from ui.checklist.model import STATUS_COLUMN
from ui.table_tips import cut_text


@pytest.fixture
def laptop(monkeypatch):
    area = QRect(0, 0, 1280, 720 - 40)  # 1280×720 with a taskbar
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: area)
    return area


@pytest.fixture
def sample_window(context, ledger, qtbot, laptop):
    from ui.main_window import MainWindow

    with user_action(ledger) as session:
        import_plan_file(session, sample_plan_path())
    window = MainWindow(context)
    qtbot.add_widget(window)
    window.show()
    view = window.show_view("checklist")
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 48 and not view._loading, timeout=10000)
    return window


def test_the_light_column_stays_in_view_at_1280_by_720(sample_window):
    table = sample_window.checklist.table
    right = table.columnViewportPosition(STATUS_COLUMN) + table.columnWidth(STATUS_COLUMN)
    assert 0 < right <= table.viewport().width()
    # The title takes what the others leave, and the units are not squeezed to a few characters.
    assert table.columnWidth(2) >= 200
    assert table.columnWidth(3) >= table.horizontalHeader().sectionSizeHint(3)
    # A header cut on a narrow window ends in "…" and names itself in its tooltip.
    header = table.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    model = sample_window.checklist.model
    assert (
        model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Co-responsible units"
    )


def test_a_cut_cell_shows_its_whole_text_as_tooltip(sample_window):
    view = sample_window.checklist
    model, table = view.model, view.table
    longest = max(range(model.rowCount()), key=lambda r: len(model.index(r, 3).data()))
    index = model.index(longest, 3)
    text = index.data()
    assert len(text) > 8
    table.horizontalHeader().resizeSection(3, 60)
    assert cut_text(table, index) == text
    table.horizontalHeader().resizeSection(3, 900)
    assert cut_text(table, index) is None


def test_selected_rows_are_copied_as_tab_separated_lines(sample_window, qtbot):
    view = sample_window.checklist
    table = view.table
    table.selectRow(0)
    table.selectionModel().select(
        view.model.index(2, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    view.copy_action.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 2
    first = lines[0].split("\t")
    assert len(first) == view.model.columnCount()
    assert first[2] == view.model.row_at(0).title and lines[1].split("\t")[0] == view.model.row_at(2).number


# The offscreen platform cannot raise a popup or grab the keyboard for it; a real screen can.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_right_click_menu_offers_the_row_actions(sample_window):
    view = sample_window.checklist
    table = view.table
    position = table.visualRect(view.model.index(3, 2)).center()
    view._context_menu(position)
    assert table.selectionModel().isRowSelected(3)
    actions = view.context_menu.actions()
    for action in (view.edit_action, view.progress_action, view.close_action, view.copy_action):
        assert action in actions and action.isEnabled()
    view.context_menu.close()


def test_several_selected_tasks_are_closed_together_and_undone_one_by_one(sample_window, qtbot, monkeypatch):
    view = sample_window.checklist
    table = view.table
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for row in (0, 1, 2):
        table.selectionModel().select(
            view.model.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    ids = [r.id for r in view.selected_rows()]
    assert len(ids) == 3
    view.close_selected()
    settle(sample_window.context)
    qtbot.waitUntil(lambda: not view._loading and view.model.rowCount() == 48, timeout=10000)
    status = {r.id: r.status for r in view.model.rows()}
    assert [status[i] for i in ids] == ["closed"] * 3
    sample_window.undo()
    qtbot.waitUntil(lambda: not view._loading, timeout=10000)
    qtbot.waitUntil(lambda: sum(r.status == "closed" for r in view.model.rows()) == 2, timeout=10000)


def test_ctrl_f_reaches_the_search_field_of_the_area_shown(sample_window):
    window = sample_window
    for key in ("checklist", "units"):
        view = window.show_view(key)
        window.find()
        assert window.focusWidget() is view.search_field, key


def _shortcuts(window) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys.setdefault(sequence.toString(), []).append(action.text())
    return keys


def test_ctrl_p_is_not_taken_and_no_key_does_two_things(sample_window):
    checklist = sample_window.checklist
    assert QKeySequence("Ctrl+P") not in checklist.progress_action.shortcuts()
    keys = _shortcuts(sample_window)
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}


def _accelerators(menu) -> list[str]:
    found = []
    for action in menu.actions():
        text = action.text()
        at = text.replace("&&", "").find("&")
        if at >= 0:
            found.append(text.replace("&&", "")[at + 1].upper())
    return found


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_menu_has_two_items_on_one_alt_key(context, qtbot, qapp, language):
    from PySide6.QtCore import QTranslator

    from services.resources import resource_path
    from ui.main_window import MainWindow

    translator = QTranslator()
    if language != "en":
        assert translator.load(str(resource_path("translations", "duban_zh_CN.qm")))
        qapp.installTranslator(translator)
    try:
        window = MainWindow(context)
        qtbot.add_widget(window)
        for menu in window.menus:
            keys = _accelerators(menu)
            assert len(keys) == len(set(keys)), (menu.title(), keys)
    finally:
        qapp.removeTranslator(translator)


def test_a_cut_cell_of_a_tree_shows_its_whole_text_too(qtbot):
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    from ui.table_tips import ElidedTipDelegate

    tree = QTreeWidget()
    qtbot.add_widget(tree)
    tree.setItemDelegate(ElidedTipDelegate(tree))
    tree.setHeaderLabels(["文件", "单位"])
    name = "区发改委-2024年第3季度-设备更新任务推进情况报送表（修订版）.xlsx"
    tree.addTopLevelItem(QTreeWidgetItem([name, "区发改委"]))
    tree.resize(600, 200)
    tree.show()
    index = tree.model().index(0, 0)
    tree.setColumnWidth(0, 80)
    assert cut_text(tree, index) == name
    tree.setColumnWidth(0, 1200)
    assert cut_text(tree, index) is None


def test_fitted_widths_are_fitted_again_next_time_unless_the_clerk_dragged_one(sample_window, context, qtbot):
    from ui.checklist.view import ChecklistView

    sample_window.checklist.save_layout()
    again = ChecklistView(context)
    qtbot.add_widget(again)
    assert not again.columns.user_sized  # nothing dragged: the columns follow content and window
    sample_window.checklist.columns.user_sized = True  # as a drag of a column's edge sets it
    sample_window.checklist.save_layout()
    dragged = ChecklistView(context)
    qtbot.add_widget(dragged)
    assert dragged.columns.user_sized


def test_dragging_a_column_edge_keeps_the_clerks_width(sample_window, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    view = sample_window.checklist
    header = view.table.horizontalHeader()
    edge = header.sectionViewportPosition(3) + header.sectionSize(3) - 1
    before = header.sectionSize(3)
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, 5))
    QTest.mouseMove(header.viewport(), QPoint(edge + 40, 5))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 40, 5))
    assert header.sectionSize(3) > before and view.columns.user_sized
    view.columns.fit()  # a reload or a resize leaves the dragged width alone
    assert header.sectionSize(3) > before
