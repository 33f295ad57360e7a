"""Importing a plan that is already in the ledger asks first: a second copy doubles tasks and reminders."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from services.ledger.rows import list_plans
from services.plans.importing import earlier_imports, import_plan_file, parse_document, sample_plan_path
from services.storage.database import user_action


def test_earlier_imports_match_the_same_text_or_title(ledger, tmp_path):
    document = parse_document(sample_plan_path())
    with user_action(ledger) as s:
        assert earlier_imports(s, document) == []
        plan_id = import_plan_file(s, sample_plan_path())
    # The same plan re-typed with another line ending still matches by its title.
    copy = tmp_path / "海门方案-另存.txt"
    copy.write_text(sample_plan_path().read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="utf-8")
    with user_action(ledger) as s:
        assert [e.plan_id for e in earlier_imports(s, parse_document(copy))] == [plan_id]


def test_a_second_import_asks_and_no_keeps_one_copy(window, qtbot, monkeypatch, ledger):
    asked = []

    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", answer)
    with qtbot.wait_signal(window.plan_actions.imported, timeout=20000):
        window.plan_actions.open_sample()
    assert asked == []  # the first import asks nothing
    window.plan_actions.open_sample()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    window.context.runner.wait()
    qtbot.wait(100)
    assert "already imported" in asked[0] or "已于" in asked[0]
    with user_action(ledger) as s:
        assert len(list_plans(s)) == 1


def test_a_second_import_goes_ahead_when_the_clerk_says_yes(window, qtbot, monkeypatch, ledger):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    for _ in range(2):
        with qtbot.wait_signal(window.plan_actions.imported, timeout=20000):
            window.plan_actions.open_sample()
    with user_action(ledger) as s:
        assert len(list_plans(s)) == 2


def test_marking_by_hand_from_the_review_asks_about_a_second_copy_once(
    window, qtbot, monkeypatch, ledger, tmp_path
):
    from PySide6.QtWidgets import QDialog

    from tests.gui.test_plan_marking import _edited, _tick
    from tests.unit.test_plan_marked import UNNUMBERED
    from ui.plan_marking import MarkMeasuresDialog
    from ui.plan_review import PlanReviewDialog

    path = tmp_path / "安排.txt"
    path.write_text(_edited(UNNUMBERED), encoding="utf-8")
    monkeypatch.setattr(PlanReviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with qtbot.wait_signal(window.plan_actions.imported, timeout=20000):
        window.plan_actions.import_file(path)
    asked, reviews = [], []

    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    def review(dialog):
        # The second copy's review sends the clerk to marking twice over; the third review imports.
        reviews.append(dialog)
        return PlanReviewDialog.REMARK if len(reviews) < 3 else QDialog.DialogCode.Accepted

    def mark(dialog):
        _tick(dialog, {2})
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(PlanReviewDialog, "exec", review)
    monkeypatch.setattr(MarkMeasuresDialog, "exec", mark)
    with qtbot.wait_signal(window.plan_actions.imported, timeout=20000):
        window.plan_actions.import_file(path)
    assert len(reviews) == 3 and len(asked) == 1 and "安排" in asked[0]
    with user_action(ledger) as s:
        assert len(list_plans(s)) == 2


def test_no_to_a_second_copy_before_marking_by_hand_stops_the_import(window, qtbot, monkeypatch, ledger):
    from PySide6.QtWidgets import QDialog

    from ui.plan_review import PlanReviewDialog

    with qtbot.wait_signal(window.plan_actions.imported, timeout=20000):
        window.plan_actions.open_sample()
    asked, reviews = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(
        PlanReviewDialog, "exec", lambda self: reviews.append(self) or QDialog.DialogCode.Accepted
    )
    window.plan_actions.import_file(sample_plan_path())
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    window.context.runner.wait()
    qtbot.wait(100)
    assert len(asked) == 1 and reviews == []
    with user_action(ledger) as s:
        assert len(list_plans(s)) == 1


def test_a_refused_document_imported_before_asks_before_the_marking(
    window, qtbot, monkeypatch, ledger, tmp_path
):
    """(clerk review, session 29) The second-copy question came only after the clerk had marked the measures by
    hand again, and 否 threw that work away: it is asked first, and 否 opens no marking."""
    from PySide6.QtWidgets import QDialog

    from tests.gui.test_plan_marking import _tick
    from tests.unit.test_plan_marked import UNNUMBERED
    from ui.plan_marking import MarkMeasuresDialog
    from ui.plan_review import PlanReviewDialog

    path = tmp_path / "安排.txt"
    path.write_text(UNNUMBERED, encoding="utf-8")
    markings, asked = [], []

    def mark(dialog):
        markings.append(dialog)
        _tick(dialog, {2, 3})
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MarkMeasuresDialog, "exec", mark)
    monkeypatch.setattr(PlanReviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with qtbot.wait_signal(window.plan_actions.imported, timeout=20000):
        window.plan_actions.import_file(path)
    assert len(markings) == 1
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.No
    )
    window.plan_actions.import_file(path)
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    window.context.runner.wait()
    qtbot.wait(100)
    assert len(markings) == 1 and "安排" in asked[0]
    with user_action(ledger) as s:
        assert len(list_plans(s)) == 1


def test_a_plan_just_imported_is_the_one_the_checklist_shows(window, qtbot, monkeypatch, ledger, tmp_path):
    """(clerk review, session 29) After a second import the table sorted every plan's rows together by 序号:
    the new plan is selected in 方案与章节, so the table shows what came in."""
    from PySide6.QtWidgets import QDialog

    from ui.plan_review import PlanReviewDialog

    monkeypatch.setattr(PlanReviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with qtbot.wait_signal(window.plan_actions.imported, timeout=20000):
        window.plan_actions.open_sample()
    path = tmp_path / "某区停车治理方案.txt"
    path.write_text(
        "某区停车治理方案\n一、主要任务\n1.新建公共停车位500个。（牵头单位：区交通委）\n"
        "2.整治占道停车。（牵头单位：区城管局）\n",
        encoding="utf-8",
    )
    with qtbot.wait_signal(window.plan_actions.imported, timeout=20000) as imported:
        window.plan_actions.import_file(path)
    plan_id = imported.args[0]
    with qtbot.wait_signal(window.checklist.loaded, timeout=20000):
        window.checklist.reload()
    qtbot.waitUntil(lambda: window.checklist.model.rowCount() > 0, timeout=20000)
    assert window.checklist.tree.scope() == (plan_id, None)
    assert window.checklist.current_filter().plan_id == plan_id
