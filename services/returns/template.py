"""Return templates (进展情况报送表): one government-form workbook per unit for a reporting round.

The visible sheet is what a clerk fills: a merged title, the unit, period and due date, one row per
measure or task the unit leads or co-owns, the identifying columns locked and shaded, the editable
columns with data validation, and a 填表说明 block under the table. A hidden sheet (HIDDEN_SHEET) tells the
importer which round and unit the file is for and keeps the locked cells as sent, with their checksum,
so an edited task or target is caught cell by cell even after the clerk renamed or re-sorted the sheet.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl.styles import PatternFill, Protection
from openpyxl.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy.orm import Session

from services.documents.signature import DEFAULT_OFFICE, chinese_date
from services.documents.xlsx_layout import (
    BODY_FONT,
    XlsxColumn,
    XlsxSheet,
    save_workbook,
    set_value,
    write_table_sheet,
)
from services.returns.rounds import (
    ReturnTask,
    RoundView,
    open_round,
    plan_return_tasks,
    record_sent,
    round_units,
)
from services.returns.values import normal_text

TEMPLATE_VERSION = 2  # 2: a task with several targets has a row per target (services/returns/targets.py)
MARKER = "督办台账报送表"
HIDDEN_SHEET = "_督办台账"
SHEET_TITLE = "进展情况"

# Keys of the hidden sheet, column A; values in column B.
KEY_VERSION, KEY_ROUND, KEY_PLAN, KEY_UNIT_ID = "模板版本", "轮次编号", "方案编号", "单位编号"
KEY_UNIT, KEY_PERIOD, KEY_CHECKSUM = "填报单位", "报送期次", "校验码"
LOCKED_HEADER_ROW = 10  # hidden sheet: the locked cells as sent, one row per task below this header

ID, NUMBER, TASK, TARGET, DUE = "台账编号", "序号", "任务", "目标", "完成时限"
DONE_PERIOD, DONE_TOTAL, PROGRESS = "本期完成数量", "累计完成", "进度（%）"
SITUATION, PROBLEMS, NEXT_STEPS, COMPLETED, COMPLETED_ON = (
    "进展情况",
    "存在问题",
    "下步计划",
    "是否完成",
    "完成时间",
)
LOCKED_COLUMNS = (ID, NUMBER, TASK, TARGET, DUE)
EDITABLE_COLUMNS = (
    DONE_PERIOD,
    DONE_TOTAL,
    PROGRESS,
    SITUATION,
    PROBLEMS,
    NEXT_STEPS,
    COMPLETED,
    COMPLETED_ON,
)
COLUMNS = (
    XlsxColumn(ID, 7, "center"),
    XlsxColumn(NUMBER, 6, "center"),
    XlsxColumn(TASK, 40),
    XlsxColumn(TARGET, 14, "center"),
    XlsxColumn(DUE, 15, "center"),
    XlsxColumn(DONE_PERIOD, 10, "right"),
    XlsxColumn(DONE_TOTAL, 10, "right"),
    XlsxColumn(PROGRESS, 9, "right"),
    XlsxColumn(SITUATION, 36),
    XlsxColumn(PROBLEMS, 22),
    XlsxColumn(NEXT_STEPS, 22),
    XlsxColumn(COMPLETED, 8, "center"),
    XlsxColumn(COMPLETED_ON, 12, "center"),
)
LOCKED_FILL = PatternFill(fill_type="solid", fgColor="F2F2F2")
UNLOCKED = Protection(locked=False)


@dataclass(frozen=True)
class TemplateFile:
    unit_id: int
    unit: str
    path: Path
    tasks: int
    checksum: str


@dataclass(frozen=True)
class MadeTemplates:
    round: RoundView
    files: tuple[TemplateFile, ...]


def due_text(day: date | None) -> str:
    return chinese_date(day) if day else "—"


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def target_row_id(item_id: int, position: int) -> str:
    """The 台账编号 of a task's target row: `12-2` is the second target of task 12."""
    return f"{item_id}-{position + 1}"


def target_label(position: int, text: str) -> str:
    mark = CIRCLED[position] if position < len(CIRCLED) else f"({position + 1})"
    return f"{mark}{text}"


def target_rows(task: ReturnTask) -> list[tuple]:
    """The rows after a task's own for its second, third… target: one 累计 cell per target, so a unit
    reports each target's figure where it belongs (the task's own row carries target ①)."""
    if len(task.target_parts) < 2:
        return []
    due = due_text(task.due)
    return [
        (
            target_row_id(task.item_id, k),
            task.number or "",
            f"{task.title}（目标{k + 1}）",
            target_label(k, text),
            due,
        )
        for k, (text, _quantity, _unit) in enumerate(task.target_parts)
        if k > 0
    ]


