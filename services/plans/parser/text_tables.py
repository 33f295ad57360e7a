"""Task tables written as text, as web pages and PDFs copy them, read into rows of cells (header first).

Cells between `|` (one row a line, or one cell a line with `|` lines between), tab-separated lines, one cell a
paragraph, or a 序号 header over lines that begin with the row number and keep the unit last. The rows go to
`tables.task_rows`, which knows the columns by their headers."""

from __future__ import annotations

from itertools import pairwise

from services.plans.parser.blank_cells import blank_separated_cells
from services.plans.parser.box_tables import box_tables
from services.plans.parser.broken_rows import broken_rows, rejoined_points
from services.plans.parser.flat_tables import flat_tables
from services.plans.parser.glued_law_lists import glued_law_lists
from services.plans.parser.glued_tables import glued_tables
from services.plans.parser.grouped_tasks import (
    label_runs,
    numbered_tasks,
    rows_at_tasks,
    task_keys,
    unlabelled_numbers,
    without_empty_columns,
    without_part_row,
)
from services.plans.parser.headerless_rows import headerless_rows
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.numberless_rows import numberless_rows
from services.plans.parser.pdf_cells import pdf_cell_rows
from services.plans.parser.pdf_rows import pdf_rows
from services.plans.parser.pdf_unit_rows import pdf_unit_rows
from services.plans.parser.scored_tables import scored_tables
from services.plans.parser.spaced_tables import spaced_tables
from services.plans.parser.stream_headers import header_cells, labels_before
from services.plans.parser.sub_rows import sub_rows
from services.plans.parser.tab_tables import runs, tab_tables
from services.plans.parser.table_columns import Row, column_of, join_header_rows
from services.plans.parser.table_fit import DATE_CELL as _DATE_CELL
from services.plans.parser.table_fit import (
    PAGE_MARK,
    RealignedRow,
    after_merged_task,
    fit_by_content,
    fit_pipe_row,
    fit_short_row,
    misplaced,
    org_like,
    task_in_paragraphs,
    unit_merged_above,
)
from services.plans.parser.table_fit import UNIT_KEYS as _UNIT_KEYS
from services.plans.parser.table_fit import is_unit_cell as _is_unit_cell
from services.plans.parser.text import ends_like_unit, fold
from services.plans.parser.wrapped_cells import broken_off, row_score, wrapped_row

_PIPE = "|"
_SEPARATOR_CELL = compile_lazily(r"^:?-{2,}:?$")


def text_tables(lines: list[str]) -> list[list[Row]]:
    """Every table written as text in these lines, as rows of cells (header first)."""
    return [
        *_pipe_tables(lines),
        *tab_tables(lines),
        *spaced_tables(lines),
        *_paragraph_tables(lines),
        *box_tables(lines),
        *flat_tables(lines),
        *glued_tables(lines),
        *glued_law_lists(lines),
        *scored_tables(lines),
        *pdf_rows(lines),
        *pdf_cell_rows(lines),
        *pdf_unit_rows(lines),
        *headerless_rows(lines),
    ]


def _paragraph_tables(lines: list[str]) -> list[list[Row]]:
    """A web table copied as one paragraph a cell: 序号 / 2022年预期目标 / 责任单位 / 1 / 地区生产总值… / 区发展改革委.

    Each 序号 line starts a table; its cells run to the next 序号 line or the next annex heading.
    """
    starts = [
        labels_before(lines, i) for i, line in enumerate(lines) if column_of(line) == "seq" and line.strip()
    ]
    starts = sorted({*starts, *label_runs(lines)})
    tables: list[list[Row]] = []
    for start, end in pairwise([*starts, len(lines)]):
        cells: list[str] = []
        for line in blank_separated_cells(lines[start:end]):
            stripped = line.strip()
            if stripped.startswith(("附件", "附表")) and len(stripped) <= 40 and cells:
                break
            if stripped.startswith(_PIPE):
                # `| 地区生产总值`: a cell a line after a bar; `|` is empty; `| | 2` an empty cell, then the next
                cells.extend(cell.strip() for cell in stripped[1:].split(_PIPE))
            elif stripped and _PIPE not in stripped and "\t" not in line:
                cells.append(stripped)
        rows = _rows_from_stream(cells)
        if len(rows) > 1:
            tables.append(rows)
    return tables


