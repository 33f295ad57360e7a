"""Task tables (序号 | 任务 | 牵头单位 | 责任单位 | 完成时限): their columns, and the rows of tables written as text.

A table reaches the parser as Word table rows (cells from the reader), or as text: cells between `|`
(one row a line, or one cell a line with `|` lines between, as web pages are copied), tab-separated
lines, or a 序号 header over lines that begin with the row number and keep the unit last. Columns are
recognised by their header's words, so a 责任领导 column (people) is never taken for units and a
负责考核部门 or 责任科室 column is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from services.plans.parser.clauses import blank_rule_notes
from services.plans.parser.model import TaskTableRow
from services.plans.parser.text import fold, split_units

Row = list[str]

# Checked in this order: the first pattern a header cell matches names its column.
_COLUMN_PATTERNS = (
    ("seq", re.compile(r"^(序号|编号|序)$")),
    ("leader", re.compile(r"领导|责任人|联系人|负责人|分管")),
    ("due", re.compile(r"时限|时间|期限|节点|进度安排")),
    ("lead", re.compile(r"牵头")),
    ("co", re.compile(r"配合|协办|参与|协助|协同")),
    (
        "owner",
        re.compile(
            r"责任单位|责任部门|责任科室|责任主体|负责部门|负责单位|考核部门|考核单位|承办|落实单位|实施主体|主体单位|部门|单位"
        ),
    ),
    ("domain", re.compile(r"领域|类别|行业|方面|板块|类型|分类|方向")),
    ("task", re.compile(r"任务|内容|措施|事项|工作|目标|要求|指标|项目|举措")),
)
_LABEL_MAX = 12  # a header cell is a short label, not a sentence


def column_of(cell: str) -> str | None:
    label = re.sub(r"\s+", "", fold(cell))
    if not label or len(label) > _LABEL_MAX:
        return None
    return next((key for key, pattern in _COLUMN_PATTERNS if pattern.search(label)), None)


@dataclass(frozen=True)
class Columns:
    task: int
    lead: int | None
    co: int | None
    owner: int | None
    seq: int | None
    domain: int | None
    due: int | None

    @property
    def has_units(self) -> bool:
        return self.lead is not None or self.owner is not None


def columns_of(header: Row) -> Columns | None:
    """The columns a header names, or None when it is not a task table's header (no task or no unit column)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = column_of(cell)
        if key and key not in found:
            found[key] = index
    if "task" not in found and "domain" in found and len(header) > found["domain"] + 1:
        found["task"] = found.pop(
            "domain"
        )  # 重点工作 | … where no cell names the task: the first wordy column
    if "task" not in found or not ({"lead", "owner"} & found.keys()):
        return None
    return Columns(
        found["task"],
        found.get("lead"),
        found.get("co"),
        found.get("owner"),
        found.get("seq"),
        found.get("domain"),
        found.get("due"),
    )


def task_rows(rows: list[Row], *, first_listed_leads: bool = False) -> list[TaskTableRow]:
    """The rows of a task table: the first row that names a task and a unit column is its header.

    A blank 领域 or 牵头 cell stands for a cell merged from the row above; a row across the whole table
    (一 | 实施设备更新行动) opens a new part, so nothing carries over it. 牵头单位 beside 责任单位 makes the
    latter co-units; 责任单位 alone are the leads, or only the first of them when the document says
    列第一位者为牵头单位 (`first_listed_leads`).
    """
    found = next(
        ((i, columns) for i, row in enumerate(rows) if len(row) >= 2 and (columns := columns_of(row))), None
    )
    if found is None:
        return []
    header_index, columns = found
    header = rows[header_index]
    lead_col = columns.lead if columns.lead is not None else columns.owner
    co_cols = [c for c in (columns.co, columns.owner if columns.lead is not None else None) if c is not None]
    table: list[TaskTableRow] = []
    domain: str | None = None
    leads: tuple[str, ...] = ()
    for row in rows[header_index + 1 :]:
        if len(row) != len(header):
            domain, leads = None, ()
            continue
        if columns.domain is not None:
            domain = row[columns.domain].replace("\n", "").strip() or domain
        leads = tuple(split_units(blank_rule_notes(row[lead_col]))) or leads
        listed_co: tuple[str, ...] = ()
        if first_listed_leads and columns.lead is None and len(leads) > 1:
            leads, listed_co = leads[:1], leads[1:]
        # A blank 配合单位 cell means no co-unit; only 领域 and 牵头 cells are merged down a table.
        cos = (
            *listed_co,
            *(u for c in co_cols for u in split_units(blank_rule_notes(row[c])) if u not in leads),
        )
        task = row[columns.task].strip()
        if not task or row == header:
            continue  # an empty row, or a header repeated on a new page
        seq = row[columns.seq].strip() if columns.seq is not None else ""
        due = row[columns.due].strip() if columns.due is not None else ""
        table.append(TaskTableRow(seq or str(len(table) + 1), domain, task, leads, cos, due_text=due or None))
    return table


# --- tables written as text ----------------------------------------------------------------------

_PIPE = "|"
_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")


