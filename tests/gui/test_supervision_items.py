"""督办事项 in the window (issue 19): a list and a 批示 item made by hand, numbered, 签收 on the task editor's
督办 tab, reported on its Progress tab and closed from the checklist — through the real dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from services.operations import items as item_ops
from tests.gui.waiting import settle
from ui.supervision_dialogs import NewItemDialog, NewListDialog
from ui.supervision_items import ItemsDialog
from ui.task_editor import TaskEditorDialog


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """The texts of the message boxes shown (an error keeps the dialog open), none of them blocking."""
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def new_list(context, qtbot) -> int:
    dialog = NewListDialog(context)
    qtbot.add_widget(dialog)
    dialog.title_edit.setText("2024年领导批示督办事项")
    dialog.save()
    settle(context)
    assert dialog.result() == NewListDialog.DialogCode.Accepted
    return dialog.plan_id


def item_dialog(context, qtbot, plan_id: int, title: str, number: str = "") -> NewItemDialog:
    dialog = NewItemDialog(context, plan_id=plan_id)
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.source.setCurrentIndex(dialog.source.findText("批示"))
    dialog.title_edit.setText(title)
    dialog.lead.setText("区发改委")
    dialog.leader.setCurrentText("宋涯")
    dialog.assigned.setDate(QDate(2024, 7, 1))
    assert dialog.no_due.isChecked()  # no due date unless one is given
    dialog.no_due.setChecked(False)
    dialog.due.setDate(QDate(2024, 9, 30))
    dialog.number.setText(number)
    return dialog


def test_a_批示_item_is_created_numbered_signed_reported_and_closed(
    window, context, plan_id, qtbot, messages
):
    list_id = new_list(context, qtbot)
    dialog = item_dialog(context, qtbot, list_id, "落实设备更新批示")
    assert "督〔2024〕1号" in dialog.number.placeholderText()  # the number it will get, before saving
    dialog.save()
    settle(context)
    assert dialog.result() == NewItemDialog.DialogCode.Accepted and messages == []
    item_id = dialog.item_id
    view = item_ops.item(context.ledger, item_id)
    assert (view.assigned_on, view.due_on, view.lead_units) == (
        date(2024, 7, 1),
        date(2024, 9, 30),
        ("区发改委",),
    )
    assert (view.supervision_no, view.source_label, view.leader, view.state) == (
        "督〔2024〕1号",
        "批示",
        "宋涯",
        "assigned",
    )

    # A second item with the same number is refused and the dialog keeps what was typed.
    again = item_dialog(context, qtbot, list_id, "另一项批示", number="督〔2024〕1号")
    again.save()
    settle(context)
    assert again.isVisible() and again.title_edit.text() == "另一项批示"
    assert any("督办编号 督〔2024〕1号 已被事项" in m for m in messages)
    again.close()

    editor = TaskEditorDialog(context, item_id)
    qtbot.add_widget(editor)
    editor.show()
    tab = editor.supervision_tab
    assert tab.number.text() == "督〔2024〕1号" and tab.leader.currentText() == "宋涯"
    tab.signed_on.setDate(QDate(2024, 7, 3))
    tab.signed_by.setCurrentIndex(tab.signed_by.findText("区发改委"))
    tab.sign_button.click()
    settle(context)
    assert "签收" in tab.state.text() and not tab.sign_button.isEnabled()
    assert context.peek_undo() is not None
    view = item_ops.item(context.ledger, item_id)
    assert (view.state, view.signed_on, view.signed_by) == ("signed", date(2024, 7, 3), "区发改委")

    editor.progress_tab.reported_on.setDate(QDate(2024, 8, 1))
    editor.progress_tab.percent.setValue(60)
    editor.progress_tab.situation.setPlainText("已完成调研，正在制定方案")
    editor.progress_tab.record_button.click()
    settle(context)
    assert item_ops.item(context.ledger, item_id).state == "reported"
    assert "反馈" in tab.state.text() and "2024-08-01" in tab.state.text()
    editor.close()

    checklist = window.show_view("checklist")
    checklist.reload()
    qtbot.waitUntil(
        lambda: checklist.model.row_of_id(item_id) is not None and not checklist._loading, timeout=5000
    )
    checklist.select_id(item_id)
    checklist.close_action.trigger()
    settle(context)
    view = item_ops.item(context.ledger, item_id)
    assert (view.state, view.closed_on) == ("closed", date.today())

    listing = ItemsDialog(context)
    qtbot.add_widget(listing)
    listing.state.setCurrentIndex(listing.state.findData("closed"))
    assert listing.table.rowCount() == 1 and listing.table.item(0, 0).text() == "督〔2024〕1号"
    listing.state.setCurrentIndex(listing.state.findData("signed"))
    assert listing.table.rowCount() == 0


def test_bad_input_keeps_the_dialog_open_with_a_chinese_message(context, plan_id, qtbot, messages):
    list_id = new_list(context, qtbot)
    for change, message in (
        (lambda d: d.lead.setText("区农业局"), "不在单位名录中"),
        (lambda d: d.due.setDate(QDate(2024, 6, 1)), "早于交办日期"),
        (lambda d: d.number.setText("二〇二四年十二号"), "无法识别"),
        (lambda d: d.title_edit.clear(), "事项名称不能为空"),
    ):
        dialog = item_dialog(context, qtbot, list_id, "事项")
        change(dialog)
        dialog.save()
        settle(context)
        assert dialog.isVisible() and message in messages[-1]
        dialog.close()
    assert item_ops.items(context.ledger, list_id) == []


def test_the_checklist_offers_the_item_actions(window, context, plan_id, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(NewItemDialog, "exec", lambda d: opened.append(d.plan.currentData()) or 0)
    checklist = window.show_view("checklist")
    names = [a.text() for a in checklist.item_actions]
    assert len(names) == 3
    checklist.tree.select_scope(plan_id, None)
    checklist.item_actions[1].trigger()
    assert opened == [plan_id]


def test_every_key_an_item_writes_to_the_change_log_has_a_label(ledger, plan_id, tmp_path) -> None:
    from services.ledger.changelog import history
    from services.ledger.supervision import ItemDraft, add_item, create_list, edit_item, sign
    from services.storage.database import user_action
    from ui.task_history import FIELD_LABELS, TECHNICAL_KEYS

    with user_action(ledger) as session:
        list_id = create_list(session, "会议议定事项")
        item_id = add_item(
            session, list_id, ItemDraft("事项", "会议", ("区发改委",), assigned_on=date(2024, 7, 1))
        )
        sign(session, item_id, date(2024, 7, 2), "区发改委")
        edit_item(session, item_id, number="区委督〔2024〕9号", leader="张三", source="批示")
        changes = history(session, "task", item_id)
    assert {c.action for c in changes} == {"create", "supervise", "sign"}
    keys = {key for change in changes for key in (*change.before, *change.after)}
    assert keys - set(FIELD_LABELS) - TECHNICAL_KEYS == set()
