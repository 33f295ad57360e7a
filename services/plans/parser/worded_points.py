"""A plan numbered only in words: paragraphs opening 一是… / 二是… / 三是…, and nothing numbered else.

A street's 工作思路 or a bureau's short work plan often lists its work as `一是进一步落实管党治党责任。…` /
`二是进一步强化政务功能保障。…` under a lead-in (`街道重点抓好以下几个方面工作：`), with no 一、 or 1. anywhere.
The outline takes such points as measures only under a heading; with no heading at all the plan would be
refused. When nothing else reads as measures, the points counted from 一 in order are the measures, each
with the paragraphs up to the next point (the last with its own paragraph and clause lines only, so the
closing words stay out), and each says in its doubts how it was split.
"""

from __future__ import annotations

import re

from services.plans.parser.clause_spans import is_clause_line
from services.plans.parser.numerals import to_number
from services.plans.parser.structure import DraftItem
from services.plans.parser.text import fold

WORDED = "措施没有编号，按“一是、二是”分条拆分，请核对措施的起止"
_POINT = re.compile(r"^([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff“])")
_MIN_POINTS = 2  # 一是 alone is a sentence, not a list


def worded_points(lines: list[str]) -> list[DraftItem]:
    """The 一是 / 二是 paragraphs of `lines` as measures, or [] when there are fewer than two in order."""
    run: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        point = _POINT.match(fold(line.strip()))
        if point and to_number(point.group(1)) == len(run) + 1:
            run.append((index, point.group(1)))
    if len(run) < _MIN_POINTS:
        return []
    items: list[DraftItem] = []
    for position, (start, word) in enumerate(run):
        if position + 1 < len(run):
            body = [line.strip() for line in lines[start : run[position + 1][0]] if line.strip()]
        else:
            body = [lines[start].strip()]
            for line in lines[start + 1 :]:
                if line.strip() and not is_clause_line(fold(line.strip())):
                    break
                body += [line.strip()] if line.strip() else []
        items.append(DraftItem("measure", 1, word, start, body, marker="y", prefix_length=0))
    return items
