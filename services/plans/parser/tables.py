"""Task tables (序号 | 任务 | 牵头单位 | 责任单位 | 完成时限): their columns and their rows.

A table reaches the parser as Word table rows (cells from the reader), or as text (`text_tables`).
Columns are recognised by their header's words (`table_columns`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from services.plans.parser.clauses import CLAUSE_WORDS, read_clause
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.lead_marks import starred_leads, without_co_mark
from services.plans.parser.model import TaskTableRow
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.rule_notes import blank_rule_notes
from services.plans.parser.table_columns import (
    Columns,
    Row,
    column_of,
    columns_of,
    join_header_rows,
    names_people,
    sub_header,
)
from services.plans.parser.table_fit import REALIGNED, RealignedRow, split_run_together
from services.plans.parser.table_headings import HEADING_MAX, sub_headings
from services.plans.parser.text import ends_like_unit, fold, split_units

_OWN_NUMBER = compile_lazily(r"^\s*(?:(\d{1,3})[.、](?!\d)|[（(](\d{1,3})[）)])")
_CATEGORY_NUMBER = compile_lazily(r"^\s*(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）)\s*")
_NUMBER_ALONE = compile_lazily(r"^\s*(?:[一二三四五六七八九十]+[、.．]?|（[一二三四五六七八九十]+）)\s*$")


def _category(row: tuple[str, ...]) -> str | None:
    """The heading a row merged across the table holds (only its first cell has text, and that is a
    numbered heading such as 一、社会事业 or （二）基础设施), without its number; None for any other row.
    Also 一 | 社会事业 with the title merged over the rest: the 序号 column holds the part's number."""
    first = row[0].replace("\n", "").strip() if row else ""
    if first and len(row) > 2 and _NUMBER_ALONE.match(first) and not any(c.strip() for c in row[2:]):
        return _heading(row[1].replace("\n", "").strip())
    if not first or any(cell.strip() for cell in row[1:]):
        return None
    numbered = _CATEGORY_NUMBER.match(first)
    return _heading(first[numbered.end() :].strip()) if numbered else None


def _scored_part(row: Row, seq: int | None, task: int, unit_cols: list[int]) -> str | None:
    """一、 | 巩固成果，提升实效 | 31: a part's row that fills a column beside its title (its points in a
    scored table) but names no unit is the heading of the rows under it."""
    if seq is None or not _NUMBER_ALONE.match(row[seq].replace("\n", "")) or not row[seq].strip():
        return None
    if any(row[c].strip() for c in unit_cols):
        return None
    title = row[task].replace("\n", "").strip()
    # A scored table's part titles run longer than a category's (对标中央、省、市，落实…（某镇人工湖）).
    return title if title and len(title) <= 2 * HEADING_MAX and _heading(title[:HEADING_MAX]) else None


ACROSS_DOUBT = "这一行的文字跨整个表格（合并单元格），没有牵头单位，请核对"


def _across(row: tuple[str, ...]) -> str | None:
    """The text of a row whose first cell alone holds words (merged across the table): a few CJK
    characters at least, not a bare number left in the 序号 column."""
    first = row[0].strip() if row else ""
    if not first or any(cell.strip() for cell in row[1:]) or _NUMBER_ALONE.match(first.replace("\n", "")):
        return None
    return first if len(re.findall(r"[\u4e00-\u9fff]", first)) >= 4 else None


def _heading(title: str) -> str | None:
    """A part's title is a few words (社会事业); a sentence, or one naming its owners (…。（区住建局负责）),
    is a task merged across the table, and stays a row."""
    if (
        not title
        or len(title) > HEADING_MAX
        or CLAUSE_WORDS.search(fold(title))
        or title.endswith(("。", "；"))
    ):
        return None
    return title


def _sentence_column(row: Row, used: set[int | None]) -> int | None:
    return next(
        (c for c, cell in enumerate(row) if c not in used and fold(cell).rstrip().endswith(("。", "；"))),
        None,
    )


# 区住建局（张三） / 区住建局/张三 / 区住建局 张三: a person's name beside the unit (two to four characters).
_PERSON_BESIDE = compile_lazily(
    r"[（(]([\u4e00-\u9fff]{2,4})[）)]|[/／ \u3000\n]+([\u4e00-\u9fff]{2,3})(?=$|[、，,；;\n])"
)


