"""What cannot be trusted is flagged with its exact message; refusal and cancel write nothing; undo is exact."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from cli import main as cli
from models import ChangeLog, ProgressEntry
from services.errors import EditConflict, ReturnRejected
from services.ledger.progress import ProgressReport, record_progress
from services.returns.importing import commit_returns, undo_batch
from services.returns.template import DONE_TOTAL, PROGRESS, SHEET_TITLE, SITUATION
from services.storage.database import user_action
from tests.unit.returns_fill import commit, fill, make_round, preview, snapshot, task_rows, template_of


@pytest.fixture
def made(ledger, plan_id, tmp_path):
    return make_round(ledger, plan_id, tmp_path / "out")


def _messages(file, level="warning"):
    return [(p.message, p.where.row, p.where.column) for p in file.problems if p.level == level]


def test_edited_locked_cell(ledger, made, tmp_path):
    def edit_target(wb):
        ws = wb[SHEET_TITLE]
        ws.cell(row=task_rows(ws)[3], column=4, value="8个")

    path = fill(
        template_of(made, "区发改委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 50}, edit=edit_target
    )
    [file] = preview(ledger, path)
    assert _messages(file) == [("锁定单元格被修改：原为“80个”，现为“8个”。", 4, "D")]
    assert file.problems[0].describe().startswith("工作表“进展情况”第4行D列：")
    assert file.acceptable  # the row is still the task of its 台账编号: the office decides


def test_cumulative_lower_than_last_time(ledger, plan_id, made, tmp_path):
    first = fill(template_of(made, "区卫健委"), tmp_path / "q3.xlsx", lambda _i: {DONE_TOTAL: 50})
    commit(ledger, preview(ledger, first))
    october = make_round(ledger, plan_id, tmp_path / "oct", period="2024年10月")
    second = fill(template_of(october, "区卫健委"), tmp_path / "oct.xlsx", lambda _i: {DONE_TOTAL: 30})
    [file] = preview(ledger, second)
    assert _messages(file) == [
        ("累计完成 30 低于上次报送的 50（2024年第3季度）：累计数不应减少，请与单位核实。", 4, "G")
    ]
    assert ("累计完成", "50", "30") in [(c.field, c.old, c.new) for c in file.changes]


def test_more_than_the_target(ledger, made, tmp_path):
    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {DONE_TOTAL: 2260})
    [file] = preview(ledger, path)
    assert _messages(file) == [
        ("累计完成 2260 超过目标 226台（套）：请核实是否填错（如多填了一位）。", 4, "G")
    ]


def test_more_than_an_at_least_target_is_good_news(ledger, made, tmp_path):
    path = fill(
        template_of(made, "区发改委"), tmp_path / "r.xlsx", lambda i: {DONE_TOTAL: 95} if i == 3 else {}
    )
    [file] = preview(ledger, path)
    assert _messages(file) == []  # 80个以上: 95 is more than asked, not a mistake


def test_a_task_that_is_not_the_units(ledger, made, tmp_path):
    def add_other_units_task(wb):
        ws = wb[SHEET_TITLE]
        row = max(task_rows(ws).values())
        ws.insert_rows(row + 1)
        for column, value in enumerate(
            [4, "2", "推进医疗卫生设备更新", "226台（套）", "—", None, 10, 5], start=1
        ):
            ws.cell(row=row + 1, column=column, value=value)

    path = fill(template_of(made, "区发改委"), tmp_path / "r.xlsx", lambda _i: {}, edit=add_other_units_task)
    [file] = preview(ledger, path)
    assert _messages(file) == [
        ("任务“2 推进医疗卫生设备更新”不是区发改委牵头或参与的任务，本行未导入。", 6, "A"),
        ("本行填写的内容未导入：累计完成“10”；进度（%）“5”。", 6, None),
    ]
    assert [u.item_id for u in file.updates] == []


def test_a_second_return_for_the_same_round(ledger, made, tmp_path):
    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 30})
    commit(ledger, preview(ledger, path))
    again = fill(template_of(made, "区卫健委"), tmp_path / "again.xlsx", lambda _i: {PROGRESS: 40})
    [file] = preview(ledger, again)
    [(message, _row, _column)] = _messages(file)
    assert message.startswith("区卫健委已于") and message.endswith(
        "报送过2024年第3季度的报表（文件“r.xlsx”）：再次导入将以本表为准。"
    )


def _saved(path, when):
    """Set the workbook's own saved time, as Excel does on save."""
    # openpyxl stamps the time of its own save: write the wanted one into docProps/core.xml.
    data = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            data[name] = z.read(name)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    data["docProps/core.xml"] = re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
        rb"\g<1>" + stamp + rb"\g<2>",
        data["docProps/core.xml"],
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in data.items():
            z.writestr(name, content)
    return path