def locked_values(task: ReturnTask) -> tuple[str, str, str, str, str]:
    """The locked cells of a task's row, as text, the way the checksum and the importer compare them.

    The 完成时限 cell names the task's open milestones too, so the unit reports on the step due now."""
    due = due_text(task.due)
    if task.milestones:
        steps = "；".join(
            f"{chinese_date(day)}：{text}" if text else chinese_date(day) for day, text in task.milestones
        )
        due = f"{due}（阶段目标：{steps}）"
    target = task.target or "—"
    if len(task.target_parts) > 1:  # the other targets have rows of their own below this one
        target = target_label(0, task.target_parts[0][0])
    return (str(task.item_id), task.number or "", task.title, target, due)


def locked_checksum(round_id: int, unit_id: int, rows: Sequence[Sequence[str]]) -> str:
    """SHA-256 of the locked cells, order-free: a re-sorted sheet keeps its checksum."""
    # Compared as the reader sees cells (full-width folded, trimmed), so a re-saved file still matches.
    normal = sorted([normal_text(v) for v in r] for r in rows)
    canonical = json.dumps([round_id, unit_id, normal], ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def template_file_name(period: str, unit: str) -> str:
    safe = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in unit)
    return f"{period}-{safe}-进展情况报送表.xlsx"


def instructions(due: date | None, office: str) -> tuple[str, ...]:
    by = f"请于{chinese_date(due)}前" if due else "请按时"
    return (
        "填表说明：",
        "1. 灰色底纹的列（台账编号、序号、任务、目标、完成时限）由领导小组办公室填写，请勿修改；"
        "任务或目标有误的，请在“存在问题”中说明。",
        "2. “本期完成数量”填本期新增完成量，“累计完成”填截至本期末的累计完成量，只填数字，计量单位与“目标”一致；"
        "有多个目标的任务，每个目标占一行（目标①②…），请在各目标所在行分别填写。",
        "3. “进度（%）”填 0—100 的数字；“是否完成”选“是”或“否”，已完成的请填写“完成时间”。",
        f"4. 请勿增删行列、勿另存为 .xls 或 .et 格式。{by}将本表报送{office}。",
    )