def text_tables(lines: list[str]) -> list[list[Row]]:
    """Every table written as text in these lines, as rows of cells (header first)."""
    return [*_pipe_tables(lines), *_tab_tables(lines), *_spaced_tables(lines), *_paragraph_tables(lines)]


def _paragraph_tables(lines: list[str]) -> list[list[Row]]:
    """A web table copied as one paragraph a cell: 序号 / 2022年预期目标 / 责任单位 / 1 / 地区生产总值… / 区发展改革委.

    Each 序号 line starts a table; its cells run to the next 序号 line or the next annex heading.
    """
    starts = [i for i, line in enumerate(lines) if column_of(line) == "seq" and line.strip()]
    tables: list[list[Row]] = []
    for start, end in pairwise([*starts, len(lines)]):
        cells: list[str] = []
        for line in lines[start:end]:
            stripped = line.strip()
            if stripped.startswith(("附件", "附表")) and len(stripped) <= 40 and cells:
                break
            if stripped and _PIPE not in stripped and "\t" not in line:
                cells.append(stripped)
        rows = _rows_from_stream(cells)
        if len(rows) > 1:
            tables.append(rows)
    return tables


def _runs(lines: list[str], member) -> list[tuple[int, int]]:
    """(start, end) of each run of lines for which member(line) holds, allowing two lines between."""
    runs: list[tuple[int, int]] = []
    start = end = None
    for index, line in enumerate(lines):
        if not member(line):
            continue
        if start is None or index - end > 3:
            if start is not None:
                runs.append((start, end + 1))
            start = index
        end = index
    if start is not None:
        runs.append((start, end + 1))
    return runs


def _pipe_tables(lines: list[str]) -> list[list[Row]]:
    tables: list[list[Row]] = []
    for start, end in _runs(lines, lambda line: _PIPE in line):
        region = lines[start:end]
        single = sum(1 for line in region if line.count(_PIPE) == 1)
        if single * 2 >= sum(1 for line in region if _PIPE in line):
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
            rows = _rows_from_stream(_stream_cells(lines[first:end]))
        else:
            rows = [_cells_of_line(line) for line in region if line.count(_PIPE) >= 2]
            rows = [row for row in rows if row and not all(_SEPARATOR_CELL.match(c) for c in row if c)]
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

    The header is the first run of column labels (a title before it is no cell of the table). Row
    numbers need not start at 1 nor run without gaps: a bureau publishes its rows of a district table
    (80, 81 or 3, 68, 69). Cells between one row's last column and the next row number are the next
    row's leading cells (a category merged down the table when absent) or a section row across the
    table. Without a 序号 header the first header cell spans the category and the number, as web
    tables do.
    """
    start = next(
        (i for i in range(len(cells) - 1) if column_of(cells[i]) and column_of(cells[i + 1])), len(cells)
    )
    width = 0
    while start + width < len(cells) and column_of(cells[start + width]):
        width += 1
    header, body = cells[start : start + width], cells[start + width :]
    if width < 2:
        return []
    keys = [column_of(cell) for cell in header]
    if "seq" in keys:
        before = keys.index("seq")
        after = width - before - 1
        canonical = header
    else:
        before, after = 1, width - 1
        canonical = ["序号", "类别", *header[1:]]
    positions: list[int] = []
    for index, cell in enumerate(body):
        if not cell.isdigit() or len(cell) > 3:
            continue
        if not positions or (int(cell) > int(body[positions[-1]]) and index > positions[-1] + after):
            positions.append(index)
    if not positions:
        return []
    rows: list[Row] = [canonical]
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


def _tab_tables(lines: list[str]) -> list[list[Row]]:
    """Lines of tab-separated cells (not Word's flattened tables, whose lines hold one tab-led cell)."""

    def is_row(line: str) -> bool:
        cells = [c for c in line.strip("\n").split("\t")]
        return len([c for c in cells if c.strip()]) >= 2 and not line.startswith("\t\t")

    tables: list[list[Row]] = []
    for start, end in _runs(lines, is_row):
        rows = [[c.strip() for c in line.split("\t")] for line in lines[start:end] if is_row(line)]
        tables.append(rows)
    return tables


_SPACED_ROW = re.compile(r"^\s*(\d{1,3})\s+(\S.*)$")


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


def _spaced_tables(lines: list[str]) -> list[list[Row]]:
    """序号 工作任务 牵头部门 over lines `1 居民消费价格涨幅3%左右 发展改革委`: the task is everything between."""
    tables: list[list[Row]] = []
    for index, line in enumerate(lines):
        header = _words(line)
        if len(header) < 3 or column_of(header[0]) != "seq" or "\t" in line or _PIPE in line:
            continue
        columns = columns_of(header)
        if columns is None:
            continue
        rows: list[Row] = [header]
        for row_line in lines[index + 1 :]:
            match = _SPACED_ROW.match(row_line)
            if not match:
                if row_line.strip():
                    break
                continue
            words = match.group(2).split()
            after = len(header) - 1
            if len(words) < after:
                break
            task_at = columns.task - 1
            tail = after - task_at - 1
            middle = words[task_at : len(words) - tail]
            rows.append([match.group(1), *words[:task_at], " ".join(middle), *words[len(words) - tail :]])
        if len(rows) > 1:
            tables.append(rows)
    return tables
