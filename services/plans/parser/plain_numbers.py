"""Measures numbered without the outline's marks: decimals (`1.1`, `1.2`, `2.1`, and `1.1.1` a level
further down), a number and a space (`1 加强…`, `2 …`), and `1）` right under a heading.

Plans drafted by technical bureaus (住建, 大数据, 科技) number their points `1.` over `1.1` over `1.1.1`
instead of `（一）` / `1.` / `（1）`. A decimal line is the child of the line whose number it extends:
`1.标题` over `1.1 …` is a heading, as `1.标题` over `（1）…` is (structure.read_outline); a `1.…` that
is a whole measure (a sentence, its own clause) keeps `1.1 …` as its points.

A line only opens a decimal item in the count: `x.1`, or the number after one already read (`1.2` after
`1.1`), and not right after a line that stops mid-sentence. So a wrapped line opening on a figure
(`…，总投资` / `1.1 亿元…`, `…，全长` / `3.1 公里…`) stays the text it continues.
"""

from __future__ import annotations

import re
from itertools import takewhile

from services.plans.parser.draft import DraftItem
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold
from services.plans.parser.titles import heading_title

# What follows a figure and never opens an item's title: 2.5亿元, 1.1 倍, 1.1-3.31, 5.1至5.20, 3.1起. (A wrapped
# 3.1 公里 is known by the line before it: structure.mid_sentence.)
_FIGURE_WORDS = r"%‰亿万倍吨亩元\-—–－~～至起前到/"
# 1.1 推进… / 1.1.推进… / 1.1、推进… / 1.1 5G网络 (a digit after a blank) / 1.1.1 建设… / 2.2.2.1 县卫生局…
_DOTTED = compile_lazily(
    r"^(\d{1,2})\s*\.\s*(\d{1,2})(?:\s*\.\s*(\d{1,2}))?(?:\s*\.\s*(\d{1,2}))?"
    rf"(?:\s*[.、]\s*(?![\d{_FIGURE_WORDS}])|\s+(?![{_FIGURE_WORDS}])|(?![\d{_FIGURE_WORDS}]))(?=\S)"
)


class DottedNumbers:
    """The decimal numbers read so far under the current heading, each with its item."""

    def __init__(self) -> None:
        self._items: dict[str, DraftItem] = {}

    def clear(self) -> None:
        """A new part (一、 / （一）): its numbering starts again."""
        self._items.clear()

    def start(self, item: DraftItem) -> None:
        """A `1.` item: the decimals under it extend its number."""
        self._items = {item.number: item}

    def match(
        self, folded: str, lines: list[str], start: int, index: int
    ) -> tuple[re.Match[str], tuple[int, ...]] | None:
        """The line's decimal number (lines[index]'s), when it is the next in the count."""
        found = _DOTTED.match(folded)
        if not found:
            return None
        parts = tuple(int(group) for group in found.groups() if group is not None)
        previous = _key((*parts[:-1], parts[-1] - 1))
        # 2.1.3县应急委成员单位职责 right under 2.1 (an excerpt that left 2.1.1 and 2.1.2 out): a heading
        # under its read parent, words and no sentence, counts though its elder siblings are missing
        # A page opening on `2.3 县减灾委员会成员单位职责` (a title over members' duties) likewise.
        rest = folded[found.end() :].strip()
        opens_duties = len(parts) == 2 and bool(_DUTIES_TITLE.search(rest)) and at_top(lines, start, index)
        gap_heading = bool(_HEADING_REST.match(rest)) and (
            _key(parts[:-1]) in self._items or opens_duties or self._opens_run(parts, lines, index)
        )
        if parts[-1] != 1 and previous not in self._items and not gap_heading:
            return None
        return found, parts

    def _opens_run(self, parts: tuple[int, ...], lines: list[str], index: int) -> bool:
        """A page that opens inside a 预案's numbered parts (`6.4 交通运输保障` … `6.5 电力保障`, a law site's
        later page): the first titled part read, with its next sibling titled further down, opens the count."""
        if self._items or len(parts) < 2:
            return False
        sibling = (*parts[:-1], parts[-1] + 1)
        for line in lines[index + 1 : index + 40]:
            found = _DOTTED.match(fold(line).strip())
            if found and tuple(int(g) for g in found.groups() if g is not None) == sibling:
                return bool(_HEADING_REST.match(fold(line).strip()[found.end() :].strip()))
        return False

    def parent(self, parts: tuple[int, ...]) -> DraftItem | None:
        """The item whose number this one extends (`1.` for `1.2`, `1.2` for `1.2.3`), if read."""
        return self._items.get(_key(parts[:-1]))

    def add(self, parts: tuple[int, ...], item: DraftItem) -> None:
        self._items[_key(parts)] = item