def _pipe_tables(lines: list[str]) -> list[list[Row]]:
    tables: list[list[Row]] = []
    for start, end in runs(lines, lambda line: _PIPE in line):
        region = lines[start:end]
        single = [line.strip() for line in region if line.count(_PIPE) == 1]
        if all(line.startswith(_PIPE) and line != _PIPE for line in single[:1]) and len(single) == len(
            region
        ):
            continue  # `| cell` a line, the bar before each cell: read with the paragraph tables
        if len(single) * 2 >= sum(1 for line in region if _PIPE in line):
            # One cell a line: `cell |`, or the cell's text then a `|` line. The first cell may precede
            # the first bar.
            first = start
            while (
                lines[start].strip() == _PIPE
                and first > 0
                and lines[first - 1].strip()
                and _PIPE not in lines[first - 1]
                and start - first < 3
            ):
                first -= 1
            if (
                first == start
                and start > 0
                and lines[start].strip().startswith(_PIPE)
                and _PIPE not in lines[start - 1]
                and column_of(lines[start - 1])
            ):
                first -= 1  # `指 标` / `| 权重` / `| 单位`: the first label stands before the first bar
            rows = _rows_from_stream(_stream_cells(lines[first:end]))
        else:
            lined = join_header_rows([_cells_of_line(line) for line in region if line.strip()])
            rows = broken_rows(lined)
            if rows is None:
                rows = [row for row in lined if len(row) >= 2]
            rows = [row for row in rows if row and not all(_SEPARATOR_CELL.match(c) for c in row if c)]
            rows = rows[:1] + [fit_pipe_row(row, [column_of(c) for c in rows[0]]) for row in rows[1:]]
        if rows:
            tables.append(rows)
    return tables


def _cells_of_line(line: str) -> Row:
    stripped = line.strip()
    if stripped.startswith(_PIPE):
        stripped = stripped[1:]
    if stripped.endswith(_PIPE):
        stripped = stripped[:-1]
    return [cell.strip() for cell in stripped.split(_PIPE)]


def _stream_cells(region: list[str]) -> list[str]:
    """The cells between bars; a cell wrapped over lines is joined again."""
    cells = [cell.strip() for cell in "".join(line.strip() for line in region).split(_PIPE)]
    return cells[:-1] if cells and not cells[-1] else cells


def _rows_from_stream(cells: list[str]) -> list[Row]:
    """A table read cell after cell: rows start at their row numbers, which rise down the table.

    The header is the first run of column labels (a title before it is no cell of the table); a label broken over
    two cells (责任 / 领导, 第二季度 / 完成情况) is joined again. Row numbers need not start at 1 nor run without gaps:
    a bureau publishes its rows of a district table (80, 81 or 3, 68, 69); an indicator table numbers them G1, G2.
    When the number is the first column, a row is every cell up to the next number, fitted to the columns
    (`_fit_row`): a cell written as several paragraphs (one unit a paragraph) or a cell merged with the row above
    does not shift the columns. Otherwise cells between one row's last column and the next row number are the next
    row's leading cells (a category merged down the table when absent) or a section row across the table. Without
    a 序号 header the first header cell spans the category and the number, as web tables do."""
    cells = rejoined_points(cells)
    start = next(
        (i for i in range(len(cells) - 1) if column_of(cells[i]) and column_of(cells[i + 1])), len(cells)
    )
    header, index = header_cells(cells, start)
    body = cells[index:]
    header = without_empty_columns(header, body)
    width = len(header)
    if width < 2:
        return []
    keys = [column_of(cell) for cell in header]
    if "task" not in keys and "domain" in keys:
        # 序号 | 创建领域 | 责任单位: the 领域 is the row's work (as `columns_of` reads such a header)
        keys[keys.index("domain")] = "task"
    unlabelled = unlabelled_numbers(body, width) if "seq" not in keys and keys[0] == "task" else []
    if unlabelled:
        # 指标 | 权重 | 牵头部门 over rows `1 | 城镇居民人均可支配收入 | 25 | 省人社厅`: the number's column has no label.
        header, keys, width = ["序号", *header], ["seq", *keys], width + 1
    if "seq" in keys:
        before = keys.index("seq")
        after = width - before - 1
        canonical = header
    else:
        before, after = 1, width - 1
        canonical = ["序号", "类别", *header[1:]]
    positions = unlabelled or _row_starts(body, after, variable=before == 0 and "seq" in keys)
    tasks = numbered_tasks(body)
    # 主要工作任务 | 牵头单位 | 责任单位 without 序号: the task's label opens the header.
    alone = keys[0] == "task" and keys.count("task") == 1 and "seq" not in keys
    grouped = ["序号", *header] if alone else canonical
    # (no row numbers at all: rows told by their cells, a 项目's own 1. shared by the rows under it)
    if not positions and (told := numberless_rows(header, body, keys)):
        return told
    if len(tasks) > 2 * len(positions) and "task" in [column_of(cell) for cell in grouped]:
        # The 序号 numbers groups (1 over tasks 1.–11.): the tasks, numbered in their own cells, are the rows.
        return [grouped, *rows_at_tasks(body, tasks, task_keys(grouped))]
    if not positions:
        return []
    rows: list[Row] = [canonical]
    if before == 0 and "seq" in keys:
        for position, following in pairwise([*positions, len(body)]):
            row_cells = _without_group_labels(
                without_part_row(body[position + 1 : following], after), keys[1:]
            )
            fitted = _fit_row(row_cells, keys[1:])
            rows.append(type(fitted)([body[position], *fitted]))  # a RealignedRow stays one
        return rows
    previous_end = 0
    for position in positions:
        leading = [c for c in body[previous_end:position] if c]
        cells_after = body[position + 1 : position + 1 + after]
        cells_after += [""] * (after - len(cells_after))
        previous_end = position + 1 + after
        if "seq" in keys:
            leading = ([""] * before + leading)[-before:] if before else []
            rows.append([*leading, body[position], *cells_after])
        else:
            rows.append([body[position], "".join(leading), *cells_after])
    return rows


