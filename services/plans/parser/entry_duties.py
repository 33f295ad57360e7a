"""A unit's entry numbered as its duties are: `1.区扶贫办：` on its own, then `1.负责…` `2.牵头…`.

A 指导意见's 工作职责 part lists each unit as a numbered entry and its duties numbered again from 1 in the same
style, so the outline reads the entry as a measure with no words and the duties as its siblings naming nobody.
The entry is the duties' heading: it becomes a part, and the duties numbered on from 1 right after it take its
unit, each saying so in its doubts.
"""

from __future__ import annotations

from dataclasses import replace

from services.plans.parser.assemble import NO_CLAUSE
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedItem
from services.plans.parser.text import fold
from services.plans.parser.unit_lists import units_or_none

_ENTRY = compile_lazily(r"^\s*\d{1,3}\s*[.、．]\s*([^，,。；;：:\s]{2,30})[：:]\s*$")


def entries_over_duties(items: list[ParsedItem]) -> list[ParsedItem]:
    result = list(items)
    for index, entry in enumerate(result[:-1]):
        found = _ENTRY.match(fold(entry.text)) if entry.is_measure else None
        units = units_or_none(found.group(1), labelled=False) if found else None
        following = result[index + 1]
        if not units or not (following.is_measure and following.number == "1" and not following.lead_units):
            continue
        note = f"责任单位取自上一行“{found.group(1)}”，请核对"
        result[index] = replace(entry, kind="section", lead_units=(), co_units=(), doubts=())
        expected = 1
        for at in range(index + 1, len(result)):
            duty = result[at]
            if not (duty.is_measure and duty.number == str(expected) and not duty.lead_units):
                break
            doubts = tuple(d for d in duty.doubts if d != NO_CLAUSE)
            result[at] = replace(duty, lead_units=tuple(units), doubts=(*doubts, note))
            expected += 1
    return result
