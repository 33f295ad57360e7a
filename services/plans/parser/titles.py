"""A numbered line's title: its words, whether it reads as a heading, and whether it is a title over
points (the points then the measures, taking its clause where it has one)."""

from __future__ import annotations

import re

from services.plans.parser.clause_lines import is_clause_line
from services.plans.parser.clause_spans import OPENERS, clauses_in, parenthesized
from services.plans.parser.clauses import read_clause
from services.plans.parser.draft import DraftItem
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import ends_like_unit, fold


def heading_title(rest: str) -> str:
    """The heading's words: 总体要求 from 一、总体要求 or 一、总体要求。以…"""
    folded = fold(rest)
    for stop in ("。", "："):
        position = folded.find(stop)
        if position != -1:
            return rest[:position].strip()
    return rest.strip()


def looks_like_heading(rest: str) -> bool:
    """A short line of words, no sentence body and no clause: a heading rather than a measure."""
    folded = fold(rest).strip()
    body = folded.rstrip("。")
    if "。" in body or len(body) > 40:
        return False
    return not read_clause_in_line(folded)


def read_clause_in_line(folded: str) -> bool:
    """The line holds a clause in brackets: （X牵头） or 〔责任单位：X〕, closed or cut by a wrap."""
    if any(not read_clause(folded[start + 1 : end - 1]).is_empty for start, end in parenthesized(folded)):
        return True
    starts = [p for p in (folded.find(opener) for opener in OPENERS) if p != -1]
    return bool(starts) and not read_clause(folded[min(starts) + 1 :].rstrip("）〕")).is_empty


def heads_decimals(item: DraftItem) -> bool:
    """`2.3 应急工作组` and a lead-in paragraph naming nobody, over 2.3.1 / 2.3.2: a 预案's numbered heading,
    its paragraph its own words; the decimals under it are the items."""
    return item.marker == "d" and looks_like_heading(item.rest) and not any(map(clauses_in, item.lines))


def heads_owned_points(item: DraftItem, line: str) -> bool:
    """`2.1.3 县防指工作组`, a paragraph naming nobody, then `（1）综合协调组：由X牵头，Y组成。…`: a 预案's heading
    over points that each name their owners; the points are the measures, not the heading's text."""
    return heads_decimals(item) and bool(clauses_in(line))


def heads_points_with_owners(item: DraftItem, line: str, following: str) -> bool:
    """`1.呵护生态环境。持续打好污染防治攻坚战。` naming nobody, over `（1）提升水体环境质量。…` with its own
    `责任处室：X` line after it: the points carry the work and its owners, so they are the measures, and the
    paragraph over them their heading, though it is more than a title."""
    if item.marker != "m" or any(map(clauses_in, item.lines)):
        return False
    # (a bracketed clause on the point's line too; not 责任单位： over （1）城管局负责城区街道, owners listed as points)
    return is_clause_line(fold(following)) or read_clause_in_line(fold(line))


def heads_decimal_points(item: DraftItem) -> bool:
    """The item over `1.1` / `1.2` points is their heading: a title (titles_points, heads_decimals), or a short
    `1.` title closing with its clause (`1.强化水资源刚性约束（县水利局牵头）`), whose points take it as a （一）
    heading's do; a `1.` that is a sentence with its clause keeps its decimals as its text."""
    if titles_points(item) or heads_decimals(item):
        return True
    title = fold(item.rest).split("（")[0]
    return len(item.lines) == 1 and bool(clauses_in(item.lines[0])) and looks_like_heading(title)


def titles_points(item: DraftItem) -> bool:
    """A one-line item over numbered points: a heading of words (1.提升服务效能), or a （一） / 2.4 heading
    with its own clause (（一）高层建筑消防安全整治（牵头单位：X）), whose points take it (heading_owners). A
    `1.` title with a clause keeps its points as its text (the corpus's measures over （1）…（4）)."""
    if len(item.lines) != 1:
        return False
    return looks_like_heading(item.rest) or (
        item.marker in ("l1", "l2", "d") and bool(clauses_in(item.lines[0]))
    )


# 区住房城乡建设局（3项） over 1.第47项… 2.…: a 督查通报's unit, unnumbered, over its items (numbered again
# under each unit). Read as a part's heading numbered "" (the groups are empty, the match ends where the
# name starts); heading_leads gives its units to the items.
_COUNTED_UNIT = compile_lazily(r"^()()(?=([^，。；：:,\s]{2,40}?)\s*[（(]\s*\d{1,3}\s*项\s*[）)]\s*$)")


def counted_unit(folded: str) -> re.Match[str] | None:
    found = _COUNTED_UNIT.match(folded.strip())
    names = found.group(3).split("、") if found else []
    return found if names and all(ends_like_unit(name) for name in names) else None


# 网格服务管理中心 on a line of its own over 1.负责… 2.负责…: a 职责 page's unit, unnumbered, over its duties
# (numbered again under each unit). Only a name that ends as an organisation's and a first item under it.
_BARE_UNIT = compile_lazily(r"^()()(?=(?!各|有关|相关|其他|其它)[\u4e00-\u9fff（）()]{3,20}$)")
_ITEM_BEFORE = compile_lazily(
    r"^\s*(?:\d{1,3}\s*[.、．](?!\d)|[（(]\d{1,3}[）)])"
)  # 7.完成上级交办的其他事项。
# its first item a duty (1.负责…), not a condition or a setting-up (1.依法登记…)
_FIRST_ITEM = compile_lazily(
    r"^\s*(?:1\s*[.、．](?!\d)|[（(]1[）)])\s*(?:负责|承担|组织|协调|指导|监督|参与|做好|开展|完成|督促|牵头|统筹)"
)


# 三义街社区(责任单位:荆州区西城街道办事处三义街社区) over 1、… 2、…: a 督查通报's place, unnumbered, its clause in
# its own line, over its problems numbered afresh — a heading, not the clause of the item before it
_OWNED_TITLE = compile_lazily(
    r"^()()(?!\d|[一二三四五六七八九十]+[、.])(?=[^。；;，,（()]{2,25}[：:]?\s*[（(][^（）()]*(?:责任单位|牵头单位|责任部门|整改单位)\s*[:：][^（）()]+[）)]\s*$)"
)
_FIRST_POINT = compile_lazily(r"^\s*(?:1\s*[.、．](?!\d)|[（(]1[）)])")


def unit_over_items(folded: str, before: str, following: str) -> re.Match[str] | None:
    """After the list before it has ended (its last item's full stop), not a name among a cell's names."""
    if (owned := _OWNED_TITLE.match(folded.strip())) and _FIRST_POINT.match(fold(following)):
        return owned
    found = _BARE_UNIT.match(folded.strip())
    ended = not before or (
        bool(_ITEM_BEFORE.match(fold(before))) and fold(before).rstrip().endswith(("。", "；", ";"))
    )
    return (
        found
        if found and ended and ends_like_unit(folded.strip()) and _FIRST_ITEM.match(fold(following))
        else None
    )
