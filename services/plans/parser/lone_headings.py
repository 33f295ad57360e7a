"""A short （九）… among measures of its kind, with nothing under it, is a measure, not a heading.

A list of projects such as （一）提升改造农村公路380公里。…（十）持证残疾人免费乘坐公交。 gives each item in
one sentence; the short ones look like headings (a line under 40 characters, no clause). A heading
stands over something: body paragraphs or numbered items. One with nothing under it, between measures
numbered the same way (its sibling before it a measure), is the next measure of that list; left a
heading, its text would not be a task of the ledger at all.

The same holds for a 一、 item written as a whole sentence: 一、将重大项目…纳入月调度机制。 beside 五、县政府办…
等牵头部门，要… . When a sibling item with nothing under it is a measure (it names its owners), an item of
the same list that is a sentence and has nothing under it is a measure too, not a section over nothing.
Where every part of a document lists measures at one level (十五、省人社厅 over （一）…（四）), a bare item of
that level with nothing under it is one too (十八、省农业开发办 over two short items). And an item written
as a sentence, beside measures of its list, keeps the paragraph under it: a PDF's line that ended at its
full stop cut the measure in two (（二）新建敬老院35所。 / 确保五保对象…); a title such as （一）指导思想 over
its paragraph stays a heading.
"""

from __future__ import annotations

from typing import Protocol

from services.plans.parser.clause_lines import is_clause_line
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.part_marks import before_article
from services.plans.parser.text import fold


class DraftItem(Protocol):
    """structure.DraftItem, as far as this pass needs it (structure imports this module)."""

    kind: str
    level: int
    line: int
    lines: list[str]
    heading: str
    marker: str
    prefix_length: int


def _is_sentence(item: DraftItem) -> bool:
    rest = fold(item.lines[0]).strip()
    if _DUTY_START.match(rest[item.prefix_length :]):
        return True  # (四)负责入场式…的入 / 常: a duty a copy broke mid-word, no title
    return len(rest) > 40 or "。" in rest.rstrip("。") or (rest.endswith("。") and "，" in rest)


_DUTY_START = compile_lazily(r"^\s*(?:负责|协助|配合|做好|组织|承担)")


def settle_lone_headings(items: list[DraftItem], lines: list[str], end: int) -> list[DraftItem]:
    """The outline with each heading that stands over nothing among measures of its kind made a measure (see
    the module's docstring for when)."""
    for position, item in enumerate(items):
        if item.kind != "section" or item.marker not in ("l1", "l2") or len(item.lines) != 1:
            continue
        if is_clause_line(item.lines[0][item.prefix_length :]):
            continue  # （一）承办单位：县经贸局。 — who does the part's work, not a task of its own
        following = items[position + 1] if position + 1 < len(items) else None
        if following is not None and following.level > item.level:
            continue  # numbered items under it: a real heading
        stop = following.line if following is not None else end
        paragraphs = [line.strip() for line in lines[item.line + 1 : stop] if line.strip()]
        paragraphs = before_article(paragraphs)
        if paragraphs:
            # A described heading, or closing words after the list — unless its own list is of measures
            # (（二）新建敬老院35所。 / 确保五保对象…, a paragraph a PDF's line end cut in two).
            sentence = _is_sentence(item)  # not a title such as （一）指导思想 over its paragraph
            if (
                following is not None
                and item.marker == "l2"
                and sentence
                and _beside_a_measure(items, position)
            ) or (_OWNED_CLOSE.search(fold(paragraphs[-1])) and any(o.kind == "measure" for o in items)):
                # …or its paragraph closes on who answers for it, as the plan's measures do: （一）… over
                # `全年完成分馆8家。（牵头责任人：某某，具体责任人：某某）`, its sibling holding 1.… 2.…
                item.kind, item.heading = "measure", ""
                item.lines.extend(paragraphs)
            continue
        sibling = next((other for other in reversed(items[:position]) if other.level <= item.level), None)
        after_measure = sibling is not None and (sibling.level, sibling.kind, sibling.marker) == (
            item.level,
            "measure",
            "l2",
        )
        beside = _beside_a_measure(items, position) or (item.marker == "l2" and _cousin_measures(items, item))
        # (一)… under 第三条 X局履行下列职责： — an article's duties, each a measure whatever lies beside it
        parent = next((other for other in reversed(items[:position]) if other.level < item.level), None)
        duty = (
            item.marker == "l2" and parent is not None and bool(_ARTICLE_DUTIES.match(fold(parent.lines[0])))
        )
        if (
            duty
            or (after_measure and item.marker == "l2")
            or (beside and (item.marker == "l2" or _is_sentence(item)))
        ):
            item.kind, item.heading = "measure", ""
    return items


# 第三条 X局履行下列职责： / 第八条 X负责…，履行下列职责： (not 本办法所称…包括： / 禁止下列行为：)
_ARTICLE_DUTIES = compile_lazily(r"^\s*第[一二三四五六七八九十百零]{1,4}条[ \u3000]?.*(?:职责|负责|主管)")
# A bracket closing a paragraph that names who answers for it: （牵头责任人：…） / （责任单位：…）.
_OWNED_CLOSE = compile_lazily(
    r"[（(][^（）()]*(?:责任人|责任单位|责任部门|牵头单位|牵头部门)[:：][^（）()]*[）)][。；]?\s*$"
)


def _cousin_measures(items: list[DraftItem], item: DraftItem) -> bool:
    """（一）…（二）… under 十八、 with nothing under them, where the （一） items of the other parts are
    measures: the document's lists at that level are lists of measures."""
    return any(
        other.kind == "measure"
        and (other.level, other.marker) == (item.level, item.marker)
        and (index + 1 >= len(items) or items[index + 1].level <= other.level)
        for index, other in enumerate(items)
    )


def _beside_a_measure(items: list[DraftItem], position: int) -> bool:
    """A sibling of items[position] (same level and numbering, in the same list) is a measure with
    nothing under it."""
    item = items[position]
    for step in (-1, 1):
        other = position + step
        while 0 <= other < len(items) and items[other].level >= item.level:
            sibling = items[other]
            nothing_under = other + 1 >= len(items) or items[other + 1].level <= sibling.level
            same_list = sibling.level == item.level and sibling.marker == item.marker
            if same_list and sibling.kind == "measure" and nothing_under:
                return True
            other += step
    return False
