"""The ledger import's mapping preview: a changed column mapping changes the rows shown; the whole flow
(File menu → preview → plan review → store) stores the ledger as a plan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog

from services.ledger.rows import list_plans
from services.plans.ledger_import import open_ledger_file
from services.storage.database import user_action
from tests.unit import ledger_books
from ui import screen_fit
from ui.ledger_import_dialog import LedgerMappingDialog
from ui.plan_review import PlanReviewDialog

LEAD, CO, PROGRESS, TASK = 3, 4, 7, 2  # preview columns


def cell(dialog: LedgerMappingDialog, row: int, column: int) -> str:
    item = dialog.preview.item(row, column)
    return item.text() if item else ""


def choose(dialog: LedgerMappingDialog, column: int, field: str) -> None:
    combo = dialog.combos[column]
    combo.setCurrentIndex(combo.findData(field))


def test_changing_a_column_mapping_changes_the_preview(qtbot, tmp_path):
    ledger = open_ledger_file(ledger_books.supervision_ledger(tmp_path / "督查台账.xlsx"))
    dialog = LedgerMappingDialog(ledger)
    qtbot.add_widget(dialog)
    assert [c.currentData() for c in dialog.combos] == [
        "seq",
        "task",
        "leader",
        "lead",
        "co",
        "due",
        "progress",
    ]
    assert (
        dialog.columns.item(1, 0).text() == "重点任务"
        and "推进重点行业设备更新" in dialog.columns.item(1, 2).text()
    )
    # Row 0 is the section 一、产业转型升级; row 1 the first task.
    assert cell(dialog, 0, TASK) == "产业转型升级"
    assert cell(dialog, 1, LEAD) == "区发改委" and cell(dialog, 1, CO) == "区工信局、区财政局"
    assert cell(dialog, 1, PROGRESS) == "已完成项目45个，完成投资12亿元"

    choose(dialog, 6, "skip")  # 进展情况 not imported
    assert cell(dialog, 1, PROGRESS) == ""
    choose(dialog, 4, "lead")  # 配合单位 read as leads
    assert cell(dialog, 1, LEAD) == "区发改委、区工信局、区财政局" and cell(dialog, 1, CO) == ""
    assert dialog.mapping()[4] == "lead" and dialog.mapping()[6] == "skip"

    choose(dialog, 1, "skip")  # no task column: said, and nothing to go on with
    assert dialog.problem.isVisibleTo(dialog) and "任务" in dialog.problem.text()
    assert not dialog.next_button.isEnabled() and dialog.preview.rowCount() == 0
    choose(dialog, 1, "task")
    assert dialog.next_button.isEnabled() and cell(dialog, 1, TASK).startswith("推进重点行业设备更新")


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_the_preview_fits_the_office_laptop(qtbot, tmp_path, monkeypatch, scale):
    area = QRect(0, 0, int(1366 / scale), int(728 / scale))  # 1366×768 less the taskbar, scaled
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: area)
    dialog = LedgerMappingDialog(open_ledger_file(ledger_books.two_row_header_ledger(tmp_path / "l.xlsx")))
    qtbot.add_widget(dialog)
    assert dialog.width() + screen_fit.FRAME.width() <= area.width()
    assert dialog.height() + screen_fit.FRAME.height() <= area.height()


def test_the_file_menu_flow_stores_the_ledger_as_a_plan(window, qtbot, monkeypatch, ledger, tmp_path):
    seen = {}

    def accept_mapping(dialog):
        seen["rows"] = dialog.preview.rowCount()
        return QDialog.DialogCode.Accepted

    def accept_review(dialog):
        seen["review"] = dialog.tree.topLevelItemCount()
        # A ledger has no text to mark measures in: the plan review's 手动标记措施… is not offered.
        seen["mark by hand"] = dialog.remark_button.isVisibleTo(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LedgerMappingDialog, "exec", accept_mapping)
    monkeypatch.setattr(PlanReviewDialog, "exec", accept_review)
    from ui.ledger_import_dialog import LedgerImport

    flow = LedgerImport(window.context, window, window.plan_actions.confirm_second_copy)
    with qtbot.wait_signal(flow.imported, timeout=20000):
        flow.import_file(ledger_books.supervision_ledger(tmp_path / "督查台账.xlsx"))
    assert seen == {"rows": 5, "review": 2, "mark by hand": False}  # two sections atop the review tree
    with user_action(ledger) as session:
        assert [p.title for p in list_plans(session)] == ["2024年全区重点工作督查台账"]
