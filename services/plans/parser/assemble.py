"""Turn the outline's draft items into ParsedItems: owners, targets, deadlines and doubts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.deadlines import find_deadlines, month_cell
from services.plans.parser.draft import DraftItem
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.lead_marks import co_marked, starred_leads, without_co_mark
from services.plans.parser.model import ParsedItem, TaskTableRow
from services.plans.parser.own_line_owners import owner_on_its_line
from services.plans.parser.responsibility import Responsibility, before_comma_leads, merge, with_carry_over
from services.plans.parser.responsibility import first_listed_leads as first_listed
from services.plans.parser.targets import find_targets
from services.plans.parser.text import fold

NO_CLAUSE = "未找到责任单位"
FROM_TASK_TABLE = "责任单位取自附件任务表"
UNNUMBERED_PARAGRAPH = "这一段没有编号，但写有自己的责任单位，按一项措施读入，请核对"
_TITLE_MAX = 40
_PUNCTUATION = compile_lazily(r"[\s，。；：、“”《》（）!！？?,.;:()\"']")


def measure_title(draft: DraftItem) -> str:
    """The measure's lead words: its first sentence, or its first line when the title stands alone."""
    rest = draft.rest.strip()
    folded = fold(rest)
    if len(draft.lines) > 1 and not folded.rstrip().endswith(("。", "）", "；")) and len(rest) <= _TITLE_MAX:
        return rest
    return lead_words(rest)


def lead_words(rest: str) -> str:
    """A title from running text: the first sentence or clause when it is short, else the first words."""
    folded = fold(rest)
    for stops in ("。；！？（", "，"):
        positions = [p for p in (_first_stop(folded, ch) for ch in stops) if p > 0]
        if positions and min(positions) <= _TITLE_MAX:
            return rest[: min(positions)].strip()
    return rest[:_TITLE_MAX].strip()


# 林(山)长制 / 村（社区）干部: a bracket inside a word, no clause or note after the title's words
_IN_A_WORD = compile_lazily(r"（(?![一二三四五六七八九十\d]{1,3}）)[^（）。，；：]{1,4}）(?=[\u4e00-\u9fff])")


def _first_stop(folded: str, stop: str) -> int:
    position = folded.find(stop)
    while stop == "（" and position != -1 and _IN_A_WORD.match(folded, position):
        position = folded.find(stop, position + 1)
    return position


# `1.` / `（1）` items only: a （六）X部门 over its duties is a heading, and heading_owners reads it
_NUMBERED_MEMBERS = ("m", "p", "d")
# A 预案's `2.2.1 镇党政办` / `负责…`: a decimal part is a member only over a paragraph that opens on its duty
# (`3.1 区应急委员会` / `区政府设立区应急委员会…` sets a body up; `2.3 专家组` / `由…组成` names its people)
_DUTY_OPENS = compile_lazily(r"^\s*(?:主要)?(?:负责|承担|协助|配合|参与|职责[：:是为])")


