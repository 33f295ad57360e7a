"""A 目标任务分解表 copied one cell a line, without 序号: 项目 | 分值 | 目标任务 | 监考单位.

District assessment tables give each indicator a score (分值, 权重) and print a merged cell once: a
category (宏观调控) in the first row of its block, a target or a unit cell shared by rows in the first of
them. Copied one cell a paragraph, the rows have no number to start them and vary in length. What starts
a row is its score: the indicator's name, then a bare number. From there to the next row's name the
cells are the row's: organisation names go to the unit column (a row without them shares the units above,
which `tables.task_rows` says as a doubt), the other cells to the columns after the score in order; a
word between one row's units and the next row's name is the next block's category.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import Row, column_of
from services.plans.parser.text import ends_like_unit, fold, split_units

_SCORE = compile_lazily(r"^(?:分值|权重|分数|计分|标准分|基础分)$")
_NUMBER = compile_lazily(r"^\d+(?:\.\d+)?%?$")
_LABEL_MAX = 8  # header cells are a few words (项 目 letter-spaced, 监考单位)
_DOMAIN = "类别"


def is_unit_cell(cell: str) -> bool:
    """Organisation names only (an indicator's name such as 地区生产总值增长率 reads like no unit)."""
    units = split_units(cell)
    return bool(units) and all(ends_like_unit(u) or fold(u).startswith("各") for u in units)


def _label(cell: str) -> str:
    return re.sub(r"\s+", "", fold(cell))


def scored_tables(lines: list[str]) -> list[list[Row]]:
    cells = [line.strip() for line in lines if line.strip()]
    tables: list[list[Row]] = []
    for start in range(len(cells)):
        header = _header(cells, start)
        if header:
            rows = _rows(header, cells[start + len(header) :])
            if len(rows) > 1:
                tables.append(rows)
    return tables


def _header(cells: list[str], start: int) -> list[str]:
    """The labels from `start` when they make a scored task table's header (score right after task)."""
    labels: list[str] = []
    for cell in cells[start:]:
        if len(_label(cell)) > _LABEL_MAX or not (column_of(cell) or _SCORE.match(_label(cell))):
            break
        labels.append(cell)
    keys = [column_of(cell) for cell in labels]
    scores = [i for i, cell in enumerate(labels) if _SCORE.match(_label(cell))]
    if len(scores) != 1 or scores[0] == 0 or keys[scores[0] - 1] != "task":
        return []
    return labels if {"owner", "lead"} & set(keys) else []


def _rows(header: list[str], body: list[str]) -> list[Row]:
    keys = [column_of(cell) for cell in header]
    score = next(i for i, cell in enumerate(header) if _SCORE.match(_label(cell)))
    unit = next(i for i, key in enumerate(keys) if key in ("lead", "owner"))
    others = [i for i in range(score + 1, len(header)) if i != unit]
    starts = [
        i
        for i in range(len(body) - 1)
        if _NUMBER.match(body[i + 1]) and not _NUMBER.match(body[i]) and not is_unit_cell(body[i])
    ]
    rows: list[Row] = [[*header, _DOMAIN]]
    domain = next((cell for cell in body[: starts[0]] if not is_unit_cell(cell)), "") if starts else ""
    for row_start, following in zip(starts, [*starts[1:], len(body)], strict=True):
        row = [""] * (len(header) + 1)
        row[score - 1], row[score], row[-1] = body[row_start], body[row_start + 1], domain
        rest = body[row_start + 2 : following]
        last_unit = max((i for i, cell in enumerate(rest) if is_unit_cell(cell)), default=None)
        own = rest if last_unit is None else rest[: last_unit + 1]
        row[unit] = "、".join(cell for cell in own if is_unit_cell(cell))
        for column, cell in zip(others, [c for c in own if not is_unit_cell(c)], strict=False):
            row[column] = cell
        if last_unit is not None and rest[last_unit + 1 :]:
            domain = rest[last_unit + 1]  # a word after the units: the next block's category
        rows.append(row)
    return rows
