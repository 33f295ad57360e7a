"""A text table's row fitted to its columns by what its cells hold, not by where they stand.

A copied table loses its merged cells (printed once, in the first row they span) and its empty cells, so
a row may be one or several cells short and every cell after the gap slides left. Each cell's content says
which column it can be: a unit cell is a list of organisation names, a deadline reads as a date or 时限, a
task is a sentence, a 责任领导 cell is a person's short name. The row's cells keep their order; the fit is
the placement of blanks that makes the most cells sit in a column that suits them.
"""

from __future__ import annotations

import re

from services.plans.parser.text import fold, looks_like_unit, split_units, starred_leads

UNIT_KEYS = ("lead", "co", "owner")
DATE_CELL = re.compile(r"^(?:\d{4}年)?\d{1,2}月|年底|月底|季度|全年|长期|持续|\d{4}年")
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_YES_NO = ("是", "否", "√", "×")


def is_unit_cell(cell: str) -> bool:
    units = split_units(cell)
    starred = starred_leads(units)
    units = [*starred[0], *starred[1]] if starred else units
    return (
        bool(units)
        and not fold(cell).rstrip().endswith(("。", "；"))
        and all(looks_like_unit(u) for u in units)
    )


def _is_sentence(cell: str) -> bool:
    return fold(cell).rstrip().endswith(("。", "；")) or len(cell) > 12


def _suits(cell: str, key: str | None) -> int:
    """How well a non-empty cell fits a column: positive suits, negative is out of place."""
    unit = is_unit_cell(cell)
    if key in UNIT_KEYS:
        return 3 if unit else -3
    if key == "task":
        return -2 if unit else (2 if _is_sentence(cell) else 0)
    if key == "due":
        return 2 if DATE_CELL.search(fold(cell)) and len(cell) <= 20 else -1
    if key == "leader":
        return 1 if _PERSON.match(cell.strip()) and not unit else -1
    if cell.strip() in _YES_NO:
        return 1 if key is None else 0  # 是否达标: a column the task-table patterns do not name
    return -1 if unit else 0


def misplaced(row: list[str], keys: list[str | None]) -> bool:
    """Whether a row read by position holds text that is no list of units in a unit column.

    Only the unit columns decide: a short task or an indicator's name (普及率) may read like a name."""
    return any(
        cell.strip() and key in UNIT_KEYS and not is_unit_cell(cell)
        for cell, key in zip(row, keys, strict=False)
    )


def fit_by_content(cells: list[str], keys: list[str | None]) -> list[str] | None:
    """The row's cells, in order, spread over the columns so that they suit them best (blanks between).

    None when the row has more cells than columns (another rule reads those) or no placement is better
    than reading by position."""
    width, count = len(keys), len(cells)
    if count > width or not cells:
        return None
    # best[i][j]: the best score with the first i cells placed in the first j columns.
    low = float("-inf")
    best = [[low] * (width + 1) for _ in range(count + 1)]
    took = [[False] * (width + 1) for _ in range(count + 1)]
    best[0] = [0.0] * (width + 1)
    for i in range(1, count + 1):
        for j in range(i, width + 1):
            skip = best[i][j - 1]
            place = best[i - 1][j - 1] + (_suits(cells[i - 1], keys[j - 1]) if cells[i - 1].strip() else 0)
            # Ties keep a cell in the earlier column, so blanks fall at the row's end as a short row's do.
            if place > skip:
                best[i][j], took[i][j] = place, True
            else:
                best[i][j] = skip
    fitted = [""] * width
    i, j = count, width
    while i > 0:
        if took[i][j]:
            fitted[j - 1] = cells[i - 1]
            i -= 1
        j -= 1
    straight = [*cells, *[""] * (width - count)]
    return fitted if fitted != straight else None
