"""A 预案's members over their offices: `（2）区农村发展局：` on a line of its own, then `1、海渔处：负责…`
`2、水利处：…`, then `（3）…`. The usual outline puts `1.` over `（1）`; this list puts the members' bracketed
numbers over their offices' `1、`, so the outline reads the offices as headings over the next member. Where a
member's line is only its name and a colon with a `1、` right under it, the members' items are one level and
their offices one level below: a member with duties of its own is a measure, one over offices their heading.
"""

from __future__ import annotations

import re
from itertools import pairwise

from services.plans.parser.draft import DraftItem
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.opening_owners import unit_line
from services.plans.parser.text import fold

_MEMBER = "p"  # （1） numbering
_OFFICE = "m"  # 1、 numbering
_NAME_ONLY = compile_lazily(r"^\s*[（(]\d{1,2}[）)]\s*([^，,。；;：:（(]{2,24})[：:]\s*$")


def _heads_offices(item: DraftItem, following: DraftItem | None) -> bool:
    named = _NAME_ONLY.match(fold(item.text))
    return (
        item.marker == _MEMBER
        and named is not None
        and unit_line(named.group(1))
        and following is not None
        and following.marker == _OFFICE
        and following.number == "1"
    )


_MEMBER_LINE = compile_lazily(r"^\s*[（(](\d{1,2})[）)]\s*")


def _members_split_off(drafts: list[DraftItem]) -> list[DraftItem]:
    """The outline reads `（3）区环境与国土资源局：` under `4、农业处：…` as the office's point: the next
    member's number, once the list is known to be members over offices, starts a member's item again."""
    result: list[DraftItem] = []
    expected = 1
    for item in drafts:
        if item.marker == _MEMBER and item.number.isdigit():
            expected = int(item.number) + 1
        cuts: list[tuple[int, re.Match[str]]] = []
        for offset, line in enumerate(item.lines):
            found = _MEMBER_LINE.match(fold(line))
            if offset and item.marker == _OFFICE and found and int(found.group(1)) == expected:
                cuts.append((offset, found))
                expected += 1
        ends = [offset for offset, _ in cuts[1:]] + [len(item.lines)] * bool(cuts)
        for (offset, found), end in zip(cuts, ends, strict=True):
            member = DraftItem(
                "measure", item.level, found.group(1), item.line + offset, item.lines[offset:end]
            )
            member.marker, member.prefix_length = _MEMBER, found.end()
            result.append(member)
        if cuts:
            item.lines = item.lines[: cuts[0][0]]
        result.insert(len(result) - len(cuts), item)
    return result


def members_over_offices(drafts: list[DraftItem]) -> list[DraftItem]:
    """The drafts with a members' list over offices levelled so (unchanged when there is none)."""
    if not any(_heads_offices(item, following) for item, following in pairwise(drafts)):
        return drafts
    drafts = _members_split_off(drafts)
    heads = [
        i
        for i, item in enumerate(drafts)
        if _heads_offices(item, drafts[i + 1] if i + 1 < len(drafts) else None)
    ]
    if not heads:
        return drafts
    # the list: from the first member (the （1） before the first head) to the last office or member after it
    first = heads[0]
    while first > 0 and drafts[first - 1].marker == _MEMBER:
        first -= 1
    last = heads[-1]
    while last + 1 < len(drafts) and drafts[last + 1].marker in (_MEMBER, _OFFICE):
        last += 1
    base = drafts[first].level
    for index in range(first, last + 1):
        item = drafts[index]
        if item.marker == _MEMBER:
            item.level, item.kind = base, "section" if index in heads else "measure"
        else:
            item.level, item.kind = base + 1, "measure"
    return drafts
