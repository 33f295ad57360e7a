"""Store a parsed plan (the `parse-plan --json` shape) as a ledger, in the caller's transaction.

Working from the JSON shape rather than the parser's classes lets the review screen edit the same
plain dicts the CLI prints, and lets a hand-made JSON be imported too.
"""

from __future__ import annotations

import re
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
)
from services.errors import InvalidValue
from services.ledger.changelog import current_user, log_change
from services.ledger.tasks import set_units
from services.units.resolve import resolve_unit

TASK_TABLE_TITLE = "年度任务清单"
_YEAR_IN_HEADER = re.compile(r"(20\d\d)年")
_TABLE_TITLE_LINE = re.compile(r"^[^\n]{0,40}任务清单[^\n]{0,10}$", re.M)


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidValue(f"日期“{value}”格式不对，应为 2024-07-31 这样的形式。") from exc


def _deadline(deadlines: list[str]) -> date | None:
    """A measure's due date is its last deadline; earlier ones are milestones inside it."""
    dates = [d for d in (_iso(v) for v in deadlines) if d]
    return max(dates) if dates else None


def _add_targets(item: LedgerItem, targets: list[dict[str, Any]]) -> None:
    for position, t in enumerate(targets):
        year = t.get("year")
        target = Target(
            position=position,
            text=t.get("text") or "",
            quantity=t.get("quantity"),
            unit=t.get("unit"),
            comparator=t.get("comparator"),
            year=year,
            due_on=date(year, 12, 31) if isinstance(year, int) else None,
            recurring=t.get("recurring"),
        )
        for share in t.get("breakdown") or []:
            target.shares.append(
                TargetShare(
                    unit_name=share.get("unit") or "",
                    quantity=share.get("quantity"),
                    comparator=share.get("comparator"),
                )
            )
        item.targets.append(target)


def check_plan(parsed: dict[str, Any]) -> None:
    """What store_plan would refuse, found before anything is written: the review screen asks this
    while it is still open, so the clerk corrects the plan instead of losing the corrections."""
    if not (parsed.get("title") or "").strip():
        raise InvalidValue("方案没有标题。请在核对页填写方案标题后再导入。")
    _iso(parsed.get("issued_on"))
    for raw in parsed.get("items") or []:
        try:
            _deadline(raw.get("deadlines") or [])
        except InvalidValue as exc:
            number = raw.get("number") or ""
            title = (raw.get("title") or raw.get("text") or "")[:20]
            raise InvalidValue(f"{number} {title}：{exc.message}".strip()) from exc


def store_plan(
    session, parsed: dict[str, Any], *, source_name: str | None = None, source_text: str | None = None
) -> int:
    """Create the plan, its tree, owners, targets, roster and task table; returns the plan id."""
    check_plan(parsed)
    title = parsed["title"].strip()
    plan = Plan(
        title=title,
        doc_number=parsed.get("doc_number"),
        issued_on=_iso(parsed.get("issued_on")),
        source_name=source_name,
        source_text=source_text,
    )
    session.add(plan)
    session.flush()
    position = 0
    parents: dict[int, LedgerItem] = {}  # level -> the latest section at that level
    for raw in parsed.get("items") or []:
        position += 1
        level = int(raw.get("level") or 1)
        parent = next((parents[lv] for lv in sorted(parents, reverse=True) if lv < level), None)
        kind = raw.get("kind") or ItemKind.MEASURE
        item = LedgerItem(
            plan_id=plan.id,
            parent_id=parent.id if parent else None,
            kind=kind,
            level=level,
            position=position,
            number=raw.get("number"),
            title=(raw.get("title") or raw.get("text") or "").strip()[:500] or "（无标题）",
            text=raw.get("text"),
            due_on=_deadline(raw.get("deadlines") or []),
            recurring="yearly"
            if any(t.get("recurring") == "yearly" for t in raw.get("targets") or [])
            else None,
            status=TaskStatus.OPEN,
        )
        session.add(item)
        session.flush()
        if kind == ItemKind.SECTION:
            parents = {lv: p for lv, p in parents.items() if lv < level}
            parents[level] = item
        else:
            set_units(session, item, raw.get("lead_units") or [], raw.get("co_units") or [])
            _add_targets(item, raw.get("targets") or [])
            _add_milestones(session, item, raw, plan)
    position = _store_task_table(session, plan, parsed, position, source_text or "")
    _store_roster(session, plan, parsed.get("roster") or [])
    session.add(
        ImportBatch(kind="plan", summary=f"导入方案“{title}”（{position} 项）", created_by=current_user())
    )
    session.flush()
    log_change(session, "plan", plan.id, "import", None, {"title": title, "source": source_name})
    return plan.id


