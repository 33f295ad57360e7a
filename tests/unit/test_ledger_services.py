from datetime import date

import pytest
from sqlalchemy import select

from models import Contact, ItemKind, ProgressEntry, Unit
from services.errors import EditConflict, InvalidValue, NotFound
from services.ledger.attachments import add_attachment, list_attachments
from services.ledger.changelog import history
from services.ledger.lights import Light
from services.ledger.progress import ProgressReport, progress_history, record_progress
from services.ledger.rows import LedgerFilter, list_plans, query_ledger
from services.ledger.tasks import (
    TargetEdit,
    TaskDraft,
    close_task,
    create_task,
    delete_task,
    edit_task,
    reopen_task,
    revert_change,
)
from services.storage.database import open_ledger, user_action


def rows_by_number(ledger, as_of, **flt):
    with user_action(ledger) as s:
        return {r.number: r for r in query_ledger(s, LedgerFilter(**flt), as_of=as_of)}


def test_stored_plan_reads_back_with_owners_targets_and_sections(ledger, plan_id, as_of):
    rows = rows_by_number(ledger, as_of)
    assert set(rows) == {"1", "2", "3"}
    first = rows["1"]
    assert first.lead_units == ("区发改委",) and first.co_units == ("各区镇",)
    assert first.section == "（一）推动制造业设备更新"
    assert first.targets[0].quantity == 80 and first.targets[0].unit == "个"
    assert first.recurring == "yearly" and first.due == date(2024, 12, 31)
    # `发改委` in measure 3 is the same unit as `区发改委` in measure 1.
    assert rows["3"].lead_units == ("区发改委",)
    with user_action(ledger) as s:
        units = {u.name for u in s.scalars(select(Unit))}
        assert "发改委" not in units and "区发改委" in units
        assert s.scalar(select(Contact)).name == "宋涯"
        assert [p.measures for p in list_plans(s)] == [3]


def test_lights_in_the_ledger(ledger, plan_id, as_of):
    rows = rows_by_number(ledger, as_of)
    assert rows["3"].light == Light.YELLOW  # due 7-31, 11 days away
    assert rows["2"].light == Light.GREEN
    assert rows_by_number(ledger, date(2024, 8, 1))["3"].light == Light.RED


def test_filters_by_unit_status_due_and_search(ledger, plan_id, as_of):
    with user_action(ledger) as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.name == "区卫健委"))
    assert set(rows_by_number(ledger, as_of, unit_id=unit_id)) == {"2"}
    assert set(rows_by_number(ledger, as_of, search="医疗")) == {"2"}
    assert set(rows_by_number(ledger, as_of, search="发改委")) == {"1", "3"}
    assert set(rows_by_number(ledger, as_of, due_within_days=30)) == {"3"}
    assert set(rows_by_number(ledger, date(2024, 8, 1), overdue=True)) == {"3"}
    assert set(rows_by_number(ledger, as_of, lights=frozenset({Light.YELLOW}))) == {"3"}
    assert rows_by_number(ledger, as_of, status="closed") == {}


def test_edit_is_logged_with_who_and_can_be_undone(ledger, plan_id, as_of):
    row = rows_by_number(ledger, as_of)["2"]
    with user_action(ledger) as s:
        change = edit_task(s, row.id, row.version, title="更新医疗设备", lead_units=("区卫健委", "区财政局"))
    edited = rows_by_number(ledger, as_of)["2"]
    assert edited.title == "更新医疗设备" and edited.lead_units == ("区卫健委", "区财政局")
    with user_action(ledger) as s:
        log = history(s, "task", row.id)[0]
        assert log.action == "edit" and log.who and log.before["title"] == "推进医疗卫生设备更新"
        revert_change(s, change)
    restored = rows_by_number(ledger, as_of)["2"]
    assert restored.title == row.title and restored.lead_units == ("区卫健委",)


def test_target_edits_are_part_of_the_task_edit_and_its_undo(ledger, plan_id, as_of):
    row = rows_by_number(ledger, as_of)["2"]
    first = row.targets[0]
    with user_action(ledger) as s:
        change = edit_task(
            s,
            row.id,
            row.version,
            domain="医疗",
            targets=[
                TargetEdit(first.id, first.text, first.quantity, first.unit, 12),
                TargetEdit(None, "新增救护车", 5, "辆", None),
            ],
        )
        log = history(s, "task", row.id)[0]
    # One entry holds the whole save: the history shows the target change beside the field change.
    assert log.id == change and set(log.after) == {"domain", "targets"}
    assert [t["done"] for t in log.before["targets"]] == [first.done]
    assert [(t["text"], t["done"]) for t in log.after["targets"]] == [(first.text, 12), ("新增救护车", None)]
    edited = rows_by_number(ledger, as_of)["2"]
    assert [(t.quantity, t.unit, t.done) for t in edited.targets] == [
        (first.quantity, first.unit, 12),
        (5, "辆", None),
    ]
    with user_action(ledger) as s:
        revert_change(s, change)
    restored = rows_by_number(ledger, as_of)["2"]
    assert restored.domain == row.domain and restored.targets == row.targets


def test_an_unchanged_save_logs_no_target_change(ledger, plan_id, as_of):
    row = rows_by_number(ledger, as_of)["2"]
    first = row.targets[0]
    with user_action(ledger) as s:
        edit_task(
            s,
            row.id,
            row.version,
            targets=[TargetEdit(first.id, first.text, first.quantity, first.unit, first.done)],
        )
        assert history(s, "task", row.id)[0].after == {}


