"""The plan's outline: headings (一、 / （一）) and numbered measures (1. 1． 1﹒ 1、 （1）).

Reads source lines in order and groups them into items. A measure's text is its whole paragraph: the
numbered line, lines a soft wrap broke off, and a responsibility clause written on its own line.
Paragraphs that are not measures (the preamble, the body of 总体要求, boxes) stay out of every item.
"""

from __future__ import annotations

from services.plans.parser.clause_lines import (
    after_names,
    continues_list,
    is_beside_line,
    is_clause_line,
    is_member_line,
    open_list,
)
from services.plans.parser.clause_spans import clauses_in, owning_paragraphs
from services.plans.parser.contents import contents_lines
from services.plans.parser.draft import DraftItem, Outline
from services.plans.parser.header import is_page_number
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.lone_headings import settle_lone_headings
from services.plans.parser.numerals import CN_NUMERALS
from services.plans.parser.opening_owners import duty_owner, next_entry
from services.plans.parser.owned_headings import fold_owned_headings
from services.plans.parser.part_marks import ARTICLE, article_over_items, mends_follow
from services.plans.parser.part_marks import LEVEL1 as _LEVEL1
from services.plans.parser.part_marks import LEVEL2 as _LEVEL2
from services.plans.parser.part_marks import NAMED_PART as _NAMED_PART
from services.plans.parser.plain_numbers import (
    COUNTED,
    MEASURE_WORDS,
    DottedNumbers,
    circled_number,
    circled_point,
    circled_start,
    line_before,
    mid_sentence,
    next_line,
    opens_circled_list,
    opens_figure_item,
    opens_spaced_list,
    paren_number,
    worded_point,
)
from services.plans.parser.point_groups import closes_with_clause, fold_subpoints, is_clause_paragraph
from services.plans.parser.sentence_subjects import each_line_doing
from services.plans.parser.settled_headings import settle_childless, settle_heading
from services.plans.parser.text import fold
from services.plans.parser.titles import (
    counted_unit,
    heading_title,
    heads_decimal_points,
    heads_owned_points,
    heads_points_with_owners,
    looks_like_heading,
    titles_points,
    unit_over_items,
)
from services.plans.parser.unit_blocks import block_lines

_CN = CN_NUMERALS
# 1.推进 and 2.2024年完成…, not a decimal 2.5亿元 starting a wrapped line; 1* . : a note's star; 【1】: a post's
# 1.5月底前完成…: a point opening on its month (no decimal: a month has no fraction)
_MEASURE = compile_lazily(
    r"^(?:(\d{1,3})\s*\*?\s*[.、](?:(?!\d)|(?=\d{4}年)|(?=\d{1,2}月(?:底|初|中旬|上旬|下旬|前|份|\d)))|〔(\d{1,3})〕)\s*"
)
# 11.121人才梯队项目 (a number glued to a title that starts with digits) or `6 加强…` (its dot lost): a measure
# only when it is the next number and the paragraph before has ended (a wrapped 2.5亿元… continues a sentence).
# `1优化就业创业服务` (a 督查报告's item: the number glued to a short title, a clause line under it).
_MEASURE_GLUED = compile_lazily(
    rf"^(\d{{1,3}})(?:\s*[.、]\s*(?=\d)|\s+(?![{COUNTED}])(?=[\u4e00-\u9fff])"
    rf"|(?![{COUNTED}])(?!{MEASURE_WORDS})(?=[\u4e00-\u9fff][^。，,；;：:]{{1,28}}$))"
)
_ASKS = compile_lazily(r"哪|什么|吗|呢|如何|怎样|怎么|是否|有无|多少|为何")
_SUBMEASURE = compile_lazily(r"^（(\d{1,3})）\s*[、.]?\s*")
ANNEX_LABEL = compile_lazily(r"^(?:附件|附表)\s*[\d一二三四五六七八九十]*\s*[：:]?")
_BOX = compile_lazily(r"^专栏\s*[\d一二三四五六七八九十]*")
_TERMINAL = tuple("。！？；）”」』…】〕")


def is_annex_line(line: str) -> bool:
    """附件1： / 附件 / 附表2 on a short line of its own: the start of an annex."""
    return bool(ANNEX_LABEL.match(fold(line).strip())) and len(line.strip()) <= 40


def continues_measure(measure: DraftItem, stripped: str, following: str | None = None) -> bool:
    """A line that belongs to the measure before it: a clause of its own, or the rest of a sentence
    (after a clause on a line of its own, only another clause line or the 成员单位：Z under it).
    `following`: the next line with text, if known (clause_lines.continues_list)."""
    last = measure.lines[-1].strip()
    if ARTICLE.match(fold(stripped)):
        return False  # 第七条 …: a 办法's next article
    if is_clause_paragraph(stripped) or is_beside_line(stripped) or each_line_doing(last, stripped):
        return True
    clause = open_list(measure.lines)
    if clause and (continues_list(clause, stripped, following) or is_member_line(stripped)):
        return True  # 协办单位：…园区党工 / 委、各街道党工委: a clause line broken at the page width
    return not (_ends_paragraph(measure.lines) or is_clause_paragraph(last) or next_entry(last, stripped))


