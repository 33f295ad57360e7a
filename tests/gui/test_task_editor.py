"""The task editor: no stray widgets for a new task, typed progress never lost, readable history."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHeaderView, QMessageBox, QPlainTextEdit, QTableWidget
from sqlalchemy import func, select

from models import LedgerItem, ProgressEntry
from services.ledger import tasks as task_service
from services.ledger.attachments import add_attachment, remove_attachment
from services.ledger.changelog import history
from services.ledger.corrections import correct_entry, void_entry
from services.ledger.milestones import add_milestone, mark_reached
from services.ledger.progress import ProgressReport, progress_history, record_progress
from services.ledger.reminders import mark_handled
from services.storage.database import user_action
from tests.gui.waiting import settle
from ui.task_editor import TaskEditorDialog
from ui.task_history import FIELD_LABELS, TECHNICAL_KEYS, Wording, change_lines

LONG_TITLE = "推进医疗卫生设备更新，到2027年更新医疗设备226台（套），重点支持县级医院和基层医疗卫生机构"


@pytest.fixture
def item_id(ledger, plan_id) -> int:
    with user_action(ledger) as session:
        return session.scalars(select(LedgerItem.id).where(LedgerItem.number == "2")).one()


class Questions:
    """Stands in for the user at every QMessageBox: clicks the button of `role` (none: as if Escape was
    pressed) and keeps the texts, for the test to check (an assert in here would crash inside Qt)."""

    def __init__(self) -> None:
        self.role: QMessageBox.ButtonRole | None = None
        self.asked: list[str] = []

    def exec(self, box: QMessageBox) -> int:
        self.asked.append(box.text())
        for button in box.buttons():
            if box.buttonRole(button) == self.role:
                button.click()
                break
        return 0


@pytest.fixture
def questions(monkeypatch) -> Questions:
    answers = Questions()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers.exec(box))
    return answers


@pytest.fixture
def open_editor(qtbot, context, questions):
    """Opens (shows) task editors; afterwards closes them, discarding what a test left typed in them."""
    dialogs = []

    def open_(item_id, **kwargs) -> TaskEditorDialog:
        dialog = TaskEditorDialog(context, item_id, **kwargs)
        qtbot.add_widget(dialog)
        dialog.show()
        dialogs.append(dialog)
        return dialog

    yield open_
    questions.role = QMessageBox.ButtonRole.DestructiveRole
    for dialog in dialogs:
        dialog.close()


def type_progress(dialog: TaskEditorDialog, situation: str = "已完成第一批招标") -> None:
    dialog.progress_tab.percent.setValue(60)
    dialog.progress_tab.situation.setPlainText(situation)
    dialog.progress_tab.next_steps.setPlainText("启动第二批招标")


def entries(ledger, item_id):
    with ledger.session_factory() as session:
        return progress_history(session, item_id)


def test_new_task_dialog_has_no_stray_widgets(open_editor, plan_id, questions):
    dialog = open_editor(None, plan_id=plan_id)
    assert dialog.tabs.count() == 1
    tables = [t for t in dialog.findChildren(QTableWidget) if t.isVisible()]
    assert all(dialog.tabs.isAncestorOf(t) for t in tables)
    dialog.title_edit.setText("新任务")
    dialog.save()
    settle(dialog.context)
    assert dialog.result() == TaskEditorDialog.DialogCode.Accepted
    assert questions.asked == []


def test_existing_task_keeps_every_tab_inside_the_tab_widget(open_editor, item_id):
    dialog = open_editor(item_id)
    assert dialog.tabs.count() == 7  # details, targets, progress, milestones, 督办, attachments, history
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        tables = [t for t in dialog.findChildren(QTableWidget) if t.isVisible()]
        assert tables == [] or all(dialog.tabs.isAncestorOf(t) for t in tables)


def test_save_records_typed_progress_in_the_same_save(open_editor, context, ledger, item_id, questions):
    dialog = open_editor(item_id)
    dialog.title_edit.setText("推进医疗设备更新")
    type_progress(dialog)
    questions.role = QMessageBox.ButtonRole.AcceptRole  # Record and save
    dialog.save()
    settle(dialog.context)
    assert len(questions.asked) == 1
    assert dialog.result() == TaskEditorDialog.DialogCode.Accepted
    [entry] = entries(ledger, item_id)
    assert (entry.progress, entry.situation, entry.next_steps) == (60, "已完成第一批招标", "启动第二批招标")
    with ledger.session_factory() as session:
        assert task_service.get_item(session, item_id).title == "推进医疗设备更新"
    assert context.peek_undo() is not None


def test_save_can_discard_or_cancel_typed_progress(open_editor, ledger, item_id, questions):
    dialog = open_editor(item_id)
    type_progress(dialog)
    questions.role = QMessageBox.ButtonRole.RejectRole  # Cancel: nothing saved, the dialog stays
    dialog.save()
    settle(dialog.context)
    assert dialog.isVisible() and entries(ledger, item_id) == []
    questions.role = QMessageBox.ButtonRole.DestructiveRole  # Discard this progress
    dialog.save()
    settle(dialog.context)
    assert not dialog.isVisible() and entries(ledger, item_id) == []


def test_a_bad_figure_in_typed_progress_stops_the_save(open_editor, ledger, item_id, questions):
    dialog = open_editor(item_id)
    dialog.title_edit.setText("不应保存")
    dialog.progress_tab.done_total.setText("八十")
    questions.role = QMessageBox.ButtonRole.AcceptRole  # Record and save, then the error's OK
    dialog.save()
    settle(dialog.context)
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.progress_tab
    with ledger.session_factory() as session:
        assert task_service.get_item(session, item_id).title != "不应保存"


def test_closing_with_typed_progress_asks_first(open_editor, ledger, item_id, questions):
    dialog = open_editor(item_id)
    type_progress(dialog)
    questions.role = QMessageBox.ButtonRole.RejectRole  # Keep editing
    dialog.reject()
    assert dialog.isVisible() and len(questions.asked) == 1
    questions.role = QMessageBox.ButtonRole.DestructiveRole  # Discard
    dialog.close()
    assert not dialog.isVisible() and entries(ledger, item_id) == []


def test_closing_untouched_dialog_asks_nothing(open_editor, item_id, questions):
    dialog = open_editor(item_id)
    dialog.reject()
    assert not dialog.isVisible() and questions.asked == []


def test_record_button_keeps_typed_details(open_editor, ledger, item_id, questions):
    dialog = open_editor(item_id)
    dialog.title_edit.setText("推进医疗设备更新")
    type_progress(dialog)
    dialog.progress_tab.record()
    settle(dialog.context)
    assert dialog.title_edit.text() == "推进医疗设备更新"
    assert not dialog.progress_tab.has_input()
    dialog.save()  # the report bumped the task's version; the save must not call that a conflict
    settle(dialog.context)
    assert dialog.result() == TaskEditorDialog.DialogCode.Accepted and questions.asked == []
    with ledger.session_factory() as session:
        assert task_service.get_item(session, item_id).title == "推进医疗设备更新"


def test_progress_table_shows_next_steps_with_full_text_tooltips(open_editor, ledger, item_id):
    situation = "已完成第一批医疗设备招标采购，共计80台（套），其中县级医院45台，基层医疗卫生机构35台。"
    with user_action(ledger) as session:
        record_progress(
            session,
            item_id,
            ProgressReport(date(2024, 9, 30), 40, situation=situation, next_steps="10月底前启动第二批"),
        )
    dialog = open_editor(item_id)
    table = dialog.progress_tab.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    next_steps = next(c for c, h in enumerate(headers) if h in ("Next steps", "下步计划"))
    assert table.item(0, next_steps).text() == "10月底前启动第二批"
    assert table.item(0, 3).toolTip() == situation
    for edit in (dialog.progress_tab.situation, dialog.progress_tab.problems, dialog.progress_tab.next_steps):
        assert isinstance(edit, QPlainTextEdit)
        assert edit.height() >= 3 * edit.fontMetrics().lineSpacing()


def test_long_title_shows_its_start(open_editor, ledger, item_id):
    with user_action(ledger) as session:
        task_service.edit_task(session, item_id, None, title=LONG_TITLE)
    dialog = open_editor(item_id)
    assert dialog.title_edit.text() == LONG_TITLE
    assert dialog.title_edit.cursorPosition() == 0


def test_targets_fill_the_width_and_the_blank_row_grows(open_editor, item_id):
    dialog = open_editor(item_id)
    header = dialog.targets.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    rows = dialog.targets.rowCount()
    assert dialog.targets.verticalHeaderItem(rows - 1).text() == "+"
    dialog.targets.item(rows - 1, 0).setText("新增目标")
    assert dialog.targets.rowCount() == rows + 1


def test_attachments_empty_hint_then_columns(open_editor, item_id, tmp_path):
    dialog = open_editor(item_id)
    dialog.tabs.setCurrentWidget(dialog.attachments_tab)
    tab = dialog.attachments_tab
    assert tab.empty_hint.isVisible() and not tab.files.isVisible()
    evidence = tmp_path / "佐证材料.pdf"
    evidence.write_bytes(b"x" * 5000)
    tab.add_files([evidence])
    settle(tab.context)
    assert tab.files.isVisible() and not tab.empty_hint.isVisible()
    assert [tab.files.item(0, c).text() for c in range(2)] == ["佐证材料.pdf", "5 KB"]


WORDING = Wording(
    {key: key.upper() for key in FIELD_LABELS}, {"status": {"open": "OPEN", "closed": "CLOSED"}}
)


def test_change_lines_name_fields_and_hide_internals():
    lines = change_lines(
        {"progress": None, "latest_situation": None, "target_done": None},
        {"progress": 40, "latest_situation": "已招标", "entry_id": 1},
        WORDING,
    )
    assert lines == ["PROGRESS：（空） → 40%", "LATEST_SITUATION：（空） → 已招标"]
    lines = change_lines({"co_units": []}, {"co_units": ["区工信局", "区财政局"]}, WORDING)
    assert lines == ["CO_UNITS：（空） → 区工信局、区财政局"]
    assert change_lines({"status": "open"}, {"status": "closed"}, WORDING) == ["STATUS：OPEN → CLOSED"]
    english = Wording(WORDING.labels, {}, "(empty)", "{field}: {old} → {new}", "{field}: {value}")
    assert change_lines({"due_on": None}, {"due_on": "2025-01-01"}, english) == [
        "DUE_ON: (empty) → 2025-01-01"
    ]


def test_change_lines_for_created_removed_and_undone():
    created = {"number": None, "title": "新任务", "lead_units": ["区发改委"], "co_units": []}
    assert change_lines({}, created, WORDING) == ["TITLE：新任务", "LEAD_UNITS：区发改委"]
    assert change_lines({"file_name": "a.pdf"}, {}, WORDING) == ["FILE_NAME：a.pdf"]
    assert change_lines({"change_id": 7}, {"progress": None}, WORDING) == []
    assert change_lines({"change_id": 7}, {"title": "旧"}, WORDING) == ["TITLE：旧"]
    assert change_lines({}, {"attachment_id": 3}, WORDING) == []


def test_history_tab_shows_labels_with_full_detail_tooltip(open_editor, ledger, item_id):
    with user_action(ledger) as session:
        record_progress(session, item_id, ProgressReport(date(2024, 9, 30), 40, situation="已招标"))
    table = open_editor(item_id).history_tab.table
    detail = table.item(0, 3)
    assert "entry_id" not in detail.text() and "None" not in detail.text()
    assert detail.toolTip().count("\n") == 1  # progress and situation, one line each
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance("2026-11-30 01:39")


def test_a_target_edit_shows_in_the_history_and_one_undo_takes_it_back(open_editor, context, ledger, item_id):
    dialog = open_editor(item_id)
    dialog.targets.item(0, 3).setText("12")
    dialog.save()
    settle(dialog.context)
    with user_action(ledger) as session:
        change = history(session, "task", item_id)[0]
    lines = change_lines(change.before, change.after, WORDING)
    assert len(lines) == 1 and lines[0].startswith("TARGETS：") and "（完成 12）" in lines[0]
    entry = context.pop_undo()
    assert entry.change_id == change.id  # the save is one undo step
    with user_action(ledger) as session:
        task_service.revert_change(session, entry.change_id)
    with user_action(ledger) as session:
        assert [t.done for t in task_service.get_item(session, item_id).targets] == [None]


def test_every_key_the_task_change_log_writes_has_a_label(ledger, plan_id, item_id, tmp_path, data_dir):
    evidence = tmp_path / "a.pdf"
    evidence.write_bytes(b"pdf")
    with user_action(ledger) as session:
        new_id = task_service.create_task(
            session, plan_id, None, task_service.TaskDraft("新任务", co_units=("区工信局",))
        )
        edit = task_service.edit_task(
            session,
            item_id,
            None,
            title="改",
            domain="医疗",
            due_on=date(2025, 1, 1),
            targets=[task_service.TargetEdit(None, "新增救护车", 5, "辆", None)],
        )
        task_service.revert_change(session, edit)  # undo refuses once a later change touched the task
        task_service.close_task(session, item_id)
        task_service.reopen_task(session, item_id)
        record_progress(session, item_id, ProgressReport(date(2024, 9, 1), 30, 1, 2, "情况"))
        remove_attachment(session, add_attachment(session, item_id, evidence, data_dir))
        mark_handled(session, item_id, "已电话催办")
        entry_id = session.scalar(select(ProgressEntry.id).where(ProgressEntry.item_id == item_id))
        correct_entry(session, entry_id, ProgressReport(date(2024, 9, 1), 35), "笔误")
        void_entry(session, session.scalar(select(func.max(ProgressEntry.id))), "重复")
        mark_reached(
            session, add_milestone(session, item_id, date(2025, 6, 30), "上半年完成招标"), date(2025, 6, 1)
        )
        task_service.delete_task(session, new_id)
        changes = history(session, "task", item_id) + history(session, "task", new_id)
    keys = {key for change in changes for key in (*change.before, *change.after)}
    assert keys - set(FIELD_LABELS) - TECHNICAL_KEYS == set()


def test_void_a_history_entry_from_the_progress_tab(open_editor, ledger, item_id, monkeypatch, qtbot):
    from PySide6.QtWidgets import QInputDialog

    with user_action(ledger) as session:
        record_progress(session, item_id, ProgressReport(date(2024, 9, 30), 40, situation="报错了"))
    dialog = open_editor(item_id)
    actions = dialog.progress_tab.entry_actions
    assert not actions.void_button.isEnabled()  # nothing selected yet
    dialog.progress_tab.table.selectRow(0)
    assert actions.void_button.isEnabled() and actions.correct_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("单位报错，已核实", True))
    actions.void_button.click()
    qtbot.waitUntil(lambda: dialog.progress_tab.table.item(0, 0).font().strikeOut(), timeout=5000)
    assert "单位报错，已核实" in dialog.progress_tab.table.item(0, 0).toolTip()
    with user_action(ledger) as session:
        assert session.scalar(select(ProgressEntry.void_reason)) == "单位报错，已核实"
        assert task_service.get_item(session, item_id).progress is None
    dialog.progress_tab.table.selectRow(0)
    assert not actions.void_button.isEnabled()  # a voided entry is not voided twice


def test_milestones_tab_adds_and_marks_a_step(open_editor, ledger, item_id):
    dialog = open_editor(item_id)
    tab = dialog.milestones_tab
    tab.due.setDate(QDate(2025, 6, 30))
    tab.words.setText("上半年完成第一批招标")
    tab.add_button.click()
    settle(tab.context)
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "上半年完成第一批招标"
    tab.table.selectRow(0)
    assert tab.reached_button.isEnabled()
    tab.reached_button.click()
    settle(tab.context)
    assert tab.table.item(0, 2).text() == date.today().isoformat()
    tab.table.selectRow(0)
    assert not tab.reached_button.isEnabled()


def test_a_unit_field_completes_the_name_typed_after_the_last_separator(context, plan_id, ledger, qtbot):
    dialog = TaskEditorDialog(context, None, plan_id=plan_id)
    qtbot.add_widget(dialog)
    completer = dialog.lead.completer()
    dialog.lead.setText("区发改委、卫健")
    assert completer.splitPath(dialog.lead.text()) == ["卫健"]
    completer.setCompletionPrefix("卫健")
    assert completer.currentIndex().data() == "区卫健委"
    # Chosen, it replaces only the half-typed name.
    assert completer.currentCompletion() == "区发改委、区卫健委"


def test_progress_over_the_target_is_asked_about_before_it_is_recorded(
    open_editor, ledger, item_id, questions
):
    dialog = open_editor(item_id)  # 推进医疗卫生设备更新: 226台（套）
    dialog.progress_tab.done_total.setText("2260")
    questions.role = QMessageBox.ButtonRole.RejectRole  # go back and correct
    dialog.progress_tab.record()
    settle(dialog.context)
    assert any("超过目标 226" in text for text in questions.asked)
    assert entries(ledger, item_id) == [] and dialog.progress_tab.done_total.text() == "2260"
    questions.role = QMessageBox.ButtonRole.AcceptRole  # record anyway
    dialog.progress_tab.record()
    settle(dialog.context)
    assert [e.done_total for e in entries(ledger, item_id)] == [2260]


def test_a_done_figure_above_its_target_is_asked_about_before_saving(open_editor, ledger, item_id, questions):
    from PySide6.QtWidgets import QTableWidgetItem

    dialog = open_editor(item_id)
    dialog.targets.setItem(0, 3, QTableWidgetItem("3200"))
    questions.role = QMessageBox.ButtonRole.RejectRole
    dialog.save()
    settle(dialog.context)
    assert any("完成 3200 超过目标 226" in text for text in questions.asked)
    with ledger.session_factory() as session:
        assert task_service.get_item(session, item_id).targets[0].done is None
