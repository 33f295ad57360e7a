"""Read an action plan (行动方案) into its outline, owners, targets, deadlines and annexes.

Qt-free and database-free: `parse_plan_file(path)` / `parse_plan_text(text)` return a frozen
`ParsedPlan`; `to_json(plan)` gives the `parse-plan --json` shape of docs/cli.md. Unit names stay as the
document writes them; resolving them to registered units is the importer's job.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

from services.errors import READER_STUCK, PlanWithoutMeasures
from services.plans.parser.annex_measures import (
    annex_measures,
    duties_annex,
    mostly_ownerless,
    ownerless_annex,
)
from services.plans.parser.annexes import read_annexes, rows_from_flattened, unit_of_title, word_tables
from services.plans.parser.assemble import (
    UNNUMBERED_PARAGRAPH,
    build_items,
    measures_from_table,
    placed_by_line,
    with_goals,
)
from services.plans.parser.cleaning import clean_line, html_paragraphs
from services.plans.parser.draft import DraftItem
from services.plans.parser.each_asked import each_asked
from services.plans.parser.framework_parts import without_framework
from services.plans.parser.glued_unit_rows import restored_tables
from services.plans.parser.group_owners import apply_group_owners
from services.plans.parser.header import (
    annex_title,
    find_doc_number,
    find_issue_date,
    find_title,
    plan_year,
)
from services.plans.parser.heading_owners import apply_heading_owners, apply_title_owner
from services.plans.parser.heading_points import COVERING_NOTICE, HEADED, heading_points
from services.plans.parser.indicator_tables import (
    gives_work,
    hardly_owned,
    indicator_rows,
    other_work,
    restates,
    shares_words,
)
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.lead_in_owners import apply_lead_in_owners
from services.plans.parser.marked import parse_marked_lines
from services.plans.parser.meeting_decisions import DECISIONS, decision_paragraphs
from services.plans.parser.member_offices import members_over_offices
from services.plans.parser.model import (
    ParsedDeadline,
    ParsedItem,
    ParsedPlan,
    ParsedTarget,
    PlanBlock,
    RosterEntry,
    TargetShare,
    TaskTableRow,
)
from services.plans.parser.outline_rows import cell_header, in_table, rows_read_as_outline
from services.plans.parser.own_numbers import with_own_numbers
from services.plans.parser.rewrap import rewrapped
from services.plans.parser.rule_notes import lead_rules
from services.plans.parser.run_on import unrun
from services.plans.parser.serialize import to_json
from services.plans.parser.sibling_subjects import sibling_subjects
from services.plans.parser.spaced_cells import apply_spaced_cells
from services.plans.parser.structure import read_outline
from services.plans.parser.tables import task_rows
from services.plans.parser.task_cards import CARDS, task_cards
from services.plans.parser.text import fold
from services.plans.parser.text_tables import text_tables
from services.plans.parser.titled_paragraphs import titled_paragraphs
from services.plans.parser.unit_line_headings import unit_line_headings
from services.plans.parser.unit_notes import tidy_owners
from services.plans.parser.unnumbered import (
    BULLETED,
    DUTIES,
    SEMICOLONS,
    UNNUMBERED,
    bulleted_measures,
    duty_paragraphs,
    semicolon_pieces,
    unnumbered_measures,
)
from services.plans.parser.worded_points import WORDED, worded_points

__all__ = [
    "NO_STRUCTURE",
    "ParsedDeadline",
    "ParsedItem",
    "ParsedPlan",
    "ParsedTarget",
    "PlanBlock",
    "RosterEntry",
    "TargetShare",
    "TaskTableRow",
    "parse_marked_lines",
    "parse_plan_blocks",
    "parse_plan_file",
    "parse_plan_text",
    "to_json",
    "unit_of_title",
]

log = logging.getLogger(__name__)
log.addHandler(
    logging.NullHandler()
)  # to the app's log file when it has one; never a traceback on a CLI's stderr

NO_STRUCTURE = (
    "没有找到方案的层次结构（“一、”“（一）”标题或“1.”编号的具体措施）。"
    "请确认选择的是行动方案正文，而不是通知、新闻稿或扫描件；若措施没有编号，请在 Word/WPS 中为措施加上编号后再导入"
)


def parse_plan_text(text: str, file_name: str = "方案.txt") -> ParsedPlan:
    """Parse plan text (one paragraph per line; Word tables flattened to tab-led lines)."""
    normalized = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return parse_plan_blocks([PlanBlock(line) for line in normalized.split("\n")], file_name)


def parse_plan_file(path: str | Path) -> ParsedPlan:
    """Read and parse a .txt or .docx plan; raises PlanRejected for anything that is not one."""
    from services.plans.reader import read_plan_blocks

    path = Path(path)
    return parse_plan_blocks(read_plan_blocks(path), path.name)


def parse_plan_blocks(blocks: list[PlanBlock], file_name: str) -> ParsedPlan:
    try:
        return _parse_plan_blocks(blocks, file_name)
    except PlanWithoutMeasures:
        raise
    except Exception:
        log.exception("plan reader failed on %s", file_name)
        lines = tuple(clean_line(block.text) for block in blocks)
        raise PlanWithoutMeasures(file_name, READER_STUCK, lines) from None


def _parse_plan_blocks(blocks: list[PlanBlock], file_name: str) -> ParsedPlan:
    blocks = rewrapped(blocks)  # a text copy of a PDF: its page's lines joined into paragraphs
    blocks = [
        piece
        for block in blocks
        for piece in ([block] if block.cells is not None else map(PlanBlock, html_paragraphs(block.text)))
    ]
    blocks = unrun(restored_tables(blocks))  # (a table flattened with its units mid-row: its rows first)
    lines = [clean_line(block.text) for block in blocks]
    outline = read_outline(lines)
    drafts, header_end = unit_line_headings(
        members_over_offices(titled_paragraphs(outline.items, lines)), lines, outline.header_end
    )
    if opened_mid_list := _opened_mid_list(lines[:header_end]):
        # A page that opens inside a 成员单位职责 list (市卫生局负责… / 市气象局负责…), its numbered parts after
        drafts, header_end = [*opened_mid_list, *drafts], 0
    # Word table rows are tables, never numbered measures of an annex.
    plain = ["" if block.cells is not None else line for block, line in zip(blocks, lines, strict=True)]
    if not _has_measures(drafts):
        # The body is only the framework: the measures may be numbered in an annex.
        drafts = annex_measures(plain, outline.annex_start)
    else:
        drafts = [*drafts, *annex_measures(plain, outline.annex_start, under_annex=True)]
    if duties_annex(plain[outline.annex_start :]) and mostly_ownerless(drafts):
        # 附件：成员单位职责分工表, one cell a line (党政办 / its duties): the units' duties are the work, the
        # body (组织领导机构, 共同职责, a 预案's procedure) names nobody, or an owner here and there
        annex = ["" if index < outline.annex_start else line for index, line in enumerate(plain)]
        drafts = [*drafts, *duty_paragraphs(annex)]
    table_only: list[TaskTableRow] = []
    unnumbered = ""  # the doubt every measure carries when the reader split them without numbers
    first_listed, comma = lead_rules(lines)  # 列第一位者为牵头单位 / 第一个逗号前为牵头单位
    header = cell_header(lines)  # (once: a long document's lines are many)
    if rows_read_as_outline(drafts, blocks, header):
        # The numbered "measures" are a table's rows (一、… | （一）… | 1.… | 责任单位): when the table reads
        # as a task table, it is the plan's, not numbered lines that happen to be its rows.
        kept = [d for d in drafts if not in_table(d, blocks, header)]
        if not _has_measures(kept):
            table_only = _document_task_table(blocks, lines, first_listed, ownerless=True)
            drafts = kept if table_only else drafts
    if not _has_measures(drafts):
        # No numbered measures anywhere: a plan whose tasks are a table (序号 | 任务 | 牵头单位 …).
        table_only = table_only or _document_task_table(blocks, lines, first_listed, ownerless=True)
        if table_only:
            header_end = min(_line_of(table_only[0].task, lines), outline.annex_start)
        else:
            # Or measures quoted without numbers, each closing with its clause (a news page's bullets),
            # or a list whose items each open on a bullet (☑ 老旧路灯改造工程 / its progress below).
            # 一是 / 二是 points first: their clause lines would otherwise read as cards without a label.
            drafts, unnumbered = worded_points(plain[: outline.annex_start]), WORDED
            if not drafts:
                cells = [block.cells for block in blocks[: outline.annex_start]]
                drafts, unnumbered = task_cards(lines[: outline.annex_start], cells), CARDS
                duties = duty_paragraphs(plain[: outline.annex_start]) if drafts else []
                if len(duties) > len(drafts):  # a unit's line over its duty's, its header read as a card
                    drafts, unnumbered = duties, DUTIES
            if not drafts:
                drafts, unnumbered = unnumbered_measures(plain[: outline.annex_start]), UNNUMBERED
            if not drafts:
                drafts, unnumbered = decision_paragraphs(plain[: outline.annex_start]), DECISIONS
            if not drafts:
                drafts, unnumbered = semicolon_pieces(plain[: outline.annex_start]), SEMICOLONS
            if not drafts:
                drafts, unnumbered = bulleted_measures(plain[: outline.annex_start]), BULLETED
            if not drafts:
                drafts, unnumbered = duty_paragraphs(plain[: outline.annex_start]), DUTIES
            if not drafts:
                drafts = heading_points(outline.items, plain, outline.annex_start)
                unnumbered = HEADED
            if not drafts:
                # Last, an annex of work that names nobody: the covering notice above it is the header.
                drafts, unnumbered = ownerless_annex(plain, outline.annex_start), ""
            if not drafts:
                raise PlanWithoutMeasures(file_name, NO_STRUCTURE, tuple(lines))
            header_end = min(drafts[0].line, outline.annex_start)
    header = lines[:header_end]
    body = lines[header_end : outline.annex_start]
    issued_on = find_issue_date(header, body, lines[outline.annex_start :])
    doc_number = find_doc_number(header)
    document_year = plan_year(issued_on, doc_number, find_title(header))
    if table_only:
        roster, task_table = read_annexes(blocks, lines, outline.annex_start)[0], []
        rows = [with_goals(row, document_year, issued_on) for row in table_only]
        items = measures_from_table(rows, lines)
    else:
        roster, task_table = read_annexes(blocks, lines, outline.annex_start)
        task_table = [with_goals(row, document_year, issued_on) for row in task_table]
        drafts = with_own_numbers(drafts, lines)
        items = build_items(
            drafts, document_year, task_table, issued_on, first_listed_leads=first_listed, comma_leads=comma
        )
        items = apply_spaced_cells(apply_lead_in_owners(apply_group_owners(items, lines), lines), lines)
        items = sibling_subjects(without_framework(apply_heading_owners(items)))
        if unnumbered:  # the document-wide note says what the per-paragraph one would, once
            items = [
                replace(i, doubts=(unnumbered, *(d for d in i.doubts if d != UNNUMBERED_PARAGRAPH)))
                if i.kind == "measure"
                else i
                for i in items
            ]
        if task_table and _requirements_only(items):
            # a 督查通报 whose body asks the units named in it to hurry (二、工作要求), over its annex's
            # table of the items it checks: the table's rows are the work, the body its notice
            items = [*(i for i in items if i.kind != "measure"), *measures_from_table(task_table, lines)]
        elif (
            task_table
            and any(i.lead_units for i in items if i.kind == "measure")
            and other_work(items, task_table)
        ):
            # Measures that name their owners, then an annex's table of other work with owners of its own
            # (附件 重点项目清单 | 牵头单位 | 配合单位): its rows are measures too, after the body's.
            items = [*items, *measures_from_table(task_table, lines)]
        elif not task_table and (
            body_rows := _table_beside(items, _document_task_table(blocks, lines, first_listed))
        ):
            # 一、专项整治安排表 over a table (整治行业 | 时间 | 责任单位) in a plan whose other parts name an
            # owner here and there: the table's rows are the plan's work too
            rows = [with_goals(row, document_year, issued_on) for row in body_rows]
            items = placed_by_line(items, measures_from_table(rows, lines))
        elif hardly_owned(items):
            # Points that name nobody (or one of them its owner), then a table that gives the work out (工作要点 and 任务分解表): when
            # the table restates the points, its rows, with their owners, are the tasks (the points stay in
            # the source text); a table of other work (a 重点项目 annex) adds its rows after the points.
            table_only = _document_task_table(blocks, lines, first_listed)
            if table_only and gives_work(items, table_only):
                roster, task_table = read_annexes(blocks, lines, outline.annex_start)[0], []
                rows = measures_from_table(
                    [with_goals(r, document_year, issued_on) for r in table_only], lines
                )
                # a notice's own requirements (…通知如下：1.提高思想认识…) over its annex's task table:
                # the table gives the work out; the points stay in the source text
                notice = _covering_notice_only(items, lines, _NOTICE_POINTS)
                items = rows if restates(items, table_only) or notice else [*items, *rows]
            elif _covering_notice_only(items, lines):
                raise PlanWithoutMeasures(file_name, NO_STRUCTURE, tuple(lines))
    title = find_title(header) or annex_title(lines, outline.annex_start)
    return ParsedPlan(
        file_name=file_name,
        title=title,
        doc_number=doc_number,
        issued_on=issued_on,
        # (after the tables are weighed: 各X要 is a last reading; the title's own unit a last resort)
        items=tuple(tidy_owners(each_asked(apply_title_owner(items, title)))),
        roster=tuple(roster),
        task_table=tuple(task_table),
        source_text="\n".join(lines),
    )


_NOTICE_POINTS = compile_lazily(r"通知如下[：:]?\s*$")
_TABLE_MIN = 3


def _table_beside(items: list[ParsedItem], rows: list[TaskTableRow]) -> list[TaskTableRow]:
    """A body's task table whose rows are no measure already read (no run of words shared with one), each
    naming its lead; [] otherwise."""
    if len(rows) < _TABLE_MIN or not all(row.lead_units for row in rows):
        return []
    return [] if any(shares_words(row, items) for row in rows) else rows


_NOTICE_PART = compile_lazily(r"^(?:工作|有关|几点|相关)?要求$|情况$")


def _requirements_only(items: list[ParsedItem]) -> bool:
    """Whether every measure the body read is a notice's part (二、工作要求 / 一、总体情况), none the work."""
    measures = [item for item in items if item.kind == "measure"]
    return bool(measures) and all(_NOTICE_PART.search(fold(item.title).strip()) for item in measures)


