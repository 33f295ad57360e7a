"""`parse-plan --json`: the shape of docs/cli.md, written from a ParsedPlan at the edge (the command line,
import-ledger's dry run) and read back from a hand-made JSON (`from_json`); the review and the store work
on the ParsedPlan itself."""

from __future__ import annotations

from datetime import date
from typing import Any

from services.errors import InvalidValue
from services.plans.parser.deadlines import find_deadlines, unique_dates
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import (
    ParsedDeadline,
    ParsedItem,
    ParsedPlan,
    ParsedTarget,
    RosterEntry,
    TargetShare,
    TaskTableRow,
)


def _target(target: ParsedTarget) -> dict[str, Any]:
    return {
        "text": target.text,
        "quantity": target.quantity,
        "unit": target.unit,
        "comparator": target.comparator,
        "year": target.year,
        "recurring": target.recurring,
        "breakdown": [
            {"unit": share.unit, "quantity": share.quantity, "comparator": share.comparator}
            for share in target.breakdown
        ],
    }


def _item(item: ParsedItem) -> dict[str, Any]:
    head: dict[str, Any] = {
        "kind": item.kind,
        "level": item.level,
        "number": item.number,
        "title": item.title,
    }
    if not item.is_measure:
        return head
    return head | {
        "text": item.text,
        "lead_units": list(item.lead_units),
        "co_units": list(item.co_units),
        "targets": [_target(t) for t in item.targets],
        "deadlines": [d.isoformat() for d in unique_dates(list(item.deadlines))],
        "doubts": list(item.doubts),
    }


def to_json(plan: ParsedPlan) -> dict[str, Any]:
    return {
        "title": plan.title,
        "doc_number": plan.doc_number,
        "issued_on": plan.issued_on.isoformat() if plan.issued_on else None,
        "items": [_item(item) for item in plan.items],
        "roster": [{"role": e.role, "name": e.name, "title": e.title, "unit": e.unit} for e in plan.roster],
        "task_table": [
            {"seq": r.seq, "domain": r.domain, "task": r.task, "lead_units": list(r.lead_units)}
            | ({"co_units": list(r.co_units)} if r.co_units else {})
            | {
                "targets": [_target(t) for t in r.targets],
                "deadlines": [d.isoformat() for d in unique_dates(list(r.deadlines))],
            }
            for r in plan.task_table
        ],
    }


# The way back, for a plan written by hand (or by a script) in the parse-plan --json shape: what
# store_plan and check_plan accept besides a ParsedPlan. Missing keys are empty; a date that is no ISO
# date is refused with the words the review and the store have always used.


def iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidValue(f"日期“{value}”格式不对，应为 2024-07-31 这样的形式。") from exc


# 2022-9-25 / 2022/9/25 / 2022.9.25 / 2022年9月25日: a date as a clerk types it
_TYPED_DATE = compile_lazily(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


def typed_date(value: str | None) -> date | None:
    """A date typed on a screen: the ISO form, or year, month and day in the other ways clerks write them."""
    found = _TYPED_DATE.match(value or "")
    if found:
        try:
            return date(*(int(part) for part in found.groups()))
        except ValueError as exc:
            raise InvalidValue(f"日期“{value}”不存在，请核对年、月、日。") from exc
    return iso_date(value)


def _target_from(data: dict[str, Any]) -> ParsedTarget:
    return ParsedTarget(
        text=data.get("text") or "",
        quantity=data.get("quantity"),
        unit=data.get("unit"),
        comparator=data.get("comparator"),
        year=data.get("year"),
        recurring=data.get("recurring"),
        breakdown=tuple(
            TargetShare(s.get("unit") or "", s.get("quantity"), s.get("comparator"))
            for s in data.get("breakdown") or []
        ),
    )


def _deadlines_from(days: list[str], text: str, issued_on: date | None) -> tuple[ParsedDeadline, ...]:
    """ISO days as deadlines, each with the phrase of the text that sets it when there is one (the
    words a milestone shows)."""
    dates = [d for d in (iso_date(v) for v in days) if d]
    year = issued_on.year if issued_on else None
    phrases = {d.due: d.text for d in find_deadlines(text, year, issued_on) if d.due} if dates else {}
    return tuple(ParsedDeadline(phrases.get(day, ""), day) for day in dates)


def _item_from(data: dict[str, Any], issued_on: date | None) -> ParsedItem:
    text = data.get("text") or ""
    try:
        deadlines = _deadlines_from(data.get("deadlines") or [], text, issued_on)
    except InvalidValue as exc:
        title = (data.get("title") or text)[:20]
        raise InvalidValue(f"{data.get('number') or ''} {title}：{exc.message}".strip()) from exc
    return ParsedItem(
        kind=data.get("kind") or "measure",
        level=int(data.get("level") or 1),
        number=data.get("number"),  # None when the JSON has none, as stored before
        title=data.get("title") or "",
        text=text,
        lead_units=tuple(data.get("lead_units") or ()),
        co_units=tuple(data.get("co_units") or ()),
        targets=tuple(_target_from(t) for t in data.get("targets") or []),
        deadlines=deadlines,
        doubts=tuple(data.get("doubts") or ()),
    )


def _row_from(data: dict[str, Any], issued_on: date | None) -> TaskTableRow:
    task = data.get("task") or ""
    if data.get("deadlines"):
        deadlines = _deadlines_from(data["deadlines"], task, issued_on)
    else:  # a row given without them: its task's own words, as a measure's text is read
        deadlines = tuple(find_deadlines(task, issued_on.year if issued_on else None, issued_on))
    return TaskTableRow(
        seq=data.get("seq"),
        domain=data.get("domain"),
        task=task,
        lead_units=tuple(data.get("lead_units") or ()),
        co_units=tuple(data.get("co_units") or ()),
        targets=tuple(_target_from(t) for t in data.get("targets") or []),
        deadlines=deadlines,
    )


def from_json(data: dict[str, Any], file_name: str = "") -> ParsedPlan:
    """A plan in the parse-plan --json shape as the ParsedPlan the review and the store work on."""
    issued_on = iso_date(data.get("issued_on"))
    return ParsedPlan(
        file_name=file_name,
        title=data.get("title"),
        doc_number=data.get("doc_number"),
        issued_on=issued_on,
        items=tuple(_item_from(item, issued_on) for item in data.get("items") or []),
        roster=tuple(
            RosterEntry(p.get("role") or "", p.get("name") or "", p.get("title"), p.get("unit"))
            for p in data.get("roster") or []
        ),
        task_table=tuple(_row_from(row, issued_on) for row in data.get("task_table") or []),
    )
