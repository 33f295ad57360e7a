"""What the review screen flags before a plan is stored: doubts from the parser plus unknown units."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Unit
from services.units.resolve import clean_name, find_unit, unit_kind

NEW_UNIT = "新单位“{name}”（台账中还没有，请核对名称）"


def unknown_units(session: Session, plan: dict[str, Any]) -> set[str]:
    """Unit names the ledger has never seen (neither as a unit nor as an alias); group words excepted."""
    names = set()
    for item in plan.get("items") or []:
        names.update(item.get("lead_units") or [])
        names.update(item.get("co_units") or [])
    for row in plan.get("task_table") or []:
        names.update(row.get("lead_units") or [])
    return {n for n in names if unit_kind(clean_name(n)) != "group" and find_unit(session, n) is None}


def item_doubts(item: dict[str, Any], unknown: set[str]) -> list[str]:
    doubts = list(item.get("doubts") or [])
    for name in [*(item.get("lead_units") or []), *(item.get("co_units") or [])]:
        if name in unknown:
            doubts.append(NEW_UNIT.format(name=name))
    return doubts


def units_to_flag(session: Session, plan: dict[str, Any]) -> set[str]:
    """Unknown units worth flagging: on the very first plan every unit is new, and flagging them all
    would hide the real doubts, so nothing is flagged then."""
    if session.scalar(select(func.count()).select_from(Unit)) == 0:
        return set()
    return unknown_units(session, plan)
