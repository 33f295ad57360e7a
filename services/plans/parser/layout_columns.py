"""A table laid out in columns by spaces (`pdftotext -layout`, a fixed-width copy): a cell too long for
its column goes on under it, on a line that holds only the rest of that cell, at its column's place.

    序号   重点任务                  牵头单位      配合单位
    2      规模以上工业增加值增长8%  县工信局      县统计局、经开区管委
                                                   会

Where each word of such a line starts, measured in the header's character widths (a Chinese character
two columns, a Latin one one), says whose cell it finishes: `会` ends `经开区管委`, `80亿元以上` ends the
task. The rest of a wrapped cell joins it without a mark, as the PDF's line broke the cell's text.
"""

from __future__ import annotations

from unicodedata import east_asian_width

from services.plans.parser.lazy_patterns import compile_lazily

_GAP = compile_lazily(r"\S+(?:\s\S+)*")  # words parted by single blanks stay one piece
_INDENT_MIN = 4  # a line under a column opens on blanks (a row opens on its number)


def _width(text: str) -> int:
    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def column_starts(header_line: str, labels: list[str]) -> list[int] | None:
    """Where each of the header's labels starts, in display columns; None when they are not all found
    in order, parted by two blanks or more (a layout, not a sentence)."""
    starts: list[int] = []
    position = 0
    for label in labels:
        found = header_line.find(label, position)
        if found < 0:
            return None
        if starts and header_line[position:found].count(" ") < 2:
            return None
        starts.append(_width(header_line[:found]))
        position = found + len(label)
    return starts


def piece_starts(line: str) -> list[int]:
    """Where each piece of a row set apart by two blanks or more starts, in display columns: a PDF's layout
    centres the header's labels over their columns, so the first full row says where the cells begin."""
    return [_width(line[: found.start()]) for found in _GAP.finditer(line)]


def layout_cells(text: str) -> list[str]:
    """A layout row's cells: its pieces set apart by two blanks or more."""
    return [found.group(0) for found in _GAP.finditer(text)]


def cell_pieces(line: str, starts: list[int], *, row: bool = False) -> list[tuple[int, str]] | None:
    """(column, text) for each piece of a line under the columns: the column whose start is nearest the
    piece's (a copy may count a quote mark half as wide as the PDF did). None when the line is no such
    line: a continuation opens on blanks (a row, `row`, on its number)."""
    if not row and len(line) - len(line.lstrip(" ")) < _INDENT_MIN:
        return None
    pieces: list[tuple[int, str]] = []
    for found in _GAP.finditer(line):
        at = _width(line[: found.start()])
        column = min(range(len(starts)), key=lambda i: abs(starts[i] - at))
        pieces.append((column, found.group(0).strip()))
    return pieces or None
