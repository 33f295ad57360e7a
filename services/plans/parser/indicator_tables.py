"""An indicator table that names nobody: 序号 | 考评指标 | 权重 | 数据来源, each row a measure without owners.

An annex of indicators (考核评价指标体系, 主要指标表) numbers its rows and names each indicator, but its only
columns of organisations may say where a figure comes from (数据来源), not who answers for it. When a plan
has nothing else the reader can take as measures, these rows are its measures: the clerk gives them their
units on the review screen (each carries the doubt that no unit was found, and says why), instead of the
whole plan being refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedItem, TaskTableRow
from services.plans.parser.table_columns import Row, column_of
from services.plans.parser.text import fold, is_party

NO_OWNER_COLUMN = "表中没有牵头或责任单位一列，请在核对时为这一项指定责任单位"


def indicator_rows(rows: list[Row]) -> list[TaskTableRow]:
    """The numbered rows of a table whose header has a 序号 and a task (指标, 任务…) column, else []."""
    for index, header in enumerate(rows):
        keys = [column_of(cell) for cell in header]
        if "seq" not in keys or "task" not in keys:
            continue
        seq, task = keys.index("seq"), keys.index("task")
        found: list[TaskTableRow] = []
        for row in rows[index + 1 :]:
            if len(row) != len(header) or not row[seq].strip().isdigit() or not row[task].strip():
                continue
            details = tuple(
                (header[c].replace(" ", ""), cell.strip())
                for c, cell in enumerate(row)
                if c not in (seq, task) and cell.strip()
            )
            found.append(
                TaskTableRow(
                    row[seq].strip(), None, row[task].strip(), details=details, doubts=(NO_OWNER_COLUMN,)
                )
            )
        return found
    return []


_SHARED = 8  # characters in common that make a table row the same work as a point


def restates(items: Sequence[ParsedItem], rows: list[TaskTableRow]) -> bool:
    """Whether a task table gives out the same work as the plan's measures: at least half of them share
    a run of words with some row (a 工作要点 restated in its 任务分解表), not a list of other work."""
    table = fold("\n".join(row.task + "".join(cell for _, cell in row.details) for row in rows))
    measures = [fold(re.sub(r"\s+", "", item.text)) for item in items if item.kind == "measure"]
    shared = sum(
        1
        for text in measures
        if any(text[start : start + _SHARED] in table for start in range(0, max(1, len(text) - _SHARED), 3))
    )
    return bool(measures) and shared * 2 >= len(measures)


def shares_words(row: TaskTableRow, items: Sequence[ParsedItem], step: int = 1) -> bool:
    """Whether the row's task shares a run of words with a measure already read (taken every `step`
    characters): the same work written twice, once as a table's row."""
    text = fold(re.sub(r"\s+", "", row.task))
    measures = [fold(re.sub(r"\s+", "", item.text)) for item in items if item.kind == "measure"]
    starts = range(0, max(1, len(text) - _SHARED + (step == 1)), step)
    return any(text[start : start + _SHARED] in measure for measure in measures for start in starts)


_PROJECT_COLUMN = compile_lazily(r"建设内容|建设规模|总投资|投资额|项目类型")
# 联络员 / 联系电话 / 分值 / 评分细则: a roster's or a score sheet's columns, no table of work.
_NOT_WORK_COLUMN = compile_lazily(r"联络员|联系人|电话|分值|评分|得分|扣分")


# one measure in this many naming its owner, and the body's measures are "hardly owned"
OWNED_SHARE = 5


def other_work(items: Sequence[ParsedItem], rows: list[TaskTableRow]) -> bool:
    """Whether an annex's task table gives out work the plan's measures do not: a list of projects (a
    建设内容 / 总投资 column) where no row shares a run of words with any measure, every row's lead is an
    organisation, and no column is a roster's or a score sheet's. A table of the year's tasks or targets
    beside numbered measures (2024年任务清单) is their breakdown, kept as the plan's task table."""
    if not any(_PROJECT_COLUMN.search(header) for row in rows for header, _ in row.details):
        return False
    for row in rows:
        if shares_words(row, items, step=3):
            return False
        if not row.lead_units or not all(is_party(unit) for unit in row.lead_units):
            return False
        if any(_NOT_WORK_COLUMN.search(header) for header, _ in row.details):
            return False
    return bool(rows)


def hardly_owned(items: list[ParsedItem]) -> bool:
    """Whether the body's measures name nearly no owner: none, or one in five at most (a 保障措施's
    `区绿化市容局牵头…协作` over points that name nobody)."""
    measures = [item for item in items if item.kind == "measure"]
    owned = sum(bool(item.lead_units) for item in measures)
    return owned * OWNED_SHARE <= len(measures)


def gives_work(items: list[ParsedItem], rows: list[TaskTableRow]) -> bool:
    """Whether a table beside hardly owned measures gives their work out: any table of tasks where no measure
    names an owner; where one does, not a score sheet or a list of liaisons (a 分值 / 联络员 column)."""
    if not any(item.lead_units for item in items if item.kind == "measure"):
        return True
    return not any(_NOT_WORK_COLUMN.search(header) for row in rows for header, _ in row.details)
