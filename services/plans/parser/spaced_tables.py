"""A task table whose cells are separated by spaces: 序号 工作任务 牵头部门 over `1 居民消费价格涨幅3%左右 发展改革委`."""

from __future__ import annotations

from itertools import pairwise

from services.plans.parser.header import is_page_number
from services.plans.parser.layout_columns import cell_pieces, column_starts, layout_cells, piece_starts
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import Row, column_of, columns_of
from services.plans.parser.table_fit import is_unit_cell, org_like
from services.plans.parser.text import fold

PIPE = "|"
_PART_HEADING = compile_lazily(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


# 区工信局、 区住建局: a space after a list's mark splits no cell.
_AFTER_MARK = compile_lazily(r"(?<=[、，,；;])\s+")
_SPILL_LINES = 6  # a cell's names one a line; more lines than this between rows is the text after the table
_NUMBER_GAP = 20  # a county's list picked out of a longer one skips numbers (81, 85)
_SPACED_ROW = compile_lazily(r"^\s*(\d{1,3})\s+(\S.*)$")
_LED_ROW = compile_lazily(r"^\s*\S{2,30}?\s+(\d{1,3}\s{2,}\S.*)$")  # 一、爱国卫生组织管理  1    …
_NOTE = compile_lazily(r"^(?:注|备注|说明|资料来源|数据来源)\s*\d?\s*[：:]")


# …任务分工 序号 职责 负责单位 备注 1 将…纳入… 区文明办 2 协调做好… 区经发局: the whole table in one line, its
# header's labels and its cells a space apart, each row opening on its number standing alone between spaces
_HEADER_IN_LINE = compile_lazily(r"序号(?:[ \u3000]+[^\s\d]{2,8}){2,6}(?=[ \u3000]+1[ \u3000])")
_NUMBER_ALONE = compile_lazily(r"(?<=[ \u3000])(\d{1,3})(?=[ \u3000]+\S)")


def _rows_in_line(line: str) -> list[str]:
    """The line as its header and rows when a whole spaced table ran into it, else [line]."""
    header = _HEADER_IN_LINE.search(line) if "序号" in line else None
    if header is None:
        return [line]
    cuts, expected = [], 1
    for number in _NUMBER_ALONE.finditer(line, header.end()):
        if int(number.group(1)) == expected:
            cuts.append(number.start())
            expected += 1
    if len(cuts) < 2:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in pairwise(bounds) if line[a:b].strip()]


def _words(line: str) -> list[str]:
    """Space-separated words, with letter-spaced labels joined again: 工 作 任 务 -> 工作任务."""
    words: list[str] = []
    run: list[str] = []
    for token in fold(line).split():
        if len(token) == 1:
            run.append(token)
            continue
        if run:
            words.append("".join(run))
            run = []
        words.append(token)
    if run:
        words.append("".join(run))
    return words


def _follows(previous: str, number: str) -> bool:
    """A row's number comes after the last row's: a figure at a spilled line's start (`2024年…`) is no row."""
    return previous.isdigit() and int(previous) < int(number) <= int(previous) + _NUMBER_GAP


def _spill_into(row: Row, spill: list[str], short: int) -> None:
    """Lines between two rows are the last row's cells a web page broke (a cell's names one a line, as
    `区财政局` over `区税务局`): the lines continue the last filled cell, except that a row which left cells
    empty at its end takes its last lines as those cells (the co-units' cell after the leads' lines)."""
    own = spill[: len(spill) - short] if short else spill
    filled = len(row) - 1 - short
    if own:
        row[filled] = "、".join([row[filled], *own]) if row[filled] else "、".join(own)
    for offset, line in enumerate(spill[len(own) :], start=1):
        row[filled + offset] = line


def _unit_after_task(words: list[str], row: Row, task: int, unit_col: int | None) -> Row | None:
    """`2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9%`: a row with more words than columns,
    where the units' column follows the task's and the even split puts a word of the last column
    (a 完成情况 written with a space) under the units. The last organisation after the task is the
    units' cell; the words after it fill the columns after it, the last taking the rest."""
    if unit_col != task + 1 or len(row) - 1 == unit_col or org_like(row[unit_col]):
        return None
    # the last organisation there: a task written with spaces may name a place (推进 县人民医院 改扩建工程)
    at = next(
        (i for i in reversed(range(task, len(words) - (len(row) - 1 - unit_col))) if org_like(words[i])), None
    )
    if at is None:
        return None
    rest = words[at + 1 :]
    after = len(row) - 1 - unit_col  # columns after the units'
    return [
        *row[:task],
        " ".join(words[task - 1 : at]),
        words[at],
        *rest[: after - 1],
        " ".join(rest[after - 1 :]),
    ]


