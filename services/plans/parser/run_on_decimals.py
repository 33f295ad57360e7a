"""A 预案's decimal outline run into one line: `2.2 职责分工2.2.1政府办公室职责组织…；2.2.2卫生行政部门职责
2.2.2.1县卫生局负责…`. Document archives flatten a page's paragraphs into one line; a plan numbered `1.` over
`1.1` over `1.1.1` (应急预案, technical bureaus' plans) then has its numbers glued to the words before them.

A number starts a line only as a link in a chain of numbers that follow each other in the outline (the next at
its level, the first under the one before, or the next of a level above): a figure (`2.5万亩`, `1.2倍`) is not
the next number of anything, a rule's `第4.1条` no outline's, and a chain needs three links, most of them
holding a sentence (a 目录 run into one line holds titles only).
"""

from __future__ import annotations

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold

# (not 第4.1条, a rule's clause; not 2.3万元 / 1.5公里, a figure and what it counts)
_DECIMAL = compile_lazily(
    r"(?<![\d.．第])(\d{1,2}(?:\.\d{1,2}){1,3})"
    r"(?![ \u3000]?(?:[万亿元倍吨亩个人项户名米条款节章版次届期%‰]|公里|公顷|平方|千米|余|多))"
    r"(?=[ \u3000]?[\u4e00-\u9fff])"
)
_SENTENCE = compile_lazily(r"[，；。]")
_LINE_MIN = 200  # a line that long holding a chain is a page's paragraphs, not one paragraph's figures
_CHAIN_MIN = 3


def _follows(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """Whether `after` is the outline's next number after `before` (2.2 -> 2.2.1, 2.2.2.2 -> 2.2.3, 2.2.3 -> 2.2.4)."""
    if after == (*before, 1):
        return True
    depth = len(after)
    if depth <= len(before) and after[:-1] == before[: depth - 1] and after[-1] == before[depth - 1] + 1:
        return True
    # 1.4 …。2 组织指挥体系2.1 …: the first under the next part, whose own number has no dot to be found by
    return after[-1] == 1 and len(after) >= 2 and _follows(before, after[:-1])


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
    if len(best) < _CHAIN_MIN:
        return []
    # (a 目录 run into one line, `1 总则 1.1 编制目的 1.2 …`: titles only; a page's parts hold sentences)
    pieces = [folded[start:end] for start, end in zip(best, [*best[1:], len(folded)], strict=True)]
    if 2 * sum(1 for piece in pieces if _SENTENCE.search(piece)) < len(pieces):
        return []
    return [cut for cut in best if cut > 0]
