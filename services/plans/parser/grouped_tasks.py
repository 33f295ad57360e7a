"""A table copied one cell a line whose 序号 numbers groups while its tasks number themselves.

吴江's 分解落实方案: `1 | 主要预期目标 | 1.地区生产总值… | 钱 宇 | ★区发改委、统计局 | 2.一般公共预算… | ★区财政局…`
— the 序号 1 and the 项目 cell are merged over tasks 1.–11., and a blank 牵头领导 cell leaves no line
behind, so the rows cannot be counted out by the columns' number. Each numbered task cell opens a row
instead, its filled cells after it placed in the columns by what they hold (table_fit.fit_by_content).

玉环's 责任分工抓落实方案 has no 序号 at all: its header (牵头领导 / 重点工作 / 牵头单位 / 配合单位 / 备注) is
found as a run of labels (`label_runs`), and a 配合单位 cell written one name a paragraph keeps all its names.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import column_of
from services.plans.parser.table_fit import UNIT_KEYS, RealignedRow, fit_by_content, is_unit_cell, org_like
from services.plans.parser.text import fold

Row = list[str]
_ROW_NUMBER = compile_lazily(r"^([A-Za-z]?)(\d{1,3})$")  # as text_tables reads a row's 序号

_TASK_NUMBER = compile_lazily(r"^\s*(\d{1,3})[.、．](?!\d)")
_BRACKETED_TASK = compile_lazily(r"^\s*[（(](\d{1,3})[）)]")
_LEVEL_HEADING = compile_lazily(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def numbered_tasks(body: list[str]) -> list[int]:
    """Indexes of the cells that open with a task's own number, rising by one down the table (1.… 2.…).
    Where directions are numbered `1、` and the tasks under them `（1）`, both rising, the longer run is the
    tasks: a direction's cell merged over several tasks is printed once."""
    return max((_rising(body, pattern) for pattern in (_TASK_NUMBER, _BRACKETED_TASK)), key=len)


def _rising(body: list[str], pattern: re.Pattern[str]) -> list[int]:
    found: list[int] = []
    expected: int | None = None
    for index, cell in enumerate(body):
        number = pattern.match(fold(cell))
        if number and (expected is None or int(number.group(1)) == expected):
            found.append(index)
            expected = int(number.group(1)) + 1
    return found


def rows_at_tasks(body: list[str], tasks: list[int], keys: list[str | None]) -> list[Row]:
    """Rows that start at each numbered task cell: the filled cells after it, up to the columns the
    table has after the task's, placed in those columns by what they hold (a blank 牵头领导 cell is dropped
    by the copy, so places cannot be counted). Cells left before the next task are the next group's: a
    numbered heading (一、…) is a part's row across the table, a bare number the group's 序号, other
    words the group's label (项目 merged down) in the column before the task's."""
    work = max(c for c, key in enumerate(keys) if key == "task")
    after = keys[work + 1 :]
    width = len(keys)
    rows: list[Row] = []
    label = ""

    def leading(cells: list[str]) -> None:
        nonlocal label
        for cell in cells:
            if _LEVEL_HEADING.match(fold(cell)) and len(cell) > 4:
                rows.append([cell, *[""] * (width - 1)])
            elif not _ROW_NUMBER.match(cell.strip()):
                label = cell

    bracketed = bool(_BRACKETED_TASK.match(fold(body[tasks[0]])))
    leading([c for c in body[: tasks[0]] if c.strip()])
    for task, end in pairwise([*tasks, len(body)]):
        cells = [c for c in body[task + 1 : end] if c.strip()]
        own: list[str] = []
        while (
            cells
            and not _opens_group(cells[0], bracketed)
            and (len(own) < len(after) or _more_units(own, cells[0]))
        ):
            own.append(cells.pop(0))
        own = _text_wrapped(own, cells, after, bracketed)
        own = _units_joined(own, after)
        fitted = fit_by_content(own, after) if own else None
        placed = fitted if fitted is not None else [*own, *[""] * (len(after) - len(own))]
        start = [""] * work
        if work and label:
            start[work - 1] = label
        rows.append(RealignedRow([*start, body[task], *placed]))
        label = ""
        leading(cells)
    return rows


_WRAPPED_MAX = 6  # lines a row's text cells may run over past its columns


