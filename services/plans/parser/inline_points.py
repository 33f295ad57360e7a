"""Points numbered inside one paragraph, each naming its own owner: a measure of several.

Minutes and notices run their decisions together after the topic: `一、关于迎检工作。会议议定：（1）…，由城管办牵头，
各社区配合；（2）…由平安办负责；（3）…`. When every point (numbered 1, 2, 3 … in order, each after the
topic's colon or the point before it) names its lead, each point is a measure of its own (numbered as
written) and the item is a heading over them; one point without an owner keeps the item one measure.
"""

from __future__ import annotations

import re
from itertools import pairwise

from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.draft import DraftItem
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.numerals import to_number
from services.plans.parser.text import fold

_POINT = compile_lazily(r"(?:^|(?<=[：:；;。\n]))\s*[（(](\d{1,2})[）)]")
# 7.实施环境卫生整治。 一是开展…。 责任单位：X 二是加大…。 责任单位：Y: points in words, each after a sentence or a
# clause's list set apart by a space (a page that ran its lines together)
_WORDED = compile_lazily(
    r"(?:(?<=[：:；;。\n])|(?<=\S)[ \u3000]+)[ \u3000]*([一二三四五六七八九十])是(?=[\u4e00-\u9fff“])"
)
_POINTS_MIN = 2


def inline_points(item: DraftItem) -> list[DraftItem]:
    """The item, or a heading over its inline points when each names its own lead."""
    if item.kind != "measure":
        return [item]
    text = "\n".join(item.lines)  # the topic's line, and the decisions on the line under it
    marks = list(_WORDED.finditer(fold(text)))  # (each point's clause lines among its own)
    if len(item.lines) <= 2 and not (len(item.lines) == 2 and re.search(r"[。；;]", fold(item.lines[0]))):
        # (not 3、幼儿园片区：…破损。 / 整改措施：（1）…（2）…: one problem's steps, not decisions)
        marks = list(_POINT.finditer(fold(text))) or marks
    numbers = [to_number(mark.group(1)) for mark in marks]  # 1, 2, 3 … in order, in figures or words
    if len(marks) < _POINTS_MIN or numbers != list(range(1, len(marks) + 1)) or marks[0].start() == 0:
        return [item]
    bounds = [mark.start() for mark in marks] + [len(text)]
    pieces = [text[a:b].strip() for a, b in pairwise(bounds)]
    if not all(any(said.lead_units for _, said in clauses_in(piece)) for piece in pieces):
        return [item]
    head = text[: bounds[0]].strip()
    heading = DraftItem("section", item.level, item.number, item.line, [head], head, item.marker)
    heading.prefix_length = item.prefix_length
    return [
        heading,
        *(
            # (一是 keeps its word as its number, as the points of a plan numbered in words do)
            DraftItem("measure", item.level + 1, mark.group(1), item.line, [piece], marker="p")
            for mark, piece in zip(marks, pieces, strict=True)
        ),
    ]


_DASH_LINE = compile_lazily(r"^\s*(?:——|--)")


def dash_points(item: DraftItem) -> list[DraftItem]:
    """`1.主要指标的责任部门。` over `——州直生产总值年均增长10%以上：州发改委，州统计局配合；` lines: the title a
    heading, each dash line naming its owners a measure (unnumbered, as printed)."""
    points = item.lines[1:]
    if item.kind != "measure" or len(points) < _POINTS_MIN or not all(_DASH_LINE.match(p) for p in points):
        return [item]
    if clauses_in(item.lines[0]) or not all(any(s.lead_units for _, s in clauses_in(p)) for p in points):
        return [item]
    title = item.lines[0]
    heading = DraftItem(
        "section", item.level, item.number, item.line, [title], item.rest.strip(), item.marker
    )
    heading.prefix_length = item.prefix_length
    return [
        heading,
        *(
            DraftItem("measure", item.level + 1, "", item.line + 1 + k, [p], marker="u")
            for k, p in enumerate(points)
        ),
    ]
