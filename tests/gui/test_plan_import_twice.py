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
