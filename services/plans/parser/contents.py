"""A table of contents (目录) at a plan's head: its entries are the plan's headings again, with their page
numbers, and no item of the outline.

The contents run from the 目录 line to the line where the body opens with the first entry's heading
again (目录 / 1 总体要求 / 1.1 指导思想 … / 一、总体要求). Without that return within a page or two, the
line called 目录 heads something else and nothing is skipped.
"""

from __future__ import annotations

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.numerals import CN_NUMERALS
from services.plans.parser.text import fold

_CONTENTS = compile_lazily(r"^目\s*录\s*$")
_NUMBERING = compile_lazily(
    rf"^(?:第[{CN_NUMERALS}]+[章节部分篇]+|[{CN_NUMERALS}]+[、.]|（[{CN_NUMERALS}]+）|\d+(?:\s*\.\s*\d+)*\s*[.、]?)\s*"
)
_PAGE = compile_lazily(r"[\s.．…·—\-]*\d{0,3}\s*$")  # dot leaders and the page number
_LONGEST = 80  # entries: contents longer than this are no plan's


# 1.1 规划背景……………1 / 2 主要任务........3: an entry's dot leader and page number, wherever the contents are.
_LEADER = compile_lazily(r"(?:…{2,}|[.．·]{4,}|—{3,})\s*\d{1,3}\s*$")


def contents_lines(lines: list[str], start: int, end: int) -> set[int]:
    """Indexes of the lines of the contents in lines[start:end], the 目录 line with them; empty when none.
    Lines with a dot leader and a page number are contents entries with or without a 目录 line."""
    leaders = {i for i in range(start, end) if _LEADER.search(lines[i])}
    heading = next((i for i in range(start, end) if _CONTENTS.match(fold(lines[i]).strip())), None)
    if heading is None:
        return leaders
    skipped = {heading}
    first: str | None = None
    entries = 0  # (counted, not lines: a page copied with a blank line between entries doubles them)
    for index in range(heading + 1, end):
        entry = _entry(lines[index])
        if not entry:
            continue
        entries += 1
        if entries > _LONGEST:
            break
        if first is None:
            first = entry
        elif entry == first:
            return skipped | leaders  # the body opens with the first heading again
        skipped.add(index)
    return leaders


def _entry(line: str) -> str:
    folded = fold(line).strip()
    return _PAGE.sub("", _NUMBERING.sub("", folded)).strip()
