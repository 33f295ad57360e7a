from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from services.ledger.rows import LedgerFilter, list_plans, query_ledger
from services.plans.importing import ParsedDocument, parse_document, sample_plan_path
from services.plans.parser.model import ParsedItem
from services.plans.parser.serialize import from_json
from services.storage.database import user_action
from tests.conftest import SMALL_PLAN
from ui.plan_review import PlanReviewDialog
from ui.plan_review_display import numbered_title


def test_review_shows_the_tree_and_edits_reach_the_store(ledger, qtbot):
    document = parse_document(sample_plan_path())
    dialog = PlanReviewDialog(document, {"区发改委"}, None)
    qtbot.add_widget(dialog)
    assert "32" in dialog.summary.text() and "16" in dialog.summary.text() and "24" in dialog.summary.text()
    first_section = dialog.tree.topLevelItem(1)  # 二、实施设备更新行动
    measure = first_section.child(0).child(0)
    assert measure.text(0).startswith("1. 加快重点行业设备更新") and measure.text(1) == "区发改委"
    assert measure.background(0).color().name() == "#fbe9a6"  # 区发改委 flagged as a new unit
    dialog.tree.setCurrentItem(measure)
    assert dialog.editor.isEnabled() and dialog.lead.text() == "区发改委"
    assert "加快重点行业设备更新" in dialog.source.textCursor().selectedText()
    dialog.lead.setText("区发改委、区工信局")
    dialog.deadlines.setText("2024-12-31")
    dialog.targets.item(0, 1).setText("90")
    dialog._store_edits()
    assert measure.text(1) == "区发改委、区工信局"
    confirmed = dialog.confirmed_document()
    assert document.plan.items[3].lead_units == ("区发改委",)  # the parse itself is untouched
    assert confirmed.plan.items[3].lead_units == ("区发改委", "区工信局")
    from services.plans.importing import store_document

    with user_action(ledger) as s:
        plan_id = store_document(s, confirmed)
    with user_action(ledger) as s:
        rows = {
            r.number: r for r in query_ledger(s, LedgerFilter(plan_id=plan_id, kinds=frozenset({"measure"})))
        }
    assert rows["1"].lead_units == ("区发改委", "区工信局")
    assert rows["1"].targets[0].quantity == 90


