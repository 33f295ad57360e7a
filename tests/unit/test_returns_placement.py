"""Issue 13: a return never puts figures on the wrong unit or task, and drops nothing without a word."""

from __future__ import annotations

import copy
import os
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from models import LedgerItem, ProgressEntry, ProgressReturn
from services.errors import ReturnRejected
from services.ledger.co_leads import FIRST_LEAD
from services.plans.store import store_plan
from services.returns.importing import commit_returns
from services.returns.rounds import RETURNED, WAITING, get_round, plan_return_tasks, round_status
from services.returns.template import (
    COMPLETED,
    COMPLETED_ON,
    DONE_TOTAL,
    HIDDEN_SHEET,
    PROGRESS,
    SHEET_TITLE,
    SITUATION,
    build_template,
)
from services.storage.database import user_action
from tests.conftest import SMALL_PLAN
from tests.unit.returns_fill import COLUMN_INDEX, commit, fill, make_round, preview, task_rows, template_of


@pytest.fixture
def made(ledger, plan_id, tmp_path):
    return make_round(ledger, plan_id, tmp_path / "out")


def warnings(file):
    return [p for p in file.problems if p.level == "warning"]


def test_another_units_form_with_its_own_name_is_warned_and_named(ledger, made, tmp_path):
    """区工信局 filled in 区发改委's form, changed the 填报单位 line and named the file after itself."""

    def own_name(wb):
        wb[SHEET_TITLE]["A2"] = "填报单位：区工信局　　报送期次：2024年第3季度"

    path = fill(
        template_of(made, "区发改委"),
        tmp_path / "区工信局进展情况.xlsx",
        lambda _i: {PROGRESS: 70},
        edit=own_name,
    )
    [file] = preview(ledger, path)
    assert file.unit == "区发改委"  # the form's tasks are 发改委's: booked there, but not in silence
    [warning] = [w for w in warnings(file) if "填报单位不一致" in w.message]
    assert "表头“填报单位”为“区工信局”" in warning.message
    assert "文件名为“区工信局”" in warning.message
    assert file.count("warning") >= 1  # the dialog leaves a file with warnings unticked


def test_the_units_own_form_raises_no_identity_warning(ledger, made, tmp_path):
    path = fill(template_of(made, "区发改委"), tmp_path / "区发改委-报送.xlsx", lambda _i: {PROGRESS: 70})
    [file] = preview(ledger, path)
    assert warnings(file) == []


def test_an_edited_id_that_names_another_task_stops_the_row(ledger, made, tmp_path):
    """The clerk typed item 6's id into item 3's row: neither row may move onto the other task."""

    def retype_id(wb):
        ws = wb[SHEET_TITLE]
        rows = task_rows(ws)
        ws.cell(row=rows[3], column=1, value=6)

    path = fill(
        template_of(made, "区发改委"), tmp_path / "r.xlsx", lambda i: {PROGRESS: 30 + i}, edit=retype_id
    )
    [file] = preview(ledger, path)
    assert {u.item_id: u.progress for u in file.updates} == {6: 36}
    [stopped] = [p for p in file.problems if "无法判断本行的数字属于哪项任务" in p.message]
    assert stopped.where.column == "A"


@pytest.mark.parametrize("error", ["#VALUE!", "#DIV/0!", "#N/A", "#REF!"])
def test_excel_error_values_are_never_imported(ledger, made, tmp_path, error):
    path = fill(
        template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {SITUATION: error, PROGRESS: error}
    )
    [file] = preview(ledger, path)
    assert file.updates == ()
    messages = [p.message for p in warnings(file)]
    assert sum(error in m and "公式出错" in m for m in messages) == 2


def test_wan_and_yi_are_scaled_and_said(ledger, made, tmp_path):
    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {DONE_TOTAL: "2.5万"})
    [file] = preview(ledger, path)
    assert file.updates[0].done_total == 25_000
    assert any("“2.5万”按 25,000 读取（万已换算）" in p.message for p in file.problems)


