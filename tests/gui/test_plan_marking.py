"""A plan with no numbered measures: the clerk ticks where measures start, and import goes on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from services.ledger.rows import LedgerFilter, list_plans, query_ledger
from services.storage.database import user_action
from tests.unit.test_plan_marked import UNNUMBERED
from ui.plan_marking import LINE_ROLE, MarkMeasuresDialog
from ui.plan_review import PlanReviewDialog


def _tick(dialog: MarkMeasuresDialog, wanted: set[int]) -> None:
    for row in range(dialog.lines_list.count()):
        item = dialog.lines_list.item(row)
        if item.data(LINE_ROLE) in wanted:
            item.setCheckState(Qt.CheckState.Checked)


def test_ticked_lines_are_the_marked_measures(qtbot):
    lines = tuple(UNNUMBERED.split("\n"))
    dialog = MarkMeasuresDialog("安排.txt", lines, None)
    qtbot.add_widget(dialog)
    assert dialog.lines_list.count() == sum(
        1 for line in lines if line.strip()
    )  # blank lines are not offered
    assert not dialog.read_button.isEnabled()
    _tick(dialog, {3, 2})
    assert dialog.marked_lines() == [2, 3]
    assert dialog.read_button.isEnabled() and "2" in dialog.count.text()


def test_a_document_without_numbered_measures_imports_after_marking(
    window, qtbot, monkeypatch, ledger, tmp_path
):
    path = tmp_path / "安排.txt"
    path.write_text(UNNUMBERED, encoding="utf-8")

    def tick_and_accept(dialog: MarkMeasuresDialog):
        _tick(dialog, {2, 3})
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MarkMeasuresDialog, "exec", tick_and_accept)
    monkeypatch.setattr(PlanReviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    shown = []
    monkeypatch.setattr("ui.plan_actions.show_error", lambda parent, exc: shown.append(str(exc)))
    actions = window.plan_actions
    with qtbot.wait_signal(actions.imported, timeout=20000):
        actions.import_file(path)
    assert actions.last_marking is not None and not shown
    with user_action(ledger) as s:
        (plan,) = list_plans(s)
        rows = query_ledger(s, LedgerFilter(plan_id=plan.id))
    assert plan.measures == 2
    assert sorted((tuple(r.lead_units), tuple(r.co_units)) for r in rows if r.kind == "measure") == [
        (("区住建局",), ("各街道",)),
        (("区城管局",), ()),
    ]


def test_cancelled_marking_stores_nothing(window, qtbot, monkeypatch, ledger, tmp_path):
    path = tmp_path / "安排.txt"
    path.write_text(UNNUMBERED, encoding="utf-8")
    monkeypatch.setattr(MarkMeasuresDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.plan_actions.import_file(path)
    qtbot.waitUntil(lambda: window.plan_actions.last_marking is not None, timeout=20000)
    window.context.runner.wait()
    with user_action(ledger) as s:
        assert list_plans(s) == []
