"""A 规定's or 办法's articles run into one line: `…制定本规定。第二条 …。 第二章 部门职责 第四条 区委办公室工作职责：…`.

Each article opens after a full stop (a blank or not between) or a chapter's title; the articles count on one by
one. A chain of them is the line's paragraphs: a lone `第五条` in a sentence (依照第五条规定) starts nothing.
"""

from __future__ import annotations

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.numerals import to_number

_ARTICLE = compile_lazily(r"第([一二三四五六七八九十百零]{1,5})条(?=[ \u3000]|[\u4e00-\u9fff])")
# (第二章 部门职责 第四条 …: a chapter's title before the article, its own paragraph)
_CHAPTER = compile_lazily(
    r"(?:(?<=[。；！？])|(?<=[。；！？：:][ \u3000])|(?<=\S[ \u3000]))第[一二三四五六七八九十]{1,3}章[ \u3000]"
)
_OPENS_AFTER = ("。", "；", "！", "？", "：", ":", "）", ")", "章")
_CHAIN_MIN = 3


def article_chain(folded: str) -> list[int]:
    """Where each article of the longest run of consecutive ones (and each chapter among them) starts, or []."""
    found = []
    for match in _ARTICLE.finditer(folded):
        before = folded[: match.start()].rstrip(" \u3000")
        spaced = len(before) < match.start()
        # (after a full stop, or a blank after a chapter's title: 第二章 部门职责 第四条)
        if before[-1:] in _OPENS_AFTER or (
            spaced and _CHAPTER.search(folded, max(0, match.start() - 20), match.start())
        ):
            found.append((match.start(), to_number(match.group(1))))
    best: list[int] = []
    for first, (start, number) in enumerate(found):
        if number is None:
            continue
        chain, expected = [start], number + 1
        for later, n in found[first + 1 :]:
            if n == expected:
                chain.append(later)
                expected += 1
        best = chain if len(chain) > len(best) else best
    if len(best) < _CHAIN_MIN:
        return []
    chapters = [match.start() for match in _CHAPTER.finditer(folded) if best[0] < match.start() < best[-1]]
    return sorted({*best, *chapters})
