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
from services.plans.parser.opening_owners import duty_owner, duty_under_unit, unit_line
from services.plans.parser.text import fold

_STOPS = "。；;：:"
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
    found = clauses_in(paragraph)
    return bool(found) and not fold(paragraph)[: found[0][0][0]].strip()


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