def build_template(
    round_view: RoundView, unit_id: int, unit: str, tasks: Sequence[ReturnTask], office: str = DEFAULT_OFFICE
) -> tuple[Workbook, str]:
    """The workbook for one unit, and the checksum of its locked cells."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    subtitle = (
        f"填报单位：{unit}　　报送期次：{round_view.period}　　报送截止：{due_text(round_view.due_on)}",
    )
    blank = [None] * len(EDITABLE_COLUMNS)
    rows = []
    for task in tasks:
        rows.append((task.item_id, *locked_values(task)[1:], *blank))
        rows.extend((*locked, *blank) for locked in target_rows(task))
    layout = write_table_sheet(
        ws,
        XlsxSheet(
            title=f"{round_view.plan_title}推进情况报送表",
            columns=COLUMNS,
            rows=rows,
            subtitle_lines=subtitle,
            freeze_columns=3,
        ),
    )
    first, last = layout.first_data_row, layout.last_row
    ws.row_dimensions[layout.header_row].height = 30  # two-line headers such as 本期完成数量
    n_locked = len(LOCKED_COLUMNS)
    figures = {EDITABLE_COLUMNS.index(h) + n_locked for h in (DONE_PERIOD, DONE_TOTAL)}
    # Setting a fill or a protection makes openpyxl hash the style to find it in the workbook's tables,
    # cell by cell; the looks a column ends up with are few, so each is resolved once and copied.
    restyled: dict[tuple, object] = {}
    for row in ws.iter_rows(min_row=first, max_row=last):
        is_target_row = "-" in str(row[0].value)
        for n, cell in enumerate(row):
            # A target row takes only its figures: progress and words belong to the task's own row.
            locked = n < n_locked or (is_target_row and n not in figures)
            key = (tuple(cell._style), locked)
            if key in restyled:
                cell._style = copy(restyled[key])
                continue
            if locked:
                cell.fill = LOCKED_FILL
            else:
                cell.protection = UNLOCKED
            restyled[key] = copy(cell._style)
        ws.row_dimensions[row[0].row].height = _row_height(row)
    _validations(ws, first, max(last, first))
    _instruction_block(ws, last + 2, instructions(round_view.due_on, office))
    # Locked cells are locked only while the sheet is protected. No password: a clerk who must
    # unprotect can, and the importer still sees every locked cell that changed.
    ws.protection.sheet = True
    ws.protection.sort = False  # False = allowed: clerks sort and filter their copy
    ws.protection.autoFilter = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    locked = [locked_values(task) for task in tasks]
    checksum = locked_checksum(round_view.id, unit_id, locked)
    _hidden_sheet(wb, round_view, unit_id, unit, locked, checksum)
    return wb, checksum


def _row_height(row) -> float:
    """Excel does not size rows to wrapped text written by openpyxl: estimate the lines of the task."""
    lines = 1
    for cell, column in zip(row, COLUMNS, strict=False):
        if isinstance(cell.value, str):
            lines = max(lines, math.ceil(len(cell.value) * 2 / max(column.width - 1, 1)))
    return min(15.0 * lines + 4, 150.0)


def _validations(ws, first: int, last: int) -> None:
    def column_range(header: str) -> str:
        letter = chr(ord("A") + [c.header for c in COLUMNS].index(header))
        return f"{letter}{first}:{letter}{last}"

    number = DataValidation(
        type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True, showErrorMessage=True
    )
    number.error, number.errorTitle = "请填写不小于 0 的数字（不带单位）。", "数量格式不对"
    number.prompt, number.showInputMessage = "只填数字，计量单位与“目标”一致", True
    number.add(column_range(DONE_PERIOD))
    number.add(column_range(DONE_TOTAL))
    percent = DataValidation(
        type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True
    )
    percent.error, percent.errorTitle, percent.showErrorMessage = (
        "进度请填 0—100 的数字。",
        "进度格式不对",
        True,
    )
    percent.add(column_range(PROGRESS))
    yes_no = DataValidation(type="list", formula1='"是,否"', allow_blank=True, showErrorMessage=True)
    yes_no.error, yes_no.errorTitle = "请选择“是”或“否”。", "是否完成"
    yes_no.add(column_range(COMPLETED))
    # A warning, not a stop: a date typed as 2024.7.31 is text to Excel, and the importer reads it.
    when = DataValidation(
        type="date",
        operator="between",
        formula1="DATE(2020,1,1)",
        formula2="DATE(2035,12,31)",
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
    )
    when.error, when.errorTitle = "请填写日期，如 2024-07-31。", "完成时间"
    when.add(column_range(COMPLETED_ON))
    for validation in (number, percent, yes_no, when):
        ws.add_data_validation(validation)


def _instruction_block(ws, first_row: int, lines: Sequence[str]) -> None:
    last_letter = chr(ord("A") + len(COLUMNS) - 1)
    for offset, line in enumerate(lines):
        row = first_row + offset
        cell = set_value(ws.cell(row=row, column=1), line)
        cell.font = BODY_FONT
        ws.merge_cells(f"A{row}:{last_letter}{row}")
        ws.row_dimensions[row].height = 18


def _hidden_sheet(
    wb: Workbook, round_view: RoundView, unit_id: int, unit: str, locked, checksum: str
) -> None:
    meta = wb.create_sheet(HIDDEN_SHEET)
    meta.append([MARKER])
    for key, value in (
        (KEY_VERSION, TEMPLATE_VERSION),
        (KEY_ROUND, round_view.id),
        (KEY_PLAN, round_view.plan_id),
        (KEY_UNIT_ID, unit_id),
        (KEY_UNIT, unit),
        (KEY_PERIOD, round_view.period),
        (KEY_CHECKSUM, checksum),
    ):
        # set_value: a unit renamed to "=…" (or so imported from a roster) stays text, not a formula.
        row = meta.max_row + 1 if meta.max_row > 1 or meta["A1"].value is not None else 1
        meta.cell(row=row, column=1, value=key)
        set_value(meta.cell(row=row, column=2), value)
    for column, header in enumerate(LOCKED_COLUMNS, start=1):
        meta.cell(row=LOCKED_HEADER_ROW, column=column, value=header)
    for offset, values in enumerate(locked, start=1):
        for column, value in enumerate(values, start=1):
            set_value(meta.cell(row=LOCKED_HEADER_ROW + offset, column=column), value)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True


def make_templates(
    session: Session,
    plan_id: int,
    period: str,
    out_dir: Path,
    *,
    due_on: date | None = None,
    office: str = DEFAULT_OFFICE,
    unit_ids: set[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> MadeTemplates:
    """Open (or reuse) the round and write one template per unit into `out_dir`."""
    round_view = open_round(session, plan_id, period, due_on)
    units = [
        (uid, name) for uid, name in round_units(session, plan_id) if unit_ids is None or uid in unit_ids
    ]
    files, by_unit = [], plan_return_tasks(session, plan_id)
    new_files: list[Path] = []
    try:
        for done, (unit_id, unit) in enumerate(units):
            tasks = by_unit.get(unit_id, [])
            workbook, checksum = build_template(round_view, unit_id, unit, tasks, office)
            target = Path(out_dir) / template_file_name(round_view.period, unit)
            existed = target.exists()
            path = save_workbook(workbook, target)
            if not existed:
                new_files.append(path)
            record_sent(session, round_view.id, unit_id, checksum, TEMPLATE_VERSION)
            files.append(TemplateFile(unit_id, unit, path, len(tasks), checksum))
            if progress:
                progress(done + 1, len(units))
    except BaseException:
        # The round rolls back with the transaction; forms already written would name a round that
        # does not exist, and a unit could fill one in. Take back the ones this call added.
        for path in new_files:
            path.unlink(missing_ok=True)
        raise
    return MadeTemplates(round_view, tuple(files))
