"""A paragraph that runs several measures together, cut after each clause that closes a sentence."""

from __future__ import annotations

from itertools import pairwise

from services.plans.parser.clause_spans import SENTENCE_ENDS, clauses_in
from services.plans.parser.text import fold


def split_after_clauses(paragraph: str) -> list[str]:
    """A paragraph of several sentence-and-clause pairs, one piece each.

    National 分工意见 run measures together: `…推广到全国。（科技部牵头，…负责）实施更积极的人才引进政策。
    （外专局牵头，…负责）`. Each bracketed clause that has more sentence after it, itself closed by a clause,
    ends a piece; a paragraph with one clause, or words after its last clause, stays as it is there.
    """
    folded = fold(paragraph)
    spans = [span for span, _ in clauses_in(paragraph) if folded[span[0]] in "（(〔[【"]
    cuts: list[int] = []
    for (start, end), (following, _) in pairwise(spans):
        # Only a clause that closes a sentence ends a piece: 建设（X负责）和保障（Y负责）。 is one measure.
        closes = folded[:start].rstrip().endswith(SENTENCE_ENDS)
        while end < len(paragraph) and paragraph[end] in "。；; ":
            closes = closes or paragraph[end] != " "
            end += 1
        if closes and end < following and paragraph[end:following].strip():
            cuts.append(end)
    bounds = [0, *cuts, len(paragraph)]
    return [paragraph[a:b].strip() for a, b in pairwise(bounds)]
