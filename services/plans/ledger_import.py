"""Import an office's existing ledger (台账) as a plan, in one step and one transaction.

The ledger is read into text rows (services/plans/ledger_sheet.py), its header found and its columns
guessed (ledger_columns.py); the clerk may change the guess in the preview. The rows then become a
ParsedPlan — 一、/（一） rows as sections, the others as measures whose units, deadlines and targets are
read by the plan parser's own functions — so the plan review and services/plans/store.store_plan do the
rest as for any plan. What a plan has no place for travels beside it in the document's row notes
(RowNotes) and is applied after store_plan, in the same transaction: the 进展情况 column as the task's
first progress entry, the 所属领域 column as its domain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from services.errors import WorkbookRejected
from services.plans.importing import ParsedDocument
from services.plans.ledger_columns import FIELDS, SKIP, Header, find_header, no_header_reason
from services.plans.ledger_sheet import Sheet, read_sheets
from services.plans.parser.clauses import CLAUSE_WORDS, read_clause
from services.plans.parser.deadlines import find_deadlines
from services.plans.parser.model import ParsedDeadline, ParsedItem, ParsedPlan
from services.plans.parser.responsibility import Responsibility, merge
from services.plans.parser.serialize import to_json
from services.plans.parser.targets import find_targets
from services.plans.parser.text import fold, split_units

NO_LEAD = "未找到责任单位"  # the plan parser's words: the review drops the doubt once a lead is typed
_SECTION = (
    (1, re.compile(r"^([一二三四五六七八九十百]+)\s*[、.．,，]\s*(.*)$", re.S)),
    (1, re.compile(r"^第([一二三四五六七八九十百]+)(?:部分|章|篇|类)\s*[、.．:：]?\s*(.*)$", re.S)),
    (2, re.compile(r"^[（(]([一二三四五六七八九十百]+)[）)]\s*(.*)$", re.S)),
)
_CN_NUMERAL = re.compile(r"^[一二三四五六七八九十百]+$")
# Lines under the table that are no task: notes, who filled it in, who checked it.
_FOOTER = re.compile(
    r"^(?:合计|小计|总计|注|备注|说明|填报人|填表人|审核人|联系人|联系电话|制表|负责人|单位负责人)\s*[：:]?"
)
_YEAR = re.compile(r"(20\d\d)\s*年")
_BARE_NUMBER = re.compile(r"^[\d.、()（）\s]+$")


@dataclass(frozen=True)
class LedgerFile:
    """One sheet of a ledger file with its header found: what the preview shows and the import reads."""

    file_name: str
    sheet: Sheet
    header: Header
    title: str
    sheet_names: tuple[str, ...]

    @property
    def body(self) -> list[tuple[int, list[str]]]:
        """(1-based row number, cells) of every row under the header."""
        start = self.header.rows[-1] + 1
        return [(n + 1, row) for n, row in enumerate(self.sheet.rows) if n >= start]


def open_ledger_file(path: Path | str, sheet_name: str | None = None) -> LedgerFile:
    """Read the file and find its table: the named sheet, else the first sheet that has a header."""
    path = Path(path)
    sheets = read_sheets(path)
    names = tuple(s.title for s in sheets)
    if sheet_name is not None:
        chosen = [s for s in sheets if s.title == sheet_name]
        if not chosen:
            raise WorkbookRejected(
                path.name, f"没有名为“{sheet_name}”的工作表。文件中的工作表有：{'、'.join(names)}。"
            )
        sheets = chosen
    for sheet in sheets:
        header = find_header(sheet)
        if header is not None:
            return LedgerFile(path.name, sheet, header, _title(sheet, header, path), names)
    raise WorkbookRejected(path.name, no_header_reason(sheets))


def _title(sheet: Sheet, header: Header, path: Path) -> str:
    """The title row above the header (2024年全区重点工作督查台账); the file's name when there is none."""
    for row in sheet.rows[: header.rows[0]]:
        words = list(dict.fromkeys(c for c in row if c))
        if len(words) == 1 and not re.match(r"^(?:填报|报送|单位|日期|时间|截至|截止)", words[0]):
            return words[0].replace("\n", "")[:200]
    return path.stem


def _year(ledger: LedgerFile) -> int | None:
    """The year a deadline without one belongs to: the title's (2024年…台账), else the file name's."""
    found = _YEAR.search(ledger.title) or _YEAR.search(ledger.file_name)
    return int(found.group(1)) if found else None


