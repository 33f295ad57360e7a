"""The number a measure read without numbering still prints: `1）`, `①`, `第一条`, `第一，`, `任务一：`.

The outline numbers measures by `1.` / `（1）` / `（一）` / `一、`; a measure numbered another way is read as an
unnumbered paragraph closed by its own clause (number ""). Its number is what the ledger and the review
screen show as 编号, so it is taken from the line's start as printed, without its punctuation: `①` and
`1）` and `【1】` are 1, `第三条` and `任务三：` are 三.
"""

from __future__ import annotations

from services.plans.parser.draft import DraftItem
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.numerals import CN_NUMERALS
from services.plans.parser.part_marks import ARTICLE
from services.plans.parser.text import fold

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CN = CN_NUMERALS
_OWN_NUMBER = compile_lazily(
    rf"^\s*(?:(?P<digits>\d{{1,3}})\s*[)）](?![)）])"  # 1） — (1) is the outline's
    rf"|(?P<circled>[{_CIRCLED}])"
    rf"|〔(?P<boxed>\d{{1,3}}|[{_CN}]{{1,4}})〕"  # 【1】 (folded to 〔1〕) a WeChat post's items
    # 第一条 and a space or mark (第一条城市快速路 is the first road); 第一， (第三、四季度 is no number)
    rf"|第(?P<article>[{_CN}]{{1,4}})(?:条(?=[\s\u3000：:、])|[，,])"
    rf"|(?:任务|措施|举措|行动|事项)(?P<labelled>[{_CN}]{{1,4}}|\d{{1,3}})\s*[：:])\s*"
)


def with_own_numbers(drafts: list[DraftItem], lines: list[str] | None = None) -> list[DraftItem]:
    """`drafts` with each unnumbered measure given the number its first line opens with, when nearly all
    open with one and no measure has a number the outline gave: ① / 1） under a numbered 1. are its
    points, and numbering them would give two measures one number. `lines`: the document's."""
    measures = [draft for draft in drafts if draft.kind == "measure"]
    # 第四条 … among (一)… duties: an article's number, where the mark stands apart or the document's lines
    # open on several (第一条城市快速路… alone is the first road)
    several = sum(1 for line in lines or [] if ARTICLE.match(fold(line))) > 1
    articles = [(d, m) for d in measures if d.lines and (m := ARTICLE.match(fold(d.lines[0])))]
    for draft, article in articles:
        if not draft.number and (several or draft.lines[0][article.end() : article.end() + 1].isspace()):
            draft.number, draft.prefix_length = article.group(1), article.end()
    if any(draft.number for draft in measures):
        return drafts
    found = [
        (draft, match)
        for draft in measures
        if draft.lines and (match := _OWN_NUMBER.match(fold(draft.lines[0])))
    ]
    # A numbering is the measures' when nearly all open with it; one 第一，… among them is a sentence's.
    if len(found) < 2 or 5 * len(found) < 4 * len(measures):
        return drafts
    for draft, match in found:
        circled = match.group("circled")
        number = str(_CIRCLED.index(circled) + 1) if circled else next(g for g in match.groups() if g)
        draft.number, draft.prefix_length = number, match.end()
    return drafts
