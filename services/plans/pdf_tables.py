"""A task table printed to PDF, put back into its rows and cells as a Word table would give them.

A PDF keeps no table, only text runs where the cells drew them: a row's cells side by side on its first
baseline and each cell's wrapped lines below at the cell's left edge. The header (序号 | 重点任务 | 牵头
单位 | …, its labels maybe broken over two lines) gives the columns: a run belongs to the column whose
span holds its start, between the midpoints of the gaps that separate the header's labels. A row starts
where the 序号 column holds the next row number; the lines after it, up to the next number, are its
cells' wrapped lines. A cell's line that ran to the cell's edge wrapped (its next line goes on without a
break); a shorter one ended a paragraph of the cell (one unit a line). The table ends at a line that
starts in the 序号 column with no row number, or at numbering outside it (附件2, 三、); a header repeated
on a new page is skipped.

Read this way, cells must start at their row's first line (Word's default, top alignment); a table
whose cells are centred vertically puts a row's number below its first lines and is not rebuilt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from services.plans.parser.table_columns import column_of, columns_of
from services.plans.parser.text import ends_like_unit, fold

_ROW_NUMBER = re.compile(r"^\d{1,3}$")
_HEADING = re.compile(r"^(?:附件|附表|[一二三四五六七八九十]+、)")
_LABEL_GAP = 0.3  # of the font size: runs further apart than this are two header labels
_FULL = 1.5  # characters a wrapped cell line may stop short of the cell's widest line


class Run(Protocol):
    """What the reader knows of a text run: where it starts and ends, and its text."""

    x: float
    right: float
    text: str


class TextLine(Protocol):
    size: float
    runs: list


@dataclass
class _Column:
    label: str
    x: float
    right: float


def tables_in(lines: list[TextLine]) -> list[tuple[int, int, list[tuple[str, ...]]]]:
    """(first line, line after the last, rows with the header first) of each task table in `lines`."""
    found: list[tuple[int, int, list[tuple[str, ...]]]] = []
    index = 0
    while index < len(lines):
        header = _header(lines, index)
        if header is None:
            index += 1
            continue
        columns, body_start = header
        end, rows = _rows(lines, body_start, columns)
        if rows:
            found.append((index, end, [tuple(c.label for c in columns), *rows]))
            index = end
        else:
            index += 1
    return found


def _labels(line: TextLine) -> list[tuple[float, float, str]]:
    """The line's runs joined into labels where they touch (a label drawn a character at a time)."""
    labels: list[tuple[float, float, str]] = []
    for run in sorted(line.runs, key=lambda r: r.x):
        if labels and run.x - labels[-1][1] <= _LABEL_GAP * line.size:
            x, _, text = labels[-1]
            labels[-1] = (x, run.right, text + run.text.strip())
        elif run.text.strip():
            labels.append((run.x, run.right, run.text.strip()))
    return labels


def _header(lines: list[TextLine], index: int) -> tuple[list[_Column], int] | None:
    """The columns of a task table's header at lines[index], and the index of its first body line."""
    labels = _labels(lines[index])
    if len(labels) < 3 or column_of(labels[0][2]) != "seq":
        return None
    columns = [_Column(text, x, right) for x, right, text in labels]
    following = index + 1
    # A label broken over two lines (牵头 / 单位): the next line holds only short pieces under labels.
    if following < len(lines):
        pieces = _labels(lines[following])
        if pieces and all(len(text) <= 4 and not _ROW_NUMBER.match(text) for _, _, text in pieces):
            joined = [_Column(c.label, c.x, c.right) for c in columns]
            for x, right, text in pieces:
                column = joined[_column_at(columns, x)]
                column.label += text
                column.right = max(column.right, right)
            if columns_of([c.label for c in joined]):
                columns, following = joined, following + 1
    if columns_of([c.label for c in columns]) is None:
        return None
    return columns, following


def _label_pieces(line: TextLine, columns: list[_Column], fits) -> bool:
    """The line holds only pieces of the header's labels, each under its own: with `str.startswith`
    the header repeated on a new page (序 / 牵头单 …), with `str.endswith` its broken labels' ends (号 / 位)."""
    pieces = _labels(line)
    return bool(pieces) and all(fits(columns[_column_at(columns, x)].label, text) for x, _, text in pieces)


def _column_at(columns: list[_Column], x: float) -> int:
    """The column a run starting at x belongs to: the gaps between header labels split the columns."""
    for index, (left, right) in enumerate(pairwise(columns)):
        if x < (left.right + right.x) / 2:
            return index
    return len(columns) - 1


def _rows(lines: list[TextLine], start: int, columns: list[_Column]) -> tuple[int, list[tuple[str, ...]]]:
    """Where the table ends, and its rows' cells."""
    rows: list[list[list[Run]]] = []  # each row: each cell's runs, a run a line
    previous = 0
    index = start
    while index < len(lines):
        line = lines[index]
        runs = sorted((r for r in line.runs if r.text.strip()), key=lambda r: r.x)
        placed = [(_column_at(columns, run.x), run) for run in runs]
        first = next((run for column, run in placed if column == 0), None)
        number = first.text.strip() if first is not None else ""
        if _label_pieces(line, columns, str.startswith) and len(_labels(line)) >= 2:
            index += 1  # the header again, on a new page, and the rest of its broken labels
            if index < len(lines) and _label_pieces(lines[index], columns, str.endswith):
                index += 1
            continue
        if _ROW_NUMBER.match(number) and int(number) > previous:
            rows.append([[] for _ in columns])
            previous = int(number)
        elif first is not None or not rows or not runs or _HEADING.match(fold(runs[0].text.strip())):
            break  # text in the 序号 column that is no row number, or numbering: the table has ended
        for column, run in placed:
            rows[-1][column].append(run)
        index += 1
    size = lines[start].size if start < len(lines) else 12.0
    widest = [max((run.right for row in rows for run in row[c]), default=0.0) for c in range(len(columns))]
    units = [column_of(c.label) in ("lead", "co", "owner") for c in columns]
    return index, [
        tuple(_cell_text(cell, widest[c] - _FULL * size, units[c]) for c, cell in enumerate(row))
        for row in rows
    ]


def _cell_text(runs: list[Run], full: float, unit_column: bool) -> str:
    """A cell's lines as its text: a line that reached the cell's edge wrapped and goes on; a shorter one,
    or in a unit column one that ends a unit's name, ended a paragraph of the cell (one unit a line)."""
    text = ""
    for previous, run in zip([None, *runs], runs, strict=False):
        if previous is not None and (
            previous.right < full or (unit_column and ends_like_unit(previous.text.strip()))
        ):
            text += "\n"
        text += run.text.strip()
    return text.strip()
