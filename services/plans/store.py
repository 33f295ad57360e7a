"""Store a parsed plan as a ledger, in the caller's transaction.

The plan arrives as the parser made it (a frozen ParsedPlan, corrected in the review through
dataclasses.replace), or as a hand-made `parse-plan --json` dict, read at this edge by `from_json`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from models import (
    Contact,
    ImportBatch,
    ItemKind,
    LedgerItem,
    Milestone,
    Plan,
    Target,
    TargetShare,
    TaskStatus,
    Unit,
)
from services.errors import InvalidValue
from services.ledger.changelog import current_user, log_change
from services.ledger.tasks import set_units
from services.plans.parser.model import ParsedDeadline, ParsedItem, ParsedPlan, ParsedTarget, RosterEntry
from services.plans.parser.serialize import from_json
from services.units.resolve import resolve_unit

TASK_TABLE_TITLE = "年度任务清单"
_YEAR_IN_HEADER = re.compile(r"(20\d\d)年")
_TABLE_TITLE_LINE = re.compile(r"^[^\n]{0,40}任务清单[^\n]{0,10}$", re.M)


def as_parsed(plan: ParsedPlan | dict[str, Any]) -> ParsedPlan:
    """The plan as a ParsedPlan: a dict in the parse-plan --json shape is read here, at the edge."""
    return from_json(plan) if isinstance(plan, dict) else plan


def _due(deadlines: tuple[ParsedDeadline, ...]) -> date | None:
    """A measure's due date is its last deadline; earlier ones are milestones inside it."""
    dates = [d.due for d in deadlines if d.due]
    return max(dates) if dates else None


def _add_targets(item: LedgerItem, targets: tuple[ParsedTarget, ...]) -> None:
    for position, t in enumerate(targets):
        target = Target(
            position=position,
            text=t.text or "",
            quantity=t.quantity,
            unit=t.unit,
            comparator=t.comparator,
            year=t.year,
            due_on=date(t.year, 12, 31) if isinstance(t.year, int) else None,
            recurring=t.recurring,
        )
        for share in t.breakdown:
            target.shares.append(
                TargetShare(unit_name=share.unit or "", quantity=share.quantity, comparator=share.comparator)
            )
        item.targets.append(target)


def check_plan(plan: ParsedPlan | dict[str, Any]) -> None:
    """What store_plan would refuse, found before anything is written: the review screen asks this
    while it is still open, so the clerk corrects the plan instead of losing the corrections. (A date
    that is no date is refused where it is read: from_json, or the review's own fields.)"""
    if not (as_parsed(plan).title or "").strip():
        # The review screen asks for it; a command has no review, so the message says what to do there too.
        raise InvalidValue(
            "方案没有标题（文件中没有找到方案名称）。请在导入核对页填写方案标题；"
            "用命令行导入时，请在文件第一行写上方案标题（如“某某区设备更新行动方案”）后重新导入。"
        )


