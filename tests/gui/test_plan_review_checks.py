"""The review checks the plan before it closes: what the store would refuse (no title, a date that is not
a date) is said while the clerk's corrections are still on screen."""

from __future__ import annotations

from services.plans.importing import parse_document, sample_plan_path
from ui import plan_review
from ui.plan_review import PlanReviewDialog


def test_a_plan_without_title_keeps_the_review_open_with_the_corrections(qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(plan_review, "show_error", lambda parent, exc, *a: said.append(str(exc)))
    dialog = PlanReviewDialog(parse_document(sample_plan_path()), set(), None)
    qtbot.add_widget(dialog)
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.show()
    measure = dialog.tree.topLevelItem(1).child(0).child(0)
    dialog.tree.setCurrentItem(measure)
    dialog.lead.setText("区发改委、区工信局")  # a correction the clerk made
    dialog.title.setText("")
    dialog.import_button.click()
    assert said and ("没有标题" in said[0] or "no title" in said[0])
    assert dialog.isVisible() and not accepted
    assert dialog.lead.text() == "区发改委、区工信局"
    dialog.title.setText("南通市海门区推动大规模设备更新行动方案")
    dialog.import_button.click()
    assert accepted
    assert dialog.confirmed_document().plan.items[3].lead_units == ("区发改委", "区工信局")


def test_a_deadline_that_is_not_a_date_is_said_before_closing(qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(plan_review, "show_error", lambda parent, exc, *a: said.append(str(exc)))
    dialog = PlanReviewDialog(parse_document(sample_plan_path()), set(), None)
    # Left open with a correction: hidden before teardown closes it, which would ask about discarding it.
    qtbot.add_widget(dialog, before_close_func=lambda widget: widget.hide())
    dialog.show()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1).child(0).child(0))
    dialog.deadlines.setText("年底前")
    dialog.import_button.click()
    assert said and "格式不对" in said[0] and dialog.isVisible()
