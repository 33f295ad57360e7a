"""Sub-rows under merged cells: a task table row whose 序号 and 项目 cells are merged over several lines of
the table, each line naming its own units, content and figures (区住建局 / 实施…工程 / 1000 / 6月开工).

Copied one cell a paragraph, the merged cells are printed once, so the sub-rows after the first come as cells
left over after the row's last column, each opening with its unit names. Those cells are fitted again to
the columns from the first unit column on, and join the row: the units are the row's too, not task text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from services.plans.parser.table_fit import UNIT_KEYS
from services.plans.parser.text import ends_like_unit, fold, split_units

_NAME_MAX = 16
_RUN_MAX = 6  # a unit cell of one name a paragraph, some wrapped


def _names(cell: str) -> bool:
    """Organisation names only, each ending as one does (慈城镇, 区住建局): a sub-row's unit cell."""
    folded = fold(cell).strip()
    units = split_units(cell)
    return (
        bool(units)
        and not folded.endswith(("。", "；", "，", ","))
        and not re.search(r"\d", folded)
        and all(ends_like_unit(unit) and len(unit) <= _NAME_MAX for unit in units)
    )


def _unit_run(cells: list[str], start: int) -> int:
    """How many cells from `start` hold one unit cell's names (a name wrapped over two cells counts as
    one: 区综合行政 / 执法局); 0 when the cell opens no unit names."""
    for end in range(min(len(cells), start + _RUN_MAX), start, -1):
        if _names("\n".join(cells[start:end])):
            return end - start
    return 0


def sub_rows(rest: list[str], keys: list[str | None]) -> tuple[list[str], int, list[list[str]]]:
    """The cells left after a row's last column split into what stays with the row (a wrapped sentence,
    a date) and the sub-rows, each from the first unit column on; with that column. A sub-row opens at
    unit names followed by a cell of its own (its content): a lone name after the row is no sub-row."""
    first = next((column for column, key in enumerate(keys) if key in UNIT_KEYS), None)
    if not first:  # no unit column, or units in the first column: nothing merged before them
        return rest, 0, []
    starts: list[int] = []
    index = 0
    while index < len(rest):
        run = _unit_run(rest, index)
        if run and index + run < len(rest) and not _unit_run(rest, index + run):
            starts.append(index)
            index += run + 1
        else:
            index += 1
    if not starts:
        return rest, 0, []
    bounds = [*starts, len(rest)]
    return rest[: starts[0]], first, [rest[a:b] for a, b in pairwise(bounds)]
