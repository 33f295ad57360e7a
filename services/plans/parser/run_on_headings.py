"""A part's heading run into its first measure: `（一）抓实抓牢“五个美丽”建设1.建设美丽乡村庭院。…`.

A page's spaces (or a site's joined text) leave the heading and the measure after it in one piece: the heading
ends where its words meet the measure's number — `1.`, or the number after the last measure read before it
when the measures count on across the parts (`…（各处室负责）` / `二、健全完善安全生产责任体系3.理直气壮推动…`) —
or, in a 预案, where a duties heading meets its first member's duty after a blank (`四、职责分工 教育部门：负责…`).
"""

from __future__ import annotations

from itertools import pairwise

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold

_HEADING_THEN_NUMBER = compile_lazily(
    # (the heading's words may hold a year or a figure: 二、推进2024年重点项目建设3.… / 二、新建3个示范村3.…)
    r"^\s*(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)[^。；！？：:，,]{2,30}?"
    r"(?<=[\u4e00-\u9fff”》）])(?=(\d{1,2})[.、．][\u4e00-\u9fff].{10})"
)
# A 工作要点's heading in two halves: 二、坚持服务大局普法，着力营造…的法治环境4.深入贯彻… — the item no short piece of a
# list (not （一）加强重点领域监管，重点检查1、校园食堂；2、…: a sentence's list)
_HALVES_THEN_NUMBER = compile_lazily(
    r"^\s*(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)[^。；！？：:，,]{2,30}[，,][^。；！？：:，,]{2,30}?"
    r"(?<=[\u4e00-\u9fff”》）])(?=(\d{1,2})[.、．][\u4e00-\u9fff][^；;]{10})"
)
_DUTIES_THEN_MEMBER = compile_lazily(
    r"^\s*(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)[^。；！？：:，,\d\s]{0,10}(?:职责分工|职责|分工)"
    r"[ \u3000]+(?=[^，,。；;：:\s]{2,16}[：:]\s*(?:主要)?负责)"
)
# 2.3.3领导小组成员单位主要职责 在领导小组的统一领导下…: a 预案's decimal duties heading, its lead-in after a blank
_DECIMAL_DUTIES_THEN_TEXT = compile_lazily(
    r"^\s*\d{1,2}(?:[.．]\d{1,2}){1,3}\s*[^。；！？：:，,\s\d]{2,16}职责(?=[ \u3000]+[\u4e00-\u9fff])"
)
_MEASURE_NUMBER = compile_lazily(r"^\s*(\d{1,3})[.、．]")


def headings_then_first(pieces: list[str]) -> list[str]:
    """The pieces, each heading cut from the first measure run into it."""
    result: list[str] = []
    last = 0  # the number of the last measure read in the pieces before
    for piece in pieces:
        folded = fold(piece)
        heading = _HEADING_THEN_NUMBER.match(folded)
        if heading and int(heading.group(1)) not in (1, last + 1):
            heading = None  # (a figure in the heading's words, not the next measure's number)
        halves = None if heading else _HALVES_THEN_NUMBER.match(folded)
        # (two halves only before the measure numbered on from the part before: 加强监管，重点检查1、…，2、… is a list)
        heading = heading or (halves if halves and last and int(halves.group(1)) == last + 1 else None)
        heading = heading or _DUTIES_THEN_MEMBER.match(folded) or _DECIMAL_DUTIES_THEN_TEXT.match(folded)
        parts = [piece] if heading is None else _split_at(piece, heading.end())
        for part in parts:
            if numbered := _MEASURE_NUMBER.match(fold(part)):
                last = int(numbered.group(1))
        result.extend(parts)
    return result


def _split_at(line: str, cut: int) -> list[str]:
    bounds = [0, cut, len(line)]
    return [line[a:b].strip() for a, b in pairwise(bounds) if line[a:b].strip()]


# 2.3.3.4 片区管理局：… — a decimal number, a blank, then its unit's label: the number opens the paragraph
_DECIMAL_BEFORE = compile_lazily(r"(?<=[\s。；])\d{1,2}(?:[.．]\d{1,2}){1,3}[ \u3000]+$")


def numbers_kept(folded: str, cuts: list[int]) -> list[int]:
    """Paragraph breaks found at a blank before a label, moved before a decimal number standing right before it."""
    return [
        cut - len(number.group()) if (number := _DECIMAL_BEFORE.search(folded, 0, cut)) else cut
        for cut in cuts
    ]