def _text_wrapped(own: list[str], cells: list[str], after: list[str | None], bracketed: bool) -> list[str]:
    """A row whose text cell wrapped a paragraph a line (a year's plan in three lines) fills its columns with
    text, its units left after them: the units are taken from `cells` (popped), the surplus lines joined into
    the last text column."""
    first = next((i for i, key in enumerate(after) if key in UNIT_KEYS), None)
    # Where an organisation's name follows (区科委), a short word among the row's cells (比重, 百分点, a
    # figure's wrapped line) is no unit: only names that end as organisations' stop the wrapping.
    named = org_like if any(map(org_like, cells[:_WRAPPED_MAX])) else is_unit_cell
    if first is None or len(own) < len(after) or named(own[first]) or any(map(named, own)):
        return own
    units = next((i for i, cell in enumerate(cells[:_WRAPPED_MAX]) if named(cell)), None)
    if units is None or any(_opens_group(cell, bracketed) for cell in cells[: units + 1]):
        return own
    end = units
    while end < len(cells) and is_unit_cell(cells[end]) and not _opens_group(cells[end], bracketed):
        end += 1
    text = [*own, *cells[:units]]
    names = cells[units:end]
    del cells[:end]
    if first == 0:
        return names
    return [*text[: first - 1], "\n".join(text[first - 1 :]), *names]


def _opens_group(cell: str, bracketed: bool = False) -> bool:
    """A group's number or heading; where the tasks are numbered `（1）`, a direction's `4、推进…` too."""
    folded = fold(cell)
    return bool(
        _ROW_NUMBER.match(cell.strip())
        or (_LEVEL_HEADING.match(folded) and len(cell) > 4)
        or (bracketed and _TASK_NUMBER.match(folded))
    )


def _more_units(own: list[str], cell: str) -> bool:
    """A unit cell written one name a paragraph (市府办 / 市司法局 / 市审计局 / 各单位): the names after the
    row's columns are filled still belong to it."""
    # (after an organisation's name only another, or a collective 各区 / 有关部门: 区科委 then 高品质生活 is the
    # next group's label; 省财政厅 then 省人口计生 one name more)
    following = org_like(cell) or fold(cell).strip().startswith(_NAME_OPENINGS) or not org_like(own[-1])
    return bool(own) and is_unit_cell(own[-1]) and is_unit_cell(cell) and following


# (a name without an organisation's ending still opens with its level: 省人口计生, 县直各部门)
_NAME_OPENINGS = ("各", "有关", "相关", "省", "市", "区", "县", "州", "盟", "旗", "镇", "乡", "街道")


def _units_joined(own: list[str], after: list[str | None]) -> list[str]:
    """The row's run of unit cells, longer than the table's unit columns, with its last names joined into
    one cell, from the end, so the first unit cell (the lead) stays its own."""
    if len(own) <= len(after):
        return own
    columns = sum(1 for key in after if key in UNIT_KEYS)
    first = next((i for i, key in enumerate(after) if key in UNIT_KEYS), 0)
    # (the units after the row's other cells: 2024年 / 2025年 / 2026年 targets, then 牵头 | 配合 | 实施主体)
    run = first
    while run < len(own) and is_unit_cell(own[run]):
        run += 1
    names, rest = list(own[first:run]), own[run:]
    while len(names) > max(columns, 1):
        names[-2:] = [f"{names[-2]}、{names[-1]}"]
    return [*own[:first], *names, *rest]


_FIRST_TASK = compile_lazily(r"^\d{1,2}[.、．](?!\d)")


def label_runs(lines: list[str]) -> list[int]:
    """Where a header of one label a paragraph opens without 序号 (牵头领导 / 重点工作 / 牵头单位 / 配合单位):
    three labels or more in a row, naming the task and a unit column."""
    filled = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()]
    starts: list[int] = []
    position = 0
    while position < len(filled):
        end = position
        while end < len(filled) and _label_length(filled[end][1]) <= 12 and column_of(filled[end][1]):
            end += 1
        keys = {column_of(line) for _, line in filled[position:end]}
        width = end - position
        # The rows are told by their tasks' own numbers (1.始终做到忠诚于党。…): the first one comes soon.
        # Or the first row's bare number in a column of its own (工作任务 / 牵头责任单位 / 进展 then 1 / 地区…).
        numbered = any(_FIRST_TASK.match(fold(line)) for _, line in filled[end : end + width + 2]) or (
            end < len(filled) and fold(filled[end][1]).strip() == "1"
        )
        if width >= 3 and numbered and "task" in keys and keys & set(UNIT_KEYS) and "seq" not in keys:
            starts.append(filled[position][0])
        position = max(end, position + 1)
    return starts


def _label_length(line: str) -> int:
    """A label's length without its bracketed span (重点任务（2024-2026）)."""
    return len(re.sub(r"[（(][^（）()]{1,12}[）)]", "", line))


