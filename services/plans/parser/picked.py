"""A task table whose columns the clerk picked, for documents in which the reader found no measure.

A table whose header names its columns in words the reader does not know (项目业主 | 协调部门, a header
lost in copying, a header in another language) is refused as "no structure"; the marking dialog then
shows the tables found in the document's lines and lets the clerk say which column holds the task,
which the lead units, which the co-units and which the deadline. The rows are then read exactly as a
recognised task table's: units split and merged cells carried down (said as doubts), targets and
deadlines from the task's words, the other cells kept in the measure's text under their column's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.errors import PlanRejected
from services.plans.parser.annexes import rows_from_flattened
from services.plans.parser.assemble import measures_from_table, with_goals
from services.plans.parser.header import find_doc_number, find_issue_date, find_title
from services.plans.parser.indicator_tables import NO_OWNER_COLUMN
from services.plans.parser.model import ParsedPlan, TaskTableRow
from services.plans.parser.rule_notes import FIRST_LISTED_LEADS
from services.plans.parser.table_columns import Columns, Row
from services.plans.parser.tables import task_rows
from services.plans.parser.text import fold
from services.plans.parser.text_tables import text_tables

ROLES = ("task", "lead", "co", "due", "seq")
NO_ROWS = "按所选的列没有读出任何任务。请确认“任务”选在写有任务内容的那一列，或改用“标记措施行”逐行标记"
_MAX_TABLES = 20


@dataclass(frozen=True)
class TableChoice:
    """Which candidate table, whether its first row is a header, and each picked column's role."""

    table: int
    roles: tuple[tuple[int, str], ...]  # (column, one of ROLES)
    has_header: bool = True


def candidate_tables(lines: list[str]) -> list[list[Row]]:
    """The tables written in these lines (a Word table flattened, `|`, tabs, one cell a line…), each
    with rows padded to its widest, in document order, each once."""
    found: list[list[Row]] = []
    for rows in [rows_from_flattened(lines), *text_tables(lines)]:
        width = max((len(row) for row in rows), default=0)
        if len(rows) < 2 or width < 2:
            continue
        padded = [[*row, *[""] * (width - len(row))] for row in rows]
        if padded not in found:
            found.append(padded)
    return found[:_MAX_TABLES]


def parse_picked_table(lines: list[str], choice: TableChoice, file_name: str) -> ParsedPlan:
    """The plan whose measures are the rows of the picked table, read by the picked columns."""
    rows = candidate_tables(lines)[choice.table]
    roles = {role: column for column, role in choice.roles}
    if "task" not in roles:
        raise PlanRejected(file_name, NO_ROWS)
    if not choice.has_header:
        rows = [[f"第{index + 1}列" for index in range(len(rows[0]))], *rows]
    columns = Columns(
        task=roles["task"],
        lead=roles.get("lead"),
        co=roles.get("co"),
        owner=None,
        seq=roles.get("seq"),
        domain=None,
        due=roles.get("due"),
    )
    if columns.lead is not None:
        first_listed = bool(FIRST_LISTED_LEADS.search(fold("\n".join(lines))))
        table = task_rows(rows, first_listed_leads=first_listed, columns=columns)
    else:  # no unit column: tasks without owners, given them on the review screen
        table = _ownerless(rows, columns)
    first_task = next((i for i, line in enumerate(lines) if table and table[0].task[:12] in line), len(lines))
    header = lines[:first_task]
    labels = {cell.strip() for cell in rows[0]}
    while header and ("|" in header[-1] or "\t" in header[-1] or header[-1].strip() in labels):
        header = header[:-1]  # the table's own header row, before its first task: no title
    issued_on = find_issue_date(header, lines[first_task:])
    doc_number = find_doc_number(header)
    year = issued_on.year if issued_on else None
    items = measures_from_table([with_goals(row, year, issued_on) for row in table], lines)
    if not items:
        raise PlanRejected(file_name, NO_ROWS)
    return ParsedPlan(
        file_name=file_name,
        title=find_title(header),
        doc_number=doc_number,
        issued_on=issued_on,
        items=tuple(items),
        roster=(),
        task_table=(),
        source_text="\n".join(lines),
    )


def _ownerless(rows: list[Row], columns: Columns) -> list[TaskTableRow]:
    header = rows[0]
    used = {columns.task, columns.seq, columns.due}
    return [
        TaskTableRow(
            seq=row[columns.seq].strip() if columns.seq is not None else "",
            domain=None,
            task=row[columns.task].strip(),
            due_text=(row[columns.due].strip() or None) if columns.due is not None else None,
            details=tuple(
                (header[c], cell.strip()) for c, cell in enumerate(row) if c not in used and cell.strip()
            ),
            doubts=(NO_OWNER_COLUMN,),
        )
        for row in rows[1:]
        if row[columns.task].strip()
    ]