def store_plan(
    session,
    plan: ParsedPlan | dict[str, Any],
    *,
    source_name: str | None = None,
    source_text: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Create the plan, its tree, owners, targets, roster and task table; returns the plan id.
    `progress(done, total)`: items stored so far, for the import's progress bar."""
    parsed = as_parsed(plan)
    check_plan(parsed)
    title = (parsed.title or "").strip()
    stored = Plan(
        title=title,
        doc_number=parsed.doc_number,
        issued_on=parsed.issued_on,
        source_name=source_name,
        source_text=source_text,
    )
    session.add(stored)
    session.flush()
    position = 0
    parents: dict[int, LedgerItem] = {}  # level -> the latest section at that level
    resolved: dict[str, Unit] = {}  # unit names already resolved by this import
    total = len(parsed.items) + len(parsed.task_table)
    for parsed_item in parsed.items:
        position += 1
        if progress is not None and position % 25 == 0:
            progress(position, total)
        level = int(parsed_item.level or 1)
        parent = next((parents[lv] for lv in sorted(parents, reverse=True) if lv < level), None)
        kind = parsed_item.kind or ItemKind.MEASURE
        item = LedgerItem(
            plan_id=stored.id,
            parent_id=parent.id if parent else None,
            kind=kind,
            level=level,
            position=position,
            number=parsed_item.number,
            title=(parsed_item.title or parsed_item.text or "").strip()[:500] or "（无标题）",
            text=parsed_item.text if parsed_item.is_measure else None,  # a heading keeps its title only
            due_on=_due(parsed_item.deadlines),
            recurring="yearly" if any(t.recurring == "yearly" for t in parsed_item.targets) else None,
            status=TaskStatus.OPEN,
            # (empty lists, not loaded: a new item has none, and a lazy load per item was half the import)
            assignments=[],
            targets=[],
        )
        session.add(item)
        session.flush()
        if kind == ItemKind.SECTION:
            parents = {lv: p for lv, p in parents.items() if lv < level}
            parents[level] = item
        else:
            set_units(session, item, list(parsed_item.lead_units), list(parsed_item.co_units), resolved)
            _add_targets(item, parsed_item.targets)
            _add_milestones(session, item, parsed_item)
    position = _store_task_table(session, stored, parsed, position, source_text or "", resolved, progress)
    _store_roster(session, stored, parsed.roster)
    session.add(
        ImportBatch(kind="plan", summary=f"导入方案“{title}”（{position} 项）", created_by=current_user())
    )
    session.flush()
    log_change(session, "plan", stored.id, "import", None, {"title": title, "source": source_name})
    return stored.id


def _task_table_title(source_text: str) -> str:
    """The annex table's own title (`2024年海门区推动大规模设备更新任务清单`) when the document has one."""
    found = _TABLE_TITLE_LINE.search(source_text)
    return found.group(0).strip() if found else TASK_TABLE_TITLE


def _add_milestones(session, item: LedgerItem, parsed: ParsedItem) -> None:
    """Every deadline before the measure's own due date is a milestone, with the words that set it."""
    dates = sorted({d.due for d in parsed.deadlines if d.due})
    if len(dates) < 2:
        return
    phrases = {d.due: d.text for d in parsed.deadlines if d.due and d.text}
    for position, day in enumerate(dates[:-1]):
        session.add(
            Milestone(
                item_id=item.id,
                position=position,
                due_on=day,
                text=_milestone_words(parsed.text, phrases.get(day)),
            )
        )


def _milestone_words(text: str | None, phrase: str | None) -> str | None:
    """The sentence that holds the deadline phrase (`2024年底前，完成…普查和登记`), not the paragraph."""
    if not text or not phrase or phrase not in text:
        return phrase
    start = text.index(phrase)
    left = max(text.rfind(p, 0, start) for p in "。；;") + 1
    ends = [i for i in (text.find(p, start + len(phrase)) for p in "。；;") if i != -1]
    sentence = text[left : min(ends) if ends else len(text)].strip()
    if len(sentence) <= 60:
        return sentence
    # A long sentence: the clause with the phrase, and the next one when the phrase stands alone.
    parts = [p for p in re.split(r"[，,]", sentence) if p.strip()]
    at = next((i for i, p in enumerate(parts) if phrase in p or p in phrase), 0)
    clause = (
        parts[at]
        if len(parts[at]) > len(phrase) + 2 or at + 1 == len(parts)
        else f"{parts[at]}，{parts[at + 1]}"
    )
    return clause.strip()[:120]


def _store_task_table(
    session,
    plan: Plan,
    parsed: ParsedPlan,
    position: int,
    source_text: str,
    resolved: dict[str, Unit],
    progress: Callable[[int, int], None] | None = None,
) -> int:
    if not parsed.task_table:
        return position
    header = _task_table_title(source_text)
    year_match = _YEAR_IN_HEADER.search(header)
    # A checklist titled `2024年…任务清单` is the year's work: a row without its own date is due at year end.
    year_end = date(int(year_match.group(1)), 12, 31) if year_match else None
    position += 1
    section = LedgerItem(
        plan_id=plan.id, kind=ItemKind.SECTION, level=1, position=position, number=None, title=header
    )
    session.add(section)
    session.flush()
    total = len(parsed.items) + len(parsed.task_table)
    for row in parsed.task_table:
        position += 1
        if progress is not None and position % 25 == 0:  # (a long annex table: the bar goes on to its end)
            progress(min(position, total), total)
        text = (row.task or "").strip()
        item = LedgerItem(
            plan_id=plan.id,
            parent_id=section.id,
            kind=ItemKind.TASK,
            level=2,
            position=position,
            number=row.seq,
            title=text[:500] or "（无内容）",
            text=text,
            domain=row.domain,
            due_on=_due(row.deadlines) or year_end,
            status=TaskStatus.OPEN,
            # (empty lists, not loaded: a new item has none, and a lazy load per item was half the import)
            assignments=[],
            targets=[],
        )
        session.add(item)
        session.flush()
        set_units(session, item, list(row.lead_units), list(row.co_units), resolved)
        _add_targets(item, row.targets)
    return position


def _store_roster(session, plan: Plan, roster: tuple[RosterEntry, ...]) -> None:
    for position, person in enumerate(roster):
        unit = resolve_unit(session, person.unit) if person.unit else None
        session.add(
            Contact(
                plan_id=plan.id,
                unit_id=unit.id if unit else None,
                role=person.role or "成员",
                name=(person.name or "").strip(),
                title=person.title,
                position=position,
            )
        )
