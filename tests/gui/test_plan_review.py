from __future__ import annotations

from PySide6.QtWidgets import QDialog

from services.ledger import LedgerFilter, list_plans, query_ledger
from services.plan_import import parse_document, sample_plan_path
from services.storage import user_action
from ui.plan_review import PlanReviewDialog


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
    assert document.plan["items"][3]["lead_units"] == ["区发改委"]  # the parse itself is untouched
    from services.plan_import import store_document

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
