"""A clerk's review of the import, end to end (session 28): Enter confirms a field and imports nothing, a quantity
that is no number is a message and no program error, the yellow count follows the corrections, marking by hand
given up returns to the review, ticks are not dropped without asking, a second import while one is read waits,
a dropped file that is no plan gets the reader's word on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from services.errors import InvalidValue
from services.ledger.rows import list_plans
from services.plans.importing import parse_document
from services.plans.parser.serialize import typed_date
from services.storage.database import user_action
from tests.gui.test_plan_marking import _tick
from tests.unit.test_plan_marked import UNNUMBERED
from ui.plan_marking import MarkMeasuresDialog
from ui.plan_review import PlanReviewDialog

PLAN = """某区2026年专项整治工作方案
一、整改任务
（一）路面坑槽破损，完成修复30处。
（二）施工现场无安全警示标识，增设标识10块。
（三）增设路灯20盏。（责任单位：区城管局）
（四）清理占道经营。（责任单位：区市场监管局）
"""


@pytest.fixture(autouse=True)
def _no_question_left_open(monkeypatch):
    """A review with corrections asks before it closes; at a test's end nobody is there to answer."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)


def _dialog(tmp_path, qtbot):
    path = tmp_path / "整治方案.txt"
    path.write_text(PLAN, encoding="utf-8")
    dialog = PlanReviewDialog(parse_document(path), set(), None)
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def _measure(dialog, row):
    return dialog.tree.topLevelItem(0).child(row)


