"""A heading that names its own owners over numbered points without clauses: one measure.

（一）重点地区市容市貌整治提升 / 牵头单位：区建委 / 成员单位：区执法局、… / 1.… 2.… 3.… 4.…: the clause
lines stand under the heading, before its points, and the points name nobody. The owners answer for the
heading as a whole, so the heading is the measure and its points are its text (as a numbered title over
（1）…（4） closed by one clause is). When the points carry clauses of their own, they stay the measures.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Protocol

from services.plans.parser.clause_lines import is_clause_line
from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import ends_like_unit


class DraftItem(Protocol):
    """structure.DraftItem, as far as this fold needs it (structure imports this module)."""

    kind: str
    level: int
    lines: list[str]
    heading: str
    marker: str

    @property
    def text(self) -> str: ...

    @property
    def rest(self) -> str: ...

    def absorb(self, points: list[DraftItem]) -> None: ...


def fold_owned_headings(items: list[DraftItem]) -> list[DraftItem]:
    """The outline with each owned heading folded over its points, and a described heading settled."""
    return _headings_over_points(_described_headings(_fold(items)))


def _described_headings(items: list[DraftItem]) -> list[DraftItem]:
    """（一）跨越式发展目标。主要针对…，包括8项。 over 1.… 2.…: a （一） line that reads as a sentence but
    names nobody and has numbered measures right under it is their heading, not a measure of its own."""
    for item, following in pairwise(items):
        if (
            item.kind == "measure"
            and item.marker == "l2"
            and following.marker == "m"
            and not clauses_in(item.text)
        ):
            item.kind = "section"
            item.heading = item.rest.split("。")[0].strip()
    return items


def _headings_over_points(items: list[DraftItem]) -> list[DraftItem]:
    """（一）加强组织建设（牵头单位：X） over 1.… 2.…: the points are the measures, and the heading, which
    says who answers for its part, is their heading (parser/heading_owners.py gives its units to the points
    that name nobody; a point with a clause of its own keeps it). The points move one level under it."""
    for position, item in enumerate(items):
        if item.kind != "measure" or item.marker != "l2" or not clauses_in(item.lines[0]):
            continue
        end = position + 1
        # the points stand at the heading's level, or one under it after an earlier （二） heading
        while (
            end < len(items)
            and items[end].marker in ("m", "p")
            and items[end].level in (item.level, item.level + 1)
        ):
            end += 1
        points = items[position + 1 : end]
        if points and len(item.lines) == 1:
            item.kind = "section"
            item.heading = item.rest.split("。")[0].split("（")[0].strip()
            for point in points:
                point.level = item.level + 1
    return items


# （二）海上撤离工作组组成人员及主要职责 over 1.…组成人员 组 长：… 2.主要职责（1）…: a 预案's working group, its
# members and its duties; the group answers for the whole, its roster and duty points are its text.
_BODY_HEADING = compile_lazily(r"^(\S{2,30}?)(?:组成人员|人员组成)(?:及|和)(?:其)?(?:主要|工作)?职责$")
_ROSTER = compile_lazily(r"组成人员|人员组成|组\s*长[：:]|成\s*员[：:]")


def _names_a_body(item: DraftItem, points: list[DraftItem]) -> bool:
    heading = _BODY_HEADING.match(item.heading.strip())
    # (its first point the roster itself, not the heading of a group under it: 三、一办七组组成人员及主要职责)
    # (nor a group's heading over its own paragraph: （一）综合协调组组成人员及主要职责 / 由X牵头…)
    first = points[0] if points else None
    roster = (
        first is not None
        and first.kind == "measure"
        and not _BODY_HEADING.match(first.rest.strip())
        and bool(_ROSTER.search(first.text))
    )
    return bool(heading and ends_like_unit(heading.group(1)) and roster)


def _fold(items: list[DraftItem]) -> list[DraftItem]:
    folded: list[DraftItem] = []
    index = 0
    while index < len(items):
        item = items[index]
        following = index + 1
        while following < len(items) and items[following].level > item.level:
            following += 1
        points = items[index + 1 : following]
        owned = item.kind == "section" and any(is_clause_line(line.strip()) for line in item.lines[1:])
        # (a group's duty points may name the offices doing each part; the group still answers for them)
        body = item.kind == "section" and _names_a_body(item, points)
        if body or (owned and points and all(p.kind == "measure" and not clauses_in(p.text) for p in points)):
            item.absorb(points)
            folded.append(item)
            index = following
            continue
        folded.append(item)
        index += 1
    return folded