def _covering_notice_only(
    items: list[ParsedItem], lines: list[str], opening: re.Pattern[str] = COVERING_NOTICE
) -> bool:
    """A covering notice without its plan (`…印发给你们，并就抓好落实通知如下：` then 1.明确任务… 2.…): the
    points after that sentence instruct the units; the plan's measures are in a document not given."""
    measures = [item for item in items if item.kind == "measure"]
    if not measures or any(item.lead_units or item.co_units for item in measures):
        return False
    first = min((_line_of(item.text, lines) for item in measures), default=0)
    before = " ".join(line.strip() for line in lines[max(0, first - 3) : first])
    return bool(opening.search(fold(before)))


def _opened_mid_list(header: list[str]) -> list[DraftItem]:
    """The duty paragraphs a page opens on, one after another from its first line (no title, no notice
    before them), at least three: the end of a list that began on the page before. A line of the list
    the reader does not take for a duty (`X等部门按照有关规定，协助…`) does not undo the rest."""
    duties = duty_paragraphs(header)
    lines = [index for index, line in enumerate(header) if line.strip()]
    return duties if [d.line for d in duties[:_OPENING_RUN]] == lines[:_OPENING_RUN] else []


_OPENING_RUN = 3


def _has_measures(drafts: list[DraftItem]) -> bool:
    return any(item.kind == "measure" for item in drafts)


