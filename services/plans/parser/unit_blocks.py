"""A document in one block per unit: `2016年区经济发展局环境保护目标责任` over 一、… 二、….

A 目标责任 notice hands each department its targets in an annex, a block a department, each headed by a
title that names the department (2016年平潭综合实验区公安局环境保护目标责任 / 区教育局责任清单 / 市发改委
2024年工作任务) and numbered 一、… afresh. Read as one outline, the blocks run together and each title
becomes the text of the duty before it. So each title is a boundary, as an 附件 line is: the block's items
are read on their own, under the title, and the unit the title names leads those that name nobody
(heading_leads reads the title). Two titles naming different units make the shape; one such line alone
is a document's own title.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold
from services.plans.parser.unit_endings import ends_like_unit

# The title: an optional year, the unit, a few words of the field, and what the block sets the unit.
_TITLE = compile_lazily(
    r"^(?:\d{4}年度?)?(?P<named>[^，。；：、\s\d（）()“”《》]{3,40}?)(?:\d{4}年度?)?"
    # (考务组职责 / 综合协调组工作职责: a group's or an office's duties over its numbered points)
    r"(?:目标责任书?|责任目标|目标任务|责任清单|任务清单|工作任务|职责清单|(?:具体)?事项清单|(?:主要|工作)?职责)$"
)
_FIELD_LENGTH = 12  # characters of field words after the unit's name, at most (环境保护 / 安全生产监督)
_MEMBERS = compile_lazily(r"成员|各[\u4e00-\u9fff]{0,4}(?:单位|部门)")
_NOT_A_UNIT = compile_lazily(r"^(?:各|有关|相关|区直|市直|县直|省直|部门|单位)|有关部门|各部门|成员单位")


def block_unit(line: str) -> str:
    """The unit a block title names (平潭海事局 from 2016年平潭海事局环境保护目标责任), or ""."""
    title = _TITLE.match(fold(line).strip())
    if title is None:
        return ""
    named = title.group("named")
    # The longest start of the words that ends as a unit's name does, the field's words after it.
    for end in range(len(named), 2, -1):
        unit = named[:end]
        if len(named) - end > _FIELD_LENGTH:
            break
        if ends_like_unit(unit) and not _NOT_A_UNIT.search(unit):
            if _MEMBERS.search(named[end:]):
                return ""  # (…委员会成员单位职责 / 领导小组主要职责和各成员单位职责: the members' duties, not the body's)
            start = title.start("named")
            return line.strip()[start : start + end]
    return ""


def block_lines(lines: list[str]) -> list[int]:
    """The lines that are titles of units' blocks, when two or more name different units; else []."""
    found = [index for index, line in enumerate(lines) if len(line.strip()) <= 60 and block_unit(line)]
    units = {block_unit(lines[index]) for index in found}
    return found if len(units) >= 2 else []


# `…漂浮物。 2016年平潭综合实验区公安局环境保护目标责任` (a page's joined text): the title at a piece's end,
# after a sentence closes or after 附件
_TITLE_AT_END = compile_lazily(r"(?:(?<=[。；！？])|(?<=附件))[ \u3000]*(?=[^。；！？\s]{5,60}$)")
_ANNEX_AT_END = compile_lazily(r"(?<=\S)[ \u3000]+(?=附件[ \u3000]*$)")


def titles_apart(piece: str) -> list[str]:
    """The piece with a block title run onto its end put on a line of its own (and 附件 before it)."""
    folded = fold(piece)
    cut = next((m.start() for m in _TITLE_AT_END.finditer(folded) if block_unit(folded[m.start() :])), None)
    if cut is None or not piece[:cut].strip():
        return [piece]
    head, title = piece[:cut].rstrip(), piece[cut:].strip()
    annex = _ANNEX_AT_END.search(fold(head))
    if annex and re.search(r"\S", head[: annex.start()]):
        return [head[: annex.start()].rstrip(), head[annex.end() :].strip(), title]
    return [head, title]
