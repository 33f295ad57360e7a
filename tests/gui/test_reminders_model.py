"""The reminders' model: the rows collect_reminders built, revealed in order a chunk at a time, with
their handled marks, and the actions on them (open the task, mark handled) on the right rows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from services.ledger.lights import Light
from services.ledger.reminders import Category, Liaison, Reminder, UnitReminders
from ui.reminders import model as reminders_model
from ui.reminders.model import ITEM_ROLE, UNIT_ROLE, ReminderModel
from ui.reminders.view import ReminderView

SELECT_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def reminder(item_id: int, handled: bool = False) -> Reminder:
    return Reminder(
        item_id=item_id,
        plan_id=1,
        number=str(item_id),
        title=f"任务{item_id}",
        due=date(2024, 7, 1),
        days_left=-31,
        light=Light.RED,
        category=Category.OVERDUE,
        progress=40,
        lead_units=("区发改委",),
        handled_on=date(2024, 7, 30) if handled else None,
        handled_note="已电话催办" if handled else None,
        why="已过期限",
    )


def groups(*sizes: int) -> list[UnitReminders]:
    made, next_id = [], 1
    for n, size in enumerate(sizes):
        liaison = Liaison("张三", "13800000000", None) if n == 0 else None
        rows = tuple(reminder(next_id + i, handled=i == 1) for i in range(size))
        made.append(UnitReminders(n + 1, f"单位{n + 1}", liaison, rows))
        next_id += size
    return made


def test_rows_are_revealed_in_order_a_chunk_at_a_time(qapp, monkeypatch):
    monkeypatch.setattr(reminders_model, "CHUNK", 10)
    model = ReminderModel()
    model.set_groups(groups(25, 3))
    assert model.rowCount() == 0 and model.total() == 28
    assert model.reveal_more()  # the first unit with its first chunk
    unit = model.index(0, 0)
    assert model.rowCount() == 1 and model.rowCount(unit) == 10
    assert model.reveal_more() and model.reveal_more()  # the rest of the first unit, a chunk at a time
    assert model.rowCount() == 1 and model.rowCount(unit) == 25
    assert model.reveal_more()  # then the next unit
    assert model.rowCount() == 2 and model.rowCount(model.index(1, 0)) == 3
    assert not model.reveal_more() and model.fully_revealed()
    last = model.index(24, 0, unit)
    assert model.parent(last) == unit and model.parent(unit) == QModelIndex()
    assert model.data(last, ITEM_ROLE) == 25 and model.data(last, UNIT_ROLE) == "单位1"


def test_a_collapsed_unit_is_revealed_whole(qapp, monkeypatch):
    monkeypatch.setattr(reminders_model, "CHUNK", 10)
    model = ReminderModel()
    model.set_groups(groups(25, 3))
    model.reveal_more()
    model.reveal_more(lambda row: True)
    assert model.rowCount(model.index(0, 0)) == 25


def test_cells_show_the_unit_its_liaison_and_the_handled_mark(qapp):
    model = ReminderModel()
    model.set_groups(groups(2, 1))
    model.reveal_all()
    unit, other = model.index(0, 0), model.index(1, 0)
    assert model.data(unit) == "单位1（2）" and "张三 13800000000" in model.data(model.index(0, 5))
    assert model.data(model.index(0, 5, QModelIndex())) and model.data(unit, ITEM_ROLE) is None
    assert model.data(other) == "单位2（1）" and model.data(model.index(1, 5)) != ""
    first, handled = model.index(0, 0, unit), model.index(1, 0, unit)
    assert model.texts(first)[0] == "1 任务1" and model.texts(first)[3] == "40%"
    assert model.texts(first)[6] == "" and model.texts(handled)[6] == "2024-07-30 已电话催办"
    tip = Qt.ItemDataRole.ToolTipRole
    assert (
        model.data(model.index(0, 4, unit), tip) == "已过期限"
        and model.data(model.index(0, 2, unit), tip) is None
    )
    assert len(model.texts(first)) == model.columnCount() == 7


# The offscreen platform cannot raise a popup or grab the keyboard for it; a screen can.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_view_opens_the_task_and_marks_the_selected_ones(context, qtbot, monkeypatch):
    view = ReminderView(context)
    qtbot.add_widget(view)
    view.show()
    context.runner.wait()
    qtbot.wait(50)
    view._show(groups(3, 2))
    qtbot.waitUntil(lambda: view.model.fully_revealed())
    assert view.tree.isExpanded(view.unit_index(0)) and view.tree.isExpanded(view.unit_index(1))
    selection = view.tree.selectionModel()
    selection.select(view.task_index(0, 2), SELECT_ROW)
    selection.select(view.task_index(1, 0), SELECT_ROW)
    assert view.selected_item_ids() == [3, 4] and view.selected_units() == {"单位1", "单位2"}
    assert view.handle_button.isEnabled()  # marking goes through the real ledger: test_reminders_view.py

    opened = []

    class Editor:
        def __init__(self, _context, item_id, _parent, start_tab=None) -> None:
            opened.append((item_id, start_tab))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr("ui.task_editor.TaskEditorDialog", Editor)
    view._context_menu(view.tree.visualRect(view.task_index(1, 0)).center())
    open_task = next(a for a in view.context_menu.actions() if a.text() == "Open the task…")
    open_task.trigger()
    view.context_menu.close()
    assert opened == [(4, None)]