def _document_task_table(
    blocks: list[PlanBlock], lines: list[str], first_listed: bool, *, ownerless: bool = False
) -> list[TaskTableRow]:
    """The first task table anywhere in the document: a Word table, or one written as text. With
    `ownerless`, when no table names units, the first numbered indicator table (rows without owners)."""
    tables = [*word_tables(blocks), rows_from_flattened(lines), *text_tables(lines)]
    for at, rows in enumerate(tables):
        table = task_rows(rows, first_listed_leads=first_listed)
        if table:
            table = [*table, *_continued(table, rows[0], tables[at + 1 :], first_listed)]
            return _with_other_tables(table, tables[at + 1 :], lines, first_listed)
    return next((table for rows in tables if ownerless and (table := indicator_rows(rows))), [])


def _with_other_tables(
    table: list[TaskTableRow], later: list[list[list[str]]], lines: list[str], first_listed: bool
) -> list[TaskTableRow]:
    """The first task table and the other task tables of the document (附件1 预期目标分解表 and 附件2 重点工作
    任务分解表), in the order they are printed; a table another reader read again (the same rows) once."""
    groups = [table]
    heads = {_head(row.task) for row in table}
    for other in later:
        more = task_rows(other, first_listed_leads=first_listed) if other else []
        if more and not heads & {_head(row.task) for row in more}:
            groups.append(more)
            heads |= {_head(row.task) for row in more}
    groups.sort(key=lambda group: _line_of(group[0].task, lines))
    return [row for group in groups for row in group]


def _head(task: str) -> str:
    return task.strip().split("\n")[0][:12]


def _continued(
    table: list[TaskTableRow], header: list[str], later: list[list[list[str]]], first_listed: bool
) -> list[TaskTableRow]:
    """The rows of the same table after its header was printed again on the next page (a web copy of a
    long table): later tables under the same header whose row numbers go on from the first's."""
    rows: list[TaskTableRow] = []
    seen = {row.seq for row in table}
    for other in later:
        if other and other[0] == header:
            more = task_rows(other, first_listed_leads=first_listed)
            if more and not seen & {row.seq for row in more}:
                rows.extend(more)
                seen |= {row.seq for row in more}
    return rows


def _line_of(text: str, lines: list[str]) -> int:
    head = text.strip().split("\n")[0][:12]
    return next((index for index, line in enumerate(lines) if head and head in line), len(lines))