def test_enter_in_a_field_confirms_it_and_imports_nothing(tmp_path, qtbot):
    dialog = _dialog(tmp_path, qtbot)
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.tree.setCurrentItem(_measure(dialog, 0))
    dialog.lead.setFocus()
    dialog.lead.setText("区交通局")  # (typed: keyClicks of CJK text aborts the offscreen platform)
    qtbot.keyClick(dialog.lead, Qt.Key.Key_Return)
    assert dialog.isVisible() and not accepted
    assert _measure(dialog, 0).text(1) == "区交通局"  # the field is confirmed, the tree shows it
    qtbot.keyClick(dialog.item_title, Qt.Key.Key_Enter)
    assert dialog.isVisible() and not accepted
    # the keyboard path to import: Ctrl+Enter
    qtbot.keyClick(dialog.lead, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert accepted


def _type_quantity(dialog, text):
    dialog.targets.item(0, 1).setText(text)


def test_a_quantity_that_is_no_number_is_said_and_kept_until_put_right(tmp_path, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.plan_review.show_error", lambda parent, exc: shown.append(str(exc)))
    dialog = _dialog(tmp_path, qtbot)
    dialog.tree.setCurrentItem(_measure(dialog, 0))
    assert dialog.targets.item(0, 1).text() == "30"
    _type_quantity(dialog, "三十")  # used to raise out of the slot: the program-error dialog
    assert "“数量”应填数字" in dialog.doubt_label.text()
    # leaving the measure is refused with the message; the typed text stays for the clerk to put right
    dialog.tree.setCurrentItem(_measure(dialog, 1))
    assert dialog.tree.currentItem() is _measure(dialog, 0)
    assert shown and "三十" in shown[-1]
    assert dialog.targets.item(0, 1).text() == "三十"
    # a lead typed meanwhile still reaches the tree
    dialog.lead.setText("区交通局")
    dialog.lead.editingFinished.emit()
    assert _measure(dialog, 0).text(1) == "区交通局"
    # Import names the measure
    try:
        dialog.plan()
    except InvalidValue as exc:
        assert exc.message.startswith("一 路面坑槽破损")
    else:
        raise AssertionError("a quantity that is no number was imported")
    _type_quantity(dialog, "35")
    dialog.tree.setCurrentItem(_measure(dialog, 1))
    assert dialog.tree.currentItem() is _measure(dialog, 1)
    assert dialog.plan().measures[0].targets[0].quantity == 35


def test_the_yellow_count_follows_the_corrections(tmp_path, qtbot):
    dialog = _dialog(tmp_path, qtbot)
    before = dialog.summary.text()
    assert "2 measures are highlighted" in before or "2 项措施" in before
    dialog.tree.setCurrentItem(_measure(dialog, 0))
    dialog.lead.setText("区交通局")
    dialog.lead.editingFinished.emit()
    assert "1 measures are highlighted" in dialog.summary.text() or "1 项措施" in dialog.summary.text()


def test_typed_dates_in_the_ways_clerks_write_them():
    assert {typed_date(v).isoformat() for v in ("2022-9-25", "2022/9/25", "2022年9月25日", "2022.9.25")} == {
        "2022-09-25"
    }


def test_marking_given_up_returns_to_the_review_as_the_clerk_left_it(
    window, qtbot, monkeypatch, ledger, tmp_path
):
    from tests.gui.test_plan_marking import _edited

    path = tmp_path / "安排.txt"
    path.write_text(_edited(UNNUMBERED), encoding="utf-8")
    reviews: list[PlanReviewDialog] = []

    def review(dialog):
        reviews.append(dialog)
        if len(reviews) == 1:
            dialog.title.setText("改过的标题")  # a correction made before going to mark by hand
            return PlanReviewDialog.REMARK
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PlanReviewDialog, "exec", review)
    monkeypatch.setattr(MarkMeasuresDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    with qtbot.wait_signal(window.plan_actions.imported, timeout=20000):
        window.plan_actions.import_file(path)
    assert len(reviews) == 2 and reviews[0] is reviews[1]  # the same review, shown again
    with user_action(ledger) as s:
        (plan,) = list_plans(s)
    assert plan.title == "改过的标题"


def test_ticked_lines_are_not_dropped_without_asking(qtbot, monkeypatch):
    asked = []

    def answer(box):
        asked.append(box.text())
        return 0  # the box closed on its default: keep marking

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialog = MarkMeasuresDialog("安排.txt", tuple(UNNUMBERED.split("\n")), None)
    qtbot.add_widget(dialog)
    dialog.show()
    _tick(dialog, {2})
    dialog.reject()
    assert asked and dialog.isVisible()
    dialog.lines_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    _tick(dialog, set())
    for row in range(dialog.lines_list.count()):
        dialog.lines_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.reject()  # nothing ticked or edited: closes at once
    assert len(asked) == 1 and not dialog.isVisible()


def test_a_second_import_while_one_is_read_waits(window, qtbot, monkeypatch, tmp_path):
    messages = []
    window.context.status_message.connect(messages.append)
    reviews = []
    monkeypatch.setattr(
        PlanReviewDialog, "exec", lambda self: reviews.append(self) or QDialog.DialogCode.Rejected
    )
    path = tmp_path / "整治方案.txt"
    path.write_text(PLAN, encoding="utf-8")
    window.plan_actions.import_file(path)
    window.plan_actions.import_file(path)  # a second drop before the first is read
    window.context.runner.wait()
    qtbot.waitUntil(lambda: len(reviews) == 1, timeout=20000)
    qtbot.wait(200)
    assert len(reviews) == 1 and any("读" in m or "read" in m for m in messages)
    window.plan_actions.import_file(path)  # once read, the next import goes ahead
    window.context.runner.wait()
    qtbot.waitUntil(lambda: len(reviews) == 2, timeout=20000)


def test_a_dropped_file_that_is_no_plan_gets_a_message(window, qtbot, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr("ui.plan_actions.show_error", lambda parent, exc: shown.append(str(exc)))
    path = tmp_path / "通知.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0old word file")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    window.context.runner.wait()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert ".docx" in shown[0]


def test_a_word_task_tables_dates_and_helpers_are_read_and_shown(tmp_path, qtbot):
    """A real Word table whose 完成时限 cells read `2017年1月份`: each task due at its month's end, and the
    review's task-table tab shows the helpers and the deadline the store will keep."""
    import docx

    word = docx.Document()
    word.add_paragraph("某镇2017年专项整治工作方案")
    word.add_paragraph("一、工作要求")
    word.add_paragraph("1.各村要加强组织领导。（责任单位：镇党政办）")
    word.add_paragraph("二、专项整治安排表")
    table = word.add_table(rows=1, cols=5)
    for cell, label in zip(
        table.rows[0].cells, ["序号", "任务", "牵头单位", "责任单位", "完成时限"], strict=True
    ):
        cell.text = label
    for number, task, month in ((1, "烟花爆竹安全生产专项整治", 1), (2, "道路交通安全专项整治", 2)):
        row = table.add_row().cells
        row[0].text, row[1].text, row[2].text, row[3].text = str(number), task, "安监站", "派出所"
        row[4].text = f"2017年{month}月份"
    path = tmp_path / "安排表.docx"
    word.save(path)
    document = parse_document(path)
    rows = document.plan.task_table
    assert [[d.due.isoformat() for d in r.deadlines] for r in rows] == [["2017-01-31"], ["2017-02-28"]]
    dialog = PlanReviewDialog(document, set(), None, new_units=3)
    qtbot.add_widget(dialog)
    shown = dialog.task_table
    headers = [shown.horizontalHeaderItem(c).text() for c in range(shown.columnCount())]
    assert headers[-2:] == ["Co-responsible units", "Deadline"]
    assert [shown.item(0, c).text() for c in (3, 4, 5)] == ["安监站", "派出所", "2017-01-31"]
    assert "3 unit names are not in the ledger yet" in dialog.summary.text()


def test_the_source_shows_a_table_rows_words_or_nothing(qtbot):
    from ui.source_pane import SourcePane

    pane = SourcePane("二、安排表\n1\t烟花爆竹安全生产专项整治\t安监站\t2017年1月份\n", None)
    qtbot.add_widget(pane)
    pane.show_text(
        "烟花爆竹安全生产专项整治\n完成时限：2017年1月份"
    )  # the measure's text as the table row made it
    assert pane.textCursor().selectedText() == "烟花爆竹安全生产专项整治"
    pane.show_text("不在原文中的措施文字")
    assert pane.textCursor().selectedText() == ""  # not the last row's selection