_ROLE_WORD = compile_lazily(r"牵头|配合|主办|协办|主责|协同|参与|负责|责任")


def _without_people(cell: str) -> str:
    def drop(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        kept = ends_like_unit(name) or name.startswith("各") or _ROLE_WORD.search(name)
        return match.group(0) if kept else ""  # 区住建局（牵头）: the lead's mark, read after this

    return _PERSON_BESIDE.sub(drop, cell)


_LEVEL_NUMBER = compile_lazily(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])")


def _cell_clause(cell: str) -> Responsibility | None:
    """A unit cell written as a clause (市市场监管局牵头，各有关部门按照职责分工负责): who leads and who
    works with them, as the clause reader reads it in a sentence; None for a plain list of names."""
    if not CLAUSE_WORDS.search(fold(cell)):
        return None
    said = read_clause(cell)
    return said if said.lead_units else None


def _helpers_cell(cell: str) -> tuple[str, ...]:
    """A unit cell that names only helpers (区人力社保局、区科技局、团区委配合落实): they, else ()."""
    if not CLAUSE_WORDS.search(fold(cell)):
        return ()
    said = read_clause(cell)
    return said.co_units if not said.lead_units else ()


def _measure_column(header: Row, body: list[Row], columns: Columns) -> Columns:
    """A table that writes its levels side by side (工作目标 | 工作内容 | 工作措施, each a task word): the
    work is in the last of them, filled on every row, while the ones before it are headings — merged
    down the table (blank under their first row) or numbered 一、/（一） as a plan's headings are. The
    first such level then heads the rows as their 领域 when the table has none."""
    levels = [c for c, cell in enumerate(header) if column_of(cell) == "task" and c >= columns.task]
    rows = [row for row in body if len(row) == len(header) and any(cell.strip() for cell in row)]
    if len(levels) < 2 or not rows:
        return columns

    def numbered(c: int) -> bool:
        filled = [fold(row[c]).strip() for row in rows if row[c].strip()]
        return bool(filled) and all(_LEVEL_NUMBER.match(cell) for cell in filled)

    def heading_level(c: int) -> bool:
        cells = [fold(row[c]).replace("\n", "").strip() for row in rows]
        filled = [cell for cell in cells if cell]
        headings = all(
            _LEVEL_NUMBER.match(cell) or (len(cell) <= HEADING_MAX and not cell.endswith(("。", "；")))
            for cell in filled
        )
        return bool(filled) and headings and (len(filled) < len(cells) or numbered(c))

    heads = next((k for k, c in enumerate(levels[:-1]) if not heading_level(c)), len(levels) - 1)
    if 0 < heads < len(levels) - 1:
        # 建设任务 | 工作事项 | 工作指标 | 任务清单: headings, then a level of numbered sentences ((1)…。) filled on
        # every row — the measures — and the tasks each lists under it (its details)
        levels = levels[: heads + 1]
        if not all(_OWN_NUMBER.match(fold(row[levels[-1]])) for row in rows):
            return columns
    last = levels[-1]
    if not all(row[last].strip() for row in rows):
        return columns

    # The work's own level numbers its rows (1.…, 2.…) or a 序号 column numbers every row, or the levels
    # above it are numbered headings.
    numbered_work = 2 * sum(bool(_OWN_NUMBER.match(fold(row[last]))) for row in rows) >= len(rows) or (
        columns.seq is not None and all(row[columns.seq].strip() for row in rows)
    )
    if not all(heading_level(c) for c in levels[:-1]) or not (
        numbered_work or all(numbered(c) for c in levels[:-1])
    ):
        return columns
    domain = columns.domain if columns.domain is not None else levels[0]
    return Columns(last, columns.lead, columns.co, columns.owner, columns.seq, domain, columns.due)


