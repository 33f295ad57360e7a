"""The number a measure read without numbering still prints: `1）`, `①`, `第一条`, `第一，`, `任务一：`.

The outline numbers measures by `1.` / `（1）` / `（一）` / `一、`; a measure numbered another way is read as an
unnumbered paragraph closed by its own clause (number ""). Its number is what the ledger and the review
screen show as 编号, so it is taken from the line's start as printed, without its punctuation: `①` and
`1）` are 1, `第三条` and `任务三：` are 三.
"""

from __future__ import annotations

import re

from services.plans.parser.draft import DraftItem
from services.plans.parser.text import fold

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CN = "一二三四五六七八九十百零〇"
_OWN_NUMBER = re.compile(
    rf"^\s*(?:(?P<digits>\d{{1,3}})\s*[)）](?![)）])"  # 1） — (1) is the outline's
    rf"|(?P<circled>[{_CIRCLED}])"
    rf"|第(?P<article>[{_CN}]{{1,4}})(?:条|[，,、])"  # 第一条 / 第一，
    rf"|(?:任务|措施|举措|行动|事项)(?P<labelled>[{_CN}]{{1,4}}|\d{{1,3}})\s*[：:])\s*"
)


def with_own_numbers(drafts: list[DraftItem]) -> list[DraftItem]:
    """`drafts` with each unnumbered measure given the number its first line opens with, if any."""
    for draft in drafts:
        if draft.kind != "measure" or draft.number or not draft.lines:
            continue
        found = _OWN_NUMBER.match(fold(draft.lines[0]))
        if found is None:
            continue
        circled = found.group("circled")
        number = str(_CIRCLED.index(circled) + 1) if circled else next(g for g in found.groups() if g)
        draft.number, draft.prefix_length = number, found.end()
    return drafts
