"""A plan numbered only in words: paragraphs opening 一是… / 二是… / 三是…, and nothing numbered else.

A street's 工作思路 or a bureau's short work plan often lists its work as `一是进一步落实管党治党责任。…` /
`二是进一步强化政务功能保障。…` under a lead-in (`街道重点抓好以下几个方面工作：`), with no 一、 or 1. anywhere.
The outline takes such points as measures only under a heading; with no heading at all the plan would be
refused. When nothing else reads as measures, the points counted from 一 in order are the measures, each
with the paragraphs up to the next point (the last up to the line that names its owners, so the closing
words stay out), and each says in its doubts how it was split. A speech is left refused.
"""

from __future__ import annotations

from itertools import pairwise

from services.plans.parser.clause_spans import clauses_in, owning_paragraphs
from services.plans.parser.draft import DraftItem
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.numerals import to_number
from services.plans.parser.plain_numbers import POINT
from services.plans.parser.text import fold

WORDED = "措施没有编号，按“一是、二是”分条拆分，请核对措施的起止"
_MIN_POINTS = 2  # 一是 alone is a sentence, not a list
_SPEECH = compile_lazily(r"讲话|致辞|发言|在[^。]{2,30}会议?上")


def worded_points(lines: list[str]) -> list[DraftItem]:
    """The 一是 / 二是 paragraphs of `lines` as measures, or [] when no run counts two in order from 一.

    Each 一是 opens a run of its own (a topic line between runs: 党建工作 / 一是… 二是… / 城市管理 / 一是…).
    A point takes the lines up to the next point in its run; the last of a run takes those up to the last
    that names its owners (`责任单位：社会事务科` after a second paragraph), none when no line does.
    """
    if _SPEECH.search(" ".join(fold(line) for line in lines[:3])):
        return []  # a leader's speech counts its 一是、二是 too, and is no plan to import
    # (line index, text): a paragraph whose own points each name their owners is read a point a piece
    pieces = [(index, piece) for index, line in enumerate(lines) for piece in _owned_points(line)]
    runs: list[list[tuple[int, str]]] = []  # (position in pieces, the point's word)
    for position, (_, text) in enumerate(pieces):
        point = POINT.match(fold(text.strip()))
        value = to_number(point.group(1)) if point else None
        if value == 1:
            runs.append([(position, point.group(1))])
        elif point and runs and value == len(runs[-1]) + 1:
            runs[-1].append((position, point.group(1)))
    runs = [run for run in runs if len(run) >= _MIN_POINTS]
    if not runs:
        return []
    texts = [text for _, text in pieces]
    items: list[DraftItem] = []
    for number, run in enumerate(runs):
        limit = runs[number + 1][0][0] if number + 1 < len(runs) else len(pieces)
        for position, (start, word) in enumerate(run):
            if position + 1 < len(run):
                body = [text.strip() for text in texts[start : run[position + 1][0]] if text.strip()]
            else:
                after = [text.strip() for text in texts[start + 1 : limit] if text.strip()]
                owned = owning_paragraphs(texts[start].strip(), after)
                body = [texts[start].strip(), *after[: owned[-1] + 1]] if owned else [texts[start].strip()]
            line = pieces[start][0]
            items.append(DraftItem("measure", 1, word, line, body, marker="y", prefix_length=0))
    return items


# …区长指出：一是共享单车管理工作。区交运局牵头，…。二是…。区城管局负责…: points run on in one paragraph
_INLINE_POINT = compile_lazily(r"(?<=[：:。；;])\s*(?=[一二三四五六七八九十]{1,2}是[\u4e00-\u9fff“])")


def _owned_points(line: str) -> list[str]:
    """The line, or its 一是 / 二是 … pieces when they run on inside it counted from 一 and two of them or
    more name their own owners (one clause for all keeps the paragraph one measure)."""
    folded = fold(line)
    points = [
        (match.end(), to_number(found.group(1)))
        for match in _INLINE_POINT.finditer(folded)
        if (found := POINT.match(folded[match.end() :]))
    ]
    if len(points) < _MIN_POINTS or [value for _, value in points] != list(range(1, len(points) + 1)):
        return [line]
    bounds = [0, *(cut for cut, _ in points), len(line)]
    pieces = [line[a:b] for a, b in pairwise(bounds) if line[a:b].strip()]
    owned = sum(any(said.lead_units for _, said in clauses_in(piece)) for piece in pieces[1:])
    return pieces if owned >= _MIN_POINTS else [line]