def test_a_negative_target_figure_is_refused_and_nothing_changes(ledger, plan_id, as_of):
    row = rows_by_number(ledger, as_of)["2"]
    first = row.targets[0]
    with pytest.raises(InvalidValue, match="不能为负数"), user_action(ledger) as s:
        edit_task(
            s, row.id, row.version, title="改名", targets=[TargetEdit(first.id, first.text, -1, None, None)]
        )
    assert rows_by_number(ledger, as_of)["2"] == row


def test_a_yearly_targets_done_counts_afresh_each_year_like_its_progress(ledger, plan_id, as_of):
    row = rows_by_number(ledger, as_of)["1"]
    assert row.recurring == "yearly" and len(row.targets) == 1
    with user_action(ledger) as s:
        record_progress(s, row.id, ProgressReport(date(2024, 9, 1), progress=40, done_total=30))

    def seen(day):
        r = rows_by_number(ledger, day)["1"]
        return r.progress, r.targets[0].done

    assert seen(date(2024, 8, 1)) == (None, None)  # not reported yet on that day
    assert seen(date(2024, 10, 1)) == (40, 30)
    assert seen(date(2025, 3, 1)) == (None, None)  # a new year: last year's 30 is not this year's


def test_an_edit_based_on_an_old_version_is_refused(ledger, plan_id, as_of):
    row = rows_by_number(ledger, as_of)["2"]
    with user_action(ledger) as s:
        edit_task(s, row.id, row.version, title="甲电脑的修改")
    with pytest.raises(EditConflict, match="已被其他人修改"), user_action(ledger) as s:
        edit_task(s, row.id, row.version, title="乙电脑的修改")
    assert rows_by_number(ledger, as_of)["2"].title == "甲电脑的修改"


def test_close_reopen_delete_and_undo_delete(ledger, plan_id, as_of):
    row = rows_by_number(ledger, as_of)["3"]
    with user_action(ledger) as s:
        close_task(s, row.id, on=date(2024, 7, 25))
    assert rows_by_number(ledger, as_of)["3"].light == Light.GREY
    with user_action(ledger) as s:
        reopen_task(s, row.id)
        deleted = delete_task(s, row.id)
    assert "3" not in rows_by_number(ledger, as_of)
    with user_action(ledger) as s:
        revert_change(s, deleted)
    assert rows_by_number(ledger, as_of)["3"].status == "open"


def test_progress_history_is_kept_and_undo_removes_the_entry(ledger, plan_id, as_of):
    row = rows_by_number(ledger, as_of)["2"]
    with user_action(ledger) as s:
        record_progress(
            s, row.id, ProgressReport(date(2024, 7, 1), progress=20, done_total=40, situation="采购中")
        )
        record_progress(
            s, row.id, ProgressReport(date(2024, 8, 1), progress=35, done_total=80, situation="已招标")
        )
        last_change = history(s, "task", row.id)[0].id
    current = rows_by_number(ledger, as_of)["2"]
    assert current.progress == 35 and current.targets[0].done == 80 and current.latest_situation == "已招标"
    with user_action(ledger) as s:
        assert [e.progress for e in progress_history(s, row.id)] == [35, 20]
        revert_change(s, last_change)
        assert len(s.scalars(select(ProgressEntry)).all()) == 1
    assert rows_by_number(ledger, as_of)["2"].targets[0].done == 40


def test_bad_values_are_refused_with_a_message(ledger, plan_id, as_of):
    row = rows_by_number(ledger, as_of)["2"]
    with pytest.raises(InvalidValue, match="0 到 100"), user_action(ledger) as s:
        record_progress(s, row.id, ProgressReport(date(2024, 7, 1), progress=120))
    with pytest.raises(InvalidValue, match="不能为空"), user_action(ledger) as s:
        edit_task(s, row.id, None, title="  ")
    with pytest.raises(NotFound), user_action(ledger) as s:
        edit_task(s, 99999, None, title="x")


def test_create_task_under_a_section(ledger, plan_id, as_of):
    with user_action(ledger) as s:
        new_id = create_task(
            s,
            plan_id,
            1,
            TaskDraft(title="新增任务", number="9", due_on=date(2024, 9, 30), lead_units=("区商务局",)),
        )
    row = rows_by_number(ledger, as_of)["9"]
    assert row.id == new_id and row.kind == ItemKind.TASK and row.section == "一、实施设备更新行动"


def test_attachments_are_copied_into_the_data_folder(ledger, plan_id, data_dir, tmp_path, as_of):
    evidence = tmp_path / "照片.jpg"
    evidence.write_bytes(b"\xff\xd8 fake jpeg")
    row = rows_by_number(ledger, as_of)["1"]
    with user_action(ledger) as s:
        add_attachment(s, row.id, evidence, data_dir)
        views = list_attachments(s, row.id, data_dir)
    evidence.unlink()
    assert views[0].file_name == "照片.jpg" and views[0].path.read_bytes() == b"\xff\xd8 fake jpeg"
    with pytest.raises(InvalidValue, match="找不到文件"), user_action(ledger) as s:
        add_attachment(s, row.id, tmp_path / "missing.pdf", data_dir)


def test_conflicting_edit_on_another_pc_is_caught(db_url, ledger, plan_id):
    """Two PCs read version 1 of the same task; the second save gets a conflict, not an overwrite."""
    other_pc = open_ledger(db_url)
    try:
        with user_action(ledger) as s:
            row = query_ledger(s, LedgerFilter())[0]
        with user_action(other_pc) as s:
            edit_task(s, row.id, row.version, title="乙电脑改的")
        with pytest.raises(EditConflict), user_action(ledger) as s:
            edit_task(s, row.id, row.version, title="甲电脑改的")
    finally:
        other_pc.dispose()
