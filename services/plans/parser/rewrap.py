"""Text copied out of a PDF: the paragraphs its lines were broken from, joined again.

A plan pasted from a PDF into Notepad or Word (or saved as text by a converter) keeps every line break
of the printed page: a measure runs over three lines, its clause `（牵头单位：区发` / `改委）` is cut in
two, and a page number sits between the lines. Read line by line, the measure loses its clause and the
units their names. services/plans/pdf_text.py joins such lines by where they sit on the page; a text
copy has no positions left, only the characters, so here the page width is found from the lines
themselves: a wrapped document has many lines of one width (±1 character), hardly any longer, and a
paragraph running over two of them. When the document has such a width, a line that reaches it is
joined with the next, by the same rules as the PDF reader's (a numbered or indented line, or a
sentence's end in a document without indents, starts a new paragraph). A document written a paragraph
a line has no common width and is left as it is. An OFD, which keeps only where each printed line
stands (services/plans/formats.py), is joined the same way.

Two other marks of a copy go first: the page numbers between its pages, and the blank line a web page
pasted into Notepad leaves after every paragraph.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from unicodedata import east_asian_width

from services.plans.parser.header import PLAN_WORDS
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import PlanBlock
from services.plans.parser.text import fold

# A sentence or a list item ends here; at the width, the next line starts a new paragraph. (Not a
# colon, as the PDF reader has it: in a copy `（牵头单位：` / `区发改委）` is one clause cut at the width.)
_ENDS_SENTENCE = tuple("。；！？;!?")
_LEADS_IN = compile_lazily(r"(?:如下|以下|下列)[\u4e00-\u9fff]{0,4}[：:]$")
# Numbering that starts a paragraph of its own: 一、 （一） 1. 1、 （1） ① 第一章 附件 — the parser's
# own patterns, loosened only in that the title need not follow on the same line.
NUMBERED = compile_lazily(
    r"^(?:[一二三四五六七八九十百零〇]+\s*[、.．]|（[一二三四五六七八九十百零〇\d]{1,3}）|\(\d{1,3}\)"
    r"|\d{1,3}\s*[.、．](?!\d)|\d{1,3}\s*[.、．](?=\d{4}年)|[①-⑳]|第[一二三四五六七八九十百]+[章节部条]"
    r"|附件|附表|专栏|[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff]))"
)
# A clause in brackets right after a sentence's end, closing the line: 。（牵头单位：X；配合单位：Y）
_CLOSING_CLAUSE = compile_lazily(r"[。；]（[^（）]*(?:牵头|负责|责任|配合|协办|主办)[^（）]*）$")
# A page's number or footer as a text copy keeps it: — 3 — / -3- / 第3页 共9页 / 3/9. A bare 3 is not
# taken: it is as likely a table's 序号 copied one cell a line.
PAGE_FURNITURE = compile_lazily(
    r"^[—\-－–]+\s*\d{1,4}\s*[—\-－–]+$|^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$"
)
SHORT_OF_MARGIN = 3.5  # characters a wrapped line may stop before the width (a number is not broken)
_MIN_WIDTH = 12  # lines narrower than this are headings and short last lines: they say nothing of the page
_MIN_FULL = 6  # lines at the width before a document counts as wrapped
_FULL_SHARE = 0.25  # of the lines at least _MIN_WIDTH wide
_MIN_SPACED = 6  # lines of text before a blank line after each of them says the copy, not the page
_MIN_RUNS = 1  # places where two lines at the width follow each other
_MIN_CUTS = 3  # full lines cut inside a bracket or before a colon, where runs of full lines are missing
_NEVER_OPENS = tuple("：；，、。）:;,)")  # marks a line of a paragraph or a cell never opens on
_WIDER_SHARE = 0.05  # lines wider than the width: a paragraph-a-line document has many
_INDENT = compile_lazily(r"^(?:\u3000|\s{2,})")


def visual_width(text: str) -> float:
    """The line's width in Chinese characters: a Latin letter, digit or half-width sign is half one."""
    return sum(1.0 if east_asian_width(ch) in "WF" else 0.5 for ch in text)


def _plain(block: PlanBlock) -> bool:
    """A line of running text: no table's cells (a tab, a bar, or columns set apart by blanks)."""
    text = block.text
    return block.cells is None and "\t" not in text and "|" not in text and "   " not in text.strip()


