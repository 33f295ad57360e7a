"""Compare a read return with the ledger: what would change, and what cannot be trusted.

Every problem carries its sheet, row and column and one of three levels: a note (a guess the office
should see, e.g. `0.8` read as 80%), a warning (accepted only when the user accepts the file: an edited
locked cell, a cumulative figure lower than last time, more than the target, a second return, a return
for another round) and an error (the file cannot be accepted). A row for a task that is not the unit's is
never imported, whatever the user accepts.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from services.errors import CellRef
from services.returns.findings import (
    ERROR,
    LEVEL_LABELS,
    NOTE,
    WARNING,
    Change,
    CheckContext,
    CheckResult,
    LedgerState,
    Problem,
    RowUpdate,
    fmt,
    task_label,
)
from services.returns.identity import check_form
from services.returns.reader import LooseRow, RawReturn, RawRow
from services.returns.rounds import ReturnTask
from services.returns.targets import check_target_rows, per_target_items, split_target_rows
from services.returns.template import (
    COMPLETED,
    COMPLETED_ON,
    DONE_PERIOD,
    DONE_TOTAL,
    EDITABLE_COLUMNS,
    ID,
    LOCKED_COLUMNS,
    NEXT_STEPS,
    NUMBER,
    PROBLEMS,
    PROGRESS,
    SITUATION,
    TASK,
)
from services.returns.values import (
    Reading,
    ValueProblem,
    calendar_date,
    completed,
    is_empty,
    normal_text,
    percent,
    quantity,
    shown,
    text_value,
)

# The words of findings.py, also importable from here where the check's callers always found them.
__all__ = [
    "ERROR",
    "LEVEL_LABELS",
    "NOTE",
    "WARNING",
    "Change",
    "CheckContext",
    "CheckResult",
    "LedgerState",
    "Problem",
    "RowUpdate",
    "check_return",
    "fmt",
    "task_label",
]


def check_return(raw: RawReturn, ctx: CheckContext) -> CheckResult:
    result = CheckResult()
    check_form(raw, ctx, result)
    for where in raw.uncached_formulas:
        result.problems.append(
            Problem(
                "单元格是公式，但文件中没有保存计算结果，该值未导入：请在 Excel 或 WPS 中打开此文件、保存后重新导入。",
                where,
            )
        )
    sheets = list(dict.fromkeys(row.sheet for row in raw.rows))
    if len(sheets) > 1:
        result.problems.append(
            Problem(f"报送表分在 {len(sheets)} 个工作表中（{'、'.join(sheets)}），已全部读取。", level=NOTE)
        )
    by_title = {normal_text(t.title): t.item_id for t in ctx.tasks.values()}
    plan_by_title = {normal_text(title): item_id for item_id, (_n, title) in ctx.plan_items.items()}
    task_rows, target_rows = split_target_rows(raw)
    result.per_target = per_target_items(raw, ctx, target_rows)
    resolved = []
    for row in task_rows:
        item_id = _row_item(row, ctx, by_title, plan_by_title, result)
        if item_id is None:
            _not_imported(row, result)
        else:
            resolved.append((row, item_id))
    # The same task twice (a table pasted twice, a filled copy of the sheet): the row the clerk filled
    # in counts, wherever it is; an empty twin says nothing; a second filled one is said, not imported.
    chosen: dict[int, RawRow] = {}
    for row, item_id in resolved:
        if item_id not in chosen or (not _typed(chosen[item_id]) and _typed(row)):
            chosen[item_id] = row
    for row, item_id in resolved:
        if chosen[item_id] is not row:
            if _typed(row):
                first = chosen[item_id]
                place = (
                    f"第{first.row}行"
                    if first.sheet == row.sheet
                    else f"工作表“{first.sheet}”第{first.row}行"
                )
                result.problems.append(
                    Problem(f"与{place}是同一项任务，本行未导入。", row.where(TASK), ERROR_ROW)
                )
                _not_imported(row, result)
            continue
        _check_locked(row, item_id, raw, result)
        if raw.identity is None or item_id not in raw.identity.locked:  # else a locked-cell edit says it
            _check_number(row, ctx.tasks[item_id], result)
        _check_row(row, ctx.tasks[item_id], ctx.state.get(item_id), ctx, result)
    check_target_rows(target_rows, ctx, result)
    for loose in raw.loose_rows:
        result.problems.append(_loose_problem(loose))
    unfilled = len(ctx.tasks) - len(result.updates)
    if unfilled > 0:
        result.problems.append(Problem(f"有 {unfilled} 项任务本期未填写任何内容。", level=NOTE))
    return result


def _typed(row: RawRow) -> bool:
    return any(not is_empty(row.value(h)) for h in EDITABLE_COLUMNS)


def _not_imported(row: RawRow, result: CheckResult) -> None:
    """Name what the clerk typed in a row that is not imported: nothing typed goes unsaid."""
    typed = [(h, row.value(h)) for h in EDITABLE_COLUMNS if not is_empty(row.value(h))]
    if typed:
        listed = "；".join(f"{h}“{shown(v, 40)}”" for h, v in typed)
        result.problems.append(
            Problem(f"本行填写的内容未导入：{listed}。", CellRef(row.sheet, row.row), ERROR_ROW)
        )


def _loose_problem(loose: LooseRow) -> Problem:
    quoted = "；".join(
        (f"{header}“{shown(text, 60)}”" if header else f"“{shown(text, 60)}”")
        for _letter, header, text in loose.cells
    )
    if loose.task_row:
        return Problem(
            f"报送表没有这一栏，内容未导入：{quoted}。如需记入台账，请写入“进展情况”后重新导入。",
            loose.where(),
        )
    if loose.note:
        return Problem(f"表中的备注或签名行，未导入：{quoted}。", loose.where(), NOTE)
    return Problem(
        f"本行没有台账编号和任务，无法判断属于哪项任务，内容未导入：{quoted}。"
        "如果是上一项任务的补充（如“其中：…”），请写入该任务的“进展情况”后重新导入。",
        loose.where(),
    )


# A row problem that skips the row but leaves the file acceptable: shown as a warning.
ERROR_ROW = WARNING


def _row_item(row: RawRow, ctx: CheckContext, by_title, plan_by_title, result: CheckResult) -> int | None:
    id_text = normal_text(row.value(ID))
    title = normal_text(row.value(TASK))
    by_id = int(id_text) if id_text.isdigit() and len(id_text) <= 9 else None
    by_content = by_title.get(title) or plan_by_title.get(title) if title else None
    if by_id is not None and by_content is not None and by_id != by_content:
        # An edited 台账编号 (or a row pasted over another): the id and the words name two tasks, and
        # guessing either puts figures on a task nobody reported on. Stop the row and ask.
        number, id_title = ctx.plan_items.get(by_id, (None, "（方案中没有这个编号）"))
        c_number, c_title = ctx.plan_items[by_content]
        result.problems.append(
            Problem(
                f"台账编号 {id_text} 是任务“{task_label(number, id_title)[:30]}”，本行的任务却是"
                f"“{task_label(c_number, c_title)[:30]}”（台账编号 {by_content}）：无法判断本行的数字属于哪项任务，"
                "本行未导入。请与单位核实后，让其改正台账编号或任务重新报送。",
                row.where(ID),
                ERROR_ROW,
            )
        )
        return None
    item_id = by_id if by_id is not None else by_content
    if item_id in ctx.tasks:
        return item_id
    if item_id in ctx.plan_items:
        number, plan_title = ctx.plan_items[item_id]
        message = f"任务“{task_label(number, plan_title)}”不是{ctx.unit}牵头或参与的任务，本行未导入。"
    else:
        shown_ = f"台账编号 {id_text}" if id_text else f"“{shown(row.value(TASK), 30)}”"
        message = f"在方案中找不到这项任务（{shown_}），本行未导入。"
    result.problems.append(Problem(message, row.where(ID if id_text else TASK), ERROR_ROW))
    return None


def _check_number(row: RawRow, task: ReturnTask, result: CheckResult) -> None:
    """A 序号 that names another task is said, even when the id and the words agree."""
    written = normal_text(row.value(NUMBER))
    if written and task.number and written != normal_text(task.number):
        result.problems.append(
            Problem(
                f"序号“{shown(row.value(NUMBER))}”与台账中这项任务的序号（{task.number}）不一致："
                f"已按台账编号和任务内容计入“{task_label(task.number, task.title)[:30]}”，请核实。",
                row.where(NUMBER),
            )
        )


def _check_locked(row: RawRow, item_id: int, raw: RawReturn, result: CheckResult) -> None:
    sent = raw.identity.locked.get(item_id) if raw.identity else None
    if sent is None:
        return
    for header, old in zip(LOCKED_COLUMNS, sent, strict=False):
        cell = row.cells.get(header)
        new = normal_text(cell.value) if cell else ""
        if cell is None and header not in (ID, TASK):
            continue  # a column the clerk deleted is not an edit of a value
        if new != old:
            result.problems.append(
                Problem(
                    f"锁定单元格被修改：原为“{old or '（空）'}”，现为“{new or '（空）'}”。", row.where(header)
                )
            )


def _text(value: object) -> Reading:
    return Reading(text_value(value))


def _read(row: RawRow, header: str, reader, result: CheckResult) -> Reading:
    cell = row.cells.get(header)
    if cell is None:
        return Reading(None)
    try:
        reading = (
            reader(cell.value, cell.number_format) if reader in (quantity, percent) else reader(cell.value)
        )
    except ValueProblem as exc:
        result.problems.append(Problem(f"{header}：{exc}，该值未导入。", row.where(header)))
        return Reading(None)
    if reading.note:
        result.problems.append(Problem(f"{header}：{reading.note}。", row.where(header), NOTE))
    if cell.merged_from is not None and reading.value is not None:
        # One merged 进展 cell over two tasks: the clerk wrote it for both; the office should see that.
        result.problems.append(
            Problem(
                f"{header}：本格与第{cell.merged_from}行合并为一格，合并格中的内容也计入本行的任务，请核实。",
                row.where(header),
            )
        )
    return reading


def _check_row(row: RawRow, task: ReturnTask, state: LedgerState | None, ctx: CheckContext, result) -> None:
    this_period = _read(row, DONE_PERIOD, quantity, result)
    total = _read(row, DONE_TOTAL, quantity, result)
    progress = _read(row, PROGRESS, percent, result)
    done, done_on = _read(row, COMPLETED, lambda v: completed(v), result).value or (None, None)
    on = _read(row, COMPLETED_ON, calendar_date, result).value or done_on
    situation, problems, next_steps = (
        _read(row, h, _text, result).value for h in (SITUATION, PROBLEMS, NEXT_STEPS)
    )

    said_done = bool(done) or this_period.done or total.done or progress.done
    total_value = total.value
    if total.done and total_value is None and task.target_quantity is not None:
        total_value = task.target_quantity
    progress_value = progress.value
    if said_done and progress_value is None:
        progress_value = 100
    update = RowUpdate(
        item_id=task.item_id,
        progress=progress_value,
        done_this_period=this_period.value,
        done_total=total_value,
        situation=situation,
        problems=problems,
        next_steps=next_steps,
        completed=True if said_done else done,
        completed_on=on,
        where=row.where(PROGRESS),
    )
    if all(
        v is None
        for v in (progress_value, this_period.value, total_value, situation, problems, next_steps, done)
    ):
        return
    if task.item_id in result.per_target and (this_period.value is not None or total_value is not None):
        update = replace(update, target_totals=((0, this_period.value, total_value),))
    result.updates.append(update)
    label = task_label(task.number, task.title)
    _untrustworthy(row, task, state, update, result)
    if said_done:
        when = f"（{on.isoformat()}）" if on else ""
        result.problems.append(Problem(f"单位申报已完成{when}，请核实后办结。", row.where(COMPLETED), NOTE))
    old = state or LedgerState(None, None, None, None, None, None, None)
    for header, before, after in (
        (PROGRESS, old.progress, update.progress),
        (DONE_PERIOD, None, update.done_this_period),
        (DONE_TOTAL, old.last_total, update.done_total),
        (SITUATION, old.situation, update.situation),
        (PROBLEMS, old.last_problems, update.problems),
        (NEXT_STEPS, old.last_next_steps, update.next_steps),
        (COMPLETED, None, _completed_text(said_done, done, on)),
    ):
        if after is None:
            continue
        result.changes.append(Change(task.item_id, label, header, fmt(before), fmt(after), row.where(header)))


def _completed_text(said_done: bool, done: bool | None, on: date | None) -> str | None:
    if said_done:
        return "是" + (f"（{on.isoformat()}）" if on else "")
    return "否" if done is False else None


def _untrustworthy(row: RawRow, task: ReturnTask, state, update: RowUpdate, result: CheckResult) -> None:
    total = update.done_total
    if task.targets > 1 and task.item_id not in result.per_target:
        for header, figure in ((DONE_PERIOD, update.done_this_period), (DONE_TOTAL, total)):
            if figure is not None:
                result.problems.append(
                    Problem(
                        f"这项任务有 {task.targets} 个目标（{task.target[:40]}），报送表只有一格“{header}”，"
                        f"无法判断 {figure:g} 属于哪个目标：该数字记入进展记录，不计入任何目标的完成数；"
                        "请在任务编辑中按目标登记完成数。",
                        row.where(header),
                    )
                )
    if total is not None and state is not None and state.last_total is not None and total < state.last_total:
        when = f"（{state.last_period}）" if state.last_period else ""
        result.problems.append(
            Problem(
                f"累计完成 {total:g} 低于上次报送的 {state.last_total:g}{when}：累计数不应减少，请与单位核实。",
                row.where(DONE_TOTAL),
            )
        )
    quantity_ = task.target_quantity
    if task.item_id in result.per_target and task.target_parts:
        quantity_ = task.target_parts[0][1]  # the task's own row reports target ①
    comparator = state.target_comparator if state else None
    if total is not None and quantity_ is not None and comparator != ">=":
        limit = quantity_ * 1.1 if comparator == "about" else quantity_
        if total > limit:
            result.problems.append(
                Problem(
                    f"累计完成 {total:g} 超过目标 {quantity_:g}{task.target_unit or ''}：请核实是否填错（如多填了一位）。",
                    row.where(DONE_TOTAL),
                )
            )
    if update.done_this_period is not None and total is not None and update.done_this_period > total:
        result.problems.append(
            Problem(
                f"本期完成数量 {update.done_this_period:g} 大于累计完成 {total:g}：请核实。",
                row.where(DONE_PERIOD),
            )
        )