def _values(row: list[str], mapping: tuple[str, ...] | list[str]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for cell, field in zip(row, mapping, strict=False):
        if field != SKIP and cell.strip():
            values.setdefault(field, [])
            if cell.strip() not in values[field]:  # a cell merged across two columns of one field
                values[field].append(cell.strip())
    return values


def _section(
    ledger: LedgerFile, index: int, row: list[str], values: dict[str, list[str]]
) -> ParsedItem | None:
    """The section a row opens, or None: a row merged across the table, a lone 一、/（一） title, or a
    Chinese numeral in the 序号 column beside a title and nothing else."""
    words = list(dict.fromkeys(c.strip() for c in row if c.strip()))
    seq = (values.get("seq") or [""])[0]
    if len(words) == 1 or index in ledger.sheet.spanning:
        text = words[0] if words else ""
    elif len(words) == 2 and _CN_NUMERAL.match(seq):
        text = f"{seq}、{next(w for w in words if w != seq)}"
    else:
        return None
    for level, pattern in _SECTION:
        found = pattern.match(fold(text).strip())
        if found:
            title = text.strip()[len(text.strip()) - len(found.group(2)) :].strip()
            return ParsedItem("section", level, found.group(1), title or text)
    if index in ledger.sheet.spanning or (len(words) == 1 and "task" not in values):
        return ParsedItem("section", 1, None, text.replace("\n", ""))
    return None


def _units(values: dict[str, list[str]]) -> Responsibility:
    """Lead and co units from the unit columns, split as the plan parser splits a clause's list.

    牵头单位 leads and 配合单位 works with it; 责任单位 beside a 牵头单位 column works with the lead, and
    alone leads — unless its cell says who leads (区发改委牵头，区财政局配合), read as a plan's clause."""
    parts = [Responsibility(lead_units=tuple(u for c in values.get("lead", []) for u in split_units(c)))]
    parts.append(Responsibility(co_units=tuple(u for c in values.get("co", []) for u in split_units(c))))
    for cell in values.get("owner", []):
        if "lead" in values:
            parts.append(Responsibility(co_units=tuple(split_units(cell))))
        elif CLAUSE_WORDS.search(fold(cell)) and not (clause := read_clause(cell)).is_empty:
            parts.append(clause)
        else:
            parts.append(Responsibility(lead_units=tuple(split_units(cell))))
    merged = merge(parts)
    if not merged.lead_units and merged.co_units:
        return Responsibility(lead_units=merged.co_units)  # co units and no lead: nobody leads but them
    return merged


def _deadlines(due: str, task: str, year: int | None) -> tuple[ParsedDeadline, ...]:
    """ISO deadlines of the 完成时限 cell, and of the task text as a plan's measure has.

    A cell holding only a date means by that date: 2024年12月31日 by that day, 2025年6月 by the month's
    end, 2025年 by the year's end."""
    due = re.sub(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", r"\1年\2月\3日", due)
    due = re.sub(r"^(\d{4})[-./](\d{1,2})$", r"\1年\2月", due.strip())
    found = find_deadlines(due, year) if due else []
    if due and not any(d.due for d in found):
        bare = due + ("前" if due.endswith("日") else "底" if due.endswith(("月", "年")) else "")
        found = find_deadlines(bare, year)
    return (*found, *find_deadlines(task, year))


def _short_title(task: str) -> str:
    """What the ledger tree shows: the first line, or the words before a colon, or the first sentence."""
    first = task.split("\n")[0].strip()
    head = re.split(r"[：:]", first, maxsplit=1)[0]
    if len(head) < len(first) and 4 <= len(head) <= 30:
        return head
    sentence = re.split(r"[。；;]", first, maxsplit=1)[0]
    return sentence if len(sentence) <= 80 else first[:80]


@dataclass(frozen=True)
class RowNotes:
    """What a ledger row carries that a plan has no place for, kept beside its item (same position) and
    applied by store_ledger after store_plan: the 进展情况 as the first progress entry, the 所属领域."""

    row: int  # the row's number in the sheet, 1-based
    situation: str | None = None
    domain: str | None = None
    leader: str | None = None
    due_text: str | None = None


@dataclass(frozen=True)
class LedgerDocument(ParsedDocument):
    """A ledger read as a plan: the review and the store see its plan; `notes` go with its items."""

    notes: tuple[RowNotes, ...] = ()


def _measure(values: dict[str, list[str]], year: int | None, number: str | None, row: int):
    task = "\n".join(values.get("task", []))
    target_text = "\n".join(values.get("target", []))
    leader = "、".join(values.get("leader", []))
    text = (
        task + (f"\n目标：{target_text}" if target_text else "") + (f"\n责任领导：{leader}" if leader else "")
    )
    # Targets come from the 目标 column when there is one (the task text then says what, not how much).
    targets, doubts = find_targets(target_text or task, [])
    units = _units(values)
    item = ParsedItem(
        kind="measure",
        level=1,
        number=number,
        title=_short_title(task),
        text=text,
        lead_units=units.lead_units,
        co_units=tuple(u for u in units.co_units if u not in units.lead_units),
        targets=tuple(targets),
        deadlines=_deadlines(" ".join(values.get("due", [])), task, year),
        doubts=(*doubts, *([] if units.lead_units else [NO_LEAD])),
    )
    notes = RowNotes(
        row=row,
        situation="\n".join(values.get("progress", [])) or None,
        domain=" ".join(values.get("domain", []))[:100] or None,
        leader=leader or None,
        due_text=" ".join(values.get("due", [])) or None,
    )
    return item, notes


def ledger_plan(
    ledger: LedgerFile, mapping: tuple[str, ...] | list[str]
) -> tuple[ParsedPlan, tuple[RowNotes, ...]]:
    """The ledger as a parsed plan, with each item's row notes, under the given mapping."""
    if "task" not in mapping:
        raise WorkbookRejected(
            ledger.file_name, "没有指定哪一列是“任务”：请在预览中把写有任务内容的那一列设为“任务”。"
        )
    year = _year(ledger)
    items: list[tuple[ParsedItem, RowNotes]] = []
    header_cells = [ledger.sheet.rows[r] for r in ledger.header.rows]
    for number, row in ledger.body:
        values = _values(row, mapping)
        words = [c for c in row if c.strip()]
        if (
            not words
            or row in header_cells
            or _FOOTER.match(fold(words[0]).strip())
            or all(_BARE_NUMBER.match(w) for w in words)
        ):
            # An empty row, the header repeated on a new page, a note or total under the table, or a
            # row numbered in advance and never filled in.
            continue
        section = _section(ledger, number - 1, row, values)
        if section is not None:
            items.append((section, RowNotes(row=number)))
        elif values.get("task"):
            seq = (values.get("seq") or [None])[0]
            items.append(_measure(values, year, seq, number))
    if not any(item.is_measure for item, _notes in items):
        raise WorkbookRejected(
            ledger.file_name,
            f"表头（第{ledger.header.rows[0] + 1}行）下面没有任务行：请确认“任务”列选对了，且任务写在表头下面的行里。",
        )
    depth = max((item.level for item, _notes in items if not item.is_measure), default=0)
    counter = 0
    placed = []
    for item, notes in items:
        if item.is_measure:
            counter += 1
            item = replace(item, level=depth + 1, number=item.number or str(counter))
        placed.append((item, notes))
    plan = ParsedPlan(ledger.file_name, ledger.title, None, None, tuple(i for i, _n in placed))
    return plan, tuple(n for _i, n in placed)


def ledger_json(document: LedgerDocument) -> dict[str, Any]:
    """import-ledger --json: the parse-plan --json shape, each item with its row notes and row number."""
    data = to_json(document.plan)
    for item, notes in zip(data["items"], document.notes, strict=True):
        if item["kind"] != "section":
            item |= {
                "situation": notes.situation,
                "domain": notes.domain,
                "leader": notes.leader,
                "due_text": notes.due_text,
            }
        item["row"] = notes.row
    return data


def ledger_document(ledger: LedgerFile, mapping: tuple[str, ...] | list[str] | None = None) -> LedgerDocument:
    """The ledger as the plan review and the store see a plan; its source text is the table itself."""
    mapping = tuple(mapping or ledger.header.mapping)
    plan, notes = ledger_plan(ledger, mapping)
    start = ledger.header.rows[0]
    # One line per row, a merged cell once (not once per column it covers), as the clerk sees the sheet.
    source = "\n".join(
        " | ".join(c.replace("\n", " ") for i, c in enumerate(row) if i == 0 or c != row[i - 1])
        for row in ledger.sheet.rows[start:]
    )
    return LedgerDocument(ledger.file_name, source, plan, notes)


def field_names(mapping: tuple[str, ...] | list[str]) -> list[str]:
    return [FIELDS[f] for f in mapping]


def store_ledger(session, document: ParsedDocument, today: date | None = None) -> int:
    """Store through store_plan, then give each task its 进展情况 as the first progress entry (dated
    today, recorded by the current user) and its 所属领域; all in the caller's transaction."""
    from sqlalchemy import select

    from models import LedgerItem
    from services.ledger.progress import ProgressReport, record_progress
    from services.plans.store import store_plan

    today = today or date.today()
    plan_id = store_plan(
        session, document.plan, source_name=document.file_name, source_text=document.source_text
    )
    # store_plan numbers positions 1, 2, … in the order of the plan's items, which the notes follow.
    by_position = {
        item.position: item
        for item in session.scalars(select(LedgerItem).where(LedgerItem.plan_id == plan_id))
    }
    notes = document.notes if isinstance(document, LedgerDocument) else ()
    for position, (parsed, note) in enumerate(zip(document.plan.items, notes, strict=False), start=1):
        item = by_position.get(position)
        if item is None or not parsed.is_measure:
            continue
        if note.domain:
            item.domain = note.domain[:100]
        if note.situation:
            record_progress(session, item.id, ProgressReport(reported_on=today, situation=note.situation))
    session.flush()
    return plan_id


def import_ledger_file(session, path: Path | str, sheet_name: str | None = None) -> int:
    return store_ledger(session, ledger_document(open_ledger_file(path, sheet_name)))
