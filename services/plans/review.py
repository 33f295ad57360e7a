"""What the review screen flags before a plan is stored: doubts from the parser plus unknown units."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Unit
from services.plans.parser.model import ParsedItem, ParsedPlan
from services.units.resolve import clean_name, find_unit, unit_kind

NEW_UNIT = "新单位“{name}”（台账中还没有，请核对名称）"
# Only 配合单位 named (the lead's line lost in a copy, or never written): the reader guesses no lead.
NO_LEAD = "只写了配合单位，没有写明牵头单位，请补上牵头单位"


def unknown_units(session: Session, plan: ParsedPlan) -> set[str]:
    """Unit names the ledger has never seen (neither as a unit nor as an alias); group words excepted."""
    names: set[str] = set()
    for item in plan.items:
        names.update(item.lead_units)
        names.update(item.co_units)
    for row in plan.task_table:
        names.update(row.lead_units)
    return {n for n in names if unit_kind(clean_name(n)) != "group" and find_unit(session, n) is None}


def item_doubts(item: ParsedItem, unknown: set[str]) -> list[str]:
    doubts = list(item.doubts)
    if item.kind == "measure" and item.co_units and not item.lead_units:
        doubts.append(NO_LEAD)
    for name in [*item.lead_units, *item.co_units]:
        if name in unknown:
            doubts.append(NEW_UNIT.format(name=name))
    return doubts


def units_to_flag(session: Session, plan: ParsedPlan) -> set[str]:
    """Unknown units worth flagging: on the very first plan every unit is new, and flagging them all
    would hide the real doubts, so nothing is flagged then."""
    if session.scalar(select(func.count()).select_from(Unit)) == 0:
        return set()
    return unknown_units(session, plan)
