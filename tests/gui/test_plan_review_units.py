"""The review screen's help with units: names the measure's text writes as links, names completed as typed, one
measure's units given to the others of its part (with undo)."""

from __future__ import annotations

from itertools import pairwise

from services.plans.importing import parse_document
from ui.plan_review import PlanReviewDialog

PLAN = """某区2026年专项整治工作方案
一、宣传发动
1.组织开展专项整治宣传，营造良好氛围。
2.在主要路段悬挂宣传横幅。
3.编印宣传手册发放到户。
二、整改任务
1.路面坑槽破损。整改措施：责令区公路建设养护中心立即对路面进行修复。
2.施工现场无安全警示标识。整改措施：由区交通建设质量安全监督站责令施工单位立即整改。
"""


def _dialog(tmp_path, qtbot, known=()):
    path = tmp_path / "整治方案.txt"
    path.write_text(PLAN, encoding="utf-8")
    dialog = PlanReviewDialog(parse_document(path), set(), None, known_units=known)
    qtbot.add_widget(dialog)
    return dialog


def _named(dialog):
    """The links row as read: without the word joiners that keep each name on one line."""
    return dialog.editor.named.text().replace("\u2060", "")


def _measure(dialog, part, row):
    return dialog.tree.topLevelItem(part).child(row)


def test_a_name_the_text_writes_is_one_click_from_lead_or_co(tmp_path, qtbot):
    dialog = _dialog(tmp_path, qtbot)
    node = _measure(dialog, 1, 0)
    dialog.tree.setCurrentItem(node)
    assert dialog.lead.text() == ""
    assert ">区公路建设养护中心</a>" in _named(dialog)
    dialog.editor.named.linkActivated.emit("0")  # a plain click: the lead
    assert dialog.lead.text() == "区公路建设养护中心"
    assert node.text(1) == "区公路建设养护中心"
    # the name taken is offered no more; the row says every name is in the fields, not that none is written
    assert "区公路建设养护中心" not in _named(dialog)
    assert "every unit named is in the fields" in _named(dialog)
    # the doubt above the fields is answered at once, not when the measure is selected again
    assert "责任单位" not in dialog.doubt_label.text()
    # Ctrl+click's path: a co-unit, out of the lead (a unit is not both)
    dialog.editor.add_unit("区公路建设养护中心", lead=False)
    assert dialog.lead.text() == "" and dialog.co.text() == "区公路建设养护中心"
    assert dialog.confirmed_document().plan.measures[3].co_units == ("区公路建设养护中心",)


def test_the_measure_names_of_the_ledger_are_completed_and_found(tmp_path, qtbot):
    dialog = _dialog(tmp_path, qtbot, known=["区交通建设质量安全监督站", "区宣传部"])
    assert "区宣传部" in dialog.lead.completer().model().stringList()
    dialog.tree.setCurrentItem(_measure(dialog, 1, 1))
    assert ">区交通建设质量安全监督站</a>" in _named(dialog)


def test_units_given_to_the_part_fill_only_measures_without_a_lead_and_undo(tmp_path, qtbot):
    dialog = _dialog(tmp_path, qtbot)
    first = _measure(dialog, 0, 0)
    dialog.tree.setCurrentItem(first)
    assert not dialog.editor.fill_part.isEnabled()  # nothing to give yet
    dialog.lead.setText("区委宣传部")
    dialog.co.setText("各街道")
    dialog._store_edits()
    assert dialog.editor.fill_part.isEnabled() and "2" in dialog.editor.fill_part.text()
    dialog.editor.fill_part.click()
    assert [_measure(dialog, 0, row).text(1) for row in range(3)] == ["区委宣传部"] * 3
    assert _measure(dialog, 0, 2).text(2) == "各街道"
    assert _measure(dialog, 1, 0).text(1) == ""  # the next part is not this one
    assert not dialog.editor.fill_part.isEnabled()
    dialog.editor.fill_undo.click()
    assert [_measure(dialog, 0, row).text(1) for row in range(3)] == ["区委宣传部", "", ""]
    dialog.editor.fill_part.click()
    measures = dialog.confirmed_document().plan.measures
    assert [m.lead_units for m in measures[:3]] == [("区委宣传部",)] * 3
    assert measures[3].lead_units == ()