def test_a_file_name_that_is_not_utf8_is_imported_and_shown(ledger, made, tmp_path):
    good = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 40})
    name = "卫健委报送.xlsx".encode("gb18030")
    target = os.path.join(os.fsencode(tmp_path), name)
    os.rename(good, target)
    [file] = preview(ledger, os.fsdecode(target))
    assert file.file_name == "卫健委报送.xlsx"
    commit(ledger, [file])
    with user_action(ledger) as session:
        assert session.scalar(select(ProgressReturn.file_name)) == "卫健委报送.xlsx"


def test_the_same_file_twice_is_imported_once(ledger, made, tmp_path):
    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 40})
    copy_ = tmp_path / "copy.xlsx"
    copy_.write_bytes(path.read_bytes())
    first, second = preview(ledger, path, copy_)
    assert first.acceptable and second.refused and "同一个文件" in second.refused
    commit(ledger, [first])
    [again] = preview(ledger, copy_)
    assert not again.acceptable
    assert any("不能重复导入" in p.message for p in again.problems if p.level == "error")


def test_two_pcs_importing_the_same_file_store_it_once(ledger, made, tmp_path):
    """Both previews are made before either commits (two PCs on one ledger): the unique index decides."""
    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 40})
    [on_pc_a] = preview(ledger, path)
    [on_pc_b] = preview(ledger, path)
    commit(ledger, [on_pc_a])
    with pytest.raises(ReturnRejected, match="其他电脑导入"), user_action(ledger) as session:
        commit_returns(session, [on_pc_b])
    with user_action(ledger) as session:
        assert len(session.scalars(select(ProgressEntry)).all()) == 1


def test_an_empty_return_does_not_count_as_returned(ledger, made, tmp_path):
    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {})
    [file] = preview(ledger, path)
    commit(ledger, [file])
    with user_action(ledger) as session:
        status = round_status(session, made.round.id, as_of=date(2024, 10, 1))
    [health] = [u for u in status.units if u.unit == "区卫健委"]
    assert health.state == WAITING


def test_completion_and_its_date_are_stored(ledger, made, tmp_path):
    path = fill(
        template_of(made, "区卫健委"),
        tmp_path / "r.xlsx",
        lambda _i: {COMPLETED: "是", COMPLETED_ON: "2024年9月20日"},
    )
    commit(ledger, preview(ledger, path))
    with user_action(ledger) as session:
        entry = session.scalar(select(ProgressEntry))
        assert (entry.reported_done, entry.completed_on, entry.progress) == (True, date(2024, 9, 20), 100)
        status = round_status(session, made.round.id, as_of=date(2024, 10, 1))
    assert [u.state for u in status.units if u.unit == "区卫健委"] == [RETURNED]


