"""A 预案's decimal outline run into one line: `2.2 职责分工2.2.1政府办公室职责组织…；2.2.2卫生行政部门职责
2.2.2.1县卫生局负责…`. Document archives flatten a page's paragraphs into one line; a plan numbered `1.` over
`1.1` over `1.1.1` (应急预案, technical bureaus' plans) then has its numbers glued to the words before them.

A number starts a line only as a link in a chain of numbers that follow each other in the outline (the next at
its level, the first under the one before, or the next of a level above): a figure (`2.5万亩`, `1.2倍`) is not
the next number of anything, and a chain needs three links.
"""

from __future__ import annotations

import re

from services.plans.parser.text import fold

_DECIMAL = re.compile(r"(?<![\d.．])(\d{1,2}(?:\.\d{1,2}){1,3})(?=[ \u3000]?[\u4e00-\u9fff])")
_LINE_MIN = 200  # a line that long holding a chain is a page's paragraphs, not one paragraph's figures
_CHAIN_MIN = 3


def _follows(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """Whether `after` is the outline's next number after `before` (2.2 -> 2.2.1, 2.2.2.2 -> 2.2.3, 2.2.3 -> 2.2.4)."""
    if after == (*before, 1):
        return True
    depth = len(after)
    return depth <= len(before) and after[:-1] == before[: depth - 1] and after[-1] == before[depth - 1] + 1


def decimal_outline(line: str) -> list[int]:
    """Where the numbers of a run-on decimal outline start in `line`, or [] when it holds none."""
    folded = fold(line)
    if len(folded) < _LINE_MIN:
        return []
    marks = [
        (match.start(), tuple(int(part) for part in match.group(1).split(".")))
        for match in _DECIMAL.finditer(folded)
    ]
    best: list[int] = []
    for first, (start, number) in enumerate(marks):
        chain, last = [start], number
        for later, following in marks[first + 1 :]:
            if _follows(last, following):
                chain.append(later)
                last = following
        if len(chain) > len(best):
            best = chain
    return [cut for cut in best if cut > 0] if len(best) >= _CHAIN_MIN else []
