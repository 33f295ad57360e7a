"""A table copied one cell a line whose header did not come with it (an image on the page, or left on the page
before): `品质宜居` / `*1` / `千人社区养老服务设施面积` / `全区每千名…` / `㎡/千人` / `区民政局` / `请提供…清单` /
`*2` / ….

Without labels the columns are told by the rows' shape: row numbers on lines of their own, rising by one, every row
opening on its name (no organisation) with an organisation's name among the cells after it. The names are the
row's owners, its first cell its task, and every other cell its 说明 (kept in the measure's text), so nothing is lost. A short label standing right before
the next number (the group's category, printed once) is the next group's, not the row's.
"""

from __future__ import annotations

from itertools import pairwise
from statistics import median

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import Row, column_of
from services.plans.parser.table_fit import org_like
from services.plans.parser.text import fold

HEADER = ["序号", "工作任务", "说明", "责任单位"]
# 1 / *1 / ★2: a row's number on a line of its own, an asterisk marking a key indicator
_NUMBER = compile_lazily(r"^[*＊★☆]?(\d{1,3})$")
_ROWS_MIN = 3
_CELLS_MIN, _CELLS_MAX = 2, 8  # a row's cells after its number
_NAMED_SHARE = 0.75  # rows with an organisation's name among their cells
_CATEGORY = compile_lazily(r"^[\u4e00-\u9fff]{2,6}$")


def headerless_rows(lines: list[str]) -> list[list[Row]]:
    cells = [line.strip() for line in lines if line.strip()]
    tables: list[list[Row]] = []
    for chain in _chains(cells):
        if _labelled(cells, chain[0]):
            continue  # a header stands over the rows: the labelled readers read the table
        rows = _rows(cells, chain)
        if rows:
            tables.append([HEADER, *rows])
    return tables


def _chains(cells: list[str]) -> list[list[int]]:
    """Runs of row numbers rising by one, each a few cells after the last."""
    chains: list[list[int]] = []
    current: list[int] = []
    for index, cell in enumerate(cells):
        number = _NUMBER.match(cell)
        if not number:
            continue
        value = int(number.group(1))
        if current and value == _value(cells[current[-1]]) + 1:
            gap = index - current[-1] - 1
            if _CELLS_MIN <= gap <= _CELLS_MAX + 1:
                current.append(index)
                continue
        if len(current) >= _ROWS_MIN:
            chains.append(current)
        current = [index]
    if len(current) >= _ROWS_MIN:
        chains.append(current)
    return chains


def _value(cell: str) -> int:
    return int(_NUMBER.match(cell).group(1))


def _labelled(cells: list[str], first: int) -> bool:
    """Column labels among the few cells before the first row (序号 / 指标 / 责任单位)."""
    return sum(1 for cell in cells[max(0, first - 8) : first] if column_of(cell)) >= 2


def _rows(cells: list[str], chain: list[int]) -> list[Row]:
    stride = int(median(b - a for a, b in pairwise(chain)))
    ends = [*chain[1:], min(len(cells), chain[-1] + stride)]
    rows: list[Row] = []
    for start, end in zip(chain, ends, strict=True):
        own = cells[start + 1 : end]
        if len(own) > stride - 1 and own and _CATEGORY.match(own[-1]) and not org_like(own[-1]):
            own = own[:-1]  # the next group's category, printed once before its first row
        if not own or org_like(own[0]):
            return []
        names = [cell for cell in own[1:] if org_like(cell)]
        # (the row's name is its task; what stands beside it — a definition, a measure's unit, a note — its 说明)
        notes = [cell for cell in own[1:] if cell not in names]
        rows.append([_number(cells[start]), own[0], "；".join(notes), "、".join(names)])
    named = sum(1 for row in rows if row[3])
    return rows if named >= _NAMED_SHARE * len(rows) else []


def _number(cell: str) -> str:
    return str(_value(fold(cell)))