def at_top(lines: list[str], start: int, index: int) -> bool:
    """The line opens the page: a title and a line or two of header before it, nothing read. (A page that
    opens inside a part's paragraphs has them before its next dotted part: 6.1's duties over `6.2 …`.)"""
    written = 0
    for line in lines[start:index]:
        written += bool(line.strip())
        if written > 3:
            return False
    return True


_DUTIES_TITLE = compile_lazily(r"(?:职责|分工)$")
_HEADING_REST = compile_lazily(
    r"^[\u4e00-\u9fff（）()]{2,24}$|^[\u4e00-\u9fff]{2,16}[ \u3000]+(?=[\u4e00-\u9fff])"
)


# 6.2.3 交通运输保障 盟交通局、铁路乌兰浩特站要尽快恢复…: the part's topic, a blank, then its first sentence
_TOPIC_THEN_SENTENCE = compile_lazily(
    r"^(\s*\d{1,2}(?:[.．]\d{1,2}){1,3}[ \u3000]*[\u4e00-\u9fff]{2,16})[ \u3000]+(?=[\u4e00-\u9fff][^\n]{8,}[，,；;。])"
)


def topic_apart(line: str) -> list[str]:
    """A dotted part's line as its lines: the topic on its own, as a PDF or a flattened page run it into its
    first sentence (who does the work names itself there, not in a title)."""
    found = _TOPIC_THEN_SENTENCE.match(line)
    # (not a text table's row: its cells stand apart by tabs or wide gaps)
    if found is None or "\t" in line or re.search(r"[ \u3000]{2,}", line[found.end() :]):
        return [line]
    return [found.group(1), line[found.end() :]]


def _key(parts: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in parts)


_TERMINAL = tuple("。！？；）”」』…：:】〕]")


def mid_sentence(line: str) -> bool:
    """A line a wrap broke in the middle of a sentence (…，全长 / …建成示范村 after a comma): the next line's
    figure continues it. A heading (一、… / （一）…) with a comma in it is whole."""
    folded = fold(line).strip()
    if not folded or folded.endswith(_TERMINAL) or _PART_HEADING.match(folded):
        return False
    return folded.endswith(("，", "、")) or "，" in folded


_PART_HEADING = compile_lazily(
    r"^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|第[一二三四五六七八九十]+[章部节])"
)
# `1 加强…`: a number, a blank and a title; not `1 个街道` (a figure and its measure word).
COUNTED = "个家户名座条台辆所次倍万亿元吨亩号期批届"  # what a figure counts: 1 个, 2 号水厂
# What else a figure glued to its word counts or measures: 2人, 3项, 10月, 5公里 (no title opens so).
MEASURE_WORDS = r"(?:[人项类处套级栋层米千百月日年周天时季分秒]|公里|公顷|平方)"
# `1 加强…`, or `1优化服务` glued to a short title on a line of its own
_SPACED = compile_lazily(
    rf"^([12])(?:[ \u3000]+(?![{COUNTED}])[\u4e00-\u9fff]"
    rf"|(?![{COUNTED}])(?!{MEASURE_WORDS})[\u4e00-\u9fff][^。，,；;：:]{{1,28}}$)"
)


def opens_spaced_list(lines: list[str], index: int, end: int) -> bool:
    """`1 加强…` (a number and a space) with `2 …` on a later line: a list numbered without its dots. A
    line opening on a figure (`1 个街道…`) has no `2 ` after it."""
    first = _SPACED.match(fold(lines[index]).strip())
    return bool(first and first.group(1) == "1") and any(
        (second := _SPACED.match(fold(line).strip())) and second.group(1) == "2"
        for line in lines[index + 1 : min(end, index + 60)]
    )


# `1、816路与玉荷路交叉路口…`: a 、 after a number is no decimal point, the item opens on a figure; a list
# when `2、` / `2.` follows it.
_FIGURE_ITEM = compile_lazily(r"^1\s*、\s*(?=\d{2,}(?![\d、号]))")  # not 1、2号停车场
_SECOND = compile_lazily(r"^2\s*[、.]")


def opens_figure_item(lines: list[str], index: int, end: int) -> bool:
    return bool(_FIGURE_ITEM.match(fold(lines[index]).strip())) and any(
        _SECOND.match(fold(line).strip()) for line in lines[index + 1 : min(end, index + 60)]
    )


_PAREN_NUMBER = compile_lazily(r"^(\d{1,2})\s*[)）](?![)）])\s*(?=\S)")