def _task_table_title(parsed: dict[str, Any], source_text: str) -> str:
    """The annex table's own title (`2024年海门区推动大规模设备更新任务清单`) when the document has one."""
    if parsed.get("task_table_title"):
        return parsed["task_table_title"]
    found = _TABLE_TITLE_LINE.search(source_text)
    return found.group(0).strip() if found else TASK_TABLE_TITLE


def _add_milestones(session, item: LedgerItem, raw: dict[str, Any], plan: Plan) -> None:
    """Every deadline before the measure's own due date is a milestone, with the words that set it."""
    dates = sorted({d for d in (_iso(v) for v in raw.get("deadlines") or []) if d})
    if len(dates) < 2:
        return
    from services.plans.parser.deadlines import find_deadlines

    year = plan.issued_on.year if plan.issued_on else None
    phrases = {d.due: d.text for d in find_deadlines(raw.get("text") or "", year, plan.issued_on) if d.due}
    for position, day in enumerate(dates[:-1]):
        session.add(
            Milestone(
                item_id=item.id,
                position=position,
                due_on=day,
                text=_milestone_words(raw.get("text"), phrases.get(day)),
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


def _row_deadlines(row: dict[str, Any], plan: Plan) -> list[str]:
    if row.get("deadlines"):
        return row["deadlines"]
    from services.plans.parser.deadlines import find_deadlines, unique_dates

    year = plan.issued_on.year if plan.issued_on else None
    return [d.isoformat() for d in unique_dates(find_deadlines(row.get("task") or "", year, plan.issued_on))]


def _store_task_table(session, plan: Plan, parsed: dict[str, Any], position: int, source_text: str) -> int:
    rows = parsed.get("task_table") or []
    if not rows:
        return position
    header = _task_table_title(parsed, source_text)
    year_match = _YEAR_IN_HEADER.search(header)
    # A checklist titled `2024年…任务清单` is the year's work: a row without its own date is due at year end.
    year_end = date(int(year_match.group(1)), 12, 31) if year_match else None
    position += 1
    section = LedgerItem(
        plan_id=plan.id, kind=ItemKind.SECTION, level=1, position=position, number=None, title=header
    )
    session.add(section)
    session.flush()
    for row in rows:
        position += 1
        text = (row.get("task") or "").strip()
        item = LedgerItem(
            plan_id=plan.id,
            parent_id=section.id,
            kind=ItemKind.TASK,
            level=2,
            position=position,
            number=row.get("seq"),
            title=text[:500] or "（无内容）",
            text=text,
            domain=row.get("domain"),
            due_on=_deadline(_row_deadlines(row, plan)) or year_end,
            status=TaskStatus.OPEN,
        )
        session.add(item)
        session.flush()
        set_units(session, item, row.get("lead_units") or [], row.get("co_units") or [])
        _add_targets(item, row.get("targets") or [])
    return position


def _store_roster(session, plan: Plan, roster: list[dict[str, Any]]) -> None:
    for position, person in enumerate(roster):
        unit_name = person.get("unit")
        unit = resolve_unit(session, unit_name) if unit_name else None
        session.add(
            Contact(
                plan_id=plan.id,
                unit_id=unit.id if unit else None,
                role=person.get("role") or "成员",
                name=(person.get("name") or "").strip(),
                title=person.get("title"),
                position=position,
            )
        )
