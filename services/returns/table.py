"""Find the return table in a sheet's cells: its header row, its task rows, and every other typed row.

Rows are found below the header wherever they are: blank rows are skipped, re-sorted rows keep their
台账编号, the 填表说明 block closes the table. A row that names no task (其中：…), a 备注 line, and the cells
of a task row in a column the form does not have come back as ``LooseRow``s, so that the check can say
them: a clerk's typing is never dropped in silence. A merged cell's value is repeated in the rows it
covers, marked, so the check can say that too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from openpyxl.utils import get_column_letter

from services.errors import CellRef
from services.returns.template import COLUMNS, EDITABLE_COLUMNS, ID, TASK
from services.returns.values import is_empty, normal_text

HEADER_SCAN_ROWS = 40
EXCEL_CELL_CHARS = 32_767  # the most Excel and WPS keep in one cell
NOTE_STARTS = ("填表说明", "说明", "备注", "注：", "注:", "填报人", "联系人", "审核人", "单位负责人")
# Headers as clerks retype them, mapped to the template's; compared without spaces or brackets.
HEADER_ALIASES = {
    "编号": ID,
    "任务编号": ID,
    "台账号": ID,
    "任务名称": TASK,
    "任务内容": TASK,
    "重点任务": TASK,
    "目标任务": "目标",
    "指标": "目标",
    "时限": "完成时限",
    "期限": "完成时限",
    "完成期限": "完成时限",
    "本期完成": "本期完成数量",
    "本期完成量": "本期完成数量",
    "累计完成数量": "累计完成",
    "累计完成量": "累计完成",
    "进度": "进度（%）",
    "完成进度": "进度（%）",
    "进度%": "进度（%）",
    "工作进展": "进展情况",
    "进展": "进展情况",
    "困难和问题": "存在问题",
    "问题": "存在问题",
    "下一步计划": "下步计划",
    "下步工作计划": "下步计划",
    "完成情况": "是否完成",
    "实际完成时间": "完成时间",
    "完成日期": "完成时间",
}
_KNOWN = {c.header for c in COLUMNS}
_UNIT_LINE = re.compile(r"填报单位(?:（盖章）|\(盖章\))?[:：]\s*([^\s　：:]+)")
_PERIOD_LINE = re.compile(r"报送期次[:：]\s*([^\s　]+)")
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


class RawCell(NamedTuple):
    """One non-empty cell (a NamedTuple: thirty returns are tens of thousands of cells)."""

    value: Any
    number_format: str | None
    column: str  # letter, for messages
    merged_from: int | None = None  # the row of a merged cell's value, when this row is under it


@dataclass(frozen=True)
class RawRow:
    sheet: str
    row: int
    cells: dict[str, RawCell]  # template header -> cell

    def value(self, header: str) -> Any:
        cell = self.cells.get(header)
        return None if cell is None else cell.value

    def where(self, header: str) -> CellRef:
        cell = self.cells.get(header)
        return CellRef(self.sheet, self.row, cell.column if cell else None)


@dataclass(frozen=True)
class LooseRow:
    """A row under the header that names no task (其中：…, a note, figures without a task), or the cells of a
    task row in columns the form does not have: typed by a clerk, so said, never dropped in silence."""

    sheet: str
    row: int
    cells: tuple[tuple[str, str, str], ...]  # (column letter, header or "", the clerk's text)
    note: bool = False  # a 备注/说明/填报人 line: commentary, not figures
    task_row: bool = False  # cells in extra columns of a task's own row

    def where(self) -> CellRef:
        return CellRef(self.sheet, self.row, self.cells[0][0] if len(self.cells) == 1 else None)


def header_key(text: Any) -> str | None:
    key = re.sub(r"[\s　*＊]", "", normal_text(text)).replace("(", "（").replace(")", "）")
    if key in _KNOWN:
        return key
    bare = key.replace("（", "").replace("）", "")
    for known in _KNOWN:
        if bare == known.replace("（", "").replace("）", ""):
            return known
    return HEADER_ALIASES.get(bare)


_TARGET_ROW_ID = re.compile(r"^(\d{1,9})-(\d{1,2})$")


def is_row_id(text: str) -> bool:
    """A task's 台账编号 (`12`) or one of its target rows' (`12-2`, services/returns/template.py)."""
    return text.isdigit() or _TARGET_ROW_ID.match(text) is not None


def target_row(text: str) -> tuple[int, int] | None:
    """(item id, target position from 0) of a target row's 台账编号, else None."""
    m = _TARGET_ROW_ID.match(text)
    return (int(m[1]), int(m[2]) - 1) if m else None


