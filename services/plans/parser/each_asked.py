"""A measure whose work opens on every body of a kind asked to do it (`各村要…`, `各学校需…`, `各乡镇人民政府要…`).

When nothing else in the measure names an owner, those bodies are its owners, as a ledger writes 各乡镇 — said
in a doubt for the review. A request to everyone (`各部门要…`, `各单位要…`, `各有关部门要…`, `各地要…`, `各级…`)
names no one and is left alone, and so is a measure that already has an owner.
"""

from __future__ import annotations

from dataclasses import replace

from services.plans.parser.assemble import NO_CLAUSE
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedItem
from services.plans.parser.text import ends_like_unit, fold

NOTE = "责任单位取自措施开头的“各……要”，请核对"

_NAME = r"各[\u4e00-\u9fff（）()]{1,14}?"
# (各处室（中心）、办事处及行政村要…: after the first, a body named by its kind alone)
_KIND_NAME = r"[\u4e00-\u9fff（）()]{2,8}?"
# at a sentence's start (or after a label's colon: 工作重点：各网格、各村（居）要…), the bodies asked, then the verb
_ASKED = compile_lazily(
    r"(?:^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[.、．](?!\d))?"
    rf"|(?<=[。；;：:\n]))\s*({_NAME}(?:(?:[、，,]|及(?!时))(?:{_NAME}|{_KIND_NAME}))*)(?:都|均)?"
    r"(?:要(?!求)|需|须|必须|应当|应(?!急)|负总责|负责(?!人)"
    # (各村主动联系… / 各村每两周召开…: the bodies doing it, an adverb of how or how often before the verb)
    r"|主动|积极|定期|及时|每(?=[一二两三四五六七八九十半\d]|月|周|年|季|日|天))"
)
# 各部门 / 各有关单位 / 各成员单位 / 各地 / 各级 / 各类: everyone, or no body at all
_EVERYONE = compile_lazily(
    r"^各(?:有关|相关|成员|责任|牵头|配合|级|地|类|种|项|方|界|自|部门$|单位$|处室$|科室$|股室$)"
)
# the bodies a township or a county asks by kind (各村（居）, 各行政村, 各学校, 各包村工作队, 各网格)
_KIND = compile_lazily(
    r"(?:村|社区|村居|居|学校|校|医院|卫生院|企业|网格|工作队|站|所)(?:[（(][^（）()]{1,4}[）)])?$"
)
_SPLIT = compile_lazily(r"[、，,]|及(?!时)")


def each_asked(items: list[ParsedItem]) -> list[ParsedItem]:
    return [_asked(item) if item.kind == "measure" and not item.lead_units else item for item in items]


def _asked(item: ParsedItem) -> ParsedItem:
    if item.co_units:
        return item
    text = item.text
    found = _ASKED.search(fold(text))
    if found is None:
        return item
    names = [name.strip() for name in _SPLIT.split(text[found.start(1) : found.end(1)])]  # as printed
    named = [name for name in names if not _EVERYONE.match(fold(name))]
    if not named or not all(
        ends_like_unit(fold(name).removeprefix("各")) or _KIND.search(fold(name)) for name in named
    ):
        return item
    doubts = (*(doubt for doubt in item.doubts if doubt != NO_CLAUSE), NOTE)
    return replace(item, lead_units=tuple(names), doubts=doubts)