def task_rows(
    rows: list[Row], *, first_listed_leads: bool = False, columns: Columns | None = None
) -> list[TaskTableRow]:
    """The rows of a task table: the first row that names a task and a unit column is its header.

    A blank 领域 or 牵头 cell stands for a cell merged from the row above; a row across the whole table
    (一 | 实施设备更新行动) opens a new part, so nothing carries over it. 牵头单位 beside 责任单位 makes the
    latter co-units; 责任单位 alone are the leads, or only the first of them when the document says
    列第一位者为牵头单位 (`first_listed_leads`). `columns` overrides what the header's words say.
    """
    # `columns` given (picked by the clerk): the first row is the header, whatever its words.
    picked = columns is not None
    rows = rows if picked else join_header_rows(rows)
    found = (
        (0, columns)
        if columns is not None
        else next(
            ((i, named) for i, row in enumerate(rows) if len(row) >= 2 and (named := columns_of(row))), None
        )
    )
    if found is None:
        return []
    header_index, columns = found
    header = rows[header_index]
    if (
        not picked
        and header_index + 1 < len(rows)
        and (below := sub_header(header, rows[header_index + 1], columns))
    ):
        header, columns = below
    columns = _measure_column(header, rows[header_index + 1 :], columns)
    lead_col = columns.lead if columns.lead is not None else columns.owner
    co_cols = [c for c in (columns.co, columns.owner if columns.lead is not None else None) if c is not None]
    used = {lead_col, *co_cols, columns.task, columns.seq, columns.domain, columns.due}
    unit_cols = [c for c in (lead_col, *co_cols) if c is not None]
    # 工作任务 merged over two columns (the task's name | what it involves): the columns under it
    # read as empty header cells, and their text is the task's too.
    task_span = tuple(
        takewhile(lambda c: not header[c].strip() and c not in used, range(columns.task + 1, len(header)))
    )
    known = {
        u
        for row in rows[header_index + 1 :]
        if len(row) == len(header)
        for c in unit_cols
        for u in split_units(blank_rule_notes(row[c]))
    }
    table: list[TaskTableRow] = []
    domain: str | None = None
    leads: tuple[str, ...] = ()
    people = any(names_people(header[c]) for c in unit_cols)
    previous_row: Row = header
    for row in rows[header_index + 1 :]:
        if len(row) != len(header):
            domain, leads = None, ()
            continue
        if row != header and _another_header(row):
            break  # 序号 | 项目名称 | 建设内容 | 总投资: the next annex's table, with columns of its own
        if table and (previous := _names_run_on(row, previous_row, table[-1], lead_col, co_cols)):
            table[-1] = previous
            continue
        previous_row = row
        if (
            category := _category(row) or _scored_part(row, columns.seq, columns.task, unit_cols)
        ) is not None:
            # 一、社会事业 in one cell merged across the table: the heading of the rows under it.
            domain, leads = category, ()
            continue
        if columns.task != 0 and (sentence := _across(row)):
            # A sentence in one cell merged across the table (一、全面完成…。): a task written over every
            # column. It names no unit, and nothing carries over it; kept for the review, not dropped.
            leads = ()
            table.append(TaskTableRow("", domain, sentence, doubts=(ACROSS_DOUBT,)))
            continue
        if columns.domain is not None:
            domain = row[columns.domain].replace("\n", "").strip() or domain
        if people:  # 区住建局（张三） under 责任单位及责任人: the person is no part of the unit's name
            row = [_without_people(cell) if c in unit_cols else cell for c, cell in enumerate(row)]
        said = _cell_clause(row[lead_col])
        own_units, run_together = (
            (list(said.lead_units), ())
            if said is not None
            else split_run_together(split_units(blank_rule_notes(row[lead_col])), known)
        )
        run_together += (REALIGNED,) if isinstance(row, RealignedRow) else ()
        starred = starred_leads(own_units)
        own = tuple(starred[0] if starred else own_units)
        carried = leads if not own else ()
        doubts = run_together
        helpers = _helpers_cell(row[lead_col]) if said is None else ()
        leads = (
            () if helpers else own or leads
        )  # (区科技局、团区委配合落实: helpers only, no lead carried down)
        listed_co: tuple[str, ...] = tuple(starred[1]) if starred else (said.co_units if said else helpers)
        if not starred and not said and first_listed_leads and columns.lead is None and len(leads) > 1:
            leads, listed_co = leads[:1], leads[1:]
        # A blank 配合单位 cell means no co-unit; only 领域 and 牵头 cells are merged down a table — or
        # every unit cell with them (牵头 | 配合 | 实施主体 all blank under a filled row: the block merged).
        cos = tuple(
            without_co_mark(u)  # 区财政局（配合） in the co-units: its mark is no part of its name
            for u in (*listed_co, *(u for c in co_cols for u in split_units(blank_rule_notes(row[c]))))
            if u not in leads
        )
        carried_cos: tuple[str, ...] = ()
        if not own and leads and not cos and co_cols and table and table[-1].lead_units == leads:
            cos = carried_cos = table[-1].co_units
        if carried and leads:  # the clerk is told every unit that came from the row above, helpers too
            helpers_said = f"及配合单位{'、'.join(carried_cos)}" if carried_cos else ""
            doubts += (
                f"“{header[lead_col].strip()}”一格为空，沿用上一行的{'、'.join(leads)}{helpers_said}（合并单元格），请核对",
            )
        task = "\n".join(text for c in (columns.task, *task_span) if (text := row[c].strip()))
        task_col = columns.task
        if not task and row != header and (task_col := _sentence_column(row, used)) is not None:
            # The task column blank (merged and printed elsewhere) and a sentence beside it: that is the
            # task, said so for the review rather than the row dropped.
            task = row[task_col].strip()
            doubts += (
                f"“{header[columns.task].strip()}”一格为空，任务取自“{header[task_col].strip()}”一格，请核对",
            )
        if (
            not task
            and own
            and table
            and row != header
            and any(row[c].strip() for c in range(len(row)) if c not in used)
        ):
            # | | | 压缩企业开办时间… | 区市场监管局 |: the task and its number merged down from the row above, the
            # row's own measure and unit beside them — a row of its own, not dropped with its unit
            task, carried_seq = table[-1].task, table[-1].seq
            doubts += (f"“{header[columns.task].strip()}”一格为空，沿用上一行的任务（合并单元格），请核对",)
        else:
            carried_seq = ""
        if not task or row == header or (_TOTAL.match(task) and not own):
            continue  # an empty row, a header repeated on a new page, or the table's 总分/合计 row
        seq = (row[columns.seq].strip() if columns.seq is not None else "") or carried_seq
        if not seq and (number := _OWN_NUMBER.match(fold(task))):
            # 序号 merged down the table, or no 序号 column: the task numbered in its own cell (14.…)
            seq, task = number.group(1) or number.group(2), task[number.end() :].strip()
        due = row[columns.due].strip() if columns.due is not None else ""
        details = tuple(
            (re.sub(r"\s+", "", header[c]), row[c].strip())
            for c in range(len(header))
            if c not in used and c != task_col and row[c].strip() and header[c].strip()
        )
        table.append(
            TaskTableRow(
                seq,  # without a 序号 column, only a number written in the task's own cell
                domain,
                task,
                leads,
                cos,
                due_text=due or None,
                details=details,
                doubts=doubts,
            )
        )
    return sub_headings(table)


def _names_run_on(
    row: Row, above: Row, last: TaskTableRow, lead_col: int, co_cols: list[int]
) -> TaskTableRow | None:
    """`| | | 各区政府 |` under a row whose cell ends `市水利局、`: the names a wrapped cell put on a row of
    their own, the row above's; None for any other row."""
    filled = [c for c, cell in enumerate(row) if cell.strip()]
    if not filled or not all(c in (lead_col, *co_cols) for c in filled):
        return None
    if not all(fold(above[c]).rstrip().endswith(("、", "，")) for c in filled):
        return None
    leads = (*last.lead_units, *split_units(row[lead_col])) if lead_col in filled else last.lead_units
    cos = (*last.co_units, *(u for c in co_cols if c in filled for u in split_units(row[c])))
    return replace(last, lead_units=tuple(leads), co_units=tuple(cos))


def _another_header(row: Row) -> bool:
    cells = [cell.strip() for cell in row if cell.strip()]
    return len(cells) >= 3 and column_of(cells[0]) == "seq" and all(column_of(cell) for cell in cells)


_TOTAL = compile_lazily(r"^\s*(?:总分|合计|总计|小计|总\s*计)\s*$")
