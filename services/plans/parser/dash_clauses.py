"""Owners after a dash: `（二）建筑施工领域——县住建局牵头，县应急管理局参与`, `1.地区生产总值增速（10分）——市发改委、
市统计局`, and a dash bullet's indicator with its owners after a colon (`——森林覆盖率达到8%：州林业局。`)."""

from __future__ import annotations

import re

from services.plans.parser.clause_lines import is_clause_line
from services.plans.parser.clauses import read_clause, units_or_none
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.text import EACH_PLACE, ends_like_unit, fold

# 建筑施工领域——县住建局牵头，县应急管理局参与 / 地区生产总值增速（10分）——市发展改革委、市统计局: a dash on
# the item's first line parts the work from whoever answers for it (a clause, or only names)
# (16—60周岁: a range of figures, no dash before owners)
_DASH = compile_lazily(r"(?:——|--|(?<!\d)—(?!\d))\s*([^\n—]+?)\s*[。；;]?\s*$")


# ——州直生产总值年均增长10%以上：州发改委，州统计局配合；: an indicator after a dash bullet, its owners
# after the colon closing the line
DASH_ITEM = compile_lazily(r"^\s*(?:——|--)[^：:\n]{2,80}[：:]\s*([^：:\n]+?)\s*[。；;]?\s*$")


# --由省农业厅、省水利厅会同有关部门和各市(州)组织落实。 on a line of its own under the task's paragraph: the dash
# opens the line, and what follows reads as a clause
_DASH_LINE = compile_lazily(r"^\s*(?:——|--)\s*(由?[^\n—]{2,200}?)\s*$")


def dash_clause(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    if found := _first_line_dash(text):
        return found
    offset = len(text.split("\n", 1)[0]) + 1
    for line in text.split("\n")[1:]:
        own = _DASH_LINE.match(fold(line))
        if own and (said := read_clause(line[own.start(1) : own.end(1)])).lead_units:
            return [((offset + own.start(1), offset + own.end(1)), said)]
        offset += len(line) + 1
    return []


def _first_line_dash(text: str) -> list[tuple[tuple[int, int], Responsibility]]:
    first = text.split("\n", 1)[0]
    dash = DASH_ITEM.match(fold(first)) or _DASH.search(fold(first))
    if dash is None:
        return []
    content = first[dash.start(1) : dash.end(1)]
    if re.search(r"[：:]", content) and not is_clause_line(fold(content).strip()):
        return []  # ——数据来源：市统计局 / ——监管部门：县住建局: a field of its own, not who does the work
    said = read_clause(content)
    if said.lead_units:
        return [((dash.start(), dash.end()), said)]
    head, comma, _ = fold(content).partition("，")
    named = units_or_none(content[: len(head)], labelled=False) if comma and said.co_units else None
    if named and all(ends_like_unit(unit) for unit in named):
        # 州发改委，州统计局配合: the names before the helpers lead, though no verb says so
        helpers = tuple(unit for unit in said.co_units if unit not in named)
        return [((dash.start(), dash.end()), Responsibility(tuple(named), helpers))]
    units = units_or_none(content, labelled=False)
    if units and all(ends_like_unit(unit) or EACH_PLACE.match(fold(unit)) for unit in units):
        # no verb says who leads: the names are taken as the owners, shown for checking
        return [((dash.start(), dash.end()), Responsibility(tuple(units), odd_units=tuple(units)))]
    return []
