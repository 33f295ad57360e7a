"""A task with several targets reports each on its own row of the form (目标①②…).

The task's own row carries target ① with its progress and words; rows `12-2`, `12-3` (services/
return_template.target_rows) carry targets ②③ and only their 本期完成数量 / 累计完成. Each figure goes to its
own target's done figure, so the light judges every target (services/ledger/lights.py). A form without target
rows (an older form, a retyped table) keeps one 累计 cell for several targets: that figure is kept with the
report and the office is told it reached no target (services/returns/check.py).
"""

from __future__ import annotations

from dataclasses import replace

from services.errors import CellRef
from services.returns.findings import (
    WARNING,
    Change,
    CheckContext,
    CheckResult,
    Problem,
    RowUpdate,
    fmt,
    task_label,
)
from services.returns.reader import RawReturn, RawRow
from services.returns.table import target_row
from services.returns.template import (
    DONE_PERIOD,
    DONE_TOTAL,
    EDITABLE_COLUMNS,
    ID,
    LOCKED_COLUMNS,
    target_rows,
)
from services.returns.values import ValueProblem, is_empty, normal_text, quantity, shown

TARGET_FORM_VERSION = 2  # templates from this version on give each target its own row


def split_target_rows(raw: RawReturn) -> tuple[list[RawRow], list[tuple[RawRow, int, int]]]:
    """The task rows, and the target rows with their (item id, target position)."""
    tasks, targets = [], []
    for row in raw.rows:
        found = target_row(normal_text(row.value(ID)))
        if found is None:
            tasks.append(row)
        else:
            targets.append((row, *found))
    return tasks, targets


def per_target_items(raw: RawReturn, ctx: CheckContext, targets: list[tuple[RawRow, int, int]]) -> set[int]:
    """Tasks whose 累计完成 on their own row is target ①'s: the form gave their other targets rows."""
    if raw.identity is not None and (raw.identity.version or 1) >= TARGET_FORM_VERSION:
        return {t.item_id for t in ctx.tasks.values() if len(t.target_parts) > 1}
    return {item_id for _row, item_id, _k in targets}


def check_target_rows(targets: list[tuple[RawRow, int, int]], ctx: CheckContext, result: CheckResult) -> None:
    """Read each target row's figures onto its task's update (made here when the task's row had none)."""
    figures: dict[int, list[tuple[int, float | None, float | None, CellRef]]] = {}
    for row, item_id, position in targets:
        task = ctx.tasks.get(item_id)
        if task is None or not 0 < position < len(task.target_parts):
            result.problems.append(
                Problem(
                    f"台账编号 {shown(row.value(ID))} 不是{ctx.unit}任务的目标行，本行未导入。",
                    row.where(ID),
                    WARNING,
                )
            )
            _name_typed(row, result, EDITABLE_COLUMNS)
            continue
        _check_locked(row, target_rows(task)[position - 1], result)
        period, total = (_figure(row, h, result) for h in (DONE_PERIOD, DONE_TOTAL))
        _name_typed(row, result, [h for h in EDITABLE_COLUMNS if h not in (DONE_PERIOD, DONE_TOTAL)])
        if period is not None or total is not None:
            figures.setdefault(item_id, []).append((position, period, total, row.where(DONE_TOTAL)))
    for item_id, found in figures.items():
        _merge(item_id, found, ctx, result)


def _merge(item_id: int, found, ctx: CheckContext, result: CheckResult) -> None:
    task = ctx.tasks[item_id]
    index = next((n for n, u in enumerate(result.updates) if u.item_id == item_id), None)
    update = result.updates[index] if index is not None else RowUpdate(item_id)
    figures = [*update.target_totals, *((p, period, total) for p, period, total, _w in found)]
    update = replace(update, target_totals=tuple(sorted(figures)))
    if index is None:
        result.updates.append(update)
    else:
        result.updates[index] = update
    label = task_label(task.number, task.title)
    for position, _period, total, where in found:
        text, goal, unit = task.target_parts[position]
        if total is None:
            continue
        result.changes.append(
            Change(item_id, label, f"累计完成（目标{position + 1}）", "—", fmt(total), where)
        )
        if goal is not None and total > goal:
            result.problems.append(
                Problem(
                    f"目标{position + 1}“{text}”累计完成 {total:g} 超过目标 {goal:g}{unit or ''}：请核实。",
                    where,
                )
            )


def _check_locked(row: RawRow, sent: tuple, result: CheckResult) -> None:
    """A target row's grey cells as the form wrote them: an edit is said, as on a task's own row."""
    for header, old in zip(LOCKED_COLUMNS[1:], sent[1:], strict=True):
        cell = row.cells.get(header)
        if cell is not None and normal_text(cell.value) != normal_text(old):
            result.problems.append(
                Problem(f"锁定单元格被修改：原为“{old}”，现为“{shown(cell.value)}”。", row.where(header))
            )


def _figure(row: RawRow, header: str, result: CheckResult) -> float | None:
    cell = row.cells.get(header)
    if cell is None:
        return None
    try:
        reading = quantity(cell.value, cell.number_format)
    except ValueProblem as exc:
        result.problems.append(Problem(f"{header}：{exc}，该值未导入。", row.where(header)))
        return None
    return reading.value


def _name_typed(row: RawRow, result: CheckResult, headers) -> None:
    typed = [(h, row.value(h)) for h in headers if not is_empty(row.value(h))]
    if typed:
        listed = "；".join(f"{h}“{shown(v, 40)}”" for h, v in typed)
        result.problems.append(
            Problem(
                f"目标行只填本期完成数量和累计完成，以下内容未导入：{listed}。进展情况等请填在任务所在的行。",
                CellRef(row.sheet, row.row),
                WARNING,
            )
        )


__all__ = ["TARGET_FORM_VERSION", "check_target_rows", "per_target_items", "split_target_rows"]
