"""A heading's title and the paragraph under it on one line, the paragraph opening on its owner.

`（一）完善交通指示标志。区交通与建设局要牵头…` (the title a sentence of its own) and `（二）强化隐患路段排查区交通与
建设局要组织…` (a page that ran the heading into its paragraph, nothing between): the owner is read from the
paragraph's opening as it is when the paragraph stands on its own line under the title. Only a heading's
number (（一） 一、) — `6.强化制度建设。局综合科要…` is a point of a 工作要点 whose sentence is its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold
from services.plans.parser.unit_endings import ORGANISATION_PART

_HEADING_NUMBER = r"^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
# (a title may hold a comma: （一）排查管控重点人员，落实船舶监管措施。公安君山分局筹备组要…)
_TITLE_SENTENCE = compile_lazily(rf"{_HEADING_NUMBER}[^。；;：:（(\n]{{2,40}}。(?=\S)")
_GLUED_HEADING = compile_lazily(_HEADING_NUMBER)
_GLUED_TITLE_MIN, _GLUED_TITLE_MAX = 4, 30


# 三、保障措施。区财政局要保障经费。: a framework's heading names no work of its own, whoever its sentence names
# (the whole title a framework's words: 保障措施, 加强组织领导 — not 完善应急物资保障, a task ending on 保障)
_FRAMEWORK = compile_lazily(
    r"(?:、|）|[.．])(?:加强|强化|健全|完善)?(?:组织|工作|指导|基本)?"
    r"(?:保障措施|保障|要求|领导|目标|思想|原则|机构|考核|督查|督导|总结)(?:措施|机制)?。$"
)


# 1.深化“放管服”改革。县行政审批局牵头会同…: a point's title sentence, read only before a subject that 牵头s or
# 负责s (a 工作要点's `6.强化制度建设。局综合科要…` keeps its sentence as its own)
_POINT_SENTENCE = compile_lazily(r"^\s*\d{1,3}[.、．][^。；;，,：:（(\n]{2,30}。(?=\S)")


def title_sentence_end(text: str, *, point: bool = False) -> int | None:
    """Where the paragraph after a heading's title sentence starts in `text` (a point's with `point`), or None."""
    sentence = (_POINT_SENTENCE if point else _TITLE_SENTENCE).match(fold(text))
    return sentence.end() if sentence and not _FRAMEWORK.search(sentence.group()) else None


def glued_title_end(text: str, opens_on_owner: Callable[[str], bool]) -> int | None:
    """Where the paragraph run into a heading's title starts: at a place word (区 市 县) after at least a few
    of the heading's words that hold nothing of an organisation, the rest opening on its owner."""
    folded = fold(text)
    numbered = _GLUED_HEADING.match(folded)
    if numbered is None:
        return None
    starts: list[int] = []
    for place in re.finditer(r"[区市县]", folded[: numbered.end() + _GLUED_TITLE_MAX]):
        if folded[place.start() - 1] in "城都":
            continue  # (创建国家卫生城市县爱卫办要…: the heading's 城市 / 城区, no name's start)
        words = folded[numbered.end() : place.start()]
        if len(words) < _GLUED_TITLE_MIN or re.search(r"[。；;，,：:（(\n]", words):
            continue
        if ORGANISATION_PART.search(words):
            break
        if opens_on_owner(text[place.start() :]):
            starts.append(place.start())
    if not starts:
        return None
    # (规范农贸市场秩序区市场监管局 / 提升老旧城区道路品质区住建局: a place word inside the heading's words starts
    # no name — the name starts after the last run of such words; 区城市管理局's 市 or 区市场监管局's 市 is the
    # name's own, a few characters after its start)
    start = starts[0]
    for later in starts[1:]:
        between = folded[start:later]
        if len(between) >= _GLUED_TITLE_MIN and not ORGANISATION_PART.search(between):
            start = later
    return start
