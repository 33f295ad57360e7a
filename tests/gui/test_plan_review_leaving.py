"""Leaving the review (marking by hand, Cancel, Escape) with corrections made asks first; staying is the
default and keeps every correction on screen. Without corrections nothing is asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton

from services.plans.importing import parse_document, sample_plan_path
from ui.plan_review import PlanReviewDialog


@pytest.fixture
def review(qtbot):
    dialog = PlanReviewDialog(parse_document(sample_plan_path()), set(), None)
    # Closed at teardown without the question: hidden first, as after its exec() returned.
    qtbot.add_widget(dialog, before_close_func=lambda widget: widget.hide())
    dialog.show()
    return dialog


@pytest.fixture
def answers(monkeypatch):
    """The clerk's answers in turn ("stay" or "leave"); each question asked is recorded."""
    queued: list[str] = []
    asked: list[dict] = []

    def answer(box: QMessageBox) -> int:
        (leave,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
        stay = box.defaultButton()
        asked.append({"text": box.text(), "stay_is_default": stay is not leave})
        assert box.escapeButton() is stay  # Escape on the question stays too
        (stay if queued.pop(0) == "stay" else leave).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return queued, asked


def _button(dialog: PlanReviewDialog, text: str) -> QPushButton:
    (button,) = [b for b in dialog.findChildren(QPushButton) if b.text().startswith(text)]
    return button


def _correct_a_lead(dialog: PlanReviewDialog) -> None:
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1).child(0).child(0))
    dialog.lead.setText("区发改委、区工信局")
    dialog.lead.editingFinished.emit()


def test_marking_by_hand_without_corrections_asks_nothing(review, answers):
    _queued, asked = answers
    # Looking at a measure, and leaving its fields as they were, is no correction.
    review.tree.setCurrentItem(review.tree.topLevelItem(1).child(0).child(0))
    review.lead.editingFinished.emit()
    review.targets.itemChanged.emit(review.targets.item(0, 1))
    assert not review.has_corrections()
    _button(review, "Mark the measures by hand").click()
    assert asked == [] and review.result() == PlanReviewDialog.REMARK


def test_marking_by_hand_after_a_correction_asks_and_staying_keeps_it(review, answers):
    queued, asked = answers
    _correct_a_lead(review)
    queued.append("stay")
    _button(review, "Mark the measures by hand").click()
    assert len(asked) == 1 and "Mark the measures by hand anyway?" in asked[0]["text"]
    assert asked[0]["stay_is_default"]
    assert review.isVisible() and review.result() != PlanReviewDialog.REMARK
    assert review.lead.text() == "区发改委、区工信局"
    assert review.confirmed_document().plan.items[3].lead_units == ("区发改委", "区工信局")
    queued.append("leave")
    _button(review, "Mark the measures by hand").click()
    assert len(asked) == 2 and review.result() == PlanReviewDialog.REMARK


def test_a_correction_still_being_typed_counts(review, answers):
    queued, asked = answers
    review.tree.setCurrentItem(review.tree.topLevelItem(1).child(0).child(0))
    review.deadlines.setText("2024-12-31")  # typed, the field not left yet
    queued.append("stay")
    _button(review, "Mark the measures by hand").click()
    assert len(asked) == 1 and review.isVisible() and review.deadlines.text() == "2024-12-31"


def test_cancel_and_escape_with_corrections_ask_before_closing(review, answers, qtbot):
    queued, asked = answers
    review.title.setText("海门区设备更新方案（修正）")
    cancel = review.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    queued.append("stay")
    cancel.click()
    assert len(asked) == 1 and "Close the review anyway?" in asked[0]["text"] and review.isVisible()
    queued.append("stay")
    qtbot.keyClick(review, Qt.Key.Key_Escape)
    assert len(asked) == 2 and review.isVisible()
    assert review.title.text() == "海门区设备更新方案（修正）"
    queued.append("leave")
    cancel.click()
    assert len(asked) == 3 and not review.isVisible() and review.result() == QDialog.DialogCode.Rejected


def test_cancel_without_corrections_closes_at_once(review, answers):
    _queued, asked = answers
    review.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert asked == [] and not review.isVisible() and review.result() == QDialog.DialogCode.Rejected
