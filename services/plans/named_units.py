"""The units a measure's text names, offered on the review screen as one-click choices of lead or co-unit.

The reader gives a measure its units from the document's clause (`责任单位：X`), a column or a heading; where
none of those is written the measure comes without a lead, though its text may still name who does the work
(`整改措施：责令公路建设养护中心立即修复…`, `由市统计局负责考核`, `区城管执法局依法…`). Guessing one would
be wrong as often as right, so the reader does not; the review screen shows the names instead and the clerk
picks with a click rather than typing them.

Two kinds of name are found: names already known — the ledger's units and the units this plan names
elsewhere — wherever they stand in the text, and names the text writes as an organisation (a run of words
ending on 局 / 委 / 办 / 中心 / 政府 … that opens the sentence or follows a verb of charge such as 由 / 责令 /
移交 / 配合). The second kind is loose on purpose: a clerk skips a wrong chip at no cost, but cannot click a
name that is not offered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from services.plans.parser.folding import fold
from services.plans.parser.model import ParsedItem, ParsedPlan
from services.plans.parser.written_names import SCANNED, written_names


def named_units(text: str, known: Iterable[str] = (), *, skip: Iterable[str] = ()) -> list[str]:
    """Names of units in `text`, in the order the text names them; those in `skip` (the measure's units
    already, and any name inside one of them: 区投促办 in 区投促办（区金融办）) left out. A known name wins over a
    written one it lies inside. A space a PDF line left inside a name (县交通 运输局) is read closed too, and the
    name it makes replaces its halves (and comes first); one before a place word (区财政局 区住建局) parts two names
    and stays."""
    closed = _WRAP_SPACE.sub("", text)
    if closed == text:
        return _named(text, known, skip)
    joined = _named(closed, known, skip)
    return [
        *joined,
        *(name for name in _named(text, known, skip) if not any(name in whole for whole in joined)),
    ]


def _named(text: str, known: Iterable[str], skip: Iterable[str]) -> list[str]:
    folded = fold(text)
    found: list[tuple[int, int, str]] = []
    for name in sorted({name for name in known if len(name) >= 2}, key=len, reverse=True):
        key = fold(name)
        start = folded.find(key)
        while start >= 0:
            if not _covered(found, start, start + len(name)):
                found.append((start, start + len(name), name))
            start = folded.find(key, start + len(name))
    for start, end in written_names(folded[:SCANNED]):
        if not _covered(found, start, end):
            found.append((start, end, text[start:end]))
    skipped = [fold(name) for name in skip]
    names: list[str] = []
    for _start, _end, name in sorted(found):
        if not any(fold(name) in taken for taken in skipped) and name not in names:
            names.append(name)
    return names


_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])(?![省市县区镇乡各])")


def _covered(found: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end, _name in found)


def headings_over(items: Sequence[ParsedItem], index: int) -> list[str]:
    """The titles of the parts `items[index]` stands in, nearest first: a heading's 考务组职责 over its duties
    names their owner as often as the duties' own text does."""
    titles: list[str] = []
    level = items[index].level
    for item in reversed(items[:index]):
        if not item.is_measure and item.level < level:
            titles.append(item.title)
            level = item.level
    return titles


def part_without_leads(items: Sequence[ParsedItem], index: int) -> list[int]:
    """The other measures of the group `items[index]` stands in that have no lead unit yet, in order: the
    measures between the headings around it, cut where the numbering starts again (a list of 考务组's duties 1.–12.
    then 保密组's 1.–6. with no heading between)."""
    start = index
    while start > 0 and items[start - 1].is_measure and not _opens_group(items, start):
        start -= 1
    end = index + 1
    while end < len(items) and items[end].is_measure and not _opens_group(items, end):
        end += 1
    return [i for i in range(start, end) if i != index and not items[i].lead_units]


def under_heading(items: Sequence[ParsedItem], index: int) -> bool:
    """Whether a heading stands above `items[index]` (else its group is the whole document's list)."""
    return any(not item.is_measure for item in items[:index])


def _opens_group(items: Sequence[ParsedItem], index: int) -> bool:
    """A measure numbered 1 / 一 after a measure numbered otherwise: the numbering starts again."""
    return (
        items[index].number in _FIRST
        and items[index - 1].is_measure
        and items[index - 1].number not in ("", *_FIRST)
    )


_FIRST = ("1", "一")


def plan_unit_names(plan: ParsedPlan) -> list[str]:
    """Every unit the plan names somewhere (its measures, its task table), for completing names as typed."""
    names = {name for item in plan.items for name in (*item.lead_units, *item.co_units)}
    names.update(name for row in plan.task_table for name in row.lead_units)
    return sorted(names)


def answered(item: ParsedItem) -> ParsedItem:
    """A measure the clerk gave a lead has answered the reader's doubts about its units."""
    if not item.lead_units:
        return item
    return replace(item, doubts=tuple(doubt for doubt in item.doubts if "责任单位" not in doubt))


def give_units_to_part(items: Sequence[ParsedItem], index: int) -> tuple[list[ParsedItem], list[int]]:
    """The items with `items[index]`'s lead units given to the other measures of its group that have none
    (part_without_leads; their own co-units kept, else its co-units), and the indices filled."""
    source = items[index]
    result = list(items)
    filled = part_without_leads(items, index) if source.lead_units else []
    for other in filled:
        item = items[other]
        co_units = tuple(unit for unit in item.co_units or source.co_units if unit not in source.lead_units)
        result[other] = answered(replace(item, lead_units=source.lead_units, co_units=co_units))
    return result, filled
