"""Measures that each open on their owner, one after another: a 成员单位职责 list.

Under a heading (三、组织领导及职责分工) a plan lists what each unit does, the unit first: `县环保局：负责…`,
`县农委。负责…`, a run-on copy with them all in one paragraph (`…职责如下：县环保局。负责…。县农委。负责…`), or
a web table flattened to a unit's line over its duty's (`区公安分局` / `维护考点周边安全…`). Each unit's
duty is a measure, from its name up to the next unit's; words before the first (`各成员单位职责如下：`)
belong to none. Closing clauses (`…。（X牵头）`) are read by their ends instead (settled_headings).
"""

from __future__ import annotations

import re
from itertools import pairwise

from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.draft import DraftItem
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.opening_owners import duty_owner, duty_under_unit, listed_entry, unit_line
from services.plans.parser.run_in_titles import glued_title_end
from services.plans.parser.text import fold

_STOPS = "。：:"  # not ；: a decision's second owner (…；县残联负责…) shares its paragraph
_OPENING_MAX = 200  # characters an opening is read from: its name, a preamble and the duty's first words
_NAME_SPAN = 30  # a member's name and its colon
_OPENINGS_MIN = 2  # one unit's duty under a heading is read as the heading's own clause


LIST_STOPS = _STOPS + "；;"  # a list of duties standing alone, or under a title that says it lists them


def duty_stops(title: str) -> str:
    """Where a heading's duty list is cut: at `；` too under a title that says it lists duties (成员单位职责),
    where one paragraph may give each unit its clause (市农牧局负责…；市林业局负责…)."""
    return LIST_STOPS if re.search(r"职责|分工", title) else _STOPS


def colon_members(paragraphs: list[str]) -> bool:
    """Whether a list names its members before colons (two paragraphs or more open so)."""
    found = 0
    for paragraph in paragraphs:
        # (a colon among its first words before the name is read: a long list's lines are many)
        if ("：" in paragraph[:_NAME_SPAN] or ":" in paragraph[:_NAME_SPAN]) and _colon_entry(paragraph):
            found += 1
            if found >= _OPENINGS_MIN:
                return True
    return False


_LEAD_IN_COLON = compile_lazily(r"(?:如下|以下|下列)[^：:。；]{0,6}[：:]\s*")


def split_before_owners(paragraph: str, stops: str = _STOPS, *, colon_list: bool = False) -> list[str]:
    """A paragraph cut before each sentence that opens on its owner (`。县农委。负责…`), when it holds two.
    A list of duties standing alone (not under a heading whose one decision it may be) is cut at `；` too.
    In a list whose members are named before colons (`colon_list`), only the next colon starts a member."""
    cuts = [
        index
        for index in range(1, len(paragraph))
        if paragraph[index - 1] in stops
        and paragraph[index] not in stops
        and _opens_on_owner(paragraph[index : index + _OPENING_MAX])
    ]
    # …具体牵头单位及分工明确如下：办公室：牵头…: a list's first member run into the lead-in's colon
    led = [
        m.end()
        for m in _LEAD_IN_COLON.finditer(paragraph)
        if colon_list and _colon_entry(paragraph[m.end() :])
    ]
    cuts = sorted({*cuts, *led})
    if colon_list and _colon_entry(paragraph):
        # (公安机关：公安消防部门负责…。公安派出所负责…: a member named before its colon answers for the
        # sentences under it, each naming the part of it that does the work; the next member has its colon)
        cuts = [index for index in cuts if _colon_entry(paragraph[index:])]
    if len(cuts) + _opens_on_owner(paragraph) < _OPENINGS_MIN and not led:
        return [paragraph]
    bounds = [0, *cuts, len(paragraph)]
    return [piece for a, b in pairwise(bounds) if (piece := paragraph[a:b].strip())]


def _colon_entry(paragraph: str) -> bool:
    named = _NAMED_COLON.match(fold(paragraph))
    return named is not None and named.group(0).rstrip().endswith(("：", ":")) and unit_line(named.group(1))


def _opens_on_owner(paragraph: str) -> bool:
    """县环保局：负责… / 县农委。负责… / 区住建局负责…: the unit as the duty's subject (not 由X承办，…, and
    not 县财政局要…, which asks and names no owner)."""
    opening = duty_owner(paragraph)
    return opening is not None and not opening.group(0).rstrip().endswith("要")