def page_width(blocks: list[PlanBlock]) -> float | None:
    """The width the document's lines were broken at, or None when they were not."""
    widths = [
        round(visual_width(block.text.strip()) * 2) / 2
        for block in blocks
        if _plain(block) and visual_width(block.text.strip()) >= _MIN_WIDTH
    ]
    if len(widths) < _MIN_FULL:
        return None
    counts = Counter(widths)
    # The widest width enough lines reach: short label lines repeated under every measure (牵头领导：…)
    # make a larger cluster of their own, but a page's width is the one no line passes.
    for width in sorted(counts, reverse=True):
        full = sum(c for v, c in counts.items() if width - 1 <= v <= width + 0.5)
        if sum(c for v, c in counts.items() if v > width + 1) > _WIDER_SHARE * len(widths):
            return None  # any narrower width has these lines wider still
        if full >= _MIN_FULL and full >= _FULL_SHARE * len(widths):
            return width if _runs_on(blocks, width) else None
    return None


def _runs_on(blocks: list[PlanBlock], width: float) -> bool:
    """Whether paragraphs run over lines at the width: a page wraps a long paragraph onto several full
    lines, one after the other. A table copied one cell a line can have many cells of one length too —
    but a unit's or a date's short cell always stands between two of them."""
    texts = [b for b in blocks if b.text.strip()]
    full = [_plain(b) and visual_width(b.text.strip()) >= width - 1 for b in texts]
    if sum(a and b for a, b in pairwise(full)) >= _MIN_RUNS:
        return True
    # Paragraphs of two lines each (a list of one-sentence measures): a full line that stops inside the
    # bracket it opened, or whose next line opens on a colon or comma, was cut by the page, not the writer.
    cut = sum(
        is_full and (inside_bracket(a.text.rstrip()) or fold(b.text.strip())[:1] in _NEVER_OPENS)
        for is_full, (a, b) in zip(full, pairwise(texts), strict=False)
    )
    return cut >= _MIN_CUTS


def rewrapped(blocks: list[PlanBlock]) -> list[PlanBlock]:
    """`blocks` without page numbers or a copy's blank line after every paragraph, and with a wrapped
    document's lines joined into paragraphs."""
    blocks = _without_spacer_lines(
        [b for b in _without_running_heads(blocks) if not (b.cells is None and _is_page_number(b))]
    )
    width = page_width(blocks)
    if width is None:
        return blocks
    indents = _indents_paragraphs(blocks, width)
    joined: list[PlanBlock] = []
    previous: PlanBlock | None = None
    in_header = True  # before the first numbered line: the title and the lines about the document
    for block in blocks:
        in_header = in_header and not NUMBERED.match(fold(block.text.strip()))
        if in_header and previous is not None and _is_title(previous):
            joined.append(block)  # a title about as wide as the page: the intro after it is no part of it
        elif previous is not None and _continues(previous, block, width, indents):
            joined[-1] = PlanBlock(joined[-1].text.rstrip() + block.text.strip())
        else:
            joined.append(block)
        previous = block
    return joined


def _is_page_number(block: PlanBlock) -> bool:
    return bool(PAGE_FURNITURE.match(fold(block.text).replace(" ", "")))


_HEAD_MAX = 40
_CLAUSE_LINE = compile_lazily(r"[：:|\t]|牵头|负责|配合")
_HEAD_WORDS = compile_lazily(r"[\u4e00-\u9fff]{4}")


def _without_running_heads(blocks: list[PlanBlock]) -> list[PlanBlock]:
    """A PDF's running header (宁平市人民政府办公室行政规范性文件) printed under each page number: a short
    line right after two page numbers, or after one and over the first page too, is the page's, not the
    text's, wherever a page break cut it in (…配合单位：市交通运 / — 5 — / header / 输局、…)."""
    after_numbers: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.cells is not None or not _is_page_number(block):
            continue
        following = next((i for i in range(index + 1, len(blocks)) if blocks[i].text.strip()), None)
        if following is not None and blocks[following].cells is None:
            text = blocks[following].text.strip()
            if len(text) <= _HEAD_MAX and not _is_page_number(blocks[following]):
                after_numbers.setdefault(text, []).append(following)
    # under two page numbers or more, or the issuer's line over the first page's title again: the
    # page's; never a clause line or a table's cell a plan repeats (牵头单位：县发改局, 县财政局)
    top = {block.text.strip() for block in blocks[:3] if block.cells is None and block.text.strip()}
    heads = {
        i
        for text, places in after_numbers.items()
        if (len(places) >= 2 or text in top)
        and _HEAD_WORDS.search(text)  # words, not a table's `|` or a figure
        and not _CLAUSE_LINE.search(fold(text))
        and not NUMBERED.match(fold(text))
        for i in places
    }
    heads |= _repeated_headers(blocks)  # once: inside the comprehension it ran again for every line
    return [block for index, block in enumerate(blocks) if index not in heads]


