"""Owners a part names once, before its measures: `以下第5至7项均由州教育局牵头，各县（市）人民政府负责落实。`

A plan grouped under headings sometimes states a part's owners on the line between its heading and its
numbered measures instead of after each. The sentence opens on 以下 / 下列 (the measures below), may say
which of them (`第5至7项`), and gives its units to every measure of the part that names none. Each such
measure says so in its doubts, so the clerk checks the grouping.
"""

from __future__ import annotations

from dataclasses import replace

from services.plans.parser.clauses import read_clause
from services.plans.parser.entry_duties import entries_over_duties
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedItem
from services.plans.parser.numerals import to_number
from services.plans.parser.text import fold

_LEAD_IN = compile_lazily(
    r"^\s*(?:以下|下列)(?:第?(\d{1,3})(?:项)?\s*(?:至|到|-|—|~)\s*第?(\d{1,3})\s*项)?"
    r"(?:(\d{1,2}|[一二两三四五六七八九十]{1,3})[项条])?"  # 以下3项由区科技局负责: the next three
    r"[\u4e00-\u9fff]{0,6}?(?:均|都|全部)?由(.+?)[。；;：:]?\s*$"
)
NOTE = "责任单位取自本部分开头“以下……由X牵头”一句，请核对"


def _lead_in(line: str) -> tuple[range | None, int | None, tuple[str, ...], tuple[str, ...]] | None:
    found = _LEAD_IN.match(fold(line))
    if found is None:
        return None
    said = read_clause(found.group(4))
    if not said.lead_units:
        return None
    span = range(int(found.group(1)), int(found.group(2)) + 1) if found.group(1) else None
    count = int(to_number(found.group(3)) or 0) if found.group(3) else None
    return span, count, said.lead_units, said.co_units


def apply_lead_in_owners(items: list[ParsedItem], lines: list[str]) -> list[ParsedItem]:
    """Give each 以下…由X牵头 sentence's units to the measures after it that name no unit: a part's (on
    the lines between its heading and its measures, or read as an unnumbered measure of its own), up to
    the part's end; or one standing among the measures, up to the next heading."""
    items = list(items)
    dropped: set[int] = set()
    first = items[0].line if items else 0
    opening = next((found for line in lines[max(0, first - 2) : first] if (found := _lead_in(line))), None)
    if opening is not None:  # the sentence over the list's first measures, right under the title
        _give(items, -1, 0, opening, dropped, up_to_heading=True)
    for position, opener in enumerate(items):
        said, level = None, opener.level
        if opener.kind == "section":
            following = items[position + 1].line if position + 1 < len(items) else len(lines)
            said = next(
                (found for line in lines[opener.line + 1 : following] if (found := _lead_in(line))), None
            )
        elif opener.is_measure and not opener.number and position not in dropped:
            # 以下任务均由X牵头，Y配合。 read as a measure of its own (it names its owners): the sentence for
            # the measures after it, no measure itself
            said = _lead_in(opener.text)
            if said is not None:
                dropped.add(position)
                level = min((i.level for i in items[:position] if i.kind == "section"), default=0)
        if said is None:
            continue
        _give(items, position, level, said, dropped, up_to_heading=opener.kind != "section")
    # (and a unit's entry numbered as its duties are, `1.区扶贫办：` over `1.负责…`: entry_duties)
    return entries_over_duties([item for index, item in enumerate(items) if index not in dropped])


def _give(
    items: list[ParsedItem],
    position: int,
    level: int,
    said: tuple[range | None, int | None, tuple[str, ...], tuple[str, ...]],
    dropped: set[int],
    *,
    up_to_heading: bool,
) -> None:
    span, count, leads, cos = said
    given = 0
    for index in range(position + 1, len(items)):
        item = items[index]
        ended = item.kind == "section" if up_to_heading else item.level <= level
        if ended or (count is not None and given >= count):
            break
        number = to_number(item.number) if item.number else None
        if not item.is_measure or index in dropped or _lead_in(item.text):
            continue
        given += 1
        if item.lead_units or (span and number not in span):
            continue
        doubts = tuple(d for d in item.doubts if d != "未找到责任单位")
        items[index] = replace(item, lead_units=leads, co_units=cos, doubts=(*doubts, NOTE))
