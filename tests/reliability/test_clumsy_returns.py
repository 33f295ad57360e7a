"""Clumsy returns, one clerk habit each (issue 6): the exact problems the office is shown, nothing written
by looking, and — when the file is accepted — exactly the rows the preview promised reach the ledger."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from models import ProgressEntry, ProgressReturn
from services.errors import ReturnRejected
from services.returns.importing import commit_returns
from services.returns.template import (
    COMPLETED,
    COMPLETED_ON,
    DONE_PERIOD,
    DONE_TOTAL,
    NEXT_STEPS,
    PROGRESS,
    SITUATION,
)
from services.storage.database import user_action
from tests.reliability.clerk_edits import (
    add_row,
    blank_and_note_rows,
    cached_formula,
    change_hidden,
    copied_into_new_workbook,
    delete_column,
    header_period,
    rename_sheets,
    reverse_rows,
    set_cell,
)
from tests.reliability.fingerprint import fingerprint
from tests.unit.returns_fill import commit, fill, make_round, preview, template_of

HEALTH, NDRC = "区卫健委", "区发改委"  # 1 task (item 4, 226台（套）) and 2 tasks (items 3 and 6)


@dataclass(frozen=True)
class Case:
    id: str
    values: dict[str, Any] | Callable[[int], dict[str, Any]] = field(default_factory=dict)
    edit: Callable | None = None
    problems: tuple[str, ...] = ()  # "[level] where：message", in the order shown
    unit: str = HEALTH
    expect: dict[str, Any] = field(default_factory=dict)  # fields of the first update
    by_item: dict[int, int] = field(default_factory=dict)  # item id -> progress, for every update
    before: str | None = None  # what the office did first: see arrange()
    build: Callable | None = None  # the file made some other way than filling the template
    refused: str | None = None
    raw_edit: Callable[[bytes], bytes] | None = None  # an edit of the saved file's bytes


W, N = "[warning] ", "[note] "
CELL = "工作表“进展情况”"
UNFILLED = N + "有 1 项任务本期未填写任何内容。"
DONE_ON = N + CELL + "第4行L列：单位申报已完成（2024-07-31），请核实后办结。"


CASES = [
    Case("renamed sheets", {PROGRESS: 40}, rename_sheets, expect={"progress": 40}),
    Case(
        "blank and note rows",
        {PROGRESS: 20},
        blank_and_note_rows,
        unit=NDRC,
        problems=(N + CELL + "第6行A列：表中的备注或签名行，未导入：“备注：第二项由办公室统筹”。",),
        expect={"progress": 20},
    ),
    Case("rows re-sorted", lambda i: {PROGRESS: 20 + i}, reverse_rows, unit=NDRC, by_item={3: 23, 6: 26}),
    Case(
        "full-width digits",
        {DONE_PERIOD: "１２", DONE_TOTAL: "３０台", PROGRESS: "６０％"},
        problems=(N + CELL + "第4行G列：累计完成：“３０台”按 30 读取。",),  # the clerk's own characters
        expect={"done_this_period": 12, "done_total": 30, "progress": 60},
    ),
    Case("80% as text", {PROGRESS: "80%"}, expect={"progress": 80}),
    Case(
        "0.8 for 80%",
        {PROGRESS: 0.8},
        problems=(N + CELL + "第4行H列：进度（%）：“0.8”按 80% 读取。",),
        expect={"progress": 80},
    ),
    Case("80 as a number", {PROGRESS: 80}, expect={"progress": 80}),
    Case("80% typed in Excel", {}, set_cell(8, 0.8, "0%"), expect={"progress": 80}),
    Case(
        "已完成 in a number column",
        {DONE_TOTAL: "已完成"},
        problems=(
            N + CELL + "第4行G列：累计完成：填写的是“已完成”而不是数字，按已完成处理。",
            N + CELL + "第4行：单位申报已完成，请核实后办结。",
        ),
        expect={"done_total": 226, "progress": 100, "completed": True},
    ),
    Case(
        "date as 2024.7.31",
        {COMPLETED: "是", COMPLETED_ON: "2024.7.31"},
        problems=(DONE_ON,),
        expect={"completed_on": date(2024, 7, 31)},
    ),
    Case(
        "date as 2024年7月31日",
        {COMPLETED: "是", COMPLETED_ON: "2024年7月31日"},
        problems=(DONE_ON,),
        expect={"completed_on": date(2024, 7, 31)},
    ),
    Case(
        "date as an Excel serial number",
        {COMPLETED: "是", COMPLETED_ON: 45504},
        problems=(N + CELL + "第4行M列：完成时间：日期以数字形式保存，已换算。", DONE_ON),
        expect={"completed_on": date(2024, 7, 31)},
    ),
    Case(
        "edited locked cell",
        {PROGRESS: 50},
        set_cell(4, "8个"),
        unit=NDRC,
        problems=(W + CELL + "第4行D列：锁定单元格被修改：原为“80个”，现为“8个”。",),
    ),
    Case(
        "cumulative lower than last time",
        {DONE_TOTAL: 30},
        before="imported 50 last quarter",
        problems=(
            W
            + CELL
            + "第4行G列：累计完成 30 低于上次报送的 50（2024年第3季度）：累计数不应减少，请与单位核实。",
        ),
    ),
    Case(
        "more than the target",
        {DONE_TOTAL: 2260},
        problems=(
            W + CELL + "第4行G列：累计完成 2260 超过目标 226台（套）：请核实是否填错（如多填了一位）。",
        ),
        expect={"done_total": 2260},
    ),
    Case(
        "a task that is not the unit's",
        {PROGRESS: 10},
        add_row(4, "2", "推进医疗卫生设备更新", "226台（套）", "—", None, 10, 5),
        unit=NDRC,
        problems=(
            W + CELL + "第6行A列：任务“2 推进医疗卫生设备更新”不是区发改委牵头或参与的任务，本行未导入。",
            W + CELL + "第6行：本行填写的内容未导入：累计完成“10”；进度（%）“5”。",
        ),
        by_item={3: 10, 6: 10},
    ),
    Case(
        "second return for the same round",
        {PROGRESS: 40},
        before="already returned",
        problems=(
            W + "区卫健委已于{received}报送过2024年第3季度的报表（文件“r.xlsx”）：再次导入将以本表为准。",
        ),
    ),
    Case(
        "last round's form used for this round",
        {PROGRESS: 30},
        before="importing October",
        problems=(
            W + "这是2024年第3季度的报送表（旧模板），本次导入的是2024年10月：按本次导入计入2024年10月。"
            "如果这其实是2024年第3季度迟交的报表，请不接受本表，改在报送轮次页面导入到2024年第3季度。",
        ),
    ),
    Case(
        "two returns of one unit in one batch",
        {PROGRESS: 40},
        before="same unit earlier in the batch",
        problems=(
            N
            + "本次导入中区卫健委2024年第3季度有 2 份报表，以本表为准（“区卫健委-报送.xlsx”保存于{saved}，是最后保存的一份）。",
        ),
    ),
    Case(
        "rows copied into a new workbook",
        build=copied_into_new_workbook("填报单位：卫健委", "报送期次：2024年第3季度"),
        problems=(N + "没有找到模板的隐藏工作表（可能是把内容复制到了新工作簿），已按表头和任务内容识别。",),
        expect={"progress": 50, "done_total": 30, "situation": "复制到新表"},
    ),
    Case(
        "copied rows, no period, two rounds open",
        build=copied_into_new_workbook("填报单位：卫健委", None),
        before="two rounds open",
        refused="无法确定这是区卫健委哪一期的报表：请在表格上方填写“报送期次：2024年第3季度”这样的期次后重新导入，"
        "或从报送轮次页面导入到指定的轮次。",
    ),
    Case(
        "header period differs",
        {PROGRESS: 40},
        header_period("2024年10月"),
        problems=(
            W + "表头的报送期次“2024年10月”与模板（2024年第3季度）不一致：接受后将计入2024年第3季度；"
            "如果这是另一期的报表，请该单位用那一期的模板重新填报。",
        ),
    ),
    Case(
        "progress of 150",
        {PROGRESS: 150, SITUATION: "超额完成"},
        problems=(W + CELL + "第4行H列：进度（%）：进度应在 0 到 100 之间，填写的是 150，该值未导入。",),
        expect={"progress": None, "situation": "超额完成"},
    ),
    Case(
        "negative quantity",
        {DONE_PERIOD: -5, PROGRESS: 40},
        problems=(W + CELL + "第4行F列：本期完成数量：数量不能为负数，填写的是 -5，该值未导入。",),
        expect={"done_this_period": None},
    ),
    Case(
        "words in a number column",
        {DONE_TOTAL: "约十台", PROGRESS: 40},
        problems=(W + CELL + "第4行G列：累计完成：“约十台”不是数字，应只填数字（如 12），该值未导入。",),
    ),
    Case(
        "a date that is no date",
        {COMPLETED_ON: "下个月", PROGRESS: 40},
        problems=(
            W
            + CELL
            + "第4行M列：完成时间：“下个月”不是日期，应写成 2024-07-31 或 2024年7月31日，该值未导入。",
        ),
    ),
    Case(
        "是否完成 that says neither",
        {COMPLETED: "差不多", PROGRESS: 40},
        problems=(W + CELL + "第4行L列：是否完成：“差不多”无法判断是否完成，应填“是”或“否”，该值未导入。",),
        expect={"completed": None},
    ),
    Case(
        "the same task twice",
        {PROGRESS: 40},
        add_row(4, "2", "推进医疗卫生设备更新", "226台（套）", "—", None, None, 60),
        problems=(
            W + CELL + "第5行C列：与第4行是同一项任务，本行未导入。",
            W + CELL + "第5行：本行填写的内容未导入：进度（%）“60”。",
        ),
        expect={"progress": 40},
    ),
    Case(
        "a 台账编号 not in the plan",
        {PROGRESS: 40},
        add_row(999, "9", "临时增加的任务", None, None, None, None, 50),
        problems=(
            W + CELL + "第5行A列：在方案中找不到这项任务（台账编号 999），本行未导入。",
            W + CELL + "第5行：本行填写的内容未导入：进度（%）“50”。",
        ),
    ),
    Case(
        "this period more than cumulative",
        {DONE_PERIOD: 40, DONE_TOTAL: 30},
        problems=(W + CELL + "第4行F列：本期完成数量 40 大于累计完成 30：请核实。",),
    ),
    Case(
        "formula without a cached value",
        {DONE_PERIOD: 5},
        set_cell(7, "=F4+10"),
        problems=(
            W
            + CELL
            + "第4行G列：单元格是公式，但文件中没有保存计算结果，该值未导入：请在 Excel 或 WPS 中打开此文件、保存后重新导入。",
        ),
        expect={"done_total": None},
    ),
    Case("formula with a cached value", {DONE_PERIOD: 5}, raw_edit=cached_formula, expect={"done_total": 15}),
    Case(
        "hidden sheet edited",
        {PROGRESS: 40},
        change_hidden("B8", "0" * 64),
        problems=(
            W + "模板校验码与下发时不符：隐藏工作表被改动，或这是此前下发的旧版模板。请核对各任务后再接受。",
        ),
    ),
    Case(
        "hidden sheet's round id overwritten with 30 digits",
        {PROGRESS: 40},
        change_hidden("B3", "9" * 30),  # no such id: recognised by unit and period, the checksum agrees
        expect={"progress": 40},
    ),
    Case(
        "a column deleted",
        {PROGRESS: 40, NEXT_STEPS: "继续推进"},
        delete_column(10),
        expect={"problems": None, "next_steps": "继续推进"},
    ),
    Case("nothing filled in", {}, problems=(UNFILLED,)),
    Case(
        "a number too long for any spreadsheet",
        {PROGRESS: 40},
        set_cell(7, "9" * 400),
        problems=(W + CELL + "第4行G列：累计完成：“99999999999999999999…”不是有效的数字，该值未导入。",),
        expect={"done_total": None, "progress": 40},
    ),
]


def arrange(case: Case, ledger, plan_id, made, tmp_path: Path) -> dict:
    """The office's earlier steps some habits need; returns preview arguments."""
    if case.before is None:
        return {}
    if case.before == "imported 50 last quarter":
        first = fill(template_of(made, HEALTH), tmp_path / "q3.xlsx", lambda _i: {DONE_TOTAL: 50})
        commit(ledger, preview(ledger, first))
        october = make_round(ledger, plan_id, tmp_path / "oct", period="2024年10月")
        return {"template": template_of(october, HEALTH)}
    if case.before == "already returned":
        first = fill(template_of(made, HEALTH), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 30})
        commit(ledger, preview(ledger, first))
        return {}
    if case.before == "importing October":
        october = make_round(ledger, plan_id, tmp_path / "oct", period="2024年10月")
        return {"expected_round_id": october.round.id}
    if case.before == "two rounds open":
        make_round(ledger, plan_id, tmp_path / "oct", period="2024年10月")
        return {}
    if case.before == "same unit earlier in the batch":
        first = fill(template_of(made, HEALTH), tmp_path / "a.xlsx", lambda _i: {PROGRESS: 30})
        os.utime(first, (0, 0))  # saved long ago: the docProps time is read first, so clear it too
        _clear_saved_time(first)
        return {"earlier": [first]}
    raise AssertionError(case.before)