def find_table(sheet: str, rows: list[tuple[int, dict[str, RawCell]]], merged=()):
    """(unit, period, rows, loose rows) when the sheet holds a return table, else None."""
    for index, (number, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns = {letter: header_key(cell.value) for letter, cell in cells.items()}
        known = {letter: key for letter, key in columns.items() if key}
        if TASK not in known.values() or not set(known.values()) & set(EDITABLE_COLUMNS[:4]):
            continue
        above = " ".join(normal_text(c.value) for _n, cs in rows[:index] for c in cs.values())
        unit = m[1] if (m := _UNIT_LINE.search(above)) else None
        period = m[1] if (m := _PERIOD_LINE.search(above)) else None
        by_header = {key: letter for letter, key in known.items()}
        extra = {letter: normal_text(cells[letter].value) for letter in cells if letter not in known}
        body = _with_merged(rows[index + 1 :], merged, below=number)
        table, loose = [], []
        for item in _data_rows(sheet, body, by_header, extra):
            (loose if isinstance(item, LooseRow) else table).append(item)
        return unit, period, tuple(table), tuple(loose)
    return None


def _with_merged(rows, merged, *, below: int):
    """Rows with a merged cell's value repeated in the rows it covers (only below the header: a two-row
    header is no data). Excel keeps the value in the top cell; the clerk meant it for every row."""
    if not merged:
        return rows
    by_number = {number: dict(cells) for number, cells in rows}
    for min_col, top, max_col, bottom in merged:
        if top <= below:
            continue
        source = by_number.get(top, {})
        for col in range(min_col, max_col + 1):
            letter = get_column_letter(col)
            cell = source.get(letter)
            if cell is None:
                continue
            for number in range(top + 1, bottom + 1):
                by_number.setdefault(number, {})[letter] = RawCell(
                    cell.value, cell.number_format, letter, top
                )
    return sorted(by_number.items())


def _data_rows(sheet: str, rows, by_header: dict[str, str], extra: dict[str, str] | None = None):
    task_letter, id_letter = by_header[TASK], by_header.get(ID)
    known = set(by_header.values())
    extra = extra or {}
    for number, cells in rows:
        if not cells:
            continue
        first = normal_text(cells[min(cells)].value) if cells else ""
        typed = tuple(
            (letter, extra.get(letter, ""), str(cell.value).strip())
            for letter, cell in sorted(cells.items())
            if cell.merged_from is None and not is_empty(cell.value)
        )
        if first.startswith(NOTE_STARTS) and task_letter not in cells:
            if first.startswith("填表说明"):
                return  # the instruction block closes the table
            if typed:
                yield LooseRow(sheet, number, typed, note=True)
            continue
        has_id = id_letter is not None and is_row_id(
            normal_text(cells.get(id_letter, RawCell(None, None, "")).value)
        )
        if not has_id and (task_letter not in cells or is_empty(cells[task_letter].value)):
            if typed:  # 其中：…, a subtotal, figures without a task: said, not imported
                yield LooseRow(sheet, number, typed)
            continue
        outside = tuple(t for t in typed if t[0] not in known)
        if outside:
            yield LooseRow(sheet, number, outside, task_row=True)
        yield RawRow(
            sheet, number, {key: cells[letter] for key, letter in by_header.items() if letter in cells}
        )
