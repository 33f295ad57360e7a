"""A task table whose cells are separated by spaces: 序号 工作任务 牵头部门 over `1 居民消费价格涨幅3%左右 发展改革委`."""

from __future__ import annotations

import re

from services.plans.parser.table_fit import is_unit_cell
from services.plans.parser.tables import Row, column_of, columns_of
from services.plans.parser.text import fold

PIPE = "|"
_PART_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


_SPACED_ROW = re.compile(r"^\s*(\d{1,3})\s+(\S.*)$")


def _words(line: str) -> list[str]:
    """Space-separated words, with letter-spaced labels joined again: 工 作 任 务 -> 工作任务."""
    words: list[str] = []
    run: list[str] = []
    for token in fold(line).split():
        if len(token) == 1:
            run.append(token)
            continue
        if run:
            words.append("".join(run))
            run = []
        words.append(token)
    if run:
        words.append("".join(run))
    return words


def spaced_tables(lines: list[str]) -> list[list[Row]]:
    """序号 工作任务 牵头部门 over lines `1 居民消费价格涨幅3%左右 发展改革委`: the task is everything between.

    The header may end a line of other words (a PDF's title run into it: …分解表 序号 名称 工作任务 牵头
    责任单位), a row may leave a column empty (名称 given only for a part) when its last word is the unit
    list, and a part's heading (一、经济社会发展主要预期目标) may stand between rows."""
    tables: list[list[Row]] = []
    for index, line in enumerate(lines):
        words = _words(line)
        seq_at = next((i for i, word in enumerate(words) if column_of(word) == "seq"), None)
        if seq_at is None or "\t" in line or PIPE in line:
            continue
        header = words[seq_at:]
        columns = columns_of(header) if len(header) >= 3 else None
        if columns is None:
            continue
        unit_col = columns.lead if columns.lead is not None else columns.owner
        rows: list[Row] = [header]
        for row_line in lines[index + 1 :]:
            match = _SPACED_ROW.match(row_line)
            if not match:
                if row_line.strip() and not _PART_HEADING.match(fold(row_line).strip()):
                    break
                continue
            words = match.group(2).split()
            after = len(header) - 1
            if len(words) < after:
                if len(words) < 2 or unit_col is None or not is_unit_cell(words[-1]):
                    break
                row = [match.group(1), *[""] * after]
                row[columns.task] = " ".join(words[:-1])
                row[unit_col] = words[-1]
                rows.append(row)
                continue
            task_at = columns.task - 1
            tail = after - task_at - 1
            middle = words[task_at : len(words) - tail]
            rows.append([match.group(1), *words[:task_at], " ".join(middle), *words[len(words) - tail :]])
        if len(rows) > 1:
            tables.append(rows)
    return tables