def described(file) -> list[str]:
    return [f"[{p.level}] {p.describe()}" for p in file.problems]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_clumsy_return(ledger, plan_id, tmp_path: Path, case: Case) -> None:
    made = make_round(ledger, plan_id, tmp_path / "out")
    arranged = arrange(case, ledger, plan_id, made, tmp_path)
    template = arranged.pop("template", None) or template_of(made, case.unit)
    path = tmp_path / f"{case.unit}-报送.xlsx"
    if case.build is not None:
        case.build(template, path)
    else:
        values = case.values if callable(case.values) else lambda _i: case.values
        fill(template, path, values, edit=case.edit)
    if case.raw_edit is not None:
        path.write_bytes(case.raw_edit(path.read_bytes()))
    earlier = arranged.pop("earlier", [])
    before = fingerprint(ledger)

    *_, file = preview(ledger, *earlier, path, **arranged)
    assert fingerprint(ledger) == before  # looking writes nothing
    if case.refused is not None:
        assert file.refused == f"文件“{path.name}”未导入：{case.refused}"
        with pytest.raises(ReturnRejected), user_action(ledger) as session:
            commit_returns(session, [file])
        assert fingerprint(ledger) == before
        return
    assert file.refused is None
    received = _last_received(ledger)
    saved = f"{file.saved_at:%Y-%m-%d %H:%M}" if file.saved_at else ""
    assert described(file) == [p.format(received=received, saved=saved) for p in case.problems]
    update = file.updates[0].__dict__ if file.updates else {}
    assert {k: update.get(k) for k in case.expect} == case.expect
    if case.by_item:
        assert {u.item_id: u.progress for u in file.updates} == case.by_item
    assert file.acceptable

    result = commit(ledger, [file])
    with user_action(ledger) as session:
        stored = session.scalars(select(ProgressEntry).where(ProgressEntry.batch_id == result.batch_id))
        written = sorted(
            (e.item_id, e.progress, e.done_this_period, e.done_total, e.situation) for e in stored
        )
    assert written == sorted(
        (u.item_id, u.progress, u.done_this_period, u.done_total, u.situation) for u in file.updates
    )


def _clear_saved_time(path: Path) -> None:
    """A workbook without docProps/core.xml (some programs write none): only the file's own time is left."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(
                name,
                content.replace(
                    b'<Override PartName="/docProps/core.xml"', b'<Override PartName="/docProps/x.xml"'
                ),
            )
    os.utime(path, (0, 0))


def _last_received(ledger) -> str:
    with user_action(ledger) as session:
        last = session.scalar(select(func.max(ProgressReturn.received_at)))
    return f"{last:%Y-%m-%d %H:%M}" if last else ""
