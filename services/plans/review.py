"""What the review screen flags before a plan is stored: doubts from the parser plus unknown units."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Unit
from services.plans.parser.model import ParsedItem, ParsedPlan
from services.units.resolve import clean_name, district_places, find_unit, name_key, unit_kind

if TYPE_CHECKING:
    from services.plans.importing import EarlierImport, ParsedDocument

NEW_UNIT = "新单位“{name}”（台账中还没有，请核对名称）"
# Only 配合单位 named (the lead's line lost in a copy, or never written): the reader guesses no lead.
NO_LEAD = "只写了配合单位，没有写明牵头单位，请补上牵头单位"


def unknown_units(session: Session, plan: ParsedPlan) -> set[str]:
    """Unit names the ledger has never seen (neither as a unit nor as an alias); group words excepted."""
    return {n for n in _named(plan) if find_unit(session, n) is None}


def _named(plan: ParsedPlan) -> set[str]:
    names: set[str] = set()
    for item in plan.items:
        names.update(item.lead_units)
        names.update(item.co_units)
    for row in plan.task_table:
        names.update(row.lead_units)
    return {n for n in names if unit_kind(clean_name(n)) != "group"}


# A table's cell of figures per town (元坝镇280 白果乡15 …) read as one unit: no unit's name is that long or holds
# a figure of two digits or more.
ODD_UNIT = "“{name}”不像一个单位的名称（太长或含有数字），请改为单位名称，或在“责任单位”里逐个写明"
_UNIT_MAX = 30
_FIGURE = re.compile(r"\d{2,}")


def item_doubts(item: ParsedItem, unknown: set[str]) -> list[str]:
    doubts = list(item.doubts)
    if item.kind == "measure" and item.co_units and not item.lead_units:
        doubts.append(NO_LEAD)
    for name in [*item.lead_units, *item.co_units]:
        if len(name) > _UNIT_MAX or _FIGURE.search(name):
            doubts.append(ODD_UNIT.format(name=name if len(name) <= _UNIT_MAX else name[:_UNIT_MAX] + "…"))
        elif name in unknown:
            doubts.append(NEW_UNIT.format(name=name))
    return doubts


def units_to_flag(session: Session, plan: ParsedPlan, unknown: set[str] | None = None) -> set[str]:
    """Unknown units worth flagging. Among names the ledger knows, a new one may be a slip for one of them,
    so it is flagged. A plan whose units the ledger mostly has not seen (the first plan, a city's plan, another
    office's) would come up all yellow and hide the real doubts: there only a name one character away from a
    unit the ledger knows is flagged (`区发展改革局` beside `区发展改革委`)."""
    unknown = unknown_units(session, plan) if unknown is None else unknown  # (read once by review_facts)
    if len(unknown) * 2 <= len(_named(plan)):
        return unknown
    places = district_places(session)
    known = {
        name_key(name, places)
        for unit in session.scalars(select(Unit))
        for name in (unit.name, *(alias.alias for alias in unit.aliases))
    }
    return {name for name in unknown if any(_one_slip(name_key(name, places), key) for key in known)}


# A different level's body of the same name (`市发改委` beside `发改委`, the district's) is no slip.
_LEVELS = "省市县区镇"


def _one_slip(a: str, b: str) -> bool:
    """One character put wrong, left out or added, in names long enough that this is not two bodies'
    names (教育局 and 体育局 are both real)."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if a.lstrip(_LEVELS) == b.lstrip(_LEVELS):
        return False
    if len(a) > len(b):
        a, b = b, a
    head = 0
    while head < len(a) and a[head] == b[head]:
        head += 1
    if len(a) == len(b):
        return a[head + 1 :] == b[head + 1 :]
    return a[head:] == b[head + 1 :]


def review_facts(
    session: Session, document: ParsedDocument
) -> tuple[set[str], int, list[EarlierImport], list[str]]:
    """What the review screen needs from the ledger, read on the import's worker: the unit names to flag,
    how many names are new to the ledger, earlier imports of the same plan, and every unit's name."""
    from services.plans.importing import earlier_imports
    from services.units.registry import unit_names

    unknown = unknown_units(session, document.plan)
    flagged = units_to_flag(session, document.plan, unknown)
    return flagged, len(unknown), earlier_imports(session, document), unit_names(session)