_ROW_NUMBER = compile_lazily(r"^([A-Za-z]?)(\d{1,3})$")


def _without_group_labels(cells: list[str], keys: list[str | None]) -> list[str]:
    """A row's cells without the next group's labels printed after them (行动二：重塑美丽新居行动 / 旧区改造: a 任务类型
    merged over the rows below, its column left out of the header): short words after the row's last unit cell, no
    organisation's name, in a row longer than the columns; in a row whose unit cell is merged from above (printed
    once), the label standing in its place leaves it empty."""
    cells, width = list(cells), len(keys)
    if not keys or keys[-1] not in _UNIT_KEYS:
        return cells  # (only where the units close the row: after them stands the next group's label)
    # (a row of its task and the next group's labels only, 8 / 创建… / 行动三：… / 公共服务设施提升改造: its units merged
    # from above; 2 / … / 各区 / 行动二：…: its own short unit first, with no organisation's ending)
    merged = len(cells) > width and _GROUP_LABEL.match(cells[1]) and all(map(_label, cells[1:]))
    grouped = any(_GROUP_LABEL.match(cell) for cell in cells[width:])
    while len(cells) > width and _label(cells[-1]) and (merged or grouped or any(map(org_like, cells[:-1]))):
        cells.pop()
    if len(cells) == width and _label(cells[-1]) and (merged or not _is_unit_cell(cells[-1])):
        cells[-1] = ""
    return cells


_GROUP_LABEL = compile_lazily(r"^\s*[\u4e00-\u9fff]{1,6}[一二三四五六七八九十\d]{1,3}\s*[：:]")  # 行动三：…


def _label(cell: str) -> bool:
    folded = fold(cell).strip()
    return (
        not org_like(cell) and "、" not in folded and len(folded) <= 30 and not folded.endswith(("。", "；"))
    )


def _row_starts(body: list[str], after: int, *, variable: bool) -> list[int]:
    """Where each row starts: its number, rising down the table (G1, G2 keep their letter).

    With `variable` rows a row may be one cell short (a cell merged with the row above), but then its
    number must follow the previous one."""
    positions: list[int] = []
    letter: str | None = None
    previous = 0
    for index, cell in enumerate(body):
        number = _ROW_NUMBER.match(cell.strip())
        if not number or (letter is not None and number.group(1) != letter):
            continue
        value = int(number.group(2))
        if positions:
            gap = index - positions[-1] - 1
            if variable and value == previous + 1 and gap >= 1 and _opens_row(body, index):
                positions.append(index)
                previous = value
                continue
            if (
                value <= previous
                or gap < after - 1
                or (gap == after - 1 and not (variable and value == previous + 1))
            ):
                continue
            if gap < after and not variable:
                continue
        positions.append(index)
        letter, previous = number.group(1), value
    return positions


def _opens_row(body: list[str], index: int) -> bool:
    """A number in sequence opens a row however short the row before it (merged cells printed once) when
    what follows it is a row's text — not another number, a unit list or a date, as a count column's is."""
    following = body[index + 1].strip() if index + 1 < len(body) else ""
    return bool(following) and not (
        _ROW_NUMBER.match(following) or org_like(following) or _DATE_CELL.search(fold(following))
    )