def _unit_title(draft: DraftItem, text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    """`（7）市国土资源局` / `负责编制…`: a numbered member whose line is only its name, its duties under it
    (a 预案's member list, the next page's members numbered on)."""
    if not draft.prefix_length or draft.marker not in _NUMBERED_MEMBERS:
        return []
    if draft.marker == "d" and not _DUTY_OPENS.match(fold(text.partition("\n")[2])):
        return []
    shift = draft.prefix_length
    return [((a + shift, b + shift), said) for (a, b), said in owner_on_its_line(text[shift:])]


def _owners_from_table(title: str, table: list[TaskTableRow]) -> TaskTableRow | None:
    """The task-table row that names this measure: its task text starts with the measure's title."""
    key = _PUNCTUATION.sub("", fold(title))
    if len(key) < 4:
        return None
    rows = []
    for row in table:
        task = _PUNCTUATION.sub("", fold(row.task))
        if task.startswith(key) or (len(task) >= 4 and key.startswith(task)):
            rows.append(row)
    if len(rows) > 1:  # one task over several rows (a merged 任务 cell, a unit a row): every row's units
        leads = tuple(dict.fromkeys(u for row in rows for u in row.lead_units))
        cos = tuple(u for u in dict.fromkeys(u for row in rows for u in row.co_units) if u not in leads)
        return replace(rows[0], lead_units=leads, co_units=cos)
    return rows[0] if rows else None


def build_items(
    drafts: list[DraftItem],
    document_year: int | None,
    table: list[TaskTableRow],
    issued_on: date | None = None,
    *,
    first_listed_leads: bool = False,
    comma_leads: bool = False,
) -> list[ParsedItem]:
    """ParsedItems of the outline; `first_listed_leads` is the document's own rule 列第一位者为牵头单位,
    `comma_leads` its rule 第一个逗号前为牵头单位."""
    items: list[ParsedItem] = []
    carried: tuple[str, ...] = ()
    for draft in drafts:
        if draft.kind == "section":
            items.append(
                ParsedItem("section", draft.level, draft.number, draft.heading, draft.text, line=draft.line)
            )
            continue
        text = draft.text
        found = clauses_in(text, bare_lists=first_listed_leads)
        found = (
            found
            or (owner_on_its_line(text, listed=True) if draft.owner_line else [])
            or _unit_title(draft, text)
        )
        # The rule 列第一位者为牵头单位 holds for each clause: a measure with several (one naming its lead,
        # one only listing units) keeps the lead of each.
        if comma_leads:  # (each clause by its own punctuation, before the clauses merge)
            found = [(span, before_comma_leads(r, text[span[0] : span[1]])) for span, r in found]
        own = (
            merge([first_listed(r) if first_listed_leads else r for _, r in found])
            if found
            else Responsibility()
        )
        # A carry-over sentence names units for its own measure too (…，不再做分工，下同).
        carried = tuple(dict.fromkeys([*carried, *own.carry_over]))
        responsibility = with_carry_over(own, carried)
        if first_listed_leads and not own.lead_units:
            # (the rule holds for each clause, applied above; again only over units carried over from before —
            # a measure with two clauses keeps the first-listed lead of each: X、Y、Z … 责任单位：W leads X and W)
            responsibility = first_listed(responsibility)
        title = measure_title(draft)
        doubts: list[str] = []
        if draft.marker == "u" and not draft.number:
            doubts.append(UNNUMBERED_PARAGRAPH)
        if responsibility.odd_units:
            doubts.append(f"单位名称需核对：{'、'.join(responsibility.odd_units)}")
        leads, cos = responsibility.lead_units, responsibility.co_units
        starred = starred_leads([*leads, *cos])
        if starred:  # （责任单位：区财政局*、区发改局）: the starred names lead, as in a table cell
            leads, cos = tuple(starred[0]), tuple(starred[1])
        elif helped := co_marked(list(leads)):
            leads, cos = tuple(helped[0]), (*helped[1], *cos)
        cos = tuple(without_co_mark(unit) for unit in cos)  # 配合单位：区财政局（配合）
        if not own.lead_units:
            row = _owners_from_table(title, table)
            if row and row.lead_units:
                leads = row.lead_units
                cos = tuple(
                    u
                    for u in dict.fromkeys([*row.co_units, *cos, *responsibility.lead_units])
                    if u not in leads
                )
                doubts.append(FROM_TASK_TABLE)
            else:
                doubts.append(NO_CLAUSE)
        # The numbering (1. / （一）) is no part of any target's wording.
        numbering = [(0, draft.prefix_length)] if draft.prefix_length else []
        targets, target_doubts = find_targets(text, [*numbering, *(span for span, _ in found)])
        deadlines = find_deadlines(text, document_year, issued_on)
        doubts.extend(target_doubts)
        doubts.extend(f"期限“{d.text}”缺少年份" for d in deadlines if d.due is None)
        items.append(
            ParsedItem(
                kind="measure",
                level=draft.level,
                number=draft.number,
                title=title,
                text=text,
                lead_units=leads,
                co_units=cos,
                targets=tuple(targets),
                deadlines=tuple(deadlines),
                doubts=tuple(dict.fromkeys(doubts)),
                line=draft.line,
            )
        )
    return items


# A 序号 typed in full-width mode (１２) is the same row number: the ledger sorts and shows it as 12.
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# (1) / （1） in a 序号 cell: the number is 1, as a numbered line's （1） is.
_BRACKETED = compile_lazily(r"^[（(]\s*(\d{1,3})\s*[）)]$")


def measures_from_table(rows: list[TaskTableRow], lines: list[str]) -> list[ParsedItem]:
    """A plan that is only a task table: each row is a measure, each new 领域 a heading above its rows."""
    items: list[ParsedItem] = []
    domain: str | None = None
    line = 0
    for row in rows:
        line = _line_of(row.task, lines, line, row.lead_units[0] if row.lead_units else "")
        if row.domain and row.domain.strip() == row.task.strip():
            row = replace(row, domain="")  # 专项整治行业名称: the category column is the task itself
        if row.domain and row.domain != domain:
            items.append(ParsedItem("section", 1, "", row.domain, row.domain, line=line))
        domain = row.domain or domain
        # The row's other cells stay in the measure's text, each under its column's name.
        written = [f"{header}：{cell}" for header, cell in row.details]
        if row.due_text:
            written.append(f"完成时限：{row.due_text}")
        text = "\n".join([row.task, *written])
        items.append(
            ParsedItem(
                kind="measure",
                level=2 if domain else 1,
                # （1） -> 1, 五、 -> 五: the number as the ledger numbers its measures
                number=_BRACKETED.sub(r"\1", row.seq.translate(_ASCII_DIGITS).strip()).rstrip("、.．"),
                title=lead_words(row.task.replace("\n", "")),
                text=text,
                lead_units=row.lead_units,
                co_units=row.co_units,
                targets=row.targets,
                deadlines=row.deadlines,
                doubts=row.doubts if row.lead_units else (*row.doubts, NO_CLAUSE),
                line=line,
            )
        )
    return items


def _line_of(text: str, lines: list[str], after: int = 0, unit: str = "") -> int:
    """The source line a table cell starts on, for the review screen (0 when it cannot be told): from the
    row before's on, rows being in order, and the one naming the row's unit beside it when several do
    (城区主干道沿线 is the plan's scope in a sentence before it is the table's row)."""
    head = text.strip().split("\n")[0][:12]
    found = [index for index, line in enumerate(lines) if head and head in line]
    # a line of cells (`|` or tab) before a sentence that happens to name the same words
    found = [index for index in found if "|" in lines[index] or "\t" in lines[index]] or found
    later = [index for index in found if index >= after] or found
    return next((index for index in later if unit and unit in lines[index]), later[0] if later else 0)


def with_goals(row: TaskTableRow, document_year: int | None, issued_on: date | None = None) -> TaskTableRow:
    """A task-table row with the targets and deadlines its task text names, as a measure's.

    The 完成时限 cell counts for deadlines too (2024年12月底前 in a column of its own).
    """
    targets, _doubts = find_targets(row.task, [])
    month = month_cell(row.due_text, document_year) if row.due_text else None
    written = f"{row.task}\n{row.due_text}" if row.due_text and month is None else row.task
    deadlines = [*find_deadlines(written, document_year, issued_on), *([month] if month else [])]
    return replace(row, targets=tuple(targets), deadlines=tuple(deadlines))


def placed_by_line(items: list[ParsedItem], table: list[ParsedItem]) -> list[ParsedItem]:
    """A body table's measures where the table stands: each row after what the page gives before it, one
    level under the heading over it (`一、专项整治安排表` then its rows, then `二、工作要求`), not after the
    plan's last part, where they would read as that part's work. Numbered lines that name nobody between
    two of its rows, with no heading between, are its cells' text (a progress cell's `1. 印发…`)."""
    if not table:
        return items
    rows = sorted(item.line for item in table)
    headings = [item.line for item in items if item.kind == "section"]

    def in_cells(item: ParsedItem) -> bool:
        return any(
            above < item.line < below and not any(above < h < below for h in headings)
            for above, below in pairwise(rows)
        )

    placed = [i for i in items if not (i.kind == "measure" and not i.lead_units and in_cells(i))]
    for row in table:
        at = next((i for i, item in enumerate(placed) if item.line > row.line), len(placed))
        heading = next((item for item in reversed(placed[:at]) if item.kind == "section"), None)
        if heading is not None and row.kind == "measure":
            row = replace(row, level=heading.level + 1)
        placed.insert(at, row)
    return placed
