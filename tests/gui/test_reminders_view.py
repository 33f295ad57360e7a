from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel

from services.ledger.lights import Light
from ui.reminders.calendar import CalendarView
from ui.reminders.view import ReminderView

SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def make_view(context, qtbot, cls, as_of):
    view = cls(context)
    qtbot.add_widget(view)
    view.show()  # a hidden view reloads only when shown (ui/ops.py follow_changes)
    context.runner.wait()
    qtbot.wait(100)  # deliver the first load (as of today) before looking at another day
    view.as_of = as_of
    return view


def test_panel_groups_by_unit_and_marks_handled(context, plan_id, qtbot):
    view = make_view(context, qtbot, ReminderView, date(2024, 8, 1))
    with qtbot.wait_signal(view.loaded) as blocker:
        view.reload()
    assert blocker.args == [1]
    assert view.unit_index(0).data() == "区发改委（1）"
    task = view.task_index(0, 0)
    texts = view.model.texts(task)
    assert "建立设备更新项目库" in texts[0] and texts[1] in {"已逾期", "Overdue"}
    assert texts[6] == ""  # not handled yet
    view.tree.selectionModel().select(task, SELECT_ROW)
    assert view.handle_button.isEnabled()
    with qtbot.wait_signal(view.loaded):
        view.mark_selected_handled("已电话催办")
    assert "已电话催办" in view.model.texts(view.task_index(0, 0))[6]
    with qtbot.wait_signal(view.loaded) as blocker:
        view.hide_handled.setChecked(True)
    assert blocker.args == [0] and view.model.rowCount() == 0


def test_panel_writes_urge_notices_for_the_selected_unit(context, plan_id, qtbot, tmp_path):
    view = make_view(context, qtbot, ReminderView, date(2024, 8, 1))
    view.setProperty("quiet", True)
    with qtbot.wait_signal(view.loaded):
        view.reload()
    view.tree.selectionModel().select(view.unit_index(0), SELECT_ROW)
    out = tmp_path / "notices"
    out.mkdir()
    with qtbot.wait_signal(context.status_message, timeout=10000):
        view.write_notices(out, date(2024, 8, 8))
    assert [p.name for p in out.iterdir()] == ["督办通知单-区发改委-20240801.pdf"]


def test_calendar_colours_deadlines_and_lists_the_day(context, plan_id, qtbot):
    view = make_view(context, qtbot, CalendarView, date(2024, 7, 20))
    with qtbot.wait_signal(view.loaded):
        view.reload()
    assert view.calendar.worst(date(2024, 7, 31)) == Light.YELLOW
    view.show_day(date(2024, 7, 31))
    days = view.day_model
    assert days.rowCount() == 1 and "建立设备更新项目库" in days.index(0).data()
    view.calendar.setSelectedDate(QDate(2024, 7, 30))
    assert days.rowCount() == 0
    view.grab()  # paints every cell, coloured ones included


def test_calendar_jumps_between_deadlines(context, plan_id, qtbot):
    view = make_view(context, qtbot, CalendarView, date(2024, 7, 20))
    with qtbot.wait_signal(view.loaded):
        view.reload()
    view.show_day(date(2024, 7, 1))
    view.next_button.click()
    assert view.selected_day() == date(2024, 7, 31)
    view.next_button.click()
    assert view.selected_day() == date(2024, 12, 31)  # the yearly measure's year end
    view.previous_button.click()
    assert view.selected_day() == date(2024, 7, 31)
    assert "1" in view.month_label.text()


# The offscreen platform cannot raise a popup or grab the keyboard for it; a screen can.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_reminder_has_a_right_click_menu_and_copies_as_tab_separated_text(context, plan_id, qtbot):
    from PySide6.QtGui import QGuiApplication

    view = make_view(context, qtbot, ReminderView, date(2024, 8, 1))
    with qtbot.wait_signal(view.loaded):
        view.reload()
    task = view.task_index(0, 0)
    view._context_menu(view.tree.visualRect(task).center())
    assert view.tree.selectionModel().isSelected(task)
    texts = [a.text() for a in view.context_menu.actions() if a.isEnabled()]
    assert {"Open the task…", "Record progress…", "Mark handled…", "Copy rows"} <= set(texts)
    view.context_menu.close()
    view.copy_action.trigger()
    (line,) = QGuiApplication.clipboard().text().splitlines()
    assert line.split("\t")[0].endswith("建立设备更新项目库") and len(line.split("\t")) == 7
