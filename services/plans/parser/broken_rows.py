"""A `|` table whose header and cells a web copy broke over lines.

区发改委2024年11月重点工作落实情况: `序号 | 工作 责任组 |` / `责任 领导 |` / `责任 单位 |` / `月度目标要求 | 工作进展 |`,
then row 3 with its targets 1.–4. each on a line of its own (`2.修改完善… | 已报审… | ||||`). Read a line a row,
the header named no unit column and the targets looked like rows of their own. Likewise a cell's numbered
points, split into cells of their own before the table was read, are joined again (`rejoined_points`).
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import Row, column_of, columns_of
from services.plans.parser.text import fold

_HEADER_LINES = 5  # a header broken over more lines than this is no header
_ROW_OPENER = compile_lazily(
    r"^\s*(?:\d{1,3}|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*$"
)


def broken_rows(lines: list[Row]) -> list[Row] | None:
    """A `|` table whose header and cells a web copy broke over lines (`序号 | 工作 责任组 |` / `责任 单位 |`
    / `月度目标要求 | 工作进展 |`, then a row's 1.… 2.… targets each on a line of their own): the header's
    lines joined until they name a task and a unit column, and, under a 序号 column, a line that opens with
    no row number the rest of the row above — its cells added to that row's last filled columns. None when
    the first line is a header on its own (the lines are the rows they look like)."""
    if not lines or _header_keys(lines[0]) is not None or not _labels(lines[0]):
        return None
    header, index = list(lines[0]), 1
    while index < min(len(lines), _HEADER_LINES) and not _ROW_OPENER.match(lines[index][0]):
        if not _labels(lines[index]):
            return None  # a line of values (索引号 | 000330185/2022-83945): no header broken over lines
        header += [cell for cell in lines[index] if cell.strip()]
        index += 1
    keys = _header_keys(header)
    if keys is None or index == len(lines):
        return None
    if "seq" not in keys:
        return [header, *lines[index:]]
    rows: list[Row] = [header]
    for cells in lines[index:]:
        if _ROW_OPENER.match(cells[0]) or len(rows) == 1:
            rows.append([*cells, *[""] * (len(header) - len(cells))][: max(len(header), len(cells))])
            continue
        filled = [cell for cell in cells if cell.strip()]
        row = rows[-1]
        columns = [c for c, cell in enumerate(row) if cell.strip()][-len(filled) :] if filled else []
        for column, cell in zip(columns, filled, strict=False):
            row[column] = f"{row[column]}\n{cell}"
    return rows


def _labels(cells: Row) -> bool:
    """A line of a header's labels: short cells without figures (序号 / 工作 责任组 / 责任 单位)."""
    filled = [cell for cell in cells if cell.strip()]
    return bool(filled) and all(len(cell) <= 16 and not re.search(r"\d", cell) for cell in filled)


def _header_keys(cells: Row) -> list[str | None] | None:
    return [column_of(cell) for cell in cells] if columns_of(cells) is not None else None


_POINT = compile_lazily(r"(?:^|(?<=[。；;\s]))(\d{1,2})[.、．](?!\d)")


def rejoined_points(cells: list[str]) -> list[str]:
    """A cell's numbered points split into cells of their own (1.…启动专项整治。 / 2.开展…, where a long
    line of run-on points was broken before the table was read) joined again: a cell that opens on point
    k follows a cell whose last point is k-1."""
    joined: list[str] = []
    for cell in cells:
        opening = _POINT.match(fold(cell))
        if opening and joined and int(opening.group(1)) >= 2:
            points = [int(m.group(1)) for m in _POINT.finditer(fold(joined[-1]))]
            if points and points[-1] == int(opening.group(1)) - 1:
                joined[-1] += cell
                continue
        joined.append(cell)
    return joined