def unlabelled_numbers(body: list[str], width: int) -> list[int]:
    """Where the rows under a header without 序号 open, when they open with bare numbers 1, 2, 3… in a
    column of their own, each followed by the row's words and a row's worth of cells (the header left the
    number's column unlabelled); else []. Other figures (权重 50, a count) are cells of the rows."""
    rising: list[int] = []
    first = next((index for index, cell in enumerate(body) if fold(cell).strip() == "1"), len(body))
    if any(_words(cell) and not _LEVEL_HEADING.match(fold(cell)) for cell in body[:first]):
        return []  # a category's words before the first number: the first label spans both (工作任务 | 具体要求)
    for index, cell in enumerate(body):
        if (
            fold(cell).strip() == str(len(rising) + 1)
            and (not rising or index - rising[-1] > width)
            and index + 1 < len(body)
            and _words(body[index + 1])
        ):
            rising.append(index)
    return rising if len(rising) >= 3 else []


def without_part_row(cells: list[str], width: int) -> list[str]:
    """A row's cells up to a part's heading across the table after it (`二、发展指标(2项)` and its
    weight), which belongs to no row."""
    for index, cell in enumerate(cells):
        if index >= width - 1 and _LEVEL_HEADING.match(fold(cell)) and len(cell) > 4:
            return cells[:index]
    return cells


def _words(cell: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]{2}", cell))


def without_empty_columns(header: Row, body: list[str]) -> Row:
    """序号 / 项目 / 类别 / 具体内容 / 牵头部门 / 相关责任部门 / 完成时间 over rows of five cells each (108 / 继续
    全面推进素质教育 / 教育局 / 13个街道、镇 / 2010年): the copy left out the cells empty in every row. When the
    row numbers stand the same few cells apart down the table, fewer than the header's, the columns taken
    out are the header's category and its task columns but the last (the one the rows fill), before its
    unit columns."""
    keys = [column_of(cell) for cell in header]
    if not keys or keys[0] != "seq":
        return header
    starts: list[int] = []
    for index, cell in enumerate(body):
        number = _ROW_NUMBER.match(cell.strip())
        if (
            number
            and not number.group(1)
            and (not starts or int(number.group(2)) == _value(body[starts[-1]]) + 1)
        ):
            starts.append(index)
    strides = Counter(b - a for a, b in pairwise(starts))
    if starts and (tail := len(body) - starts[-1]) == max(strides, key=strides.get, default=tail):
        strides[tail] += 1  # the last row, when it is as long as the others (not a number the page cut)
    if not strides:
        return header
    stride, count = strides.most_common(1)[0]
    missing = len(header) - stride
    if len(header) in strides:
        return header  # a row with all its cells: the shorter ones sit under a cell merged down the table
    if count < _STRIDE_ROWS or count * 5 < sum(strides.values()) * 4 or not 0 < missing <= 2:
        return header
    # only before the unit columns: a label after them may be a part's row the header ran into (发展目标)
    first_unit = next((i for i, key in enumerate(keys) if key in UNIT_KEYS), len(keys))
    tasks = [i for i, key in enumerate(keys[:first_unit]) if key == "task"]
    droppable = [*(i for i, key in enumerate(keys[:first_unit]) if key == "domain"), *tasks[:-1]]
    if len(droppable) < missing:
        return header
    dropped = set(droppable[:missing])
    return [cell for i, cell in enumerate(header) if i not in dropped]


_STRIDE_ROWS = 2


def _value(cell: str) -> int:
    return int(_ROW_NUMBER.match(cell.strip()).group(2))


_YEARLY = compile_lazily(r"^\s*20\d\d年")


def task_keys(header: Row) -> list[str | None]:
    """The header's keys, a year's column of work (2024年工作项目 beside 重点任务) no task column of its own."""
    keys = [column_of(cell) for cell in header]
    if sum(key == "task" and not _YEARLY.match(cell) for key, cell in zip(keys, header, strict=True)):
        keys = [
            "other" if key == "task" and _YEARLY.match(cell) else key
            for key, cell in zip(keys, header, strict=True)
        ]
    # 指标名称 | 年度目标 | 完成情况: a target after the indicator's name holds its figure, not the work
    # (the numbered cell `1、地区生产总值增长率` is the name's).
    first = keys.index("task") if "task" in keys else len(keys)
    return [
        "other" if key == "task" and column > first and _TARGET.search(fold(header[column]).strip()) else key
        for column, key in enumerate(keys)
    ]


_TARGET = compile_lazily(r"(?:年度|预期|全年|计划)?目标(?:值)?$")
