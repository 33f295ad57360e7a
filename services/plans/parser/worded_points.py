"""A plan numbered only in words: paragraphs opening 一是… / 二是… / 三是…, and nothing numbered else.

A street's 工作思路 or a bureau's short work plan often lists its work as `一是进一步落实管党治党责任。…` /
`二是进一步强化政务功能保障。…` under a lead-in (`街道重点抓好以下几个方面工作：`), with no 一、 or 1. anywhere.
The outline takes such points as measures only under a heading; with no heading at all the plan would be
refused. When nothing else reads as measures, the points counted from 一 in order are the measures, each
with the paragraphs up to the next point (the last up to the line that names its owners, so the closing
words stay out), and each says in its doubts how it was split. A speech is left refused.
"""

from __future__ import annotations

import re

from services.plans.parser.clause_spans import owning_paragraphs
from services.plans.parser.draft import DraftItem
from services.plans.parser.numerals import to_number
from services.plans.parser.structure import POINT
from services.plans.parser.text import fold

WORDED = "措施没有编号，按“一是、二是”分条拆分，请核对措施的起止"
_MIN_POINTS = 2  # 一是 alone is a sentence, not a list
_SPEECH = re.compile(r"讲话|致辞|发言|在[^。]{2,30}会议?上")


def worded_points(lines: list[str]) -> list[DraftItem]:
    """The 一是 / 二是 paragraphs of `lines` as measures, or [] when no run counts two in order from 一.

    Each 一是 opens a run of its own (a topic line between runs: 党建工作 / 一是… 二是… / 城市管理 / 一是…).
    A point takes the lines up to the next point in its run; the last of a run takes those up to the last
    that names its owners (`责任单位：社会事务科` after a second paragraph), none when no line does.
    """
    if _SPEECH.search(" ".join(fold(line) for line in lines[:3])):
        return []  # a leader's speech counts its 一是、二是 too, and is no plan to import
    runs: list[list[tuple[int, str]]] = []
    for index, line in enumerate(lines):
        point = POINT.match(fold(line.strip()))
        value = to_number(point.group(1)) if point else None
        if value == 1:
            runs.append([(index, point.group(1))])
        elif point and runs and value == len(runs[-1]) + 1:
            runs[-1].append((index, point.group(1)))
    runs = [run for run in runs if len(run) >= _MIN_POINTS]
    if not runs:
        return []
    items: list[DraftItem] = []
    for number, run in enumerate(runs):
        limit = runs[number + 1][0][0] if number + 1 < len(runs) else len(lines)
        for position, (start, word) in enumerate(run):
            if position + 1 < len(run):
                body = [line.strip() for line in lines[start : run[position + 1][0]] if line.strip()]
            else:
                after = [line.strip() for line in lines[start + 1 : limit] if line.strip()]
                owned = owning_paragraphs(lines[start].strip(), after)
                body = [lines[start].strip(), *after[: owned[-1] + 1]] if owned else [lines[start].strip()]
            items.append(DraftItem("measure", 1, word, start, body, marker="y", prefix_length=0))
    return items
