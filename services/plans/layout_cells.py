"""A table drawn on a laid-out page (an OFD), put back into rows whose cells keep all their lines.

A 公文 system draws a task table cell by cell: each cell's text is broken at the cell's width, one
placed run a line, and the next row starts below the tallest cell of the row above. Read line by line,
the first line of a row holds the start of every cell and the lines under it only the rest of the
longer cells (`惠及居民3000户…` under the task, `办事处` under the co-units, `2月底` under the deadline):
taken for lines of their own, the task lost its end and the unit names were cut in two.

So a line of three or more cells opens a table whose columns start where its cells start. A line below
whose every cell starts at one of those columns and ends before the next column is part of the table:
the rest of the row above when it follows at the cells' own line pitch, a new row when the step down
is larger (the row's padding and rule). Each row comes out as one line, its cells joined by tabs, as
the parser reads a text table's rows; the first line that does not fit the columns ends the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

_MIN_COLUMNS = 3  # two cells on a line are as often a signature beside its date as a table
_ROW_STEP = 1.25  # a step down this many times the cells' line pitch starts a new row


@dataclass(frozen=True)
class Cell:
    x: float  # where the cell's text starts
    right: float  # where it ends
    size: float  # one CJK character's width
    text: str


def _column_of(columns: list[float], cell: Cell) -> int | None:
    """The column a cell starts in, when it starts at one and ends before the next."""
    for index, x in enumerate(columns):
        if abs(cell.x - x) <= cell.size:
            following = columns[index + 1] if index + 1 < len(columns) else None
            return index if following is None or cell.right <= following + cell.size / 2 else None
    return None


def _placed(columns: list[float], cells: list[Cell]) -> list[tuple[int, str]] | None:
    placed = [(_column_of(columns, cell), cell.text) for cell in cells]
    if not placed or any(index is None for index, _ in placed):
        return None
    return [(index, text) for index, text in placed if index is not None]


def table_lines(lines: list[tuple[float, list[Cell]]]) -> list[tuple[str | None, bool]]:
    """For each of the page's lines (baseline, cells left to right): its text with tabs between cells,
    or None when it was joined into a drawn table's row above; and whether it lies inside a table
    below the table's first line (no blank line is put before such a line)."""
    out: list[tuple[str | None, bool]] = []
    index = 0
    while index < len(lines):
        y, cells = lines[index]
        if len(cells) < _MIN_COLUMNS:
            out.append(("\t".join(cell.text for cell in cells), False))
            index += 1
            continue
        columns = [cell.x for cell in cells]
        region: list[tuple[float, list[tuple[int, str]]]] = [(y, list(enumerate(c.text for c in cells)))]
        index += 1
        while index < len(lines) and (placed := _placed(columns, lines[index][1])) is not None:
            region.append((lines[index][0], placed))
            index += 1
        out.extend((text, number > 0) for number, text in enumerate(_rows(region, len(columns))))
    return out


def _rows(region: list[tuple[float, list[tuple[int, str]]]], width: int) -> list[str | None]:
    """The table's lines: a row's text on the line that opens it (None on the lines joined into it).
    A line opens a row when the step down to it is a row's (longer than the cells' own line pitch),
    or, where every step is the same, when it fills the first column and most others."""
    steps = [b[0] - a[0] for a, b in pairwise(region)]
    pitch = min(steps) if steps else 0.0
    uneven = bool(steps) and max(steps) > _ROW_STEP * pitch
    rows: list[list[str]] = []
    opened: list[int] = []
    for number, (_y, placed) in enumerate(region):
        filled = {column for column, _ in placed}
        if not rows:
            opens = True
        elif uneven:
            opens = steps[number - 1] > _ROW_STEP * pitch
        else:
            opens = 0 in filled and len(filled) * 2 > width
        if opens:
            rows.append([""] * width)
            opened.append(number)
        for column, text in placed:
            rows[-1][column] += text
    lines: list[str | None] = [None] * len(region)
    for number, row in zip(opened, rows, strict=True):
        lines[number] = "\t".join(row)
    return lines