def paren_number(folded: str, last: DraftItem) -> re.Match[str] | None:
    """`1）` / `2)` right under a heading, or after the point before it in the count. Under a measure they
    are its points, as after a paragraph ending `重点抓好：`."""
    found = _PAREN_NUMBER.match(folded)
    if found is None:
        return None
    if last.kind == "section" and last.marker in ("l1", "l2"):
        intro = fold(last.lines[-1]).rstrip().endswith("：")  # （一）…，重点抓好： over its points
        return found if found.group(1) == "1" and not intro else None
    follows = last.marker == "p" and last.number.isdigit() and int(found.group(1)) == int(last.number) + 1
    return found if follows else None


def line_before(lines: list[str], index: int, start: int) -> str:
    return next((lines[i].strip() for i in range(index - 1, start - 1, -1) if lines[i].strip()), "")


def next_line(lines: list[str], index: int, end: int) -> str:
    return next((lines[i].strip() for i in range(index + 1, end) if lines[i].strip()), "")


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CIRCLED_POINT = compile_lazily(rf"^([{CIRCLED}])\s*[、.．]?\s*(?=\S)")


def circled_point(folded: str, open_measure: DraftItem | None) -> re.Match[str] | None:
    """`①…` under a numbered item: the item's points (read_outline decides whether they are its text or,
    under a title that is only a heading, its measures). A plan of only such points, with no numbered
    item over them, is own_numbers' to read."""
    if open_measure is None or open_measure.marker in ("u", "y"):
        return None
    return _CIRCLED_POINT.match(folded)


def circled_number(found: re.Match[str]) -> str:
    """① is 1, as own_numbers numbers a plan of only such points."""
    return str(CIRCLED.index(found.group(1)) + 1)


def circled_start(folded: str) -> re.Match[str] | None:
    return _CIRCLED_POINT.match(folded)


def opens_circled_list(lines: list[str], index: int, end: int) -> bool:
    """`①…` with a `②…` line after it: a list numbered so, though nothing numbered stands over it. A list
    counted on through the plan's parts (`③…` under 二、 after `②…` under 一、) goes on under each heading."""
    first = _CIRCLED_POINT.match(fold(lines[index]).strip())
    if not first:
        return False
    at = CIRCLED.index(first.group(1))

    def opens(line: str, number: int) -> bool:
        found = _CIRCLED_POINT.match(fold(line).strip())
        return bool(found) and 0 <= number < len(CIRCLED) and found.group(1) == CIRCLED[number]

    if at:
        return any(opens(line, at - 1) for line in lines[max(0, index - 60) : index])
    return any(opens(line, 1) for line in lines[index + 1 : min(end, index + 60)])


# 一是… / 二是…: a point numbered in words at a paragraph's start (worded_points.py reads a plan of only these).
POINT = compile_lazily(r"^([一二三四五六七八九十百零〇]{1,3})是(?=[\u4e00-\u9fff“])")


_OWN_LINES = 20  # the lines a point's own clause may stand on before the next item
_OWN_LABEL = compile_lazily(r"(?:责任|牵头)(?:单位|部门|处室|科室)[：:]")
_NEXT_ITEM = compile_lazily(
    r"^\s*(?:\d{1,3}[.、．]|[（(]?[一二三四五六七八九十]{1,3}[、）)]|[一二三四五六七八九十]{1,3}是)"
)


def worded_point(
    folded: str, open_measure: DraftItem | None, depth: int, lines: list[str], index: int, end: int
) -> tuple[re.Match[str], int] | None:
    """(the 一是 point opening a paragraph, its level), or None.

    A 工作要点's items under a heading, and the next point after a point; inside a measure, its text — but right
    under a numbered topic's title that closes on a colon (`1.基础设施建设专题：` / `一是…。责任单位：X`), when the point
    names its own units (on its line or the lines before the next item), the topic's points, the topic a part."""
    point = POINT.match(folded)
    if point is None:
        return None
    if open_measure is None:
        return point, depth + 1
    if open_measure.marker == "y":
        return point, open_measure.level
    following = lines[index + 1 : min(end, index + _OWN_LINES)]
    own = [folded, *takewhile(lambda line: not _NEXT_ITEM.match(fold(line)), following)]
    topic = (
        open_measure.marker == "m" and len(open_measure.lines) == 1 and open_measure.lines[0].endswith("：")
    )
    if topic and any(_OWN_LABEL.search(fold(line)) for line in own):
        open_measure.kind, open_measure.heading = "section", heading_title(open_measure.rest)
        return point, open_measure.level + 1
    return None