def test_undo_restores_only_what_the_fill_wrote_and_outlives_a_look_elsewhere(tmp_path, qtbot):
    dialog = _dialog(tmp_path, qtbot)
    dialog.tree.setCurrentItem(_measure(dialog, 0, 0))
    dialog.lead.setText("区委宣传部")
    dialog._store_edits()
    dialog.editor.fill_part.click()
    # the clerk looks at a filled measure: the undo link stays
    dialog.tree.setCurrentItem(_measure(dialog, 0, 1))
    assert dialog.editor.fill_undo.isVisibleTo(dialog)
    # and corrects it, then corrects the measure the fill came from
    dialog.lead.setText("区文明办")
    dialog._store_edits()
    dialog.tree.setCurrentItem(_measure(dialog, 0, 0))
    dialog.lead.setText("区委宣传部、区文明办")  # typed, not yet stored: undo keeps it
    dialog.editor.fill_undo.click()
    assert [_measure(dialog, 0, row).text(1) for row in range(3)] == ["区委宣传部、区文明办", "区文明办", ""]
    assert dialog.lead.text() == "区委宣传部、区文明办"
    leads = [m.lead_units for m in dialog.confirmed_document().plan.measures[:3]]
    assert leads == [("区委宣传部", "区文明办"), ("区文明办",), ()]


def test_a_list_that_numbers_again_from_1_is_two_groups_and_a_date_keeps_the_doubt(tmp_path, qtbot):
    path = tmp_path / "考务.txt"
    path.write_text(
        "考试工作方案\n1.组织实施考务工作。\n2.培训监考人员。\n3.收发工作标志。\n"
        "1.交接试卷。\n2.保管试卷。\n",
        encoding="utf-8",
    )
    dialog = PlanReviewDialog(parse_document(path), set(), None)
    qtbot.add_widget(dialog)
    first = dialog.tree.topLevelItem(0)
    dialog.tree.setCurrentItem(first)
    doubt = dialog.doubt_label.text()
    dialog.deadlines.setText("2024-09-01")
    dialog._store_edits()
    assert dialog.doubt_label.text() == doubt  # a date typed answers no doubt about the units
    dialog.lead.setText("考务组")
    dialog._store_edits()
    # no heading above: the button says it fills the list, and only up to where the numbering starts again
    assert "2" in dialog.editor.fill_part.text() and "list" in dialog.editor.fill_part.text()
    dialog.editor.fill_part.click()
    leads = [m.lead_units for m in dialog.confirmed_document().plan.measures]
    assert leads == [("考务组",)] * 3 + [(), ()]


def test_names_past_twelve_are_counted_not_hidden(tmp_path, qtbot):
    dialog = _dialog(tmp_path, qtbot)
    dialog.editor.show_names([f"区第{n}局" for n in range(1, 16)])
    text = _named(dialog)
    assert text.count("<a ") == 12 and "and 3 more" in text and "区第13局" not in text


def test_the_fill_is_undone_from_the_keyboard(tmp_path, qtbot):
    from PySide6.QtCore import Qt

    dialog = _dialog(tmp_path, qtbot)
    assert not dialog.editor.fill_undo.isVisibleTo(dialog)  # nothing to undo yet
    dialog.tree.setCurrentItem(_measure(dialog, 0, 0))
    dialog.lead.setText("区委宣传部")
    dialog._store_edits()
    dialog.editor.fill_part.click()
    assert _measure(dialog, 0, 2).text(1) == "区委宣传部"
    # the used fill button is disabled; its undo is a button Tab reaches, Enter takes — and imports nothing
    undo = dialog.editor.fill_undo
    assert undo.isVisibleTo(dialog) and undo.focusPolicy() & Qt.FocusPolicy.TabFocus
    undo.setFocus()
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    qtbot.keyClick(undo, Qt.Key.Key_Return)
    assert [_measure(dialog, 0, row).text(1) for row in range(3)] == ["区委宣传部", "", ""]
    assert not undo.isVisibleTo(dialog) and not accepted


def test_tab_goes_down_the_form_through_the_links_and_the_fill(tmp_path, qtbot):
    editor = _dialog(tmp_path, qtbot).editor
    chain = [editor.co, editor.named, editor.fill_part, editor.fill_undo, editor.deadlines]
    assert [a.nextInFocusChain() is b for a, b in pairwise(chain)] == [True] * 4
