"""`parse-plan --json`: the shape of docs/cli.md, plus the extra keys the review screen uses."""

from __future__ import annotations

from typing import Any

from services.plans.parser.deadlines import unique_dates
from services.plans.parser.model import ParsedItem, ParsedPlan, ParsedTarget


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
