"""Where an existing ledger's table starts and what each of its columns holds.

A ledger sheet usually opens with a title (2024年全区重点工作督查台账), a 填报单位 line, then a header that
may take two rows (责任单位 over 牵头单位 | 配合单位). The header is the row among the first 30 whose cells
name the most ledger fields; the row under it joins the header when its cells are labels too. Each column
gets a field the clerk can change in the preview: the guess is only where the dialog starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.plans.ledger_sheet import Sheet
from services.plans.parser.table_columns import column_of
from services.plans.parser.text import fold

SCAN_ROWS = 30
SKIP = "skip"
# The choices of the preview's combo per column, in its order, with the words the clerk sees.
FIELDS = {
    SKIP: "不导入",
    "seq": "序号",
    "task": "任务",
    "lead": "牵头单位",
    "owner": "责任单位",
    "co": "配合单位",
    "due": "完成时限",
    "target": "目标",
    "progress": "进展情况",
    "leader": "责任领导",
    "domain": "所属领域",
}
_LABEL_MAX = 12  # a header cell is a short label, not a sentence
# Ledger columns a plan's task table does not have; checked before the plan's column words
# (services/plans/parser/tables.py), which would read 工作目标 as the task and 完成情况 as nothing.
_LEDGER_ONLY = (
    ("progress", re.compile(r"进展|进度(?!安排)|推进情况|完成情况|落实情况|工作情况|办理情况")),
    # 目标任务 beside a 重点任务 column holds the goals; alone, it is the task (find_header).
    ("target", re.compile(r"目标|指标")),
    (SKIP, re.compile(r"备注|问题|困难|下步|下一步|是否|评价|得分|说明|附件|联系")),
)
# 编号 in 台账编号 or 督办编号 is the number of the row; the plan table wants 序号 alone.
_SEQ = re.compile(r"^(?:序号|编号|序|台账编号|督办编号|事项编号|任务编号|No\.?)$", re.I)


def field_of(label: str) -> str:
    """The field a header cell names, SKIP when it names none."""
    label = re.sub(r"\s+", "", fold(label))
    if not label or len(label) > _LABEL_MAX:
        return SKIP
    if _SEQ.match(label):
        return "seq"
    for key, pattern in _LEDGER_ONLY:
        if pattern.search(label):
            return key
    # The plan's task-table words name the rest with the same keys: seq, leader, due, lead, co, owner,
    # domain, task. Their `other` (状态, 说明 …) is no ledger field.
    key = column_of(label)
    return key if key in FIELDS else SKIP


@dataclass(frozen=True)
class Header:
    rows: tuple[int, ...]  # 0-based rows the header takes (one or two)
    labels: tuple[str, ...]  # one label per column, both rows' words when they differ
    mapping: tuple[str, ...]  # the guessed field of each column


def _fields_in(row: list[str]) -> set[str]:
    return {f for f in map(field_of, row) if f != SKIP}


def find_header(sheet: Sheet) -> Header | None:
    """The header of the sheet's table, or None when no row among the first 30 names a task and one
    other field, or three fields (a ledger may call its task column 工作内容, 事项, or anything)."""
    best: tuple[int, int] | None = None
    for index, row in enumerate(sheet.rows[:SCAN_ROWS]):
        if index in sheet.spanning:
            continue  # a title merged across the table, even when it reads 重点任务推进情况
        fields = _fields_in(row)
        enough = len(fields) >= 3 or ("task" in fields and len(fields) >= 2)
        if enough and (best is None or len(fields) > best[1]):
            best = (index, len(fields))
    if best is None:
        return None
    top = best[0]
    # The best row may be either row of a two-row header: the lower one names more fields when it
    # splits 责任单位 into 牵头单位 | 配合单位.
    if top > 0 and _labels_only(sheet, top - 1) and _continues(sheet, top - 1):
        rows: tuple[int, ...] = (top - 1, top)
    else:
        rows = (top, top + 1) if _continues(sheet, top) else (top,)
    top = rows[0]
    labels, mapping = [], []
    for column in range(len(sheet.rows[top])):
        words = [sheet.rows[r][column].strip() for r in rows]
        lower, upper = words[-1], words[0]
        labels.append(upper if lower in ("", upper) else (f"{upper}/{lower}" if upper else lower))
        # The lower row is the narrower word (牵头单位 under 责任单位): it decides when it names a field.
        field = field_of(lower) if lower else SKIP
        mapping.append(field if field != SKIP else field_of(upper))
    if "task" not in mapping and "target" in mapping:
        mapping[mapping.index("target")] = "task"  # 目标任务 | 牵头单位 | …: the goals are the tasks
    return Header(rows, tuple(labels), tuple(_unique_singles(mapping)))


def _labels_only(sheet: Sheet, index: int) -> bool:
    """A row of short labels naming a field (责任单位 over two columns), not a title or 填报单位 line."""
    cells = [c for c in sheet.rows[index] if c]
    return (
        index not in sheet.spanning
        and bool(_fields_in(sheet.rows[index]))
        and all(len(re.sub(r"\s+", "", c)) <= _LABEL_MAX for c in cells)
    )


def _continues(sheet: Sheet, top: int) -> bool:
    """Whether the row under the header is its second row: its own words (not the merged copies of the
    row above) are short labels, at least one of them a field."""
    if top + 1 >= len(sheet.rows) or top + 1 in sheet.spanning:
        return False
    upper, lower = sheet.rows[top], sheet.rows[top + 1]
    own = [cell for cell, above in zip(lower, upper, strict=False) if cell and cell != above]
    if not own:
        return any(lower) and lower == upper  # a header merged over two rows and nothing else
    return all(len(re.sub(r"\s+", "", c)) <= _LABEL_MAX and not re.fullmatch(r"\d+", c) for c in own) and any(
        field_of(c) != SKIP for c in own
    )


def _unique_singles(mapping: list[str]) -> list[str]:
    """A field that is one value per task (序号, 完成时限, 责任领导, 所属领域) keeps its first column;
    text and unit fields may take several columns, whose values are joined."""
    seen: set[str] = set()
    result = []
    for field in mapping:
        if field in ("seq", "due", "leader", "domain") and field in seen:
            field = SKIP
        seen.add(field)
        result.append(field)
    return result


def no_header_reason(sheets: list[Sheet]) -> str:
    """What was found instead of a header, and what to do: the message for a sheet with no table."""
    filled = [s for s in sheets if any(any(row) for row in s.rows)]
    if not filled:
        return "工作表都是空的，没有任何内容：请确认选择的是台账文件，而不是新建的空白表格。"
    first = filled[0]
    seen = next((" | ".join(c for c in row if c)[:60] for row in first.rows if any(row)), "")
    return (
        f"在前 {SCAN_ROWS} 行中没有找到台账的表头（工作表“{first.title}”第一行内容是“{seen}”）。"
        "台账应有一行列名，如“序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 | 进展情况”："
        "请在表格上方补上这样一行列名，或确认选择的是台账而不是方案正文（方案请用“导入方案”）。"
    )