_HEADER_LINES = 8  # a table's title and header cells, one a line


def _repeated_headers(blocks: list[PlanBlock]) -> set[int]:
    """A table printed one cell a line repeats its title and header cells after each page number
    (贵港市…责任分工 / 序号 / 考评指标 / 目标值 / 责任单位): two lines or more right after a page number that
    stand, in the same order, earlier in the document are the page's, not the table's rows."""
    texts = [block.text.strip() if block.cells is None else "\0" for block in blocks]
    lines = [(index, text) for index, text in enumerate(texts) if text]
    position = {index: place for place, (index, _) in enumerate(lines)}
    dropped: set[int] = set()
    for index, block in enumerate(blocks):
        if block.cells is not None or not _is_page_number(block) or index not in position:
            continue
        after = lines[position[index] + 1 : position[index] + 1 + _HEADER_LINES]
        earlier = [text for _, text in lines[: position[index]]]
        for size in range(len(after), 1, -1):
            run = [text for _, text in after[:size]]
            if any(len(text) > _HEAD_MAX or NUMBERED.match(fold(text)) for text in run):
                continue
            if not any(fold(text).replace(" ", "") in ("序号", "编号") for text in run):
                continue  # a header holds 序号; short cells a table repeats (|, 市城管局) are its rows
            if any(earlier[at : at + size] == run for at in range(len(earlier) - size + 1)):
                dropped.update(i for i, _ in after[:size])
                break
    return dropped


_YEARS_OR_TRAILER = compile_lazily(r"[（(][^（()）]{0,12}[）)]$")


def _is_title(block: PlanBlock) -> bool:
    """某区…行动方案（2024—2026年） / …的通知: a plan's title, which ends without a full stop."""
    return bool(PLAN_WORDS.search(_YEARS_OR_TRAILER.sub("", fold(block.text.strip()))))


def inside_bracket(text: str) -> bool:
    """`…（责任单位：` or `…（牵头单位：区发改委；`: the line stops inside a bracket it opened, so the
    clause goes on whatever sign it stopped at."""
    opened = max(text.rfind(mark) for mark in "（(〔[［【")
    return opened > max(text.rfind(mark) for mark in "）)〕]］】")


def _without_spacer_lines(blocks: list[PlanBlock]) -> list[PlanBlock]:
    """A web page pasted into Notepad puts a blank line after every paragraph. Where no two lines of text
    stand next to each other anywhere, a single blank line parts nothing a line break does not, and a
    table copied one cell a paragraph would read each cell as a row of its own: single blank lines are
    dropped, and two or more in a row — the page's own blank line, between a table's rows — stay one."""
    if sum(1 for b in blocks if b.text.strip()) < _MIN_SPACED or any(
        a.text.strip() and b.text.strip() for a, b in pairwise(blocks)
    ):
        return blocks
    kept: list[PlanBlock] = []
    blank_run = 0
    for block in blocks:
        if not block.text.strip():
            blank_run += 1
            continue
        if blank_run >= 2 and kept:
            kept.append(PlanBlock(""))
        kept.append(block)
        blank_run = 0
    return kept


def _full(block: PlanBlock, width: float) -> bool:
    return visual_width(block.text.strip()) >= width - SHORT_OF_MARGIN


def _indents_paragraphs(blocks: list[PlanBlock], width: float) -> bool:
    """Most lines after a short one start indented: an unindented line is then a wrap, even after 。."""
    starts = [
        b for a, b in pairwise(blocks) if _plain(a) and _plain(b) and b.text.strip() and not _full(a, width)
    ]
    return bool(starts) and sum(bool(_INDENT.match(b.text)) for b in starts) * 5 >= len(starts) * 3


def _continues(previous: PlanBlock, block: PlanBlock, width: float, indents: bool) -> bool:
    if not (_plain(previous) and _plain(block)) or not block.text.strip():
        return False
    if not _full(previous, width) or _INDENT.match(block.text) or NUMBERED.match(fold(block.text.strip())):
        return False
    text = previous.text.rstrip()
    if _LEADS_IN.search(fold(text)):
        return False  # …任务作如下明确： — a sentence that introduces what follows ends its paragraph
    if _CLOSING_CLAUSE.search(fold(text)):
        return False  # …按期完成。（牵头单位：市发改委） — the measure's clause closes its paragraph
    return indents or not text.endswith(_ENDS_SENTENCE) or inside_bracket(text)