def owner_openings(paragraphs: list[str]) -> list[int] | None:
    """The paragraphs that open a unit's duty (on its owner, or a unit's line over its duty's), when at
    least two do and every clause among them opens its paragraph; None when the list is of another kind."""
    openings: list[int] = []
    named = units_on_their_lines(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        if index in named:
            openings.append(index)
        elif _opens_on_owner(paragraph):
            if index and index - 1 in openings and unit_line(paragraphs[index - 1]):
                return None  # a unit's line over a sentence opening on another owner: not a duty list
            openings.append(index)
        elif clauses_in(paragraph):
            return None  # a clause closing its measure: the measures end at their clauses
    return openings if len(openings) >= _OPENINGS_MIN else None


def listed_entries(paragraphs: list[str]) -> list[int] | None:
    """`镇党政办：发布信息…` / `安监所：收集…` / `民政办：组织…`: units named without their place, each before a
    colon and its duty, at least three of them and every paragraph one (or a page's wrap of one); None else."""
    openings = [index for index, paragraph in enumerate(paragraphs) if listed_entry(paragraph)]
    if len(openings) < _LISTED_ENTRIES or any(
        clauses_in(p) for i, p in enumerate(paragraphs) if i not in openings
    ):
        return None
    return openings


def duty_runs(paragraphs: list[str], openings: list[int]) -> list[tuple[int, int]]:
    """Each duty's paragraphs, [start, end), from its opening up to the next one's."""
    bounds = [*openings, len(paragraphs)]
    return list(pairwise(bounds))


def units_on_their_lines(paragraphs: list[str]) -> set[int]:
    """The paragraphs that are a unit's name over its duty's paragraph. In a table copied one cell a line
    (序号 / 任务 / 牵头单位 / 配合单位) the unit's cell closes its row instead: the first unit's line comes
    after a sentence, the task it owns, or units' lines follow each other (the lead's, the helpers')."""
    named = [unit_line(paragraph) for paragraph in paragraphs]
    # (two units' lines one after the other are a row's lead and helpers — not a page's header repeating the
    # office whose list it is, 卫计委 / 卫计委)
    pairs = zip(pairwise(named), pairwise(paragraphs), strict=True)
    if not any(named) or any(a and b and one.strip() != two.strip() for (a, b), (one, two) in pairs):
        return set()
    first = named.index(True)
    if first and fold(paragraphs[first - 1]).rstrip().endswith(("。", "；", ";")):
        return set()
    return {
        index
        for index, is_named in enumerate(named)
        if is_named
        and index + 1 < len(paragraphs)
        and duty_under_unit(paragraphs[index + 1])
        and not _opens_on_owner(paragraphs[index + 1])
    }


_TITLE_MAX = 30  # a numbered title over the duties: a few words, no sentence
_INTRO_MAX = 1  # 各成员单位主要任务： between a measure's points and the units' duties
_LISTED_ENTRIES = 3  # units named without their place before a colon: a list only when there are a few
_LISTED_MIN = 4  # duties opening on their units without a colon, one after another: a list, not a closing


def with_duties(item: DraftItem, lines: list[str], end: int) -> list[DraftItem]:
    """The item, with the units' duties that follow it (lines[item's last + 1 : end], which the outline
    kept in no item) as measures: under a numbered title that is only a heading over them (`2.镇直各部门
    站所在应急工作中的职责` / `计生办：负责…`), or after a measure's points (`各成员单位主要任务：` /
    `县建设局：组织协调…`). [item] when no duty list follows it."""
    if item.kind != "measure":
        return [item]
    if len(item.lines) == 1 and (glued := _glued_duty_list(item)) is not None:
        return glued
    after = _after(item, lines, end)
    rest = [(index, lines[index].strip()) for index in range(after, end) if lines[index].strip()]
    rest_title = fold(item.rest).strip()
    # (`3.3 …职责` / `…按以下分工履行职责：` naming nobody / `办公室：负责…`: a lead-in line between them)
    lead_in = (
        len(item.lines) == 3 and fold(item.lines[1]).rstrip().endswith("：") and not clauses_in(item.lines[1])
    )
    titled = (
        (len(item.lines) == 2 or lead_in)
        and 0 < len(rest_title) <= _TITLE_MAX
        and not rest_title.endswith(("。", "；", ";", "，"))
        and not clauses_in(item.lines[0])
    )
    if titled:
        stops = duty_stops(rest_title)
        colons = colon_members([line for _, line in rest])
        under = [
            (index, piece)
            for index, line in rest
            for piece in split_before_owners(line, stops, colon_list=colons)
        ]
        first = next(
            (i for i in range(after - 1, item.line, -1) if lines[i].strip() == item.lines[-1]), after - 1
        )
        pieces = [(first, piece) for piece in split_before_owners(item.lines[-1], stops)] + under
        openings = owner_openings([piece for _, piece in pieces]) or listed_entries([p for _, p in pieces])
        if openings is not None and openings[0] == 0:
            heading = DraftItem("section", item.level, item.number, item.line, item.lines[:-1], rest_title)
            heading.marker, heading.prefix_length = item.marker, item.prefix_length
            return [heading, *_duties(pieces, openings, item.level + 1)]
    colons = colon_members([line for _, line in rest])
    rest = [(index, piece) for index, line in rest for piece in split_before_owners(line, colon_list=colons)]
    openings = (
        (owner_openings([p for _, p in rest]) or listed_entries([p for _, p in rest])) if rest else None
    )
    if openings is None or openings[0] > _INTRO_MAX:
        return [item]
    # 县政府督查室负责跟踪督查…: the plan's own arrangements after its measures (a line or two), not a list of
    # duties each opening on its unit (乡(镇)政府负责…； / 安监部门负责…； / 交通部门负责…； …)
    if not all(_named_entry(rest[k][1]) for k in openings) and len(openings) < _LISTED_MIN:
        return [item]
    return [item, *_duties(rest, openings, item.level)]


_GLUED_DUTIES_MIN = 3
_DUTY_TITLE = compile_lazily(
    r"\s*(?:各?成员单位|各部门)?(?:主要|工作)?(?:职责分工|责任分工|任务分工|工作职责|职责)"
)


def _glued_duty_list(item: DraftItem) -> list[DraftItem] | None:
    """`二、工作职责区社会救助工作协调小组：统筹…。区党群工作部负责…。区公安局负责…` — a page run into one line, the
    part's title glued to the duty list under it: the title a heading, each unit's duty a measure (three or more)."""
    text = item.lines[0]
    cut = glued_title_end(text, _opens_on_owner)
    # (二、职责分工食品监督管理处负责…: a title in a duty list's words before a unit named without its place)
    if cut is None and (named := _DUTY_TITLE.match(fold(text), item.prefix_length)):
        cut = named.end() if _opens_on_owner(text[named.end() :]) else None
    title = fold(text[:cut])[item.prefix_length :].strip() if cut is not None else ""
    if cut is None or not re.search(r"职责|分工", title):
        return None
    pieces = [(item.line, piece) for piece in split_before_owners(text[cut:], LIST_STOPS)]
    openings = owner_openings([piece for _, piece in pieces])
    if openings is None or openings[0] != 0 or len(openings) < _GLUED_DUTIES_MIN:
        return None
    heading = DraftItem("section", item.level, item.number, item.line, [text[:cut]], title)
    heading.marker, heading.prefix_length = item.marker, item.prefix_length
    return [heading, *_duties(pieces, openings, item.level + 1)]


def _after(item: DraftItem, lines: list[str], end: int) -> int:
    """The index of the line after the item's last: blank lines and page numbers may stand between its
    lines (`2.3 成员单位职责` / blank / `县应急管理局：…` took the first duty as its text, which a count
    of its lines read a second time)."""
    index, read = item.line, 0
    while index < end and read < len(item.lines):
        read += lines[index].strip() == item.lines[read]
        index += 1
    return index if read == len(item.lines) else item.line + len(item.lines)


_NAMED_COLON = compile_lazily(r"^([^，,。；;：:]{2,24}?)\s*[：:。]")


def _named_entry(paragraph: str) -> bool:
    """县建设局：… / 县农委。负责…: a list's entry, a unit's name and then a colon or a full stop."""
    named = _NAMED_COLON.match(fold(paragraph))
    return named is not None and unit_line(named.group(1))


def _duties(pieces: list[tuple[int, str]], openings: list[int], level: int) -> list[DraftItem]:
    texts = [piece for _, piece in pieces]
    return [
        DraftItem(
            "measure",
            level,
            "",
            pieces[a][0],
            texts[a:b],
            marker="u",
            owner_line=unit_line(texts[a]) or bool(listed_entry(texts[a])),
        )
        for a, b in duty_runs(texts, openings)
    ]
