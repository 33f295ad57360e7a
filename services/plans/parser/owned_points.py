"""A measure's points numbered in words and run into its line, each with its own owner:
`（一）推进乡村消防基础建设。一是由政法综治处具体负责，…。二是由农业农村处具体负责，…。三是…`.

Each point is a piece of work someone answers for, so each goes on a line of its own and the outline reads
it as a measure under its heading (a 一是 paragraph right under a heading is one). Only when the points count
from 一 in order, each after a full stop or the heading's colon, and every one of them names its own owner in
a clause of its sentences or a labelled sentence after them (`…。责任单位：区交建局。时间要求：…`): points that share
one clause, or name nobody, stay the heading's text. Under a numbered topic's title that closes on a colon
(`1.基础设施建设专题：一是…`) the outline reads the points as the topic's measures (structure.py).
"""

from __future__ import annotations

from itertools import pairwise

from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.clauses import read_clause
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.numerals import to_number
from services.plans.parser.text import fold

_POINT = compile_lazily(r"(?<=[。；：])\s*([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff“])")
_POINTS_MIN = 2


def owned_points(line: str) -> list[str]:
    """`line` cut before each of its owned points, or [line]."""
    folded = fold(line)
    starts: list[int] = []
    for point in _POINT.finditer(folded):
        if to_number(point.group(1)) == len(starts) + 1:
            starts.append(point.start(1))
    if len(starts) < _POINTS_MIN:
        return [line]
    bounds = [*starts, len(line)]
    if not all(_owned(line[a:b]) for a, b in pairwise(bounds)):
        return [line]
    return [piece for a, b in pairwise([0, *bounds]) if (piece := line[a:b].strip())]


# …。宣传要点：…。责任单位：区交建局。时间要求：… — the point's own units in a labelled sentence after it
_LABEL_SENTENCE = compile_lazily(r"[。；]\s*((?:责任|牵头)(?:单位|部门|处室|科室)[：:][^。；]{2,80})")


def _owned(point: str) -> bool:
    if any(said.lead_units for _, said in clauses_in(point)):
        return True
    return any(read_clause(found.group(1)).lead_units for found in _LABEL_SENTENCE.finditer(fold(point)))