def test_import_flow_through_the_window_with_review(window, qtbot, monkeypatch, ledger):
    monkeypatch.setattr(PlanReviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    actions = window.plan_actions
    with qtbot.wait_signal(actions.imported, timeout=20000):
        actions.import_file(sample_plan_path())
    assert actions.last_review is not None
    with user_action(ledger) as s:
        assert [p.measures for p in list_plans(s)] == [32]


def test_cancelled_review_stores_nothing(window, qtbot, monkeypatch, ledger):
    monkeypatch.setattr(PlanReviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.plan_actions.import_file(sample_plan_path())
    qtbot.waitUntil(lambda: window.plan_actions.last_review is not None, timeout=20000)
    window.context.runner.wait()
    qtbot.wait(100)
    with user_action(ledger) as s:
        assert list_plans(s) == []


def test_a_refused_file_shows_its_message_and_stores_nothing(window, qtbot, monkeypatch, ledger, tmp_path):
    shown = []
    monkeypatch.setattr("ui.plan_actions.show_error", lambda parent, exc: shown.append(str(exc)))
    scanned = tmp_path / "扫描件.pdf"
    scanned.write_bytes(b"%PDF-1.4 scanned image")
    window.plan_actions.import_file(scanned)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "扫描件.pdf" in shown[0]
    with user_action(ledger) as s:
        assert list_plans(s) == []


def test_numbers_are_shown_as_the_document_writes_them(qtbot):
    document = parse_document(sample_plan_path())
    dialog = PlanReviewDialog(document, set(), None)
    qtbot.add_widget(dialog)
    section = dialog.tree.topLevelItem(1)
    assert section.text(0) == "二、实施设备更新行动"
    assert section.child(0).text(0) == "（一）推动制造业设备更新与技术改造"
    assert section.child(0).child(0).text(0) == "1. 加快重点行业设备更新和技术改造"
    # A plan whose top headings are （一）: level 1 by the parse, still （一） on screen.
    heading = ParsedItem("section", 1, "一", "总体要求")
    assert numbered_title(heading, "（一）总体要求\n1.加快…") == "（一）总体要求"
    assert numbered_title(heading, "一、总体要求\n") == "一、总体要求"
    sub = ParsedItem("measure", 2, "2", "建库", "（2）建库。")
    assert numbered_title(sub, "") == "（2）建库"
    # A 办法's articles and chapters keep their marks: 第三章 and 第三条 would both read 三、
    rules = "第三章 附则\n第三条 县应急管理局履行下列职责：\n"
    assert numbered_title(ParsedItem("section", 1, "三", "附则"), rules) == "第三章 附则"
    article = ParsedItem("section", 1, "三", "县应急管理局履行下列职责：")
    assert numbered_title(article, rules) == "第三条 县应急管理局履行下列职责："
    paragraph = ParsedItem("measure", 1, "四", "县住建局负责…。", "第四条 县住建局负责…。")
    assert numbered_title(paragraph, "") == "第四条 县住建局负责…。"


def test_columns_show_their_full_text_and_hints_are_not_values(qtbot):
    document = parse_document(sample_plan_path())
    dialog = PlanReviewDialog(document, set(), None)
    qtbot.add_widget(dialog)
    dialog.show()
    measures = dialog.tree.topLevelItem(1).child(2)  # （三）: 8. has three lead units
    measure = next(
        measures.child(n) for n in range(measures.childCount()) if "、" in measures.child(n).text(1)
    )
    assert measure.toolTip(1).startswith(measure.text(1))
    font_width = dialog.tree.fontMetrics().horizontalAdvance(measure.text(1))
    assert font_width > dialog.tree.columnWidth(1)  # cut short on screen: the tooltip is the only full view
    assert not re.fullmatch(r"[\d-]+", dialog.issued_on.placeholderText())  # a hint, not a date
    assert not re.search(r"\d", dialog.deadlines.placeholderText())
    dialog.tree.setCurrentItem(measure)
    header = dialog.targets.horizontalHeader()
    assert header.length() <= dialog.targets.viewport().width()
    assert dialog.targets.height() >= 150


def test_summary_names_highlighted_measures_only_when_there_are_some(qtbot):
    plan = from_json(SMALL_PLAN)
    dialog = PlanReviewDialog(ParsedDocument("小.txt", "", plan), set(), None)
    qtbot.add_widget(dialog)
    assert dialog.summary.text().startswith("3 measures") and "yellow" not in dialog.summary.text()
    flagged = PlanReviewDialog(ParsedDocument("小.txt", "", plan), {"区卫健委"}, None)
    qtbot.add_widget(flagged)
    assert "1 measures are highlighted in yellow" in flagged.summary.text()


def test_roster_and_task_table_can_be_read_before_importing(qtbot):
    document = parse_document(sample_plan_path())
    dialog = PlanReviewDialog(document, set(), None)
    qtbot.add_widget(dialog)
    assert [dialog.tabs.tabText(n) for n in range(3)] == [
        "Measures",
        "Task table (16)",
        "Leadership group (24)",
    ]
    assert [dialog.roster.item(0, c).text() for c in range(4)] == [
        "组长",
        "宋涯",
        "区委常委、区政府副区长",
        "区政府",
    ]
    assert dialog.task_table.rowCount() == 16
    assert dialog.task_table.item(1, 3).text() == "发改委"
    assert not dialog.task_table.item(1, 2).flags() & Qt.ItemFlag.ItemIsEditable


def test_review_shades_the_text_placed_in_no_measure_and_says_how_much(qtbot, tmp_path):
    path = tmp_path / "方案.txt"
    path.write_text(
        "某区推进老旧小区改造实施方案\n一、重点任务\n"
        "推动改造工作，要坚持政府引导、居民自愿、市场运作的原则，一是先民生后提升，二是先地下后地上。\n"
        "（一）完成老旧小区改造12个。（牵头单位：区住建局）\n（二）新建城市公园2处。（牵头单位：区城管局）\n",
        encoding="utf-8",
    )
    dialog = PlanReviewDialog(parse_document(path), set(), None)
    qtbot.add_widget(dialog)
    assert "1 paragraphs of the text are in no measure" in dialog.summary.text() or "另有 1 段" in (
        dialog.summary.text()
    )
    shaded = [s.cursor.selectedText() for s in dialog.source.extraSelections()]
    assert shaded == [
        "推动改造工作，要坚持政府引导、居民自愿、市场运作的原则，一是先民生后提升，二是先地下后地上。"
    ]


def test_a_long_doubt_never_lies_over_the_targets_on_a_laptop(qtbot):
    """A measure with six targets and a doubt of four lines, on 1366×720: the doubt stands first, above the
    title, whole and in view without scrolling (session 25: below a tall targets table it was out of view), and
    no row is squeezed over another."""
    from pathlib import Path

    from PySide6.QtCore import QRect

    path = Path(__file__).parents[1] / "data" / "plans" / "heldout66" / "ak24_pingtan_huanweisheshi.txt"
    dialog = PlanReviewDialog(parse_document(path), set(), None)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(1366, 720)
    qtbot.wait(100)
    measure = dialog.tree.topLevelItem(1).child(
        0
    )  # （一）2015年，建设10座垃圾转运站: targets and a long doubt
    dialog.tree.setCurrentItem(measure)
    qtbot.wait(300)
    doubt, box = dialog.doubt_label, dialog.editor
    assert dialog.targets.rowCount() >= 6 and len(doubt.text()) > 60

    def within_box(widget) -> QRect:
        return QRect(widget.mapTo(box, widget.rect().topLeft()), widget.size())

    assert within_box(doubt).bottom() < within_box(dialog.item_title).top()
    assert within_box(dialog.item_title).bottom() < within_box(dialog.targets).top()
    assert doubt.height() >= doubt.heightForWidth(doubt.width()) - 2
    assert doubt.visibleRegion().boundingRect().height() >= doubt.height() - 2  # not scrolled out of view
