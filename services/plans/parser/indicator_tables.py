"""An indicator table that names nobody: 序号 | 考评指标 | 权重 | 数据来源, each row a measure without owners.

An annex of indicators (考核评价指标体系, 主要指标表) numbers its rows and names each indicator, but its only
columns of organisations may say where a figure comes from (数据来源), not who answers for it. When a plan
has nothing else the reader can take as measures, these rows are its measures: the clerk gives them their
units on the review screen (each carries the doubt that no unit was found, and says why), instead of the
whole plan being refused.
"""

from __future__ import annotations

from services.plans.parser.model import TaskTableRow
from services.plans.parser.tables import Row, column_of

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
