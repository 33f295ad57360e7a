"""A task table page printed on one line (a flipbook's text layer), cells run together without separators.

`序号 条款对应的工作内容 责任单位 责任类型(25)受理…的奖励市文广旅局 受理(26) 对重点旅游项目…`: the header's
labels stand after 序号, and each row opens with its number in brackets, rising by one down the page. A
row's cells are told by what they hold: the unit cell is the first organisation name after the task's
sentence (a level word 市/区/县/省 … an organisation's ending), a bracket after it naming a unit that
配合 is a co-unit, and what follows is the table's other columns, kept whole as the row's note.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import Row, column_of
from services.plans.parser.text import fold

_MARK = compile_lazily(r"[(（](\d{1,3})[)）]")
_UNIT = compile_lazily(
    r"[市区县省][^\s，,。；;、()（）]{1,12}?"
    r"(?:局|委员会|委|部|办公室|办|厅|中心|院|署|会|公司|政府|管委会)(?![法理事公])"  # 办法 is no 办
)
_CO = compile_lazily(r"^\s*[(（]?\s*(" + _UNIT.pattern + r")[^()（）]{0,8}配合[^()（）]{0,12}[)）]")
_TASK_MIN = 4  # a unit name stands after a task's words, never at the row's start


def flat_tables(lines: list[str]) -> list[list[Row]]:
    tables: list[list[Row]] = []
    for line in lines:
        text = fold(line)
        at = text.find("序号")
        if at < 0:
            continue
        marks = _rising_marks(text[at:])
        if len(marks) < 2:
            continue
        labels = text[at + 2 : at + marks[0].start()].split()
        if not any(column_of(label) == "task" for label in labels) or not any(
            column_of(label) in ("lead", "owner") for label in labels
        ):
            continue
        rows: list[Row] = [["序号", "工作任务", "牵头单位", "配合单位", "其他"]]
        ends = [mark.start() for mark in marks[1:]] + [len(text) - at]
        for mark, end in zip(marks, ends, strict=True):
            rows.append([mark.group(1), *_cells(text[at + mark.end() : at + end])])
        tables.append(rows)
    return tables


def _rising_marks(text: str) -> list[re.Match]:
    """The row numbers in brackets that follow each other (25, 26, 27 …), the longest such run."""
    runs: list[list[re.Match]] = []
    for mark in _MARK.finditer(text):
        value = int(mark.group(1))
        run = next((r for r in runs if int(r[-1].group(1)) + 1 == value), None)
        if run is not None:
            run.append(mark)
        else:
            runs.append([mark])
    return max(runs, key=len, default=[])


def _cells(row: str) -> list[str]:
    """task, lead, co, the rest — the rest and an unplaced row kept whole, never dropped."""
    unit = next((m for m in _UNIT.finditer(row) if m.start() >= _TASK_MIN), None)
    if unit is None:
        return [row.strip(), "", "", ""]
    rest = row[unit.end() :]
    co = ""
    if (bracket := _CO.match(rest)) is not None:
        co, rest = bracket.group(1), rest[bracket.end() :]
    return [row[: unit.start()].strip(), unit.group(0), co, rest.strip()]