def _ends_paragraph(lines: list[str]) -> bool:
    return fold(lines[-1]).rstrip().endswith(_TERMINAL)


def read_outline(lines: list[str], start: int = 0, end: int | None = None) -> Outline:
    """The items of lines[start:end]; by default the body, from the first line to the first annex."""
    if end is None:  # the outline stops at the first annex (not a 目录's 附件 entry)
        listed = contents_lines(lines, start, len(lines))
        end = next((i for i, line in enumerate(lines) if is_annex_line(line) and i not in listed), len(lines))
        end = min([end, *block_lines(lines)])  # (or at the first of the units' blocks: unit_blocks)
    items: list[DraftItem] = []
    open_measure: DraftItem | None = None
    depth = 0  # depth of the current section: 0 before any heading
    has_level1 = False
    in_box = False
    last_number = 0
    measure_heading: DraftItem | None = None  # a 1. line turned into a heading over （1） measures
    header_end: int | None = None
    bare: DraftItem | None = None  # the last heading, while nothing numbered stands under it
    bare_body: list[tuple[int, str]] = []  # the paragraphs after it, with their line index
    childless: dict[int, list[str]] = {}  # headings left over paragraphs (settled_headings)
    # A clauseless measure's next paragraphs: its own when a clause closes them (a PDF line ended at 。).
    unclosed: DraftItem | None = None
    after: list[str] = []
    glued_lists = False  # a list numbered `1 加强…` / `1优化…` read: its later parts may hold one item
    named_parts = False  # 活动一、 read as a part: its siblings are parts wherever they stand
    # a 办法's 第N条 read: a paragraph opening on its owner (市发改委负责…) is a duty of its own
    articles = False
    decimals = DottedNumbers()  # 1.1 / 1.1.1 under the last 1.
    contents = contents_lines(lines, start, end)  # 目录: the headings again, no items

    for index in range(start, end):
        raw = lines[index]
        stripped = raw.strip()
        if not stripped or is_page_number(stripped) or index in contents:
            continue
        folded = fold(stripped)
        articles = articles or bool(ARTICLE.match(folded))

        level1 = _LEVEL1.match(folded) or article_over_items(folded, next_line(lines, index, end))
        level2 = None if level1 else _LEVEL2.match(folded) or counted_unit(folded)
        level2 = level2 or (
            None
            if level1
            else unit_over_items(folded, line_before(lines, index, start), next_line(lines, index, end))
        )
        if level2 and level2.group(2) and not mends_follow(lines, index, end):
            level2 = None  # 问题一：思想认识不到位。 listed under 存在问题, no 整改 lines under it: text
        # 活动一、 / 任务二： right under a 一、 part (or after such a sibling): parts; inside a measure, its text
        if not (level1 or level2) and (named := _NAMED_PART.match(folded)):
            level2 = named if named_parts or (depth == 1 and open_measure is None) else None
            named_parts = named_parts or bool(level2)
        measure = None if (level1 or level2) else _MEASURE.match(folded)
        if measure and folded.rstrip().endswith(("？", "?")) and _ASKS.search(folded):
            measure = None  # 1. 您比较关注哪些民生问题？ — a notice's question to its readers, no work
        dotted = None if (level1 or level2 or measure) else decimals.match(folded, lines, start, index)
        if dotted and mid_sentence(line_before(lines, index, start)):
            dotted = None  # …，全长 / 3.1 公里…: a figure a wrap put at the line's start
        if not (level1 or level2 or measure or dotted):
            glued = _MEASURE_GLUED.match(folded)
            # `1 加强…` opens a list numbered `1 ` / `2 ` only when a `2 ` line follows it
            first = (
                glued
                and (opens_spaced_list(lines, index, end) or opens_figure_item(lines, index, end))
                and not mid_sentence(line_before(lines, index, start))
            )
            # once the plan numbers so, a `1…` right under a heading opens its part's list, however short
            again = glued_lists and glued and glued.group(1) == "1" and bare is not None and not bare_body
            if glued and ((int(glued.group(1)) == last_number + 1 and last_number) or first or again):
                ended = (
                    open_measure is None
                    or _ends_paragraph(open_measure.lines)
                    or is_clause_paragraph(open_measure.lines[-1].strip())
                )
                measure = glued if ended else None
                glued_lists = glued_lists or bool(measure)
        sub = None if (level1 or level2 or measure or dotted) else _SUBMEASURE.match(folded)
        if not (level1 or level2 or measure or dotted or sub) and items:
            sub = paren_number(folded, items[-1])  # 1） right under a heading: its measures
        plain = not (level1 or level2 or measure or dotted or sub)
        circled = circled_point(folded, open_measure) if plain else None
        # ①…② with nothing numbered over them (a 党委会议纪要's 会议议定：①…): the list's items
        listed = plain and circled is None and open_measure is None and opens_circled_list(lines, index, end)
        # 一是… / 二是… opening paragraphs (plain_numbers.worded_point)
        plain_line = not (level1 or level2 or measure or dotted or sub)
        points = worded_point(folded, open_measure, depth, lines, index, end) if plain_line else None
        # Right under the heading or after another point (after a paragraph of its own, that paragraph's)
        if points and ((bare is not None and not bare_body) or open_measure is not None):
            bare, bare_body, unclosed, after = None, [], None, []
            (point, level), word = points, points[0].group(1)
            skip = point.end()  # (一是由X负责: the point's words after 一是)
            open_measure = DraftItem(
                "measure", level, word, index, [stripped], marker="y", prefix_length=skip
            )
            items.append(open_measure)
            continue
        if level1 or level2 or measure or dotted or sub or listed or _BOX.match(folded):
            if unclosed is not None and after:
                # Its paragraphs up to the next number (1.校舍维修工程。 then 包括完成…) are its own.
                unclosed.lines.extend(after)
            unclosed, after = None, []
            # A numbered line under the bare heading makes it a real heading; anything else settles it.
            child = bool(measure or dotted or sub or listed) or bool(
                level2 and bare is not None and bare.marker == "l1"
            )
            if not child:
                items.extend(settle_heading(bare, bare_body, childless))
            elif bare is not None and any(is_clause_line(p) for _, p in bare_body):
                bare.lines.extend(p for _, p in bare_body)  # the heading's own clause lines, over its points
            elif bare is not None and measure:  # a first point that lost its 1. stays, closed by its clause
                lost = [DraftItem("measure", depth + 1, "", i, [p], marker="u") for i, p in bare_body]
                items.extend(item for item in lost if closes_with_clause(item.lines[0]))
            bare, bare_body = None, []

        if level1 and "项" in level1.group(0):
            # 第一项：… / 督办事项一： numbers the list's items themselves, never a part over them: measures.
            open_measure = DraftItem(
                "measure", 1, level1.group(2) or level1.group(3), index, [stripped], "l1", level1.end()
            )
            items.append(open_measure)
            depth, in_box, measure_heading = 1, False, None
            decimals.clear()
        elif level1:
            rest = stripped[level1.end() :]
            bare = DraftItem(
                "section",
                1,
                level1.group(1) or level1.group(2),
                index,
                [stripped],
                heading_title(rest),
                "l1",
                prefix_length=level1.end(),
            )
            items.append(bare)
            depth, has_level1, open_measure, in_box, measure_heading = 1, True, None, False, None
            decimals.clear()
        elif level2:
            rest = stripped[level2.end() :]
            level = 2 if has_level1 else 1
            in_box, measure_heading = False, None
            decimals.clear()
            if looks_like_heading(rest):
                bare = DraftItem(
                    "section",
                    level,
                    level2.group(1) or level2.group(2),
                    index,
                    [stripped],
                    heading_title(rest),
                    "l2",
                    prefix_length=level2.end(),
                )
                items.append(bare)
                depth, open_measure = level, None
            else:
                open_measure = DraftItem(
                    "measure",
                    level,
                    level2.group(1) or level2.group(2),
                    index,
                    [stripped],
                    marker="l2",
                    prefix_length=level2.end(),
                )
                items.append(open_measure)
        elif measure:
            written = next(group for group in measure.groups() if group)
            number = int(written)
            if in_box and number <= last_number:
                continue  # a numbered line inside a 专栏 box, not a measure of the plan
            in_box, measure_heading = False, None
            last_number = number
            open_measure = DraftItem(
                "measure",
                depth + 1,
                written,
                index,
                [stripped],
                marker="m",
                prefix_length=measure.end(),
            )
            items.append(open_measure)
            decimals.start(open_measure)
        elif dotted:
            found, parts = dotted
            parent, in_box = decimals.parent(parts), False
            if parent is not None and parent.kind == "measure":
                if heads_decimal_points(parent) and not parent.rest.endswith("："):
                    parent.kind, parent.heading = "section", heading_title(parent.rest.split("（")[0])
                else:  # 1.一句话…。（X牵头） over 1.1 / 1.2: a sentence, a whole measure, keeps them as its points
                    parent.lines.append(stripped)
                    decimals.add(parts, parent)
                    continue
            level = parent.level + 1 if parent is not None else depth + 1
            number = ".".join(str(part) for part in parts)
            open_measure = DraftItem(
                "measure", level, number, index, [stripped], marker="d", prefix_length=found.end()
            )
            items.append(open_measure)
            decimals.add(parts, open_measure)
        elif sub and not in_box:
            parent = open_measure if open_measure and open_measure.marker in ("m", "d") else None
            # 2.3 成员单位职责 / 各成员单位职责如下： then （1）…: a heading, its lead-in line its own text
            lead_in = (
                bool(parent) and len(parent.lines) == 2 and fold(parent.lines[1]).rstrip().endswith("：")
            )
            lead_in = lead_in and not clauses_in(parent.lines[1])  # X负责组织处置，主要措施： names its owner
            owned = parent is not None and heads_owned_points(parent, stripped)
            if parent and (
                ((len(parent.lines) == 1 or lead_in or owned) and looks_like_heading(parent.rest))
                or heads_points_with_owners(parent, stripped, next_line(lines, index, end))
            ):
                # 1.标题 followed by （1）…: the numbered line is a heading over sub-measures.
                parent.kind, parent.heading = "section", heading_title(parent.rest)
                measure_heading = parent
            elif parent:
                parent.lines.append(stripped)  # sub-points of one measure stay in its paragraph
                continue
            level = measure_heading.level + 1 if measure_heading else depth + 1
            open_measure = DraftItem(
                "measure", level, sub.group(1), index, [stripped], marker="p", prefix_length=sub.end()
            )
            items.append(open_measure)
        elif listed:
            found = circled_start(folded)
            open_measure = DraftItem(
                "measure",
                depth + 1,
                circled_number(found),
                index,
                [stripped],
                marker="c",
                prefix_length=found.end(),
            )
            items.append(open_measure)
        elif circled and open_measure is not None:
            if open_measure.marker == "c":  # after ①…, ②… is its sibling
                level = open_measure.level
            elif titles_points(open_measure):
                # 1.提升服务效能 over ①…（X） / ②…（Y）: the title is a heading, its points the measures; a
                # （一）heading with its own clause gives it to them (heading_owners)
                title = heading_title(open_measure.rest.split("（")[0])
                open_measure.kind, open_measure.heading = "section", title
                level = open_measure.level + 1
            else:
                open_measure.lines.append(stripped)  # a whole measure's points stay its text
                continue
            open_measure = DraftItem(
                "measure",
                level,
                circled_number(circled),
                index,
                [stripped],
                marker="c",
                prefix_length=circled.end(),
            )
            items.append(open_measure)
        elif _BOX.match(folded):
            in_box, open_measure = True, None
        elif open_measure and continues_measure(open_measure, stripped, after_names(lines, index, end)):
            open_measure.lines.append(stripped)
        elif bare is not None and not ARTICLE.match(folded):
            bare_body.append((index, stripped))
            continue
        else:
            if bare is not None:  # 第七条 … after a heading: the next article, the heading left alone
                items.extend(settle_heading(bare, bare_body, childless))
                bare, bare_body = None, []
            if open_measure is not None and not clauses_in(open_measure.text):
                unclosed, after = open_measure, []
            open_measure = None
            if unclosed is not None and ARTICLE.match(folded):  # 第七条 …: the next article, nobody's text
                unclosed, after = None, []
            if unclosed is not None:
                after.append(stripped)
                # …考试。〔牵头单位： / 省委组织部…〕: a clause a ragged print broke after its label
                if closes_with_clause(stripped) or closes_with_clause("".join(after[-2:])):
                    unclosed.lines.extend(after)
                    # 责任股室：X then 责任单位：Y: the clause lines after it are the measure's too
                    open_measure, unclosed, after = unclosed, None, []
            elif (items or articles) and (  # its own clause and no number (or a 办法's duty): a measure
                closes_with_clause(stripped) or (articles and duty_owner(stripped))
            ):
                level = 1 if ARTICLE.match(folded) else depth + 1  # 第四条 …: beside the articles over (一)…
                open_measure = DraftItem("measure", level, "", index, [stripped], marker="u")
                items.append(open_measure)
            continue
        if header_end is None and items:
            header_end = items[0].line
    if unclosed is not None and (owned := owning_paragraphs(unclosed.lines[-1], after)):
        # The last measure's paragraphs, up to the last that names owners (整改措施：由X负责清除。), before
        # the closing words: the same paragraphs a next numbered line would have given it.
        unclosed.lines.extend(after[: owned[-1] + 1])
    items.extend(settle_heading(bare, bare_body, childless))
    items = settle_childless(items, childless)
    settled = settle_lone_headings(fold_owned_headings(fold_subpoints(items, lines)), lines, end)
    return Outline(settled, header_end if header_end is not None else end, end)