def spaced_tables(lines: list[str]) -> list[list[Row]]:
    """序号 工作任务 牵头部门 over lines `1 居民消费价格涨幅3%左右 发展改革委`: the task is everything between.

    The header may end a line of other words (a PDF's title run into it: …分解表 序号 名称 工作任务 牵头
    责任单位), a row may leave a column empty (名称 given only for a part) when its last word is the unit
    list, and a part's heading (一、经济社会发展主要预期目标) may stand between rows."""
    tables: list[list[Row]] = []
    lines = [row for line in lines for row in _rows_in_line(line)]
    for index, line in enumerate(lines):
        words = _words(line)
        seq_at = next((i for i, word in enumerate(words) if column_of(word) == "seq"), None)
        if seq_at is None or "\t" in line or PIPE in line:
            continue
        header = words[seq_at:]
        columns = columns_of(header) if len(header) >= 3 else None
        if columns is None:
            continue
        unit_col = columns.lead if columns.lead is not None else columns.owner
        rows: list[Row] = [header]
        starts = column_starts(line, header) if "序号" in line else None
        spill: list[str] = []
        short = 0  # cells the last row left empty at its end
        for row_line in lines[index + 1 :]:
            if seq_at and (led := _LED_ROW.match(row_line)):
                row_line = row_line[led.start(1) :]  # 项目 before 序号: a group's name on its first row only
            match = _SPACED_ROW.match(row_line)
            if match and rows[1:] and not _follows(rows[-1][0], match.group(1)):
                match = None
            if not match:
                folded = fold(row_line).strip()
                if not folded or _PART_HEADING.match(folded) or is_page_number(folded):
                    continue
                if len(rows) == 1 or len(spill) >= _SPILL_LINES or _NOTE.match(folded):
                    break  # 注：预期性指标为…: the table's note, after its last row
                pieces = cell_pieces(row_line, starts) if starts and not spill else None
                if pieces and all(column < len(rows[-1]) for column, _ in pieces):
                    for column, piece in pieces:  # the rest of a cell, under its column
                        rows[-1][column] += piece
                    continue
                spill.append(row_line.strip())
                continue
            if spill:
                _spill_into(rows[-1], spill, short)
                spill = []
            if len(rows) == 1 and len(cells := piece_starts(row_line)) == len(header):
                starts = cells  # the first row's cells, where a layout's header is centred over them
            words = _AFTER_MARK.sub("", match.group(2)).split()
            if starts is not None and len(laid := layout_cells(match.group(2))) == len(header) - 1:
                words = laid  # a layout's cells: a cell ending on a mark (…建设，) stays apart from the next
            after = len(header) - 1
            short = 0
            placed = cell_pieces(row_line, starts, row=True) if starts else None
            if len(words) < after and placed and placed[0] == (0, match.group(1)):
                # a layout's row that leaves a cell empty: each piece in the column it stands under
                row = [match.group(1), *[""] * after]
                for column, piece in placed[1:]:
                    row[column] = f"{row[column]}{piece}"
                rows.append(row)
                continue
            if len(words) < after:
                if len(words) < 2 or unit_col is None or not is_unit_cell(words[-1]):
                    break
                row = [match.group(1), *[""] * after]
                row[columns.task] = " ".join(words[:-1])
                row[unit_col] = words[-1]
                short = len(row) - 1 - unit_col
                rows.append(row)
                continue
            task_at = columns.task - 1
            tail = after - task_at - 1
            middle = words[task_at : len(words) - tail]
            row = [match.group(1), *words[:task_at], " ".join(middle), *words[len(words) - tail :]]
            rows.append(_unit_after_task(words, row, columns.task, unit_col) or row)
        if spill and all(is_unit_cell(fold(line).rstrip("。")) for line in spill):
            _spill_into(rows[-1], spill, short)  # the last row's names run on; text after the table does not
        if len(rows) > 1:
            tables.append(rows)
    return tables
