"""Task tables drawn with box characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘, or ┏ ┃ ┣ heavy), as law databases print them.

Each text line holds one line of every column, between │ (or a ├ ┤ ┼ where a rule meets it); a column's
cell ends where that column shows a rule (─), so a cell merged over several rows (the unit cell beside a
task and its points) is read whole. A table row is a cell of the first column; the other columns give it
the cell that stands beside its first line. A row that starts with △ ▲ ● (a point of the task above)
joins the row above, as the task's text.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import Row

# Heavy (┏ ┃ ┣ ╋) and double (╔ ║ ╠ ╬) lines draw the same tables; they are read as the light ones.
_LIGHT = str.maketrans("┏┳┓┣╋┫┗┻┛┃╔╦╗╠╬╣╚╩╝║", "┌┬┐├┼┤└┴┘│┌┬┐├┼┤└┴┘│")
_BOX_LINE = compile_lazily(r"^\s*[┌├└│┬┼┴┐┤┘]")
_SEPARATORS = compile_lazily(r"[│├┤┼┌┐└┘┬┴]")
_RULE = compile_lazily(r"^[─━═\s]+$")
_POINT = ("△", "▲", "●", "◆", "■", "·")


def _cells_by_column(lines: list[str]) -> list[list[tuple[int, str]]]:
    """Per column, its cells as (first line index, text)."""
    columns: list[list[tuple[int, str]]] = []
    open_cells: list[tuple[int, list[str]] | None] = []
    for index, line in enumerate(lines):
        parts = _SEPARATORS.split(line.strip())[1:-1]
        while len(columns) < len(parts):
            columns.append([])
            open_cells.append(None)
        for column, part in enumerate(parts):
            if _RULE.match(part) and re.search(r"[─━═]", part):
                cell = open_cells[column]
                if cell is not None:
                    columns[column].append((cell[0], "".join(cell[1]).strip()))
                open_cells[column] = None
                continue
            if open_cells[column] is None:
                open_cells[column] = (index, [])
            open_cells[column][1].append(part.strip())
    for column, cell in enumerate(open_cells):
        if cell is not None:
            columns[column].append((cell[0], "".join(cell[1]).strip()))
    return columns


def _table_rows(lines: list[str]) -> list[Row]:
    columns = _cells_by_column(lines)
    columns = [[cell for cell in column if cell[1]] if i == 0 else column for i, column in enumerate(columns)]
    if len(columns) < 2 or not columns[0]:
        return []
    # Rows are the cells of the first column; when it holds only its label (序号 merged down the table and
    # printed below the excerpt), the first column that holds cells under the header gives the rows.
    header_line = columns[0][0][0]
    driver = next(
        (
            i
            for i, column in enumerate(columns)
            if any(first > header_line and text for first, text in column)
        ),
        0,
    )
    starts = [columns[0][0], *[cell for cell in columns[driver] if cell[0] > header_line and cell[1]]]
    rows: list[Row] = []
    for start, text in starts:
        if driver:
            text = columns[0][0][1] if start == header_line else ""
        if rows and text.startswith(_POINT):
            rows[-1][0] += "\n" + text
            continue
        row = [text]
        for other in columns[1:]:
            # A cell merged over several rows stands beside each of them.
            beside = [cell for first, cell in other if first <= start]
            row.append(beside[-1] if beside else "")
        rows.append(row)
    # The header's labels may be spaced out (工 作 任 务) or broken over two lines (分管领 / 导).
    if rows:
        rows[0] = [re.sub(r"\s+", "", cell) for cell in rows[0]]
    return rows


def box_tables(lines: list[str]) -> list[list[Row]]:
    """Every box-drawn table in these lines, as rows of cells (header first)."""
    tables: list[list[Row]] = []
    block: list[str] = []
    for line in [*lines, ""]:
        line = line.translate(_LIGHT)
        if _BOX_LINE.match(line):
            block.append(line)
            continue
        if len(block) >= 3:
            rows = _table_rows(block)
            if len(rows) > 1:
                tables.append(rows)
        block = []
    return tables
