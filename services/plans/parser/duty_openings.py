"""Measures that each open on their owner, one after another: a 成员单位职责 list.

Under a heading (三、组织领导及职责分工) a plan lists what each unit does, the unit first: `县环保局：负责…`,
`县农委。负责…`, a run-on copy with them all in one paragraph (`…职责如下：县环保局。负责…。县农委。负责…`), or
a web table flattened to a unit's line over its duty's (`区公安分局` / `维护考点周边安全…`). Each unit's
duty is a measure, from its name up to the next unit's; words before the first (`各成员单位职责如下：`)
belong to none. Closing clauses (`…。（X牵头）`) are read by their ends instead (settled_headings).
"""

from __future__ import annotations

from itertools import pairwise

from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.draft import DraftItem
from services.plans.parser.opening_owners import duty_owner, duty_under_unit, unit_line
from services.plans.parser.text import fold

_STOPS = "。：:"  # not ；: a decision's second owner (…；县残联负责…) shares its paragraph
_OPENINGS_MIN = 2  # one unit's duty under a heading is read as the heading's own clause


def split_before_owners(paragraph: str) -> list[str]:
    """A paragraph cut before each sentence that opens on its owner (`。县农委。负责…`), when it holds two."""
    cuts = [
        index
        for index in range(1, len(paragraph))
        if paragraph[index - 1] in _STOPS and paragraph[index] not in _STOPS and duty_owner(paragraph[index:])
    ]
    if len(cuts) + bool(duty_owner(paragraph)) < _OPENINGS_MIN:
        return [paragraph]
    bounds = [0, *cuts, len(paragraph)]
    return [piece for a, b in pairwise(bounds) if (piece := paragraph[a:b].strip())]


def _opens_on_owner(paragraph: str) -> bool:
    """县环保局：负责… / 县农委。负责… / 区住建局负责…: the unit as the duty's subject (not 由X承办，…)."""
    return bool(duty_owner(paragraph))


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


def duty_runs(paragraphs: list[str], openings: list[int]) -> list[tuple[int, int]]:
    """Each duty's paragraphs, [start, end), from its opening up to the next one's."""
    bounds = [*openings, len(paragraphs)]
    return list(pairwise(bounds))


def units_on_their_lines(paragraphs: list[str]) -> set[int]:
    """The paragraphs that are a unit's name over its duty's paragraph. In a table copied one cell a line
    (序号 / 任务 / 牵头单位 / 配合单位) the unit's cell closes its row instead: the first unit's line comes
    after a sentence, the task it owns, or units' lines follow each other (the lead's, the helpers')."""
    named = [unit_line(paragraph) for paragraph in paragraphs]
    if not any(named) or any(a and b for a, b in pairwise(named)):
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


def duties_under_title(item: DraftItem, under: list[str]) -> list[DraftItem]:
    """`2.镇直各部门站所在应急工作中的职责` over `农业服务中心、水利站：负责…` / `计生办：负责…` lines (`under`:
    the lines up to the next item, the outline having kept the first only): the numbered title is a
    heading and each unit's duty a measure; [item] when it is no such list."""
    rest = fold(item.rest).strip()
    if item.kind != "measure" or len(item.lines) != 2 or not rest or len(rest) > _TITLE_MAX:
        return [item]
    if rest.endswith(("。", "；", ";", "，")) or clauses_in(item.lines[0]):
        return [item]
    lines = [item.lines[1], *(line.strip() for line in under if line.strip())]
    pieces = [piece for line in lines for piece in split_before_owners(line)]
    openings = owner_openings(pieces)
    if openings is None or openings[0] != 0:
        return [item]
    heading = DraftItem("section", item.level, item.number, item.line, [item.lines[0]], rest, item.marker)
    heading.prefix_length = item.prefix_length
    return [
        heading,
        *(
            DraftItem(
                "measure",
                item.level + 1,
                "",
                item.line + 1,
                pieces[a:b],
                marker="u",
                owner_line=unit_line(pieces[a]),
            )
            for a, b in duty_runs(pieces, openings)
        ),
    ]
