"""What clerks do to a return, one case each: the numbers still reach the ledger as they meant them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from models import LedgerItem, ProgressEntry
from services.returns.template import (
    COMPLETED,
    COMPLETED_ON,
    DONE_PERIOD,
    DONE_TOTAL,
    HIDDEN_SHEET,
    PROGRESS,
    SHEET_TITLE,
)
from services.storage.database import user_action
from tests.unit.returns_fill import commit, fill, make_round, preview, task_rows, template_of

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "returns"


@pytest.fixture
def made(ledger, plan_id, tmp_path):
    return make_round(ledger, plan_id, tmp_path / "out")


def _progress(ledger) -> dict[str, int | None]:
    with user_action(ledger) as session:
        return {
            i.title: i.progress
            for i in session.scalars(select(LedgerItem).where(LedgerItem.kind == "measure"))
        }


def _one(ledger, path):
    [file] = preview(ledger, path)
    assert file.acceptable, file.refused or [p.describe() for p in file.problems]
    return file


def test_renamed_sheets(ledger, made, tmp_path):
    def rename(wb):
        wb[SHEET_TITLE].title = "Sheet1"
        wb[HIDDEN_SHEET].title = "Sheet2"

    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 40}, edit=rename)
    file = _one(ledger, path)
    assert file.by_hidden_sheet and file.unit == "区卫健委"
    commit(ledger, [file])
    assert _progress(ledger)["推进医疗卫生设备更新"] == 40


def test_blank_and_note_rows_between_and_below_the_tasks(ledger, made, tmp_path):
    def add_rows(wb):
        ws = wb[SHEET_TITLE]
        ws.insert_rows(5, amount=2)
        ws.cell(row=6, column=1, value="备注：第二项由办公室统筹")
        ws.cell(row=ws.max_row + 2, column=1, value="填报人：张三　　联系电话：12345")

    path = fill(
        template_of(made, "区发改委"), tmp_path / "r.xlsx", lambda i: {PROGRESS: 10 + i}, edit=add_rows
    )
    file = _one(ledger, path)
    assert len(file.updates) == 2
    assert not [p for p in file.problems if p.level != "note"]


def test_rows_re_sorted(ledger, made, tmp_path):
    def reverse(wb):
        ws = wb[SHEET_TITLE]
        rows = sorted(task_rows(ws).values())
        values = [[c.value for c in ws[r]] for r in rows]
        for r, row_values in zip(rows, reversed(values), strict=True):
            for column, value in enumerate(row_values, start=1):
                ws.cell(row=r, column=column, value=value)

    expected = {}

    def values(item_id):
        expected[item_id] = 20 + item_id
        return {PROGRESS: 20 + item_id}

    path = fill(template_of(made, "区发改委"), tmp_path / "r.xlsx", values, edit=reverse)
    file = _one(ledger, path)
    assert {u.item_id: u.progress for u in file.updates} == expected
    assert not [p for p in file.problems if p.level != "note"]  # the locked cells moved with their rows


def test_full_width_digits(ledger, made, tmp_path):
    path = fill(
        template_of(made, "区卫健委"),
        tmp_path / "r.xlsx",
        lambda _i: {DONE_PERIOD: "１２", DONE_TOTAL: "３０台", PROGRESS: "６０％"},
    )
    [update] = _one(ledger, path).updates
    assert (update.done_this_period, update.done_total, update.progress) == (12, 30, 60)


@pytest.mark.parametrize(
    ("typed", "number_format", "note"),
    [
        ("80%", "General", None),
        (0.8, "General", "进度（%）：“0.8”按 80% 读取。"),
        (80, "General", None),
        (0.8, "0%", None),  # typed as 80% in Excel: stored as 0.8 with a percent format
        ("８０％", "General", None),
    ],
)
def test_eighty_per_cent_however_typed(ledger, made, tmp_path, typed, number_format, note):
    def percent_format(wb):
        ws = wb[SHEET_TITLE]
        for row in task_rows(ws).values():
            ws.cell(row=row, column=8).number_format = number_format

    path = fill(
        template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: typed}, edit=percent_format
    )
    file = _one(ledger, path)
    assert file.updates[0].progress == 80
    assert [p.message for p in file.problems if p.level == "note" and "进度" in p.message] == (
        [note] if note else []
    )


def test_done_words_in_a_number_column(ledger, made, tmp_path):
    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {DONE_TOTAL: "已完成"})
    file = _one(ledger, path)
    [update] = file.updates
    assert (update.done_total, update.progress, update.completed) == (226, 100, True)
    assert "累计完成：填写的是“已完成”而不是数字，按已完成处理。" in [p.message for p in file.problems]


@pytest.mark.parametrize("typed", ["2024.7.31", "2024年7月31日", "2024/7/31", "２０２４．７．３１"])
def test_dates_as_text(ledger, made, tmp_path, typed):
    path = fill(
        template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {COMPLETED: "是", COMPLETED_ON: typed}
    )
    file = _one(ledger, path)
    assert file.updates[0].completed_on == date(2024, 7, 31)
    assert ("是否完成", "是（2024-07-31）") in [(c.field, c.new) for c in file.changes]


def test_rows_copied_into_a_new_workbook_are_recognised_by_content(ledger, made, tmp_path):
    source = load_workbook(template_of(made, "区发改委"))[SHEET_TITLE]
    wb = Workbook()
    ws = wb.active
    ws.title = "发改委进展"
    ws.append(["2024年第三季度进展情况"])
    ws.append(["填报单位：发改委", None, "报送期次：2024年第3季度"])
    ws.append([])
    ws.append(
        [
            "序号",
            "任务名称",
            "目标",
            "期限",
            "本期完成",
            "累计完成数量",
            "进度(%)",
            "工作进展",
            "存在问题",
            "下步计划",
        ]
    )
    for row in source.iter_rows(min_row=4, max_row=5, values_only=True):
        ws.append([row[1], row[2], row[3], row[4], 1, 2, "50%", "复制到新表", None, None])
    path = tmp_path / "发改委三季度进展.xlsx"
    wb.save(path)
    file = _one(ledger, path)
    assert not file.by_hidden_sheet and file.unit == "区发改委" and file.round.period == "2024年第3季度"
    assert [u.progress for u in file.updates] == [50, 50]


def test_formulas_use_cached_values_and_uncached_ones_are_flagged(ledger, made, tmp_path):
    def formula(wb):
        ws = wb[SHEET_TITLE]
        row = next(iter(task_rows(ws).values()))
        ws.cell(row=row, column=7, value="=F4+10")  # openpyxl writes no cached value

    path = fill(template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {DONE_PERIOD: 5}, edit=formula)
    file = _one(ledger, path)
    assert file.updates[0].done_total is None
    [flag] = [p for p in file.problems if "公式" in p.message]
    assert flag.where.row == 4 and flag.where.column == "G"
    assert flag.message == (
        "单元格是公式，但文件中没有保存计算结果，该值未导入：请在 Excel 或 WPS 中打开此文件、保存后重新导入。"
    )


def test_file_re_saved_by_libreoffice(ledger, made):
    """tests/data/returns/libreoffice_resaved.xlsx: see make_fixture.py in that folder for how it was made."""
    file = _one(ledger, FIXTURES / "libreoffice_resaved.xlsx")
    assert file.by_hidden_sheet and file.unit == "区发改委"
    assert sorted((u.progress, u.done_total, u.situation) for u in file.updates) == [
        (35, 12.0, "LibreOffice 另存"),
        (60, 48.0, "累计为公式，LibreOffice 已算出"),
    ]
    assert not [p for p in file.problems if p.level != "note"]
    commit(ledger, [file])
    with user_action(ledger) as session:
        assert len(session.scalars(select(ProgressEntry)).all()) == 2