def test_two_returns_of_one_unit_in_one_batch_the_later_saved_wins(ledger, made, tmp_path):
    """`…(1).xlsx` sorts before the original it corrects: the saved time decides, not the name."""
    correction = fill(template_of(made, "区卫健委"), tmp_path / "卫健委(1).xlsx", lambda _i: {PROGRESS: 60})
    original = fill(template_of(made, "区卫健委"), tmp_path / "卫健委.xlsx", lambda _i: {PROGRESS: 30})
    _saved(correction, datetime(2024, 10, 3, 9, 30))
    _saved(original, datetime(2024, 10, 2, 16, 0))
    first, second = preview(ledger, correction, original)
    assert [u.progress for u in first.updates] == [60]
    assert second.updates == () and second.superseded_by == "卫健委(1).xlsx"
    assert any("以那份为准" in p.message and p.level == "warning" for p in second.problems)
    assert any("以本表为准" in p.message and "保存于2024-10-03" in p.message for p in first.problems)
    result = commit(ledger, [first, second])
    with user_action(ledger) as session:
        entries = session.scalars(select(ProgressEntry).where(ProgressEntry.batch_id == result.batch_id))
        assert [e.progress for e in entries] == [60]


def test_last_rounds_form_used_for_this_round_is_booked_to_this_round(ledger, plan_id, made, tmp_path):
    october = make_round(ledger, plan_id, tmp_path / "oct", period="2024年10月")
    path = fill(template_of(made, "区卫健委"), tmp_path / "q3.xlsx", lambda _i: {PROGRESS: 30})
    [file] = preview(ledger, path, expected_round_id=october.round.id)
    assert file.round.id == october.round.id
    assert _messages(file) == [
        (
            "这是2024年第3季度的报送表（旧模板），本次导入的是2024年10月：按本次导入计入2024年10月。"
            "如果这其实是2024年第3季度迟交的报表，请不接受本表，改在报送轮次页面导入到2024年第3季度。",
            None,
            None,
        )
    ]


def test_old_form_without_a_chosen_round_is_flagged_even_for_a_first_return(ledger, plan_id, made, tmp_path):
    """No earlier return of the unit, no round chosen (the command line): still a warning, not silence."""
    make_round(ledger, plan_id, tmp_path / "oct", period="2024年10月")
    path = fill(template_of(made, "区卫健委"), tmp_path / "q3.xlsx", lambda _i: {PROGRESS: 30})
    [file] = preview(ledger, path)
    assert file.round.period == "2024年第3季度"
    [warning] = [p for p in file.problems if p.level == "warning"]
    assert "2024年10月的报送表已经下发" in warning.message


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "旧版 Excel 97-2003 工作簿（.xls）"),
        ("任务,进展情况\n1,好\n".encode("gb18030"), "CSV 或文本文件"),
        (b"", "文件是空的"),
    ],
)
def test_refused_files_write_nothing(ledger, made, tmp_path, content, reason):
    good = fill(template_of(made, "区卫健委"), tmp_path / "good.xlsx", lambda _i: {PROGRESS: 30})
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    before = snapshot(ledger)
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["--db", ledger.url, "import-returns", str(good), str(bad)], out, err) == 1
    assert reason in out.getvalue()
    assert "1 个文件不能导入（见上），本次未写入任何内容" in err.getvalue()
    assert snapshot(ledger) == before
    good_preview, bad_preview = preview(ledger, good, bad)
    with pytest.raises(ReturnRejected), user_action(ledger) as session:
        commit_returns(session, [good_preview, bad_preview])
    assert snapshot(ledger) == before


def test_dry_run_and_cancelled_preview_write_nothing(ledger, made, tmp_path):
    path = fill(
        template_of(made, "区发改委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 30, SITUATION: "推进中"}
    )
    before = snapshot(ledger)
    with user_action(ledger) as session:
        logs = session.scalar(select(func.count(ChangeLog.id)))
    out = io.StringIO()
    assert cli.run(["--db", ledger.url, "import-returns", "--dry-run", str(path)], out, io.StringIO()) == 0
    assert "进度（%）：— → 30" in out.getvalue() and "（试运行：未写入台账）" in out.getvalue()
    preview(ledger, path)  # the user looks, then cancels
    assert snapshot(ledger) == before
    with user_action(ledger) as session:
        assert session.scalar(select(func.count(ChangeLog.id))) == logs


def test_undo_restores_the_ledger_exactly(ledger, made, tmp_path):
    with user_action(ledger) as session:
        record_progress(session, 3, ProgressReport(reported_on=date(2024, 7, 1), progress=10))
    before = snapshot(ledger)
    files = [
        fill(f.path, tmp_path / f.path.name, lambda i: {PROGRESS: 70, DONE_TOTAL: 9, SITUATION: f"进展{i}"})
        for f in made.files
    ]
    result = commit(ledger, preview(ledger, *files))
    assert snapshot(ledger) != before
    with user_action(ledger) as session:
        assert undo_batch(session, result.batch_id) == result.rows
    after = snapshot(ledger)
    before.pop("task_logs"), after.pop("task_logs")  # the change log keeps the import and its undo
    assert after == before


def test_undo_refused_when_a_later_report_would_be_lost(ledger, made, tmp_path):
    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 30})
    result = commit(ledger, preview(ledger, path))
    with user_action(ledger) as session:
        record_progress(session, 4, ProgressReport(reported_on=date(2024, 10, 20), progress=45))
    before = snapshot(ledger)
    with pytest.raises(EditConflict, match="又有了新的进展记录"), user_action(ledger) as session:
        undo_batch(session, result.batch_id)
    assert snapshot(ledger) == before
    with user_action(ledger) as session:
        assert session.scalar(select(func.count(ProgressEntry.id))) == 2
