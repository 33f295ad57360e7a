"""Who is responsible for a measure, once its clauses are read: leads, co-units, a carry-over.

Several clauses in one measure merge, and a unit that leads in any of them is only a lead; a carry-over
sentence (以下均需各镇街负责) hands its units to every later measure; a document that says
列第一位者为牵头单位 makes the first unit of a clause without 牵头 the lead. Reading one clause is
clauses.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from services.plans.parser.lazy_patterns import compile_lazily


@dataclass(frozen=True)
class Responsibility:
    lead_units: tuple[str, ...] = ()
    co_units: tuple[str, ...] = ()
    carry_over: tuple[str, ...] = ()
    # Whether a clause said who leads (牵头); when none did, every unit is a lead unless the document
    # says the first one listed leads (列第一位者为牵头单位).
    named_lead: bool = False
    # Names taken by their place in a labelled list that do not read like an organisation: for review.
    odd_units: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.lead_units or self.co_units or self.carry_over)


def merge(responsibilities: list[Responsibility]) -> Responsibility:
    """Several clauses of one measure as one: a unit that leads anywhere is only a lead."""
    leads = unique_units([u for r in responsibilities for u in r.lead_units])
    cos = unique_units([u for r in responsibilities for u in r.co_units if u not in leads])
    carry = unique_units([u for r in responsibilities for u in r.carry_over])
    named = any(r.named_lead for r in responsibilities)
    return Responsibility(
        leads, cos, carry, named, unique_units([u for r in responsibilities for u in r.odd_units])
    )


def first_listed_leads(responsibility: Responsibility) -> Responsibility:
    """The document's rule 列第一位者为牵头单位: of a clause that names no lead, the first unit leads."""
    if responsibility.named_lead or len(responsibility.lead_units) < 2:
        return responsibility
    first, *rest = responsibility.lead_units
    cos = unique_units([*rest, *(u for u in responsibility.co_units if u != first)])
    return replace(responsibility, lead_units=(first,), co_units=cos)


def before_comma_leads(responsibility: Responsibility, clause: str) -> Responsibility:
    """The document's rule 第一个逗号前为牵头单位: of a clause that names no lead, the units before its first
    comma (outside brackets: 各县（市、区）政府 is one name) lead and the rest help. A list with no comma
    is all leads."""
    if responsibility.named_lead or len(responsibility.lead_units) < 2:
        return responsibility
    colon = re.search(r"[：:]", clause)
    depth, cut = 0, None
    for at in range(colon.end() if colon else 0, len(clause)):
        char = clause[at]
        depth += int(char in "（(〔[〈") - int(char in "）)〕]〉")
        if depth <= 0 and char in "，,":
            cut = at
            break
    if cut is None:
        return responsibility
    before = clause[:cut]
    leads = tuple(unit for unit in responsibility.lead_units if unit in before)
    if not leads or len(leads) == len(responsibility.lead_units):
        return responsibility
    helpers = [unit for unit in responsibility.lead_units if unit not in leads]
    return replace(
        responsibility, lead_units=leads, co_units=unique_units([*helpers, *responsibility.co_units])
    )


def with_carry_over(own: Responsibility, carried: tuple[str, ...]) -> Responsibility:
    """Add the units of an earlier carry-over sentence: co-units beside a lead, else leads."""
    if not carried:
        return own
    if own.lead_units:
        cos = unique_units([*own.co_units, *(u for u in carried if u not in own.lead_units)])
        return replace(own, co_units=cos)
    return replace(own, lead_units=unique_units([*carried]))


def unique_units(units: list[str]) -> tuple[str, ...]:
    """The units once each, in order; `由X` (责任分工：由X负责，Y组织实施 read by its label) is X."""
    return tuple(dict.fromkeys(_GIVEN_BY.sub("", unit) for unit in units))


_GIVEN_BY = compile_lazily(r"^由(?=\S{2})")