def _fit_row(cells: list[str], keys: list[str | None]) -> Row:
    """One row's cells (after its number) in the columns `keys`.

    One cell short: a cell merged with the row above, left blank (so it carries down) in the first
    unit column whose place would otherwise hold no unit names; else the last cell is missing. Cells
    over: a unit cell written one unit a paragraph takes the unit names that follow it, and what is
    left after the last column is a second line of the row under merged cells — its sentences join the
    task, its dates the deadline, anything else but a printed page number the task too."""
    width = len(keys)
    cells = _blank_merged_category(cells, keys)
    if (merged := after_merged_task(cells, keys)) is not None:
        return merged
    if (paragraphs := task_in_paragraphs(cells, keys)) is not None:
        return paragraphs
    if (merged_unit := unit_merged_above(cells, keys)) is not None:
        return merged_unit
    if len(cells) <= width:
        by_position = fit_short_row(cells, keys)
        if misplaced(by_position, keys) and (by_content := fit_by_content(cells, keys)) is not None:
            return RealignedRow(by_content)
        return by_position
    fitted = _fit_long_row(cells, keys)
    joined = wrapped_row(cells, keys) if broken_off(fitted, keys) else None
    if joined is not None and row_score(joined, keys) > row_score(fitted, keys):
        return joined  # cells a PDF copy broke at the column's width (`区政务服务` / `中心`)
    return fitted


def _blank_merged_category(cells: list[str], keys: list[str | None]) -> list[str]:
    """A category column merged down the table (事项分类 printed on its group's first row only): the row's
    first unit name stands one column early, so the category is left blank and the rest fits."""
    if not keys or keys[0] != "domain":
        return cells
    first_column = next((c for c, key in enumerate(keys) if key in _UNIT_KEYS), None)
    if first_column is None or any(key not in _UNIT_KEYS for key in keys[first_column:]):
        return cells  # only where the unit columns close the table, so the names are the row's last cells
    first_cell = len(
        cells
    )  # where the row's closing run of unit names starts (a short title may look like one)
    while first_cell > 0 and _is_unit_cell(cells[first_cell - 1]):
        first_cell -= 1
    if first_column is not None and first_cell < len(cells) and first_cell == first_column - 1:
        return ["", *cells]
    return cells


def _fit_long_row(cells: list[str], keys: list[str | None]) -> Row:
    width = len(keys)
    fitted: list[str] = []
    index = 0
    for column, key in enumerate(keys):
        cell = cells[index] if index < len(cells) else ""
        index += 1
        if key in _UNIT_KEYS and _is_unit_cell(cell):
            # One unit a paragraph: the names run on past the cells over, while the columns left
            # are notes (备注) that a unit name would not suit.
            notes_left = all(k not in (*_UNIT_KEYS, "task", "due") for k in keys[column + 1 :])
            # A 牵头 cell beside a 协同/配合 column: the names over are the co-operating cell's, the
            # one that lists many (a lead cell of several names reads short by one, never the reverse).
            beside_co = key == "lead" and column + 1 < width and keys[column + 1] == "co"
            # 牵头单位 | 责任人: the short name after the units is the person's cell, not one more unit.
            before_person = column + 1 < width and keys[column + 1] == "leader"
            while (
                index < len(cells)
                and _is_unit_cell(cells[index])
                and not beside_co
                and not (before_person and not ends_like_unit(cells[index]))
            ):
                if len(cells) - index <= width - column - 1 and not ("\n" in cell and notes_left):
                    break
                cell = f"{cell}\n{cells[index]}"
                index += 1
        fitted.append(cell)
    task = keys.index("task") if "task" in keys else None
    due = keys.index("due") if "due" in keys else None
    rest, first_unit, subs = sub_rows(cells[index:], keys)
    for sub in subs:  # sub-rows under the merged 序号 and task cells: their units are the row's too
        for column, cell in enumerate(_fit_long_row(sub, keys[first_unit:]), start=first_unit):
            fitted[column] = (
                f"{fitted[column]}\n{cell}" if fitted[column] and cell else fitted[column] or cell
            )
    for cell in rest:
        if due is not None and _DATE_CELL.search(fold(cell)) and len(cell) <= 20:
            fitted[due] = f"{fitted[due]}\n{cell}" if fitted[due] else cell
        elif task is not None and cell.strip() and not PAGE_MARK.match(fold(cell)):
            # Whatever else is left (a sentence, a short note) stays with the task: no text is lost.
            fitted[task] = f"{fitted[task]}\n{cell}"
    return fitted
