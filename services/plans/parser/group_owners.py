"""Owners named after a group of measures: `4项目标的责任单位均为市发展改革委。` / `该目标责任单位为市经委。`.

Indicator lists (目标管理方案, 考核指标) often write the numbered indicators without clauses and, after
each group, one sentence naming who answers for the group. The sentence stands on the lines after the
measure it follows (before the next heading or measure); it gives its units to that measure and, when it counts the group (`4项`, `两项`),
to the measures before it that name no unit, back to the group's size. Each such measure says so in
its doubts, so the clerk checks the grouping.
"""

from __future__ import annotations

from dataclasses import replace

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedItem
from services.plans.parser.numerals import to_number
from services.plans.parser.text import fold, split_units

NO_CLAUSE = "未找到责任单位"
_OWNER_SENTENCE = compile_lazily(
    r"(?:(?:以上|上述)?([0-9]{1,2}|[一二两兩三四五六七八九十]{1,3})(?:项|个|条)|[该該]项?|此项?|本项?|以上|上述)"
    r"(?:目标|指标|任务|工作|事项)?的?(?:责任单位|牵头单位|责任部门|牵头部门|考核单位|牵头考核单位)"
    r"(?:均|都|皆|分别)?(?:为|是)([^。；\n]+)"
)


def _owner(text: str) -> tuple[int, tuple[str, ...]] | None:
    """(how many measures the sentence covers, its units), or None when the text has no such sentence."""
    folded = fold(text)
    sentences = list(_OWNER_SENTENCE.finditer(folded))
    if not sentences:
        return None
    found = sentences[-1]  # the sentence closing the measure's text
    units = tuple(split_units(text[found.start(2) : found.end(2)]))
    if not units:
        return None
    count = to_number(found.group(1)) if found.group(1) else 1
    return (int(count) if count else 1), units


def apply_group_owners(items: list[ParsedItem], lines: list[str]) -> list[ParsedItem]:
    """Give a group's owner sentence's units to the measures of the group that name no unit."""
    items = list(items)
    starts = [item.line for item in items]
    measures = [index for index, item in enumerate(items) if item.is_measure]
    for position, index in enumerate(measures):
        item = items[index]
        following = starts[index + 1] if index + 1 < len(items) else len(lines)
        owner = _owner("\n".join([item.text, *lines[item.line + 1 : following]]))
        if owner is None:
            continue
        count, units = owner
        note = f"责任单位取自其后“{count}项…责任单位为…”一句，请核对分组"
        for back in reversed(measures[max(0, position - count + 1) : position + 1]):
            target = items[back]
            if target.lead_units and back != index:
                break
            if target.lead_units:
                continue
            doubts = tuple(d for d in target.doubts if d != NO_CLAUSE)
            items[back] = replace(target, lead_units=units, doubts=(*doubts, note))
    return items