def test_progress_merged_over_two_tasks_reaches_both_with_a_warning(ledger, made, tmp_path):
    def merge(wb):
        ws = wb[SHEET_TITLE]
        rows = sorted(task_rows(ws).values())
        column = COLUMN_INDEX[SITUATION]
        ws.cell(row=rows[0], column=column, value="两项合并推进，已完成招标")
        ws.cell(row=rows[1], column=column, value=None)
        ws.merge_cells(start_row=rows[0], end_row=rows[1], start_column=column, end_column=column)

    path = fill(template_of(made, "区发改委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 50}, edit=merge)
    [file] = preview(ledger, path)
    assert [u.situation for u in file.updates] == ["两项合并推进，已完成招标"] * 2
    assert any("合并为一格" in p.message for p in warnings(file))


def test_a_note_row_and_an_extra_column_are_quoted_not_dropped(ledger, made, tmp_path):
    def clerk(wb):
        ws = wb[SHEET_TITLE]
        rows = sorted(task_rows(ws).values())
        ws.insert_rows(rows[0] + 1)
        ws.cell(row=rows[0] + 1, column=COLUMN_INDEX[SITUATION], value="其中：三厂镇 5 个，悦来镇 3 个")
        header = rows[0] - 1
        ws.cell(row=header, column=15, value="责任人")
        ws.cell(row=rows[0], column=15, value="张科长")

    path = fill(template_of(made, "区发改委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 50}, edit=clerk)
    [file] = preview(ledger, path)
    messages = [p.message for p in warnings(file)]
    assert any("其中：三厂镇 5 个" in m and "未导入" in m for m in messages)
    assert any("责任人“张科长”" in m for m in messages)


def _two_target_plan(ledger, tmp_path):
    plan = copy.deepcopy(SMALL_PLAN)
    plan["title"] = "多目标测试方案"
    plan["items"][3]["targets"].append(
        {
            "text": "更新救护车20辆",
            "quantity": 20,
            "unit": "辆",
            "comparator": "=",
            "year": None,
            "recurring": None,
        }
    )
    with user_action(ledger) as session:
        plan_id = store_plan(session, plan)
    return make_round(ledger, plan_id, tmp_path / "out")


def test_each_target_has_its_own_row_and_its_figure_reaches_that_target(ledger, tmp_path):
    made = _two_target_plan(ledger, tmp_path)

    def second_target(wb):
        ws = wb[SHEET_TITLE]
        for row in ws.iter_rows():
            if isinstance(row[0].value, str) and row[0].value.endswith("-2"):
                assert row[3].value == "②20辆"  # the target row names its target
                row[COLUMN_INDEX[DONE_TOTAL] - 1].value = 15

    path = fill(
        template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {DONE_TOTAL: 120}, edit=second_target
    )
    [file] = preview(ledger, path)
    assert not [p for p in file.problems if p.level == "warning"]
    [update] = file.updates
    assert update.target_totals == ((0, None, 120), (1, None, 15))
    commit(ledger, [file])
    with user_action(ledger) as session:
        item = session.get(LedgerItem, update.item_id)
        assert [t.done for t in item.targets] == [120, 15]


def test_one_figure_for_several_targets_in_a_retyped_form_is_kept_and_said(ledger, tmp_path):
    """A form without target rows (retyped, or an older form): the figure reaches no target, with a word."""
    from tests.reliability.clerk_edits import copied_into_new_workbook

    made = _two_target_plan(ledger, tmp_path)
    path = tmp_path / "r.xlsx"
    copied_into_new_workbook("填报单位：区卫健委", "报送期次：2024年第3季度")(
        template_of(made, "区卫健委"), path
    )
    [file] = preview(ledger, path)
    assert any("有 2 个目标" in p.message and "不计入任何目标" in p.message for p in warnings(file))
    commit(ledger, [file])
    with user_action(ledger) as session:
        assert session.scalar(select(ProgressEntry.done_total)) == 30  # kept with the report
        item = session.get(LedgerItem, file.updates[0].item_id)
        assert [t.done for t in item.targets] == [None, None]


@pytest.fixture
def co_led(ledger, tmp_path):
    """A measure that 区住建局 and 区发改委 lead together, with one target of 100 个."""
    plan = copy.deepcopy(SMALL_PLAN)
    plan["title"] = "共同牵头测试方案"
    plan["items"][2]["lead_units"] = ["区住建局", "区发改委"]
    plan["items"][2]["co_units"] = []
    plan["items"][2]["targets"][0].update(quantity=100, recurring=None)
    with user_action(ledger) as session:
        plan_id = store_plan(session, plan)
        item_id = session.scalar(
            select(LedgerItem.id).where(LedgerItem.plan_id == plan_id, LedgerItem.number == "1")
        )
    return plan_id, item_id, make_round(ledger, plan_id, tmp_path / "co")


def _only(item_id, values):
    return lambda i: values if i == item_id else {}


def test_co_lead_units_do_not_overwrite_each_other(ledger, co_led, tmp_path):
    _plan_id, item_id, made = co_led
    done = fill(
        template_of(made, "区住建局"),
        tmp_path / "住建局.xlsx",
        _only(item_id, {PROGRESS: 100, DONE_TOTAL: 60, COMPLETED: "是"}),
    )
    behind = fill(
        template_of(made, "区发改委"),
        tmp_path / "发改委.xlsx",
        _only(item_id, {PROGRESS: 60, DONE_TOTAL: 25}),
    )
    a, b = preview(ledger, done, behind)
    flagged = [p for f in (a, b) for p in warnings(f) if "共同牵头" in p.message]
    assert len(flagged) == 2 and "区发改委报进度 60%" in flagged[0].message
    commit(ledger, [a, b])
    with user_action(ledger) as session:
        item = session.get(LedgerItem, item_id)
        assert item.progress == 60  # the lagging lead unit decides
        assert item.targets[0].done == 85  # each unit reports its share: summed
        entries = session.scalars(select(ProgressEntry).where(ProgressEntry.item_id == item_id)).all()
        assert sorted(e.progress for e in entries) == [60, 100]  # both reports kept


def test_co_lead_order_of_files_does_not_matter(ledger, co_led, tmp_path):
    _plan_id, item_id, made = co_led
    behind = fill(template_of(made, "区发改委"), tmp_path / "发改委.xlsx", _only(item_id, {PROGRESS: 60}))
    done = fill(template_of(made, "区住建局"), tmp_path / "住建局.xlsx", _only(item_id, {PROGRESS: 100}))
    commit(ledger, preview(ledger, behind, done))
    with user_action(ledger) as session:
        assert session.get(LedgerItem, item_id).progress == 60


def test_co_lead_done_figure_of_the_first_lead_when_chosen(ledger, co_led, tmp_path):
    _plan_id, item_id, made = co_led
    first = fill(template_of(made, "区住建局"), tmp_path / "a.xlsx", _only(item_id, {DONE_TOTAL: 70}))
    second = fill(template_of(made, "区发改委"), tmp_path / "b.xlsx", _only(item_id, {DONE_TOTAL: 65}))
    with user_action(ledger) as session:
        from services.returns.importing import preview_returns

        files = preview_returns(session, [first, second])
    with user_action(ledger) as session:
        commit_returns(session, files, co_lead_done=FIRST_LEAD)
    with user_action(ledger) as session:
        assert session.get(LedgerItem, item_id).targets[0].done == 70


def test_hidden_sheet_unit_name_starting_with_equals_is_text(ledger, plan_id, tmp_path):
    with user_action(ledger) as session:
        rounds = make_round(ledger, plan_id, tmp_path / "out")
        view = get_round(session, rounds.round.id)
        tasks = plan_return_tasks(session, plan_id)
        unit_id = next(iter(tasks))
        wb, _checksum = build_template(view, unit_id, '=HYPERLINK("x")局', tasks[unit_id])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    cell = load_workbook(path)[HIDDEN_SHEET]["B6"]
    assert cell.value == '=HYPERLINK("x")局' and cell.data_type == "s"


def test_saved_time_is_read_from_the_workbook(ledger, made, tmp_path):
    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 40})
    [file] = preview(ledger, path)
    assert file.saved_at is not None and abs((datetime.now() - file.saved_at).total_seconds()) < 600


def test_command_line_needs_accept_warnings_and_can_skip_a_file(ledger, made, tmp_path):
    import io

    from cli import main as cli

    folder = tmp_path / "returns"
    folder.mkdir()
    fill(template_of(made, "区卫健委"), folder / "卫健委.xlsx", lambda _i: {PROGRESS: 40})
    fill(template_of(made, "区发改委"), folder / "发改委.xlsx", lambda _i: {PROGRESS: "#VALUE!"})
    (folder / "工信局.ods").write_bytes(b"PK\x03\x04 not really")
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["--db", ledger.url, "import-returns", str(folder)], out, err) == 1
    assert "工信局.ods" in out.getvalue()  # named, not skipped in silence
    out, err = io.StringIO(), io.StringIO()
    args = ["--db", ledger.url, "import-returns", str(folder), "--skip", "工信局.ods"]
    assert cli.run(args, out, err) == 1
    assert "1 个文件有警告" in err.getvalue() and "“发改委.xlsx”" in err.getvalue()
    with user_action(ledger) as session:
        assert session.scalars(select(ProgressEntry)).all() == []
    out, err = io.StringIO(), io.StringIO()
    assert cli.run([*args, "--skip", "发改委.xlsx"], out, err) == 0, err.getvalue()
    assert "已导入 1 份报送表" in out.getvalue()
