"""Issue 14: corrections with 留痕, figures checked as the import checks them, undo that never overwrites
a newer change."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from models import ChangeLog, LedgerItem, ProgressEntry
from services.documents.ledger_export import write_ledger
from services.errors import EditConflict, InvalidValue
from services.ledger.corrections import correct_entry, corrections, void_entry
from services.ledger.progress import ProgressReport, progress_history, progress_warnings, record_progress
from services.ledger.stats import load_plan_rows
from services.ledger.tasks import edit_task, revert_change
from services.returns.importing import undo_batch
from services.returns.template import PROGRESS
from services.storage.database import user_action
from tests.unit.returns_fill import commit, fill, make_round, preview, template_of

HEALTH = "推进医疗卫生设备更新"  # target 226台（套）, 区卫健委


def _item(session) -> LedgerItem:
    return session.scalar(select(LedgerItem).where(LedgerItem.title == HEALTH))


def _record(ledger, **figures) -> int:
    with user_action(ledger) as session:
        record_progress(session, _item(session).id, ProgressReport(date(2024, 9, 30), **figures))
        return session.scalar(select(ChangeLog.id).order_by(ChangeLog.id.desc()).limit(1))


def test_voiding_an_entry_keeps_it_and_the_task_shows_the_one_before(ledger, plan_id):
    _record(ledger, progress=30, done_total=60, situation="招标完成")
    _record(ledger, progress=90, done_total=600, situation="多报了一位")
    with user_action(ledger) as session:
        wrong = session.scalar(select(ProgressEntry.id).where(ProgressEntry.progress == 90))
        void_entry(session, wrong, "单位多报了一位，电话核实")
    with user_action(ledger) as session:
        item = _item(session)
        assert (item.progress, item.latest_situation, item.targets[0].done) == (30, "招标完成", 60)
        history = progress_history(session, item.id)
    voided = [h for h in history if h.voided]
    assert len(history) == 2 and len(voided) == 1 and "单位多报了一位，电话核实" in voided[0].voided


def test_a_correction_shows_old_and_new_in_history_and_in_the_exported_trace(ledger, plan_id, tmp_path):
    _record(ledger, progress=9, done_total=6)
    with user_action(ledger) as session:
        entry_id = session.scalar(select(ProgressEntry.id))
        new_id, _change = correct_entry(
            session, entry_id, ProgressReport(date(2024, 9, 30), progress=90, done_total=60), "少打一个零"
        )
    with user_action(ledger) as session:
        item = _item(session)
        assert (item.progress, item.targets[0].done) == (90, 60)
        assert session.get(ProgressEntry, new_id).corrects_id == entry_id
        [trace] = corrections(session, plan_id)
        ledger_rows = load_plan_rows(session, plan_id, as_of=date(2024, 10, 1))
    assert (trace.old, trace.new, trace.reason) == (
        "进度 9%；累计 6",
        "进度 90%；累计 60",
        "更正：少打一个零",
    )
    out = write_ledger(tmp_path / "台账.xlsx", [ledger_rows], as_of=date(2024, 10, 1), corrections=[trace])
    assert "留痕" in out.sheets
    sheet = load_workbook(out.path)["留痕"]
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "进度 9%；累计 6" in values and "进度 90%；累计 60" in values and "更正：少打一个零" in values


def test_no_reason_no_void_and_nothing_voided_twice(ledger, plan_id):
    _record(ledger, progress=30)
    with user_action(ledger) as session:
        entry_id = session.scalar(select(ProgressEntry.id))
        with pytest.raises(InvalidValue, match="原因"):
            void_entry(session, entry_id, "  ")
        void_entry(session, entry_id, "重复录入")
    with pytest.raises(InvalidValue, match="不能再次作废"), user_action(ledger) as session:
        void_entry(session, entry_id, "再来一次")


def test_undoing_a_void_puts_the_entry_back(ledger, plan_id):
    _record(ledger, progress=30)
    with user_action(ledger) as session:
        change = void_entry(session, session.scalar(select(ProgressEntry.id)), "误作废")
    with user_action(ledger) as session:
        revert_change(session, change)
    with user_action(ledger) as session:
        assert _item(session).progress == 30
        assert session.scalar(select(ProgressEntry.voided_at)) is None


def test_editor_warns_as_the_import_does(ledger, plan_id):
    _record(ledger, done_total=100)
    with user_action(ledger) as session:
        item_id = _item(session).id
        over = progress_warnings(session, item_id, ProgressReport(date(2024, 10, 1), done_total=3200))
        falling = progress_warnings(session, item_id, ProgressReport(date(2024, 10, 1), done_total=80))
        fine = progress_warnings(session, item_id, ProgressReport(date(2024, 10, 1), done_total=120))
    assert any("超过目标 226" in w for w in over)
    assert falling == ["累计完成 80 低于上次记录的 100：累计数不应减少，请核实。"]
    assert fine == []


def test_undo_of_a_manual_entry_after_an_import_is_refused(ledger, plan_id, tmp_path):
    """Record progress, import returns on the same task, undo the manual entry: once it emptied the task."""
    change = _record(ledger, progress=30)
    made = make_round(ledger, plan_id, tmp_path / "out")
    commit(
        ledger,
        preview(ledger, fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 70})),
    )
    with pytest.raises(EditConflict, match="记录了进展"), user_action(ledger) as session:
        revert_change(session, change)
    with user_action(ledger) as session:
        assert _item(session).progress == 70


def test_one_pcs_undo_does_not_erase_another_pcs_later_edit(ledger, plan_id):
    with user_action(ledger) as session:  # PC A renames the task
        item = _item(session)
        item_id = item.id
        first = edit_task(session, item_id, item.version, title="推进医疗卫生设备更新（一）")
    with user_action(ledger) as session:  # PC B, later, moves its deadline
        item = session.get(LedgerItem, item_id)
        edit_task(session, item_id, item.version, due_on=date(2027, 6, 30))
    with pytest.raises(EditConflict, match="修改了这项任务"), user_action(ledger) as session:
        revert_change(session, first)  # PC A's undo would put B's deadline back too
    with user_action(ledger) as session:
        assert session.get(LedgerItem, item_id).due_on == date(2027, 6, 30)


def test_undo_newest_first_still_works(ledger, plan_id):
    first = _record(ledger, progress=30)
    second = _record(ledger, progress=50)
    with user_action(ledger) as session:
        revert_change(session, second)
    with user_action(ledger) as session:
        revert_change(session, first)  # the newer edit was undone: nothing newer stands
    with user_action(ledger) as session:
        assert _item(session).progress is None


def test_undoing_an_import_after_a_hand_edit_of_the_task_is_refused(ledger, plan_id, tmp_path):
    made = make_round(ledger, plan_id, tmp_path / "out")
    result = commit(
        ledger,
        preview(ledger, fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 70})),
    )
    with user_action(ledger) as session:
        item = _item(session)
        edit_task(session, item.id, item.version, due_on=date(2027, 6, 30))
    with pytest.raises(EditConflict, match="修改了这项任务"), user_action(ledger) as session:
        undo_batch(session, result.batch_id)
    with user_action(ledger) as session:
        log = session.scalars(select(ChangeLog).where(ChangeLog.action == "edit")).all()
        assert json.loads(log[-1].after)["due_on"] == "2027-06-30"
